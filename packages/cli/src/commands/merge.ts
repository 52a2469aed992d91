import { formatCount } from '@gloss/document';
import { BatchUsageError, mergeRuns } from '@gloss/batch';
import { warnRenamedIds } from './batch.ts';
import { isVersionsRun, mergeVersions } from './versions-run.ts';
import { describeWriteError, isWriteError } from '../output.ts';
import { type CliIo, parseCommand, UsageError } from '../io.ts';

const HELP = `Usage: gloss merge DIR... --out DIR [--db FILE.duckdb] [--outlet-column C]

Combines finished gloss batch runs into one output set. Shards of one run (--shard K/N, all N)
are put back in input order, so the result equals an unsharded run; other runs are concatenated.
Aggregates (outlets.csv) are recomputed from the merged documents.
The shards of a gloss versions --shard K/N run are merged into what the unsharded run writes.
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand('merge', argv, io, HELP, {
    out: { type: 'string', short: 'o' },
    db: { type: 'string' },
    'outlet-column': { type: 'string' },
  });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('merge: give the output folders of the runs to merge');
  if (!values.out) throw new UsageError('merge: --out DIR is required');
  try {
    if (isVersionsRun(positionals[0]!)) {
      const merged = await mergeVersions(positionals, values.out, values.db ?? null);
      io.stdout(
        `merged ${positionals.length} shards of gloss versions: ${formatCount(merged.clusters)} stories into ${values.out}\n`,
      );
      return 0;
    }
    const result = await mergeRuns({
      dirs: positionals,
      out: values.out,
      db: values.db ?? null,
      outletColumn: values['outlet-column'] ?? null,
    });
    warnRenamedIds(result.final, io);
    io.stdout(
      `merged ${positionals.length} ${result.mode === 'shards' ? 'shards' : 'runs'}: ${formatCount(result.documents)} documents (${formatCount(result.errors)} errors) into ${values.out}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof BatchUsageError) throw new UsageError(error.message);
    // A full disk or a folder gone read-only: one line, not an internal error.
    if (isWriteError(error))
      throw new UsageError(`merge: cannot write ${values.out}: ${describeWriteError(error)}`);
    throw error;
  }
}
