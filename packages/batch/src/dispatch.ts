import { type FileDigest, type InputFile, type ReadTracker, readRecords } from './inputs.ts';
import type { Shard } from './open.ts';
import { encodeHead, errorLine } from './line.ts';
import { resolveDoc, slotView, type WorkDoc, type WorkResult, type WorkTask } from './protocol.ts';
import type { Finished, OrderedWriter } from './writer.ts';

/** A batch of documents for one worker task ends at this many documents or this much input (text, or JSONL lines). */
export const BATCH_DOCUMENTS = 64;
export const BATCH_BYTES = 256 * 1024;
/** Input in flight at most (a batch larger than this still goes, alone). */
export const MAX_PENDING_BYTES = 16 * 1024 * 1024;

/** What the dispatcher keeps with a batch in flight. */
export interface BatchMeta {
  /** Input the batch holds: article text, or whole JSONL lines (their text is known once parsed). */
  bytes: number;
  /** Article text of the documents that are not JSONL lines (the worker counts theirs). */
  textBytes: number;
  /** Where the batch's last document ends in the input, for progress. */
  at: number;
  /** Article text analysed, once known (the batch's own plus what the worker counted). */
  analysedBytes: number;
  /** The slot of shared memory its lines are in until they are written (-1: none). */
  slot: number;
}

export interface DispatchOptions {
  files: readonly InputFile[];
  shard: Shard | null;
  /** Documents already written (a resumed run): that many of the shard's records are skipped. */
  from: number;
  /** Batches in flight at most. */
  window: number;
  keepText: boolean;
  timeoutMs: number;
  /** Analyses a task (a worker pool, or the worker's `handle` called directly); the signal ends it. */
  run: (task: WorkTask, signal: AbortSignal) => Promise<WorkResult>;
  /** Shared memory for the batches' lines, `window` slots (null: the lines come back as bytes). */
  shared: SharedArrayBuffer | null;
  writer: OrderedWriter<BatchMeta>;
  tracker?: ReadTracker;
  /** Aborting stops the reading; what is in flight is finished and written. */
  signal?: AbortSignal;
  onFile?: (digest: FileDigest) => void;
  /** Called after batches are written, with them in order. */
  onWritten?: (written: readonly Finished<BatchMeta>[]) => void;
}

interface Batch {
  /** Ordinal of the first document; the batch holds documents first … first + docs.length - 1. */
  first: number;
  docs: WorkDoc[];
  meta: BatchMeta;
}

/**
 * The dispatcher: reads the records, groups consecutive ones into batches, keeps at most
 * `window` batches (and MAX_PENDING_BYTES of input) in flight, and hands what comes back to
 * the ordered writer. A batch that fails (a document past the time limit, a worker that
 * crashed) is run again document by document, so only the culprit becomes an error row.
 * Resolves once every batch sent is written; rejects when a checkpoint or the reading fails.
 */
export async function dispatch(
  options: DispatchOptions,
): Promise<{ submitted: number; firstResultAt: number }> {
  const { writer, window, shard, timeoutMs, keepText } = options;
  const { shared } = options;
  const freeSlots = shared ? Array.from({ length: window }, (_, i) => window - 1 - i) : [];
  let inFlight = 0;
  let pendingBytes = 0;
  let firstResultAt = 0;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  /** Resumes the reading loop when it waits for room in the window (or for the end). */
  const wakeUp = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const sleep = (): Promise<void> =>
    new Promise<void>((r) => {
      wake = r;
    });
  const aborted = (): boolean => options.signal?.aborted === true;
  const check = (): void => {
    failure ??= writer.failure;
    if (failure) throw failure;
  };

  const complete = (batch: Batch, lines: Uint8Array, result: WorkResult, slot: number): void => {
    if (firstResultAt === 0) firstResultAt = Date.now();
    batch.meta.analysedBytes = batch.meta.textBytes + result.textBytes;
    batch.meta.slot = slot;
    const written = writer.add({
      first: batch.first,
      count: batch.docs.length,
      lines,
      errors: result.errors,
      columns: result.columns,
      ids: result.ids,
      sizes: result.sizes,
      meta: batch.meta,
    });
    for (const w of written) {
      // The writer flushed them: the slot can take another batch.
      if (w.meta.slot >= 0) freeSlots.push(w.meta.slot);
      pendingBytes -= w.meta.bytes;
      inFlight--;
    }
    if (written.length > 0) options.onWritten?.(written);
    wakeUp();
  };

  /** Analyses documents; never rejects: a failure becomes error rows. */
  const analyse = async (docs: WorkDoc[], slot = -1): Promise<WorkResult> => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const result = await options.run({ kind: 'analyse', docs, keepText, slot }, signal);
      // Lines too long for the slot came as bytes: the worker is done with the slot.
      if (slot >= 0 && result.lines !== null) freeSlots.push(slot);
      return result;
    } catch (error) {
      // The slot is not used again: the batch's worker may still be writing to it.
      if (docs.length > 1) {
        const parts = await Promise.all(docs.map((doc) => analyse([doc])));
        const lines = Buffer.concat(parts.map((p) => p.lines!));
        return {
          lines,
          size: lines.length,
          errors: parts.reduce((n, p) => n + p.errors, 0),
          textBytes: parts.reduce((n, p) => n + p.textBytes, 0),
          columns: [...new Set(parts.flatMap((p) => p.columns))],
          ids: parts.flatMap((p) => p.ids),
          sizes: parts.flatMap((p) => p.sizes),
        };
      }
      const message =
        (error as Error)?.name === 'AbortError' || signal.aborted
          ? `analysis took longer than ${timeoutMs / 1000} s; skipped`
          : `worker failed: ${String((error as Error)?.message ?? error).split('\n')[0]}`;
      const { id, head, columns, textBytes } = resolveDoc(docs[0]!);
      const lines = Buffer.from(errorLine(head, message));
      return { lines, size: lines.length, errors: 1, textBytes, columns, ids: [id], sizes: [lines.length] };
    }
  };

  const send = (batch: Batch): void => {
    inFlight++;
    pendingBytes += batch.meta.bytes;
    // No free slot (only after batches failed, see `analyse`): the lines come back as bytes.
    const slot = freeSlots.pop() ?? -1;
    analyse(batch.docs, slot)
      .then((result) =>
        result.lines === null && shared
          ? complete(batch, slotView(shared, slot).subarray(0, result.size), result, slot)
          : complete(batch, result.lines!, result, -1),
      )
      // Writing can fail too (a full disk): the run stops with that error, not an unhandled one.
      .catch((error: unknown) => {
        failure ??= error;
        wakeUp();
      });
  };

  // Which records this run reads: its shard, minus what an earlier run already wrote.
  let ordinal = 0;
  const want = (seq: number): boolean => {
    if (shard && seq % shard.count !== shard.index - 1) return false;
    return ordinal++ >= options.from;
  };

  let submitted = options.from;
  const empty = (): Batch => ({
    first: submitted,
    docs: [],
    meta: { bytes: 0, textBytes: 0, at: 0, analysedBytes: 0, slot: -1 },
  });
  let batch = empty();
  const flush = async (): Promise<void> => {
    if (batch.docs.length === 0) return;
    while ((inFlight >= window || (pendingBytes > MAX_PENDING_BYTES && inFlight > 0)) && !aborted()) {
      await sleep();
      check();
    }
    send(batch);
    batch = empty();
  };
  options.signal?.addEventListener('abort', wakeUp);
  writer.onFailure = wakeUp;
  try {
    for await (const rec of readRecords(options.files, {
      want,
      ...(options.onFile ? { onFile: options.onFile } : {}),
      ...(options.tracker ? { tracker: options.tracker } : {}),
      stopped: aborted,
      rawJsonLines: true,
    })) {
      check();
      if (aborted()) break;
      if (rec.payload === null) continue;
      submitted++;
      const { payload } = rec;
      if (payload.type === 'json') batch.docs.push({ payload, id: '', head: '', columns: [] });
      else batch.docs.push({ payload, id: rec.id, head: encodeHead(rec), columns: Object.keys(rec.columns) });
      batch.meta.bytes += rec.bytes;
      if (payload.type !== 'json') batch.meta.textBytes += rec.bytes;
      batch.meta.at = rec.at ?? 0;
      if (batch.docs.length >= BATCH_DOCUMENTS || batch.meta.bytes >= BATCH_BYTES) await flush();
      if (aborted()) break;
    }
    // The last batch, then what is in flight (bounded by the window), also after Ctrl-C.
    await flush();
    while (writer.next < submitted) {
      await sleep();
      check();
    }
    return { submitted, firstResultAt };
  } finally {
    options.signal?.removeEventListener('abort', wakeUp);
    writer.onFailure = null;
  }
}
