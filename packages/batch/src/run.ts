import { formatCount } from '@gloss/document';
import { accessSync, constants, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import { WORKER_KIND_LABEL, workerEntry } from './bundle.ts';
import { dispatch } from './dispatch.ts';
import { BufferedFile } from './files.ts';
import { finalize, type FinalizeResult } from './finalize.ts';
import { UniqueIds } from './ids.ts';
import { expandInputs, type FileDigest, ReadTracker, splitLines } from './inputs.ts';
import { lineIds } from './line.ts';
import { acquireRunLock } from './lock.ts';
import { gitCommit, glossVersion, ruleSetInfo } from './manifest.ts';
import { BatchUsageError, dropState, openRun, type RunState, runPaths, type Shard } from './open.ts';
import { Progress, type ProgressState } from './progress.ts';
import { SLOT_BYTES, type WorkAnswer, type WorkTask } from './protocol.ts';
import { OrderedWriter } from './writer.ts';

export { BatchUsageError, STATE_DIR, type Shard } from './open.ts';

export interface BatchOptions {
  inputs: string[];
  out: string;
  /** Worker threads; by default one per core, fewer for a small input (see defaultJobs). */
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

/**
 * While documents are analysed, every heap (main thread and workers) is collected once it grows
 * 30% past what was live after the last collection: V8's factor for low-memory devices. V8's
 * default lets a heap grow to several times its live size, which kept each worker's heap
 * swinging between 25 and 75 MB over a long run: peak memory then depended on how long the run
 * was, not on what it holds. Set for the analysis only (the flag is process-wide), measured in
 * bench/batch-speed.ts without a loss of speed.
 */
export const HEAP_GROWING_FLAG = '--heap-growing-percent=30';
/**
 * The V8 flags set while documents are analysed (process-wide, so for every thread), and what
 * each is set back to after. Besides the heap's growing factor: half of TurboFan's inlining
 * budget. A fresh worker's warm-up is TurboFan compiling the analysis's hot functions (about 350
 * compilations on the BBC corpus, on background threads, with few deoptimisations); smaller
 * inlining makes each compilation smaller. Alternating runs of one worker thread over the corpus
 * (docs/benchmarks.md): warm-up median 2.8 against 3.6 CPU-s, the warm pass unchanged. Flags
 * change how code is compiled, never what it computes: outputs are the same bytes.
 */
export const BATCH_V8_FLAGS: readonly string[] = [
  HEAP_GROWING_FLAG,
  '--max-inlined-bytecode-size=200',
  '--max-inlined-bytecode-size-cumulative=400',
];
/** V8's own values of BATCH_V8_FLAGS (0: the growing factor V8 picks itself), set again after the analysis. */
const V8_DEFAULTS: readonly string[] = [
  '--heap-growing-percent=0',
  '--max-inlined-bytecode-size=460',
  '--max-inlined-bytecode-size-cumulative=920',
];
/** How a worker thread is started (`gloss versions` starts its workers so too). */
export const WORKER_THREAD_OPTIONS = {
  // Not the parent's flags: under `node --import tsx` (tests, benchmarks) every worker would
  // load tsx's hooks too, and compile compromise through them, a second or more per worker.
  execArgv: [] as string[],
  // A small young generation: the analysis keeps little alive between documents, and V8's
  // default lets each worker's nursery grow to tens of MB over a long run.
  resourceLimits: { maxYoungGenerationSizeMb: 8 },
};
/** How `gloss batch` starts its analysis workers (also bench/batch-speed.ts, for its measures). */
export const BATCH_WORKER_OPTIONS = {
  ...WORKER_THREAD_OPTIONS,
  // A fixed young generation, but not a small one: a document's working set is a few MB, and
  // with 8 MB (semi-spaces under 3 MB) nearly every collection of the nursery caught a document
  // half analysed and copied it, twice as many collections as with 16. 32 MB: a warm pass over
  // the BBC corpus about 0.8 CPU-s (a quarter) less than with 8, for 24 MB more per worker, the
  // same from the first seconds of a run to its end (alternating runs, docs/benchmarks.md).
  resourceLimits: { maxYoungGenerationSizeMb: 32 },
};
/**
 * Input each worker started by default should have to analyse, bytes. A fresh worker spends about
 * 3 CPU-seconds warming up (V8 optimising the analysis on background threads), as much as a warm
 * worker needs for some 6 MB of text; on the 2-core project machine two workers only caught up
 * with one on the 5 MB BBC corpus (docs/benchmarks.md). Below this much input per worker, one
 * more worker costs more CPU than the time it saves.
 */
export const BYTES_PER_DEFAULT_WORKER = 8 * 1024 * 1024;
/** Gzipped input counts as this many times its size: text compresses about 3 to 4 times. */
const GZIP_RATIO = 4;

/**
 * How many workers a run starts when `--jobs` is not given: one per core, but no more than one
 * per BYTES_PER_DEFAULT_WORKER of the input this run analyses (its shard's share of it).
 */
export function defaultJobs(
  files: readonly { bytes: number; gzip: boolean }[],
  shard: Shard | null,
  cores = availableParallelism(),
): number {
  const bytes = files.reduce((n, f) => n + f.bytes * (f.gzip ? GZIP_RATIO : 1), 0) / (shard?.count ?? 1);
  return Math.max(1, Math.min(cores, Math.ceil(bytes / BYTES_PER_DEFAULT_WORKER)));
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
    throw new BatchUsageError(`--shard ${value}: N must be at most ${formatCount(MAX_SHARDS)}`);
  if (count < 1 || index < 1 || index > count)
    throw new BatchUsageError(`--shard ${value}: K must be between 1 and N`);
  return { index, count };
}

/**
 * `--db FILE`: checked before the analysis, so a path that cannot be written fails at once
 * rather than after hours of work.
 */
export function checkDbPath(db: string | null): void {
  if (db === null) return;
  const dir = dirname(db);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new BatchUsageError(`--db ${db}: the folder ${dir} does not exist`);
  if (existsSync(db) && !statSync(db).isFile()) throw new BatchUsageError(`--db ${db}: not a regular file`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new BatchUsageError(`--db ${db}: cannot write in ${dir} (permission denied)`);
  }
}

/** Reads back the ids of the lines a run wrote before it was interrupted. */
async function readIds(jsonl: string, ids: UniqueIds): Promise<void> {
  for await (const { bytes } of splitLines(createReadStream(jsonl), Number.MAX_SAFE_INTEGER)) {
    if (bytes !== null && bytes.length > 0) ids.taken(lineIds(bytes.toString('utf8')).id);
  }
}

/**
 * Runs `gloss batch`: takes the output folder's lock, opens (or resumes) the run, dispatches
 * the documents to a worker pool while the ordered writer appends their lines, then finalises.
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const started = Date.now();
  const stderr = options.stderr ?? ((s: string) => process.stderr.write(s));
  const outDir = resolve(options.out);
  const paths = runPaths(outDir);
  const shard = options.shard ?? null;
  const keepText = options.keepText ?? false;
  const db = options.db ? resolve(options.db) : null;
  const outletColumn = options.outletColumn ?? null;
  const timeoutMs = options.timeoutMs ?? 120_000;

  let files: ReturnType<typeof expandInputs>;
  try {
    files = expandInputs(options.inputs);
  } catch (error) {
    throw new BatchUsageError((error as Error).message);
  }
  if (files.length === 0) throw new BatchUsageError('no inputs: give files, folders or globs');
  const jobs = Math.max(1, options.jobs ?? defaultJobs(files, shard));

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
  // After the output folder exists: `--db DIR/run.duckdb` inside it is common.
  checkDbPath(db);
  const lock = acquireRunLock(outDir, 'batch');
  try {
    const opened = await openRun(paths, stateNow, options.resume === true, options.out);
    if (opened.status === 'already-finished') {
      return {
        status: 'already-finished',
        outDir,
        processed: 0,
        documents: opened.documents,
        errors: opened.errors,
        elapsedMs: Date.now() - started,
        textBytes: 0,
        timings: { firstResult: 0, analysis: 0, finalize: 0 },
      };
    }
    const { state, checkpoint } = opened;

    const tracker = new ReadTracker();
    const ids = new UniqueIds();
    if (checkpoint.done > 0) await readIds(paths.partialJsonl, ids);
    const writer = new OrderedWriter<import('./dispatch.ts').BatchMeta>({
      out: new BufferedFile(paths.partialJsonl, 'a'),
      checkpointPath: paths.checkpointPath,
      from: checkpoint,
      ids,
      read: () => tracker.snapshot(),
    });
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
    let processed = 0;
    let textBytes = 0;
    const worker = await workerEntry();
    // Batches in flight (sent, not yet written): enough that no worker waits for work while a
    // long document holds up the writing, bounded in number and in text so memory stays flat.
    const window = jobs * 4;
    // One slot of shared memory per batch in flight, for its lines (see SLOT_BYTES).
    const shared = new SharedArrayBuffer(window * SLOT_BYTES);
    const pool = new Piscina<WorkTask, WorkAnswer[WorkTask['kind']]>({
      filename: worker.url,
      ...BATCH_WORKER_OPTIONS,
      workerData: { lines: shared },
      minThreads: jobs,
      maxThreads: jobs,
      idleTimeout: 60_000,
      // A second batch waits in each worker, so a worker never waits for the main thread.
      concurrentTasksPerWorker: 2,
    });
    const aborted = (): boolean => options.signal?.aborted === true;
    let analysisEnded = 0;
    let ruleBriefs: WorkAnswer['rules'] = [];
    for (const flag of BATCH_V8_FLAGS) setFlagsFromString(flag);
    try {
      const dispatched = await dispatch({
        files,
        shard,
        from: checkpoint.done,
        window,
        keepText,
        timeoutMs,
        run: (task, signal) => pool.run(task, { signal }) as Promise<WorkAnswer['analyse']>,
        shared,
        writer,
        tracker,
        ...(options.signal ? { signal: options.signal } : {}),
        onFile: (d) => digests.push(d),
        onWritten: (written) => {
          for (const w of written) {
            textBytes += w.meta.analysedBytes;
            progressState.readBytes = Math.max(progressState.readBytes, w.meta.at);
            processed += w.count;
          }
          progressState.documents = writer.next;
          progressState.errors = writer.errors;
          progressState.textBytes = textBytes;
          progress.update(progressState);
          options.onProgress?.(progressState);
        },
      });
      firstResultAt = dispatched.firstResultAt;
      await writer.finish();
      if (!aborted()) ruleBriefs = (await pool.run({ kind: 'rules' })) as WorkAnswer['rules'];
    } finally {
      analysisEnded = Date.now();
      for (const flag of V8_DEFAULTS) setFlagsFromString(flag);
      await pool.destroy();
      await writer.close();
      progress.end(progressState);
    }
    const timings = {
      firstResult: firstResultAt === 0 ? 0 : firstResultAt - poolStarted,
      analysis: analysisEnded - poolStarted,
      finalize: 0,
    };

    if (aborted()) {
      return {
        status: 'interrupted',
        outDir,
        processed,
        documents: writer.next,
        errors: writer.errors,
        elapsedMs: Date.now() - started,
        textBytes,
        timings,
      };
    }
    const finalizeStarted = Date.now();
    const final = await finalize({
      jsonl: paths.partialJsonl,
      outDir,
      workDir: paths.stateDir,
      db,
      outletColumn,
      ruleCategories: ruleBriefs.map((r) => r.category),
      carried: writer.carried ? [...writer.carried] : null,
      createdBy: `gloss ${glossVersion()}`,
      manifest: {
        tool: 'gloss',
        command: 'batch',
        version: glossVersion(),
        gitCommit: gitCommit(),
        node: process.version,
        ruleSet: ruleSetInfo(ruleBriefs),
        options: {
          keepText,
          shard: shard ? `${shard.index}/${shard.count}` : null,
          outletColumn,
          db,
          jobs,
          timeoutMs,
        },
        workers: WORKER_KIND_LABEL[worker.kind],
        shard,
        inputs: digests,
        startedAt: state.startedAt,
        resumedAt: state.resumedAt,
      },
    });
    dropState(paths);
    return {
      status: 'finished',
      outDir,
      processed,
      documents: final.documents,
      errors: final.errors,
      elapsedMs: Date.now() - started,
      textBytes,
      timings: { ...timings, finalize: Date.now() - finalizeStarted },
      final,
    };
  } finally {
    lock.release();
  }
}
