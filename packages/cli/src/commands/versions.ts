/**
 * `gloss versions INPUT... [--out DIR]`: finds the versions of each wire story in a corpus,
 * compares every version with its story's reference and profiles the outlets; and the HTML
 * page of `gloss compare REF V1 [V2 …] --format html`.
 */
import { analyzeDocument } from '@gloss/analysis';
import { BatchUsageError, parseShard } from '@gloss/batch';
import { compareStory, type StoryMember } from '@gloss/compare';
import { parseDocument } from '@gloss/document';
import { formatCompareHtml, formatVersionsJson, formatVersionsPretty } from '@gloss/report';
import { type CliIo, parseCommand, pickFormat, readInput, UsageError } from '../io.ts';
import { describeWriteError, isWriteError } from '../output.ts';
import { stopOnSignals } from './batch.ts';
import { runVersions } from './versions-run.ts';

const HELP = `Usage: gloss versions INPUT... [--out DIR] [options]

Finds the articles in a corpus that are versions of one wire story (near-duplicate
detection over word shingles, MinHash/LSH, each pair confirmed by aligning the two
texts, so articles that share only boilerplate stay apart), picks each story's
reference (the agency's own version, else the fullest and earliest) and compares
every other version with it: words kept, cuts (marked by an ellipsis or silent),
silent word changes, bracketed insertions, added and moved sentences, attributions,
headline, and the loaded wording each outlet adds or removes.

INPUT as for gloss batch: files, folders, globs, JSONL and CSV (id, text, and
columns such as outlet, date, url, carried through), optionally gzipped.

Options:
  -o, --out DIR          write clusters.jsonl, versions.csv, versions.parquet, edits.parquet,
                         outlets.csv and manifest.json to DIR
      --db FILE.duckdb   also write the tables to a DuckDB database
      --html             with --out: one side-by-side HTML page per story in DIR/html/
      --format pretty|json   what to print: pretty on a terminal, json (gloss.versions/1) when piped
  -j, --workers N        worker threads (default: the number of cores; --jobs N too)
      --resume           continue an interrupted run in DIR
      --shard K/N        compare the K-th of N slices of the stories (every shard reads and
                         clusters the whole corpus); put them together with gloss merge
      --outlet-column C  the outlet column (default: outlet, source, publisher, …)
      --date-column C    the date column (default: date, published, published_at, pubdate)
  -q, --quiet            no progress lines on stderr
  -h, --help             this help
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand('versions', argv, io, HELP, {
    out: { type: 'string', short: 'o' },
    db: { type: 'string' },
    html: { type: 'boolean' },
    format: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    workers: { type: 'string' },
    resume: { type: 'boolean' },
    shard: { type: 'string' },
    'outlet-column': { type: 'string' },
    'date-column': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length === 0)
    throw new UsageError('versions: give INPUT files, folders or globs (see gloss versions --help)');
  if ((values.db || values.html) && !values.out)
    throw new UsageError('versions: --db and --html need --out DIR');
  if ((values.resume || values.shard) && !values.out)
    throw new UsageError('versions: --resume and --shard need --out DIR');
  if (values.db !== undefined && !values.db.endsWith('.duckdb') && !values.db.endsWith('.db'))
    throw new UsageError(`versions: --db ${values.db}: give a FILE.duckdb path`);
  const jobsGiven = values.workers ?? values.jobs;
  const jobs = jobsGiven === undefined ? undefined : Number(jobsGiven);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1))
    throw new UsageError(`versions: --workers ${jobsGiven}: give a whole number ≥ 1`);
  const format = pickFormat(values.format, ['pretty', 'json'] as const, io, 'json');
  // A line on stderr at each stage and every 10 s while the work goes on (nothing with --quiet).
  const started = Date.now();
  let lastNote = 0;
  const note = (line: string, force = true): void => {
    if (values.quiet || (!force && Date.now() - lastNote < 10_000)) return;
    lastNote = Date.now();
    io.stderr(`gloss versions: ${line} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  };
  const stop = stopOnSignals(io, 'gloss versions: stopping; finishing the work in progress');
  let result: Awaited<ReturnType<typeof runVersions>>;
  try {
    result = await runVersions({
      inputs: positionals,
      out: values.out ?? null,
      ...(jobs !== undefined ? { jobs } : {}),
      resume: values.resume ?? false,
      shard: values.shard ? parseShard(values.shard) : null,
      db: values.db ?? null,
      html: values.html ?? false,
      outletColumn: values['outlet-column'] ?? null,
      dateColumn: values['date-column'] ?? null,
      note,
      signal: stop.signal,
    });
  } catch (error) {
    if (error instanceof BatchUsageError) {
      const message = error.message.startsWith('versions:') ? error.message : `versions: ${error.message}`;
      throw new UsageError(message);
    }
    if (isWriteError(error))
      throw new UsageError(`versions: cannot write ${values.out}: ${describeWriteError(error)}`);
    throw error;
  } finally {
    stop.release();
  }
  if (result.status === 'already-finished') {
    io.stderr(`gloss versions: ${values.out} is already finished; nothing to do\n`);
    return 0;
  }
  if (result.status === 'interrupted') {
    io.stderr(
      values.out
        ? 'gloss versions: stopped; run the same command with --resume to continue\n'
        : 'gloss versions: stopped (without --out nothing is kept)\n',
    );
    return 130;
  }
  if (values.out)
    io.stderr(
      `gloss versions: wrote ${values.out}/${result.written.join(', ')}${values.db ? ` and ${values.db}` : ''}\n`,
    );
  const record = result.record!;
  io.stdout(
    format === 'json' ? formatVersionsJson(record) : formatVersionsPretty(record, { color: io.color }),
  );
  return 0;
}

/** `gloss compare REF V1 [V2 …] --format html`: the first file is the reference. */
export async function compareHtml(paths: string[], io: CliIo): Promise<string> {
  if (paths.length < 2)
    throw new UsageError('compare --format html needs the reference and at least one version');
  if (paths.filter((p) => p === '-').length > 1)
    throw new UsageError('only one file can be standard input (-)');
  const members: StoryMember[] = [];
  for (const p of paths) {
    const input = await readInput(p, io);
    const doc = parseDocument(input.text);
    const label = p === '-' ? 'standard input' : p.replace(/^.*\//, '');
    members.push({ id: label, outlet: label, date: null, doc, analysis: analyzeDocument(doc) });
  }
  const story = compareStory(members, 0, 'given first on the command line');
  const html = formatCompareHtml({
    title: story.headline,
    reference: { label: members[0]!.id, why: story.choice.why },
    versions: story.versions.map((v) => ({
      comparison: v.comparison,
      profile: v.profile,
      edits: v.edits,
      label: v.member.id,
    })),
  });
  return html;
}
