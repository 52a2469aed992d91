import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  existsSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { writeJsonAtomic } from './files.ts';
import { finishedEntry, type ReadPrefix, type ReadSoFar } from './inputs.ts';

/** Work in progress lives here, inside the output folder; its absence (with a manifest) means finished. */
export const STATE_DIR = '.gloss-partial';
/** Where a finished run's state folder goes to be deleted, so no half-deleted state can look resumable. */
export const DONE_DIR = '.gloss-partial.done';

/** A problem with the command line or the output folder: one line, exit code 2. */
export class BatchUsageError extends Error {}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** What a run was started with: a resume must be given the same. */
export interface RunState {
  format: 1;
  inputs: { path: string; bytes: number }[];
  options: { keepText: boolean; shard: Shard | null; outletColumn: string | null; db: string | null };
  startedAt: string;
  resumedAt: string[];
}

export interface Checkpoint {
  /** Documents (lines) completely written, in input order. */
  done: number;
  /** Byte length of the JSONL holding exactly those lines. */
  bytes: number;
  errors: number;
  /**
   * Carried columns of the records read so far, in first-seen order (absent in checkpoints of
   * older versions): with them, finalising needs no pass over documents.jsonl to find them.
   */
  carried?: string[];
  /**
   * The input read when the checkpoint was taken (see ReadSoFar). The documents written came
   * from these bytes, so a resume checks that they are unchanged (absent in checkpoints of
   * older versions).
   */
  read?: ReadSoFar;
}

export interface RunPaths {
  outDir: string;
  stateDir: string;
  statePath: string;
  checkpointPath: string;
  /** documents.jsonl while the run is going on. */
  partialJsonl: string;
}

export function runPaths(outDir: string): RunPaths {
  const stateDir = join(outDir, STATE_DIR);
  return {
    outDir,
    stateDir,
    statePath: join(stateDir, 'state.json'),
    checkpointPath: join(stateDir, 'checkpoint.json'),
    partialJsonl: join(stateDir, 'documents.jsonl'),
  };
}

export type Opened =
  | { status: 'already-finished'; documents: number; errors: number }
  | { status: 'open'; state: RunState; checkpoint: Checkpoint };

/**
 * Opens the output folder (which the caller holds the lock of) for a run: a fresh one, or with
 * `resume` the interrupted one it holds, after checking that the inputs and options are the
 * same and that the input already read is unchanged. Leaves the state saved and the partial
 * JSONL cut back to the checkpoint, so the run appends from there. `label` names the folder in
 * messages (as the user gave it).
 */
export async function openRun(
  paths: RunPaths,
  now: RunState,
  resume: boolean,
  label: string,
): Promise<Opened> {
  const { outDir, stateDir, statePath, checkpointPath, partialJsonl } = paths;
  // What a kill while deleting a finished run's state left behind.
  rmSync(join(outDir, DONE_DIR), { recursive: true, force: true });
  const manifestPath = join(outDir, 'manifest.json');
  const finalJsonl = join(outDir, 'documents.jsonl');
  const finished = existsSync(manifestPath) && !existsSync(stateDir);
  let state = now;
  let checkpoint: Checkpoint = { done: 0, bytes: 0, errors: 0 };
  if (resume) {
    if (finished) {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
        counts?: { documents: number; errors: number };
      };
      return {
        status: 'already-finished',
        documents: manifest.counts?.documents ?? 0,
        errors: manifest.counts?.errors ?? 0,
      };
    }
    if (existsSync(statePath)) {
      const saved = JSON.parse(readFileSync(statePath, 'utf8')) as RunState;
      if (JSON.stringify(saved.inputs) !== JSON.stringify(now.inputs)) {
        throw new BatchUsageError(`cannot resume: the inputs differ from the interrupted run in ${label}`);
      }
      if (JSON.stringify(saved.options) !== JSON.stringify(now.options)) {
        throw new BatchUsageError(
          `cannot resume: options differ from the interrupted run (${JSON.stringify(saved.options)})`,
        );
      }
      state = { ...saved, resumedAt: [...saved.resumedAt, now.startedAt] };
      if (existsSync(checkpointPath))
        checkpoint = JSON.parse(readFileSync(checkpointPath, 'utf8')) as Checkpoint;
      const changed = checkpoint.read
        ? await changedInput(
            checkpoint.read,
            now.inputs.map((i) => i.path),
          )
        : null;
      if (changed !== null) {
        throw new BatchUsageError(
          `cannot resume: ${changed} changed since the interrupted run in ${label} (its first part, already analysed, differs); start again with another --out`,
        );
      }
      // Killed while finalising, after documents.jsonl was moved into place: take it back.
      if (!existsSync(partialJsonl) && existsSync(finalJsonl)) renameSync(finalJsonl, partialJsonl);
    }
  } else if (existsSync(stateDir)) {
    throw new BatchUsageError(
      `${label} holds an interrupted run: add --resume to continue it, or pick another --out`,
    );
  } else if (finished || existsSync(finalJsonl)) {
    throw new BatchUsageError(`${label} already holds results; pick another --out or delete them first`);
  }
  mkdirSync(stateDir, { recursive: true });
  await writeJsonAtomic(statePath, state);

  // The JSONL continues from the last checkpoint: anything after it (a torn line) is cut off.
  if (!existsSync(partialJsonl)) closeSync(openSync(partialJsonl, 'w'));
  const fd = openSync(partialJsonl, 'r+');
  try {
    ftruncateSync(fd, checkpoint.bytes);
  } finally {
    closeSync(fd);
  }
  if (statSync(partialJsonl).size !== checkpoint.bytes)
    throw new Error('checkpoint does not match documents.jsonl');
  return { status: 'open', state, checkpoint };
}

/** SHA-256 of a file's first `bytes` (all of it when null), or null when it is shorter or gone. */
async function hashPrefix(path: string, bytes: number | null): Promise<ReadPrefix | null> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return null;
  }
  const length = bytes ?? size;
  if (size < length) return null;
  const hash = createHash('sha256');
  if (length > 0)
    for await (const chunk of createReadStream(path, { start: 0, end: length - 1 }))
      hash.update(chunk as Buffer);
  return { path, bytes: length, sha256: hash.digest('hex') };
}

/**
 * Where the input read before a checkpoint has changed since, or null: the first `read.files`
 * input files (`paths`, in input order) are hashed again whole, and the one being read, as
 * far as it had been read. Names the file when it can.
 */
export async function changedInput(read: ReadSoFar, paths: readonly string[]): Promise<string | null> {
  const finished = createHash('sha256');
  for (const path of paths.slice(0, read.files)) {
    const prefix = await hashPrefix(path, null);
    if (prefix === null) return path;
    finished.update(finishedEntry(prefix));
  }
  if (finished.digest('hex') !== read.sha256)
    return read.files === 1 ? paths[0]! : `one of the first ${read.files} input files`;
  const current = read.current;
  if (current && current.bytes > 0) {
    const prefix = await hashPrefix(current.path, current.bytes);
    if (prefix === null || prefix.sha256 !== current.sha256) return current.path;
  }
  return null;
}

/** Removes a finished run's state: moved aside in one step, then deleted. */
export function dropState(paths: RunPaths): void {
  const done = join(paths.outDir, DONE_DIR);
  rmSync(done, { recursive: true, force: true });
  renameSync(paths.stateDir, done);
  rmSync(done, { recursive: true, force: true });
}
