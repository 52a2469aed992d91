import { fsync } from 'node:fs';
import { promisify } from 'node:util';
import { type BufferedFile, writeJsonAtomic } from './files.ts';
import type { UniqueIds } from './ids.ts';
import type { ReadSoFar } from './inputs.ts';
import { renameLineBytes } from './line.ts';
import type { Checkpoint } from './open.ts';

const fsyncAsync = promisify(fsync);

/**
 * A checkpoint (fsync, then the count of lines written) after the first results, then once a
 * second: an interrupted run loses at most a second of work, and the disk is not synced
 * hundreds of times a second.
 */
export const CHECKPOINT_MS = 1000;

/** A batch's lines, finished (in any order), waiting for every earlier batch to be written. */
export interface Finished<T> {
  /** Ordinal of the batch's first document. */
  first: number;
  /** Documents in it (one line each). */
  count: number;
  lines: Uint8Array;
  /** How many of its lines are error rows. */
  errors: number;
  /** Carried columns of its documents, in first-seen order. */
  columns: readonly string[];
  /** Each document's id as its input gives it, and its line's byte length. */
  ids: readonly string[];
  sizes: readonly number[];
  /** What the caller keeps with the batch (given back once it is written). */
  meta: T;
}

export interface WriterOptions {
  out: BufferedFile;
  checkpointPath: string;
  /** Where the JSONL stands: the checkpoint the run continues from. */
  from: Checkpoint;
  /** Makes ids unique, in the order lines are written (see ids.ts). */
  ids?: UniqueIds;
  /** What has been read, for each checkpoint (see Checkpoint.read). */
  read?: () => ReadSoFar;
  /** Clock for the checkpoint interval (tests pass their own). */
  now?: () => number;
}

/**
 * The ordered writer: batches come back from the workers in any order and are appended to the
 * JSONL in input order (a reorder buffer), with a checkpoint saying how much of it is whole.
 * Knows nothing of workers or inputs, so it is tested on its own.
 */
export class OrderedWriter<T> {
  /** Ordinal of the next document to write = documents written so far. */
  next: number;
  errors: number;
  /** Carried columns of the lines written, in first-seen order; null when an older checkpoint did not keep them. */
  readonly carried: Set<string> | null;
  /** A checkpoint that failed to be written: the run stops with it. */
  failure: unknown = null;
  checkpoints = 0;
  /** Called when a checkpoint in the background fails (whoever waits on the writer should stop). */
  onFailure: (() => void) | null = null;
  private readonly ready = new Map<number, Finished<T>>();
  private readonly out: BufferedFile;
  private readonly options: WriterOptions;
  private readonly now: () => number;
  private lastCheckpoint = 0;
  /** The checkpoint being written, if any: one at a time, in the background. */
  private syncing: Promise<void> | null = null;

  constructor(options: WriterOptions) {
    this.options = options;
    this.out = options.out;
    this.out.written = options.from.bytes;
    this.next = options.from.done;
    this.errors = options.from.errors;
    this.carried = options.from.done === 0 || options.from.carried ? new Set(options.from.carried) : null;
    this.now = options.now ?? Date.now;
  }

  /**
   * Takes a finished batch and appends every batch that is now next in order; returns those
   * (their lines are in the file, flushed: memory they came in may be reused), in order.
   */
  add(batch: Finished<T>): Finished<T>[] {
    this.ready.set(batch.first, batch);
    const written: Finished<T>[] = [];
    for (let b = this.ready.get(this.next); b; b = this.ready.get(this.next)) {
      this.ready.delete(this.next);
      if (!this.options.ids) this.out.write(b.lines);
      else for (const part of uniqueLines(b, this.options.ids)) this.out.write(part);
      if (this.carried) for (const name of b.columns) this.carried.add(name);
      this.errors += b.errors;
      this.next += b.count;
      written.push(b);
    }
    if (written.length > 0) this.out.flush();
    if (this.checkpoints === 0 || this.now() - this.lastCheckpoint >= CHECKPOINT_MS) this.checkpointSoon();
    return written;
  }

  /** Batches waiting for an earlier one. */
  get waiting(): number {
    return this.ready.size;
  }

  /** Writes a checkpoint now (after the lines written so far are on disk). */
  async checkpoint(): Promise<void> {
    this.out.flush();
    const state: Checkpoint = {
      done: this.next,
      bytes: this.out.written,
      errors: this.errors,
      ...(this.carried ? { carried: [...this.carried] } : {}),
      ...(this.options.read ? { read: this.options.read() } : {}),
    };
    this.checkpoints++;
    this.lastCheckpoint = this.now();
    // The lines must be on disk before a checkpoint says they are.
    await fsyncAsync(this.out.fd);
    await writeJsonAtomic(this.options.checkpointPath, state);
  }

  /**
   * Starts a checkpoint unless one is being written. The disk syncs off the main thread, which
   * goes on writing lines meanwhile (they are past the checkpoint's byte count, so a resume cuts
   * them off if the run dies before the next one).
   */
  checkpointSoon(): void {
    if (this.syncing) return;
    this.syncing = this.checkpoint()
      .catch((error: unknown) => {
        this.failure ??= error;
        this.onFailure?.();
      })
      .finally(() => {
        this.syncing = null;
      });
  }

  /** Waits for the checkpoint being written, if any. */
  async settle(): Promise<void> {
    await this.syncing;
  }

  /**
   * The end of a run that was not stopped: every line written is on disk and counted by a last
   * checkpoint (or the failure of an earlier one is thrown).
   */
  async finish(): Promise<void> {
    await this.settle();
    if (this.failure) throw this.failure;
    await this.checkpoint();
  }

  /** Closes the file, after the checkpoint being written (never under a sync in progress). */
  async close(): Promise<void> {
    await this.settle();
    this.out.close();
  }
}

/**
 * A batch's lines with every id made unique, as the parts to write in order: the batch's own
 * bytes unless an id was taken before. A renamed line gets a new start and keeps the rest of
 * its bytes, never decoded (a corpus whose files all number from 1 renames most of its lines).
 */
export function uniqueLines(batch: Finished<unknown>, ids: UniqueIds): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let at = 0;
  let copied = 0;
  for (let i = 0; i < batch.ids.length; i++) {
    const given = batch.ids[i]!;
    const size = batch.sizes[i]!;
    const id = ids.assign(given);
    if (id !== given) {
      if (at > copied) parts.push(batch.lines.subarray(copied, at));
      const { head, restAt } = renameLineBytes(batch.lines.subarray(at, at + size), id, given);
      parts.push(head);
      copied = at + restAt;
    }
    at += size;
  }
  if (parts.length === 0) return [batch.lines];
  if (batch.lines.length > copied) parts.push(batch.lines.subarray(copied));
  return parts;
}
