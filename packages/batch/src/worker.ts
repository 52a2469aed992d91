import { analyzeDocument, ruleList, toAnalysisRecord } from '@gloss/analysis';
import { decodeInput, InputError, looksBinaryText, loadHtmlReader, parseDocument } from '@gloss/document';
import { workerData } from 'node:worker_threads';
import { analysedLine, errorLine } from './line.ts';
import { measure, metricsJson } from './metrics.ts';
import {
  type AnalyseTask,
  type DocumentSource,
  MAX_DOCUMENT_BYTES,
  type RuleBrief,
  resolveDoc,
  slotView,
  type WorkAnswer,
  type WorkResult,
  type WorkTask,
} from './protocol.ts';

export type { RuleBrief };

export function ruleBriefs(): RuleBrief[] {
  return ruleList().map((r) => ({ id: r.id, category: r.category, family: r.family, entries: r.entries }));
}

/** Text given as a string (JSONL, CSV): the same refusals as `decodeInput` gives bytes. */
function checkText(text: string): string {
  if (text.trim() === '') throw new InputError('empty input: there is no text to analyse');
  if (looksBinaryText(text)) throw new InputError('binary data, not text');
  return text;
}

/** Readability and linkedom load only in workers that meet an HTML page. */
let htmlModule: Awaited<ReturnType<typeof loadHtmlReader>> | null = null;

export async function textOf(payload: DocumentSource): Promise<string> {
  if (payload.type === 'error') throw new InputError(payload.message);
  if (payload.type === 'text') {
    if (payload.text.length > MAX_DOCUMENT_BYTES) {
      throw new InputError(
        `document is ${(payload.text.length / 1048576).toFixed(1)} M characters; the limit is 8 M`,
      );
    }
    return checkText(payload.text);
  }
  const decoded = decodeInput(payload.bytes);
  if (!payload.html) return decoded;
  htmlModule ??= await loadHtmlReader();
  const text = htmlModule.htmlToText(decoded);
  if (text.trim() === '') throw new InputError('no article text found in the HTML');
  return text;
}

/** Analyses one document into its whole JSONL line. Never throws: a failure is the document's error row. */
export async function analyseOne(
  payload: DocumentSource,
  head: string,
  keepText: boolean,
): Promise<{ line: string; error: boolean }> {
  try {
    const text = await textOf(payload);
    const parsed = parseDocument(text);
    const analysis = analyzeDocument(parsed);
    const { values, categories } = measure(parsed, analysis);
    const record = toAnalysisRecord(parsed, analysis, { includeText: keepText });
    return { line: analysedLine(head, metricsJson(values), categories, record), error: false };
  } catch (error) {
    const message = error instanceof InputError ? error.message : `analysis failed: ${oneLine(error)}`;
    return { line: errorLine(head, message), error: true };
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}

const encoder = new TextEncoder();
/** Reused between batches for lines that have no slot or do not fit theirs; copied out at their size. */
let scratch = new Uint8Array(1 << 20);
/** The main thread's shared memory for lines (absent when a test calls `handle` directly). */
const shared = (workerData as { lines?: SharedArrayBuffer } | null)?.lines ?? null;

/** A worker task: what the pool runs (its answer's type follows from the task's kind, see WorkAnswer). */
export default async function handle(task: WorkTask): Promise<WorkAnswer[WorkTask['kind']]> {
  switch (task.kind) {
    case 'rules':
      return ruleBriefs();
    case 'analyse':
      return analyseBatch(task);
  }
}

async function analyseBatch(task: AnalyseTask): Promise<WorkResult> {
  const slot = shared !== null && task.slot >= 0 ? slotView(shared, task.slot) : null;
  let target = slot ?? scratch;
  let size = 0;
  let errors = 0;
  let textBytes = 0;
  const columns = new Set<string>();
  const ids: string[] = [];
  const sizes: number[] = [];
  for (const doc of task.docs) {
    const source = resolveDoc(doc);
    textBytes += source.textBytes;
    for (const name of source.columns) columns.add(name);
    const { line, error } = await analyseOne(source.payload, source.head, task.keepText);
    if (error) errors++;
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (target.length - size < line.length * 3) {
      // Out of room: go on in scratch, grown when it is too small (as it is when it ran out).
      const room = size + line.length * 3;
      const next = scratch.length >= room ? scratch : new Uint8Array(Math.max(scratch.length * 2, room));
      next.set(target.subarray(0, size));
      target = scratch = next;
    }
    const written = encoder.encodeInto(line, target.subarray(size)).written;
    size += written;
    ids.push(source.id);
    sizes.push(written);
  }
  return {
    lines: target === slot ? null : target.slice(0, size),
    size,
    errors,
    textBytes,
    columns: [...columns],
    ids,
    sizes,
  };
}
