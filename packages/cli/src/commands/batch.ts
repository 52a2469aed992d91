import { formatCount } from '@gloss/document';
import { BatchUsageError, type FinalizeResult, parseShard, runBatch } from '@gloss/batch';
import { describeWriteError, isWriteError } from '../output.ts';
import { type CliIo, oneLine, parseCommand, UsageError } from '../io.ts';

const HELP = `Usage: gloss batch INPUT... --out DIR [options]

Analyses a corpus: files, folders and globs of .txt, .md and .html, JSONL and CSV files
(columns id, text and any others, carried through), each optionally gzipped.

Outputs in DIR: documents.jsonl, documents.csv, documents.parquet, outlets.csv, manifest.json.

Options:
  -o, --out DIR          output folder (required)
  -j, --jobs N           worker threads (default: the number of cores, at most one per 8 MB of input)
      --resume           continue an interrupted run in DIR
      --shard K/N        process the K-th of N deterministic slices (merge them with gloss merge)
      --db FILE.duckdb   also write the tables to a DuckDB database
      --keep-text        keep each document's text in documents.jsonl
      --outlet-column C  column to aggregate outlets.csv by (default: outlet, source, publisher, …)
      --timeout S        seconds one document may take before it becomes an error row (default 120)
  -q, --quiet            no progress on stderr
  -h, --help             this help
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand('batch', argv, io, HELP, {
    out: { type: 'string', short: 'o' },
    jobs: { type: 'string', short: 'j' },
    resume: { type: 'boolean' },
    shard: { type: 'string' },
    db: { type: 'string' },
    'keep-text': { type: 'boolean' },
    'outlet-column': { type: 'string' },
    timeout: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length === 0)
    throw new UsageError('batch: give INPUT files, folders or globs (see gloss batch --help)');
  if (!values.out) throw new UsageError('batch: --out DIR is required');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1))
    throw new UsageError(`batch: --jobs ${values.jobs}: give a whole number ≥ 1`);
  const timeout = values.timeout === undefined ? 120 : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw new UsageError(`batch: --timeout ${values.timeout}: give seconds > 0`);
  if (values.db !== undefined && !values.db.endsWith('.duckdb') && !values.db.endsWith('.db')) {
    throw new UsageError(`batch: --db ${values.db}: give a FILE.duckdb path`);
  }

  const stop = stopOnSignals(io, 'gloss batch: stopping; finishing the documents in progress');
  try {
    const result = await runBatch({
      inputs: positionals,
      out: values.out,
      ...(jobs !== undefined ? { jobs } : {}),
      resume: values.resume ?? false,
      shard: values.shard ? parseShard(values.shard) : null,
      db: values.db ?? null,
      keepText: values['keep-text'] ?? false,
      outletColumn: values['outlet-column'] ?? null,
      timeoutMs: timeout * 1000,
      progress: values.quiet ? 'none' : process.stderr.isTTY ? 'bar' : 'lines',
      stderr: io.stderr,
      signal: stop.signal,
    });
    if (result.status === 'already-finished') {
      io.stderr(
        `gloss batch: ${values.out} is already finished (${result.documents} documents); nothing to do\n`,
      );
      return 0;
    }
    const seconds = result.elapsedMs / 1000;
    if (result.status === 'interrupted') {
      io.stderr(
        `gloss batch: interrupted after ${formatCount(result.documents)} documents; run the same command with --resume to continue\n`,
      );
      return 130;
    }
    if (result.final) warnRenamedIds(result.final, io);
    const mbps = result.textBytes / 1e6 / seconds;
    io.stdout(
      `${formatCount(result.documents)} documents (${formatCount(result.errors)} errors) in ${seconds.toFixed(1)} s, ${mbps.toFixed(2)} MB/s of text\n` +
        `wrote ${values.out}/documents.jsonl, documents.csv, documents.parquet, outlets.csv, manifest.json${values.db ? ` and ${values.db}` : ''}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof BatchUsageError) throw new UsageError(error.message);
    // A full disk or a folder gone read-only: one line, not an internal error.
    if (isWriteError(error))
      throw new UsageError(`batch: cannot write ${values.out}: ${describeWriteError(error)}`);
    throw error;
  } finally {
    stop.release();
  }
}

/**
 * Ctrl-C and SIGTERM stop a corpus run cleanly (`signal` aborts; `message` and "(what is done is
 * kept)…" on stderr); a second one does not wait: every checkpoint is whole, so --resume still
 * continues cleanly. `release` removes the handlers.
 */
export function stopOnSignals(io: CliIo, message: string): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onSignal = (): void => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    io.stderr(`\n${message} (what is done is kept)…\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** Repeated ids got a suffix (so findings join documents unambiguously): said once, on stderr. */
export function warnRenamedIds(final: FinalizeResult, io: CliIo): void {
  if (final.renamedIds === 0) return;
  io.stderr(
    `gloss: warning: ${formatCount(final.renamedIds)} records repeat an earlier record's id (the first: ${oneLine(JSON.stringify(final.firstRenamed))}); they got a suffix, ID#2, ID#3, …, and documents.jsonl keeps the given id as idGiven\n`,
  );
}
