/**
 * A `gloss versions` worker thread: the expensive, independent parts of a run. `sign` reads a
 * batch of records (batch's readers and decoding) into their spool lines, each with the
 * document's MinHash signature; `story` parses, analyses and compares one story's versions.
 */
import { type WorkDoc, type WorkResult, resolveDoc, textOf } from '@gloss/batch';
import { closeSync, openSync, readSync } from 'node:fs';
import { shingles, signature, type StoryUnits, storyUnits, verifyVersions } from '@gloss/compare';
import { InputError, parseDocument } from '@gloss/document';
import { type MemberText, type StoryResult, storyResult } from './versions-rows.ts';

export type VersionsTask =
  | { kind: 'sign'; docs: WorkDoc[] }
  /** Candidate pairs to verify, each document given by where its line is in the spool `path`. */
  | { kind: 'verify'; path: string; pairs: [[number, number], [number, number]][] }
  | { kind: 'story'; k: number; members: MemberText[]; html: boolean };

/**
 * One spool line: the head batch writes (`{"id":…,"input":…,"columns":…,`), then the error (or
 * null), the signature (base64 of its 32-bit words, little-endian) and the text.
 */
export function spoolLine(head: string, error: string | null, sig: Uint32Array | null, text: string | null) {
  const b64 = sig ? Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64') : null;
  return `${head}"error":${JSON.stringify(error)},"signature":${JSON.stringify(b64)},"text":${JSON.stringify(text)}}\n`;
}

async function signBatch(docs: WorkDoc[]): Promise<WorkResult> {
  const parts: Buffer[] = [];
  const ids: string[] = [];
  const sizes: number[] = [];
  const columns = new Set<string>();
  let errors = 0;
  let textBytes = 0;
  for (const doc of docs) {
    const source = resolveDoc(doc);
    textBytes += source.textBytes;
    for (const name of source.columns) columns.add(name);
    let line: string;
    try {
      const text = await textOf(source.payload);
      line = spoolLine(source.head, null, signature(shingles(text)), text);
    } catch (error) {
      errors++;
      const message =
        error instanceof InputError
          ? error.message
          : String((error as Error)?.message ?? error).split('\n')[0]!;
      line = spoolLine(source.head, message, null, null);
    }
    const bytes = Buffer.from(line);
    parts.push(bytes);
    ids.push(source.id);
    sizes.push(bytes.length);
  }
  const lines = Buffer.concat(parts);
  return { lines, size: lines.length, errors, textBytes, columns: [...columns], ids, sizes };
}

/** Documents whose parsed sentence units a worker keeps for verification (most recently used). */
const UNITS_CACHE = 2048;
const unitsCache = new Map<string, StoryUnits>();

/** Whether each pair is two versions of one story (see verifyVersions), reading the texts from the spool. */
function verifyPairs(path: string, pairs: [[number, number], [number, number]][]): boolean[] {
  const fd = openSync(path, 'r');
  const unitsOf = ([offset, length]: [number, number]): StoryUnits => {
    const key = `${path}\0${offset}`;
    let u = unitsCache.get(key);
    if (u) {
      unitsCache.delete(key);
    } else {
      const line = Buffer.alloc(length);
      readSync(fd, line, 0, length, offset);
      u = storyUnits(parseDocument((JSON.parse(line.toString('utf8')) as { text: string }).text));
      if (unitsCache.size >= UNITS_CACHE) unitsCache.delete(unitsCache.keys().next().value!);
    }
    unitsCache.set(key, u);
    return u;
  };
  try {
    return pairs.map(([a, b]) => verifyVersions(unitsOf(a), unitsOf(b)).same);
  } finally {
    closeSync(fd);
  }
}

export default async function handle(task: VersionsTask): Promise<WorkResult | StoryResult | boolean[]> {
  if (task.kind === 'sign') return signBatch(task.docs);
  if (task.kind === 'verify') return verifyPairs(task.path, task.pairs);
  return storyResult(task.k, task.members, task.html);
}
