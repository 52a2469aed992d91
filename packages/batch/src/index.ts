export {
  finalize,
  type FinalizeOptions,
  type FinalizeResult,
  OUTLET_CANDIDATES,
} from './finalize.ts';
export { WORKER_KIND_LABEL, type WorkerSpec, workerEntry } from './bundle.ts';
export { type BatchMeta, dispatch } from './dispatch.ts';
export { BufferedFile } from './files.ts';
export { UniqueIds } from './ids.ts';
export { type FileDigest, ReadTracker, splitLines } from './inputs.ts';
export { type Checkpoint, dropState, openRun, type RunState, runPaths, STATE_DIR } from './open.ts';
export { resolveDoc, type WorkDoc, type WorkResult } from './protocol.ts';
export { OrderedWriter } from './writer.ts';
export { textOf } from './worker.ts';
export { type DocumentLine, decodeHead, encodeHead, encodeLine, errorLine, type LineHead } from './line.ts';
export { acquireRunLock, LOCK_FILE, lockIsStale, RunLockedError } from './lock.ts';
export { expandGlob, globToRegExp, hasGlobChars } from './glob.ts';
export { expandInputs, type InputFile, type SourceRecord, readRecords } from './inputs.ts';
export { ruleSetInfo } from './manifest.ts';
export { mergeRuns, type MergeOptions, type MergeResult, orderShards } from './merge.ts';
export {
  computeMetrics,
  fleschKincaidGrade,
  METRIC_COLUMNS,
  syllables,
} from './metrics.ts';
export { describeProgress, formatDuration } from './progress.ts';
export {
  BatchUsageError,
  type BatchOptions,
  checkDbPath,
  BATCH_V8_FLAGS,
  BATCH_WORKER_OPTIONS,
  HEAP_GROWING_FLAG,
  type BatchResult,
  parseShard,
  runBatch,
  type Shard,
  WORKER_THREAD_OPTIONS,
} from './run.ts';
export { csvLine, sha256File, writeJsonAtomic } from './files.ts';
export { gitCommit, glossVersion } from './manifest.ts';
