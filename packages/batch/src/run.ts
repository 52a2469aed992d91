import {
  existsSync,
  fsync,
  ftruncateSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { join, resolve } from 'node:path';
import { Piscina } from 'piscina';
import { workerEntry } from './bundle.ts';
import { BufferedFile, writeJsonAtomic } from './files.ts';
import { finalize, type FinalizeResult } from './finalize.ts';
import { expandInputs, type FileDigest, type InputFile, readRecords } from './inputs.ts';
import { gitCommit, glossVersion, ruleSetInfo } from './manifest.ts';
import { Progress, type ProgressState } from './progress.ts';
import {
  errorLine,
  lineHead,
  resolveDoc,
  SLOT_BYTES,
  slotView,
  type WorkDoc,
  type WorkResult,
  type WorkTask,
} from './protocol.ts';
import type { RuleBrief } from './worker.ts';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface BatchOptions {
  inputs: string[];
  out: string;
  jobs?: number;
  resume?: boolean;
  shard?: Shard | null;
  db?: string | null;
  keepText?: boolean;
  outletColumn?: string | null;
  /** Per-document limit (ms) from submission to result; past it the document is an error row. */
  timeoutMs?: number;
  progress?: 'bar' | 'lines' | 'none';
  stderr?: (s: string) => void;
  /** Aborting stops the run cleanly (Ctrl-C): what is done is kept and `--resume` continues. */
  signal?: AbortSignal;
  /** Called after each batch of documents is written (for programs that show or record progress). */
  onProgress?: (state: Readonly<ProgressState>) => void;
}

export interface BatchResult {
  status: 'finished' | 'interrupted' | 'already-finished';
  outDir: string;
  /** Documents written in this invocation (resumed ones not counted). */
  processed: number;
  /** All documents in the outputs (after finishing). */
  documents: number;
  errors: number;
  elapsedMs: number;
  /** Article text analysed in this invocation, bytes. */
  textBytes: number;
  /** Where the time went (ms): pool start to first result, pool start to last result, finalising. */
  timings: { firstResult: number; analysis: number; finalize: number };
  final?: FinalizeResult;
}

/** A problem with the command line or the output folder: one line, exit code 2. */
export class BatchUsageError extends Error {}

export const STATE_DIR = '.gloss-partial';
/**
 * A checkpoint (fsync, then the count of lines written) after the first results, then once a
 * second: an interrupted run loses at most a second of work, and the disk is not synced
 * hundreds of times a second.
 */
const CHECKPOINT_MS = 1000;
/**
 * While documents are analysed, every heap (main thread and workers) is collected once it grows
 * 30% past what was live after the last collection: V8's factor for low-memory devices. V8's
 * default lets a heap grow to several times its live size, which kept each worker's heap
 * swinging between 25 and 75 MB over a long run: peak memory then depended on how long the run
 * was, not on what it holds. Set for the analysis only (the flag is process-wide), measured in
 * bench/batch-speed.ts without a loss of speed.
 */
export const HEAP_GROWING_FLAG = '--heap-growing-percent=30';
/** How each worker thread is started (also by bench/batch-speed.ts, for its plain-thread ceiling). */
export const WORKER_THREAD_OPTIONS = {
  // Not the parent's flags: under `node --import tsx` (tests, benchmarks) every worker would
  // load tsx's hooks too, and compile compromise through them, a second or more per worker.
  execArgv: [] as string[],
  // A small young generation: the analysis keeps little alive between documents, and V8's
  // default lets each worker's nursery grow to tens of MB over a long run.
  resourceLimits: { maxYoungGenerationSizeMb: 8 },
};
/** A batch of documents for one worker task ends at this many documents or this much input (text, or JSONL lines). */
const BATCH_DOCUMENTS = 64;
const BATCH_BYTES = 256 * 1024;
/** Input in flight at most (a batch larger than this still goes, alone). */
const MAX_PENDING_BYTES = 16 * 1024 * 1024;

interface RunState {
  format: 1;
  inputs: { path: string; bytes: number }[];
  options: { keepText: boolean; shard: Shard | null; outletColumn: string | null; db: string | null };
  startedAt: string;
  resumedAt: string[];
}

interface Checkpoint {
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
}

/** More shards than any scheduler runs tasks (Slurm's largest array is 4,000,001). */
export const MAX_SHARDS = 10_000_000;

/** `K/N`: whole numbers, 1 ≤ K ≤ N ≤ MAX_SHARDS. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) throw new BatchUsageError(`--shard ${value}: write it as K/N, e.g. 1/4`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  // Past 2^53 the numbers are no longer exact, and `seq % N` would pick no record at all.
  if (!Number.isSafeInteger(count) || count > MAX_SHARDS)
    throw new BatchUsageError(`--shard ${value}: N must be at most ${MAX_SHARDS.toLocaleString('en-US')}`);
  if (count < 1 || index < 1 || index > count)
    throw new BatchUsageError(`--shard ${value}: K must be between 1 and N`);
  return { index, count };
}

const fsyncAsync = promisify(fsync);

/** Runs `gloss batch`: reads, analyses on a worker pool, writes in input order, finalises. */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const started = Date.now();
  const stderr = options.stderr ?? ((s: string) => process.stderr.write(s));
  const outDir = resolve(options.out);
  const stateDir = join(outDir, STATE_DIR);
  const statePath = join(stateDir, 'state.json');
  const checkpointPath = join(stateDir, 'checkpoint.json');
  const partialJsonl = join(stateDir, 'documents.jsonl');
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const shard = options.shard ?? null;
  const keepText = options.keepText ?? false;
  const db = options.db ? resolve(options.db) : null;
  const outletColumn = options.outletColumn ?? null;
  const timeoutMs = options.timeoutMs ?? 120_000;

  let files: InputFile[];
  try {
    files = expandInputs(options.inputs);
  } catch (error) {
    throw new BatchUsageError((error as Error).message);
  }
  if (files.length === 0) throw new BatchUsageError('no inputs: give files, folders or globs');

  const stateNow: RunState = {
    format: 1,
    inputs: files.map((f) => ({ path: f.path, bytes: f.bytes })),
    options: { keepText, shard, outletColumn, db },
    startedAt: new Date(started).toISOString(),
    resumedAt: [],
  };

  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    throw new BatchUsageError(`--out ${options.out} is a file`);
  mkdirSync(outDir, { recursive: true });
  const finished = existsSync(join(outDir, 'manifest.json')) && !existsSync(stateDir);
  let state = stateNow;
  let checkpoint: Checkpoint = { done: 0, bytes: 0, errors: 0 };
  if (options.resume) {
    if (finished) {
      const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as {
        counts?: { documents: number; errors: number };
      };
      return {
        status: 'already-finished',
        outDir,
        processed: 0,
        documents: manifest.counts?.documents ?? 0,
        errors: manifest.counts?.errors ?? 0,
        elapsedMs: Date.now() - started,
        textBytes: 0,
        timings: { firstResult: 0, analysis: 0, finalize: 0 },
      };
    }
    if (existsSync(statePath)) {
      const saved = JSON.parse(readFileSync(statePath, 'utf8')) as RunState;
      if (JSON.stringify(saved.inputs) !== JSON.stringify(stateNow.inputs)) {
        throw new BatchUsageError(
          `cannot resume: the inputs differ from the interrupted run in ${options.out}`,
        );
      }
      if (JSON.stringify(saved.options) !== JSON.stringify(stateNow.options)) {
        throw new BatchUsageError(
          `cannot resume: options differ from the interrupted run (${JSON.stringify(saved.options)})`,
        );
      }
      state = { ...saved, resumedAt: [...saved.resumedAt, stateNow.startedAt] };
      if (existsSync(checkpointPath))
        checkpoint = JSON.parse(readFileSync(checkpointPath, 'utf8')) as Checkpoint;
      // A crash between moving documents.jsonl into place and writing the manifest.
      if (!existsSync(partialJsonl) && existsSync(join(outDir, 'documents.jsonl'))) {
        throw new BatchUsageError(
          `cannot resume ${options.out}: it was being finalised; run it again without --resume`,
        );
      }
    }
  } else if (existsSync(stateDir)) {
    throw new BatchUsageError(
      `${options.out} holds an interrupted run: add --resume to continue it, or pick another --out`,
    );
  } else if (finished || existsSync(join(outDir, 'documents.jsonl'))) {
    throw new BatchUsageError(
      `${options.out} already holds results; pick another --out or delete them first`,
    );
  }
  mkdirSync(stateDir, { recursive: true });
  await writeJsonAtomic(statePath, state);

  // The JSONL continues from the last checkpoint: anything after it (a torn line) is cut off.
  if (!existsSync(partialJsonl)) closeSync(openSync(partialJsonl, 'w'));
  {
    const fd = openSync(partialJsonl, 'r+');
    ftruncateSync(fd, checkpoint.bytes);
    closeSync(fd);
  }
  if (statSync(partialJsonl).size !== checkpoint.bytes)
    throw new Error('checkpoint does not match documents.jsonl');
  const out = new BufferedFile(partialJsonl, 'a');
  out.written = checkpoint.bytes;

  const digests: FileDigest[] = [];
  const progressState: ProgressState = {
    documents: checkpoint.done,
    errors: checkpoint.errors,
    textBytes: 0,
    readBytes: 0,
    inputBytes: files.reduce((n, f) => n + f.bytes, 0),
  };
  const progress = new Progress(stderr, options.progress ?? 'lines');

  const poolStarted = Date.now();
  let firstResultAt = 0;
  const worker = await workerEntry();
  // Batches in flight (sent, not yet written): enough that no worker waits for work while a
  // long document holds up the writing, bounded in number and in text so memory stays flat.
  const window = jobs * 4;
  // One slot of shared memory per batch in flight, for its lines (see SLOT_BYTES).
  const shared = new SharedArrayBuffer(window * SLOT_BYTES);
  const freeSlots = Array.from({ length: window }, (_, i) => window - 1 - i);
  const pool = new Piscina<WorkTask | { kind: 'rules' }, WorkResult>({
    filename: worker.url,
    ...WORKER_THREAD_OPTIONS,
    workerData: { lines: shared },
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    // A second batch waits in each worker, so a worker never waits for the main thread.
    concurrentTasksPerWorker: 2,
  });

  // Documents go to the workers in batches of consecutive documents: one message per batch
  // instead of one per document keeps the main thread and the message channel out of the way.
  interface Batch {
    /** Ordinal of the first document; the batch holds documents first … first + docs.length - 1. */
    first: number;
    docs: WorkDoc[];
    /** Input the batch holds: article text, or whole JSONL lines (their text is known once parsed). */
    bytes: number;
    /** Article text of the documents that are not JSONL lines (the worker counts theirs). */
    textBytes: number;
    /** Where the batch's last document ends in the input, for progress. */
    at: number;
  }
  // Reorder buffer: finished batches wait here, by first ordinal, until every earlier one is written.
  const ready = new Map<number, { batch: Batch; lines: Uint8Array; result: WorkResult; slot: number }>();
  let nextWrite = checkpoint.done;
  let errors = checkpoint.errors;
  // Carried columns of the lines written, in first-seen order (a Set keeps insertion order), kept
  // in each checkpoint: at the end, the columns of every line. Null: an older checkpoint did not
  // keep them.
  const carried: Set<string> | null =
    checkpoint.done === 0 || checkpoint.carried ? new Set(checkpoint.carried) : null;
  let processed = 0;
  let textBytes = 0;
  let lastCheckpoint = Date.now();
  let inFlight = 0;
  let pendingBytes = 0;
  let wake: (() => void) | null = null;
  /** Resumes the reading loop when it waits for room in the window (or for the end). */
  const wakeUp = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  let failure: unknown = null;

  let checkpoints = 0;
  /** The checkpoint being written, if any: one at a time, in the background. */
  let syncing: Promise<void> | null = null;
  const checkpointNow = async (): Promise<void> => {
    out.flush();
    const state: Checkpoint = {
      done: nextWrite,
      bytes: out.written,
      errors,
      ...(carried ? { carried: [...carried] } : {}),
    };
    checkpoints++;
    lastCheckpoint = Date.now();
    // The lines must be on disk before a checkpoint says they are.
    await fsyncAsync(out.fd);
    await writeJsonAtomic(checkpointPath, state);
  };
  /**
   * Starts a checkpoint unless one is being written. The disk syncs off the main thread, which
   * goes on writing lines meanwhile (they are past the checkpoint's byte count, so a resume cuts
   * them off if the run dies before the next one).
   */
  const saveCheckpoint = (): void => {
    if (syncing) return;
    syncing = checkpointNow()
      .catch((error: unknown) => {
        failure ??= error;
        wakeUp();
      })
      .finally(() => {
        syncing = null;
      });
  };

  /** `slot`: the slot holding the lines, free again once they are written (-1: none). */
  const complete = (batch: Batch, lines: Uint8Array, result: WorkResult, slot: number): void => {
    if (firstResultAt === 0) firstResultAt = Date.now();
    ready.set(batch.first, { batch, lines, result, slot });
    const written: number[] = [];
    for (let next = ready.get(nextWrite); next; next = ready.get(nextWrite)) {
      ready.delete(nextWrite);
      out.write(next.lines);
      if (next.slot >= 0) written.push(next.slot);
      if (carried) for (const name of next.result.columns) carried.add(name);
      errors += next.result.errors;
      textBytes += next.batch.textBytes + next.result.textBytes;
      pendingBytes -= next.batch.bytes;
      inFlight--;
      progressState.readBytes = Math.max(progressState.readBytes, next.batch.at);
      nextWrite += next.batch.docs.length;
      processed += next.batch.docs.length;
    }
    // Lines in a slot must be on disk before the slot takes another batch.
    if (written.length > 0) {
      out.flush();
      freeSlots.push(...written);
    }
    progressState.documents = nextWrite;
    progressState.errors = errors;
    progressState.textBytes = textBytes;
    if (checkpoints === 0 || Date.now() - lastCheckpoint >= CHECKPOINT_MS) saveCheckpoint();
    progress.update(progressState);
    options.onProgress?.(progressState);
    wakeUp();
  };

  /**
   * Analyses a batch on the pool; never rejects. When a batch fails (a document past the time
   * limit, a worker that crashed), each of its documents is tried alone, so only the culprit
   * becomes an error row.
   */
  const analyse = async (docs: WorkDoc[], slot = -1): Promise<WorkResult> => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const result = await pool.run({ docs, keepText, slot }, { signal });
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
        };
      }
      const message =
        (error as Error)?.name === 'AbortError' || signal.aborted
          ? `analysis took longer than ${timeoutMs / 1000} s; skipped`
          : `worker failed: ${String((error as Error)?.message ?? error).split('\n')[0]}`;
      const { head, columns, textBytes: parsedBytes } = resolveDoc(docs[0]!);
      const lines = Buffer.from(errorLine(head, message));
      return { lines, size: lines.length, errors: 1, textBytes: parsedBytes, columns };
    }
  };

  const send = (batch: Batch): void => {
    inFlight++;
    pendingBytes += batch.bytes;
    // No free slot (only after batches failed, see `analyse`): the lines come back as bytes.
    const slot = freeSlots.pop() ?? -1;
    analyse(batch.docs, slot).then(
      (result) =>
        result.lines === null
          ? complete(batch, slotView(shared, slot).subarray(0, result.size), result, slot)
          : complete(batch, result.lines, result, -1),
      (error: unknown) => {
        failure = error;
        wakeUp();
      },
    );
  };

  const aborted = (): boolean => options.signal?.aborted === true;
  options.signal?.addEventListener('abort', wakeUp);

  // Which records this run reads: its shard, minus what an earlier run already wrote.
  let ordinalCounter = 0;
  const want = (seq: number): boolean => {
    if (shard && seq % shard.count !== shard.index - 1) return false;
    const ordinal = ordinalCounter++;
    return ordinal >= checkpoint.done;
  };

  let submitted = checkpoint.done;
  let analysisEnded = 0;
  let ruleBriefs: RuleBrief[] = [];
  let batch: Batch = { first: submitted, docs: [], bytes: 0, textBytes: 0, at: 0 };
  const flush = async (): Promise<void> => {
    if (batch.docs.length === 0) return;
    while ((inFlight >= window || (pendingBytes > MAX_PENDING_BYTES && inFlight > 0)) && !aborted()) {
      await new Promise<void>((r) => {
        wake = r;
      });
      if (failure) throw failure;
    }
    send(batch);
    batch = { first: submitted, docs: [], bytes: 0, textBytes: 0, at: 0 };
  };
  setFlagsFromString(HEAP_GROWING_FLAG);
  try {
    for await (const rec of readRecords(files, {
      want,
      onFile: (d) => digests.push(d),
      stopped: aborted,
      rawJsonLines: true,
    })) {
      if (failure) throw failure;
      if (aborted()) break;
      if (rec.payload === null) continue;
      submitted++;
      const { payload } = rec;
      if (payload.type === 'json') batch.docs.push({ payload, head: '', columns: [] });
      else batch.docs.push({ payload, head: lineHead(rec), columns: Object.keys(rec.columns) });
      batch.bytes += rec.bytes;
      if (payload.type !== 'json') batch.textBytes += rec.bytes;
      batch.at = rec.at ?? 0;
      if (batch.docs.length >= BATCH_DOCUMENTS || batch.bytes >= BATCH_BYTES) await flush();
      if (aborted()) break;
    }
    // The last batch, then what is in flight (bounded by the window), also after Ctrl-C.
    await flush();
    while (nextWrite < submitted) {
      await new Promise<void>((r) => {
        wake = r;
      });
      if (failure) throw failure;
    }
    await syncing;
    if (failure) throw failure;
    await checkpointNow();
    if (!aborted()) ruleBriefs = (await pool.run({ kind: 'rules' })) as unknown as RuleBrief[];
  } finally {
    analysisEnded = Date.now();
    setFlagsFromString('--heap-growing-percent=0'); // V8's own choice again
    options.signal?.removeEventListener('abort', wakeUp);
    await pool.destroy();
    await syncing; // not closing the file under a sync in progress
    out.close();
    progress.end(progressState);
  }

  if (aborted()) {
    return {
      status: 'interrupted',
      outDir,
      processed,
      documents: nextWrite,
      errors,
      elapsedMs: Date.now() - started,
      textBytes,
      timings: {
        firstResult: firstResultAt - poolStarted,
        analysis: analysisEnded - poolStarted,
        finalize: 0,
      },
    };
  }
  const finalizeStarted = Date.now();

  const rules = ruleSetInfo(ruleBriefs);
  const final = await finalize({
    jsonl: partialJsonl,
    outDir,
    db,
    outletColumn,
    ruleCategories: ruleBriefs.map((r) => r.category),
    carried: carried ? [...carried] : null,
    createdBy: `gloss ${glossVersion()}`,
    manifest: {
      tool: 'gloss',
      command: 'batch',
      version: glossVersion(),
      gitCommit: gitCommit(),
      node: process.version,
      ruleSet: rules,
      options: {
        keepText,
        shard: shard ? `${shard.index}/${shard.count}` : null,
        outletColumn,
        db,
        jobs,
        timeoutMs,
      },
      workers: worker.kind === 'bundle' ? 'esbuild bundle of the TypeScript sources' : 'tsx',
      shard,
      inputs: digests,
      startedAt: state.startedAt,
      resumedAt: state.resumedAt,
    },
  });
  rmSync(stateDir, { recursive: true, force: true });
  return {
    status: 'finished',
    outDir,
    processed,
    documents: final.documents,
    errors: final.errors,
    elapsedMs: Date.now() - started,
    textBytes,
    timings: {
      firstResult: firstResultAt - poolStarted,
      analysis: analysisEnded - poolStarted,
      finalize: Date.now() - finalizeStarted,
    },
    final,
  };
}
