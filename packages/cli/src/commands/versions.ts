/**
 * `gloss versions INPUT... [--out DIR]`: finds the versions of each wire story in a corpus,
 * compares every version with its story's reference and profiles the outlets; and the HTML
 * page of `gloss compare REF V1 [V2 …] --format html`.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '@gloss/analysis';
import {
  csvLine,
  expandInputs,
  gitCommit,
  glossVersion,
  OUTLET_CANDIDATES,
  readRecords,
  sha256File,
  writeJsonAtomic,
} from '@gloss/batch';
import {
  compareStory,
  findStories,
  EDIT_CLASSES,
  type EditClass,
  MIN_COVERAGE,
  MIN_JACCARD,
  MIN_SENTENCES,
  OUTLET_MEASURES,
  outletProfiles,
  SIGNATURE_SIZE,
  type Story,
  type StoryMember,
} from '@gloss/compare';
import { decodeInput, InputError, loadHtmlReader, parseDocument } from '@gloss/document';
import {
  clusterId,
  formatCompareHtml,
  formatVersionsJson,
  formatVersionsPretty,
  type VersionsRecord,
  versionsRecord,
} from '@gloss/report';
import { type CliIo, parseCommand, pickFormat, readInput, UsageError } from '../io.ts';

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
      --outlet-column C  the outlet column (default: outlet, source, publisher, …)
      --date-column C    the date column (default: date, published, published_at, pubdate)
  -q, --quiet            no progress lines on stderr
  -h, --help             this help
`;

const DATE_CANDIDATES = [
  'date',
  'published',
  'published_at',
  'publishedAt',
  'pubdate',
  'datetime',
  'timestamp',
];

interface CorpusDoc {
  id: string;
  columns: Record<string, unknown>;
  text: string | null;
  error: string | null;
}

/** Reads every record of the inputs (batch's readers), decoding bytes and HTML as batch does. */
async function readCorpus(
  inputs: string[],
): Promise<{ docs: CorpusDoc[]; files: { path: string; bytes: number; sha256: string; records: number }[] }> {
  let list: ReturnType<typeof expandInputs>;
  try {
    list = expandInputs(inputs);
  } catch (error) {
    throw new UsageError(`versions: ${(error as Error).message}`);
  }
  const docs: CorpusDoc[] = [];
  const files: { path: string; bytes: number; sha256: string; records: number }[] = [];
  for await (const rec of readRecords(list, { want: () => true, onFile: (d) => void files.push(d) })) {
    const p = rec.payload;
    let text: string | null = null;
    let error: string | null = null;
    try {
      if (!p) throw new InputError('not read');
      if (p.type === 'error') throw new InputError(p.message);
      if (p.type === 'text') text = p.text;
      else if (p.type === 'bytes') {
        const decoded = decodeInput(p.bytes);
        text = p.html ? (await loadHtmlReader()).htmlToText(decoded) : decoded;
      } else throw new InputError('unexpected JSON payload');
      if (text.trim() === '') throw new InputError('empty text');
    } catch (e) {
      error = e instanceof InputError ? e.message : String((e as Error).message ?? e).split('\n')[0]!;
      text = null;
    }
    docs.push({ id: rec.id, columns: rec.columns, text, error });
  }
  return { docs, files };
}

const stringOf = (v: unknown): string | null =>
  v === undefined || v === null || v === '' ? null : typeof v === 'string' ? v : String(v);

/** Columns of versions.csv / versions.parquet, with their type. */
const VERSION_COLUMNS: {
  name: string;
  type: 'string' | 'int' | 'double' | 'bool';
  get: (r: VersionRow) => unknown;
}[] = [
  { name: 'cluster', type: 'string', get: (r) => r.cluster },
  { name: 'id', type: 'string', get: (r) => r.id },
  { name: 'outlet', type: 'string', get: (r) => r.outlet },
  { name: 'date', type: 'string', get: (r) => r.date },
  { name: 'role', type: 'string', get: (r) => r.role },
  { name: 'reference_id', type: 'string', get: (r) => r.referenceId },
  { name: 'reference_basis', type: 'string', get: (r) => r.basis },
  { name: 'words', type: 'int', get: (r) => r.p?.words ?? r.words },
  { name: 'reference_words', type: 'int', get: (r) => r.p?.referenceWords ?? r.words },
  { name: 'words_kept', type: 'int', get: (r) => r.p?.wordsKept ?? r.words },
  { name: 'kept_share', type: 'double', get: (r) => r.p?.keptShare ?? 1 },
  { name: 'cuts_elided', type: 'int', get: (r) => r.p?.cutsElided ?? 0 },
  { name: 'cuts_silent', type: 'int', get: (r) => r.p?.cutsSilent ?? 0 },
  { name: 'cut_words', type: 'int', get: (r) => r.p?.cutWords ?? 0 },
  { name: 'silent_changes', type: 'int', get: (r) => r.p?.silentChanges ?? 0 },
  { name: 'bracketed', type: 'int', get: (r) => r.p?.bracketed ?? 0 },
  { name: 'substitutions', type: 'int', get: (r) => r.p?.substitutions ?? 0 },
  { name: 'added_sentences', type: 'int', get: (r) => r.p?.addedSentences ?? 0 },
  { name: 'added_paragraphs', type: 'int', get: (r) => r.p?.addedParagraphs ?? 0 },
  { name: 'editorial_sentences', type: 'int', get: (r) => r.p?.editorialSentences ?? 0 },
  { name: 'moved_sentences', type: 'int', get: (r) => r.p?.movedSentences ?? 0 },
  { name: 'attributions_dropped', type: 'int', get: (r) => r.p?.attributionsDropped ?? 0 },
  { name: 'attributions_added', type: 'int', get: (r) => r.p?.attributionsAdded ?? 0 },
  { name: 'headline_changed', type: 'bool', get: (r) => (r.p ? r.p.headlineChanged : false) },
  { name: 'wording_added', type: 'int', get: (r) => r.p?.wordingAdded ?? 0 },
  { name: 'wording_removed', type: 'int', get: (r) => r.p?.wordingRemoved ?? 0 },
  { name: 'wording_added_reporter', type: 'int', get: (r) => r.p?.wordingAddedByVoice.reporter ?? 0 },
  { name: 'wording_added_quoted', type: 'int', get: (r) => r.p?.wordingAddedByVoice.quoted ?? 0 },
  { name: 'wording_added_editorial', type: 'int', get: (r) => r.p?.wordingAddedByVoice.editorial ?? 0 },
  { name: 'edits', type: 'int', get: (r) => r.p?.edits ?? 0 },
];

interface VersionRow {
  cluster: string;
  id: string;
  outlet: string | null;
  date: string | null;
  role: 'reference' | 'version';
  referenceId: string;
  basis: string;
  words: number;
  p: Story['versions'][number]['profile'] | null;
}

function versionRows(stories: readonly Story[]): VersionRow[] {
  const rows: VersionRow[] = [];
  stories.forEach((s, k) => {
    const ref = s.members[s.reference]!;
    const base = { cluster: clusterId(k), referenceId: ref.id, basis: s.choice.basis };
    rows.push({
      ...base,
      id: ref.id,
      outlet: ref.outlet,
      date: ref.date,
      role: 'reference',
      words: s.versions[0]?.comparison.a.words ?? 0,
      p: null,
    });
    for (const v of s.versions) {
      rows.push({
        ...base,
        id: v.member.id,
        outlet: v.member.outlet,
        date: v.member.date,
        role: 'version',
        words: v.profile.words,
        p: v.profile,
      });
    }
  });
  return rows;
}

const EDIT_COLUMNS = [
  'cluster',
  'version_id',
  'reference_id',
  'edit',
  'class',
  'kind',
  'bracketed',
  'silent',
  'elided',
  'substitution',
  'reference_start',
  'reference_end',
  'version_start',
  'version_end',
  'reference_text',
  'version_text',
  'wording_added',
  'wording_removed',
] as const;

type Cell = string | number | boolean | null;

function editRows(stories: readonly Story[]): Cell[][] {
  const rows: Cell[][] = [];
  stories.forEach((s, k) => {
    const ref = s.members[s.reference]!;
    for (const v of s.versions) {
      for (const ce of v.edits) {
        if (ce.class === 'trivial') continue;
        const e = ce.edit;
        rows.push([
          clusterId(k),
          v.member.id,
          ref.id,
          e.id,
          ce.class,
          e.kind,
          e.bracketed,
          e.silent,
          e.elided,
          e.substitution,
          e.a ? e.a.range[0] : null,
          e.a ? e.a.range[1] : null,
          e.b ? e.b.range[0] : null,
          e.b ? e.b.range[1] : null,
          e.a?.text ?? null,
          e.b?.text ?? null,
          e.findings.added.filter((f) => f.family === 'wording').length,
          e.findings.removed.filter((f) => f.family === 'wording').length,
        ]);
      }
    }
  });
  return rows;
}

type ParquetType = 'BYTE_ARRAY' | 'INT32' | 'DOUBLE' | 'BOOLEAN';

async function writeParquet(
  path: string,
  columns: { name: string; type: ParquetType }[],
  rows: Cell[][],
): Promise<void> {
  const { fileWriter, ParquetWriter } = await import('hyparquet-writer');
  const tmp = `${path}.tmp-${process.pid}`;
  const writer = new ParquetWriter({
    writer: fileWriter(tmp),
    schema: [
      { name: 'root', num_children: columns.length },
      ...columns.map((c) =>
        c.type === 'BYTE_ARRAY'
          ? {
              name: c.name,
              type: c.type,
              converted_type: 'UTF8' as const,
              repetition_type: 'OPTIONAL' as const,
            }
          : { name: c.name, type: c.type, repetition_type: 'OPTIONAL' as const },
      ),
    ],
    createdBy: `gloss ${glossVersion()}`,
  });
  const GROUP = 5_000;
  for (let at = 0; at < rows.length || at === 0; at += GROUP) {
    const part = rows.slice(at, at + GROUP);
    writer.write({
      columnData: columns.map((c, i) => ({ name: c.name, data: part.map((r) => r[i] ?? null) })),
      rowGroupSize: GROUP,
    });
    if (rows.length === 0) break;
  }
  writer.finish();
  renameSync(tmp, path);
}

async function writeCsv(path: string, header: readonly string[], rows: Cell[][]): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  const body = rows
    .map((r) => csvLine(r.map((c) => (typeof c === 'boolean' ? (c ? 'true' : 'false') : c))))
    .join('');
  writeFileSync(tmp, csvLine(header) + body);
  renameSync(tmp, path);
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

async function writeDb(dbPath: string, dir: string): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const tmp = `${dbPath}.tmp-${process.pid}`;
  for (const p of [tmp, `${tmp}.wal`]) rmSync(p, { force: true });
  const instance = await DuckDBInstance.create(tmp);
  const connection = await instance.connect();
  try {
    await connection.run(
      `create table versions as select * from read_parquet(${sqlString(join(dir, 'versions.parquet'))})`,
    );
    await connection.run(
      `create table edits as select * from read_parquet(${sqlString(join(dir, 'edits.parquet'))})`,
    );
    await connection.run(
      `create table outlets as select * from read_csv(${sqlString(join(dir, 'outlets.csv'))}, header = true, sample_size = -1)`,
    );
    await connection.run(
      `create table clusters as select * from read_json(${sqlString(join(dir, 'clusters.jsonl'))}, format = 'newline_delimited')`,
    );
    await connection.run('checkpoint');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  rmSync(`${tmp}.wal`, { force: true });
  renameSync(tmp, dbPath);
}

/** The story's side-by-side page. */
function storyHtml(s: Story): string {
  const ref = s.members[s.reference]!;
  return formatCompareHtml({
    title: s.headline,
    reference: { label: ref.outlet ?? ref.id, why: s.choice.why },
    versions: s.versions.map((v) => ({
      comparison: v.comparison,
      profile: v.profile,
      edits: v.edits,
      label: v.member.outlet ?? v.member.id,
      date: v.member.date,
    })),
  });
}

async function writeOutputs(
  dir: string,
  record: VersionsRecord,
  stories: Story[],
  options: { db: string | null; html: boolean; manifest: Record<string, unknown> },
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const clustersPath = join(dir, 'clusters.jsonl');
  writeFileSync(
    `${clustersPath}.tmp-${process.pid}`,
    record.clusters
      .map((c) =>
        JSON.stringify({
          id: c.id,
          headline: c.headline,
          size: c.size,
          reference: c.reference,
          members: [c.reference.id, ...c.versions.map((v) => v.id)],
          versions: c.versions.map((v) => ({
            id: v.id,
            outlet: v.outlet,
            date: v.date,
            keptShare: v.profile.keptShare,
            edits: v.profile.edits,
          })),
        }),
      )
      .map((l) => `${l}\n`)
      .join(''),
  );
  renameSync(`${clustersPath}.tmp-${process.pid}`, clustersPath);
  written.push('clusters.jsonl');

  const rows = versionRows(stories);
  const vCells = rows.map((r) => VERSION_COLUMNS.map((c) => c.get(r) as Cell));
  await writeCsv(
    join(dir, 'versions.csv'),
    VERSION_COLUMNS.map((c) => c.name),
    vCells,
  );
  const ptype = (t: string): ParquetType =>
    t === 'string' ? 'BYTE_ARRAY' : t === 'int' ? 'INT32' : t === 'double' ? 'DOUBLE' : 'BOOLEAN';
  await writeParquet(
    join(dir, 'versions.parquet'),
    VERSION_COLUMNS.map((c) => ({ name: c.name, type: ptype(c.type) })),
    vCells,
  );
  const eTypes: Record<string, ParquetType> = {
    edit: 'INT32',
    reference_start: 'INT32',
    reference_end: 'INT32',
    version_start: 'INT32',
    version_end: 'INT32',
    wording_added: 'INT32',
    wording_removed: 'INT32',
    bracketed: 'BOOLEAN',
    silent: 'BOOLEAN',
    elided: 'BOOLEAN',
    substitution: 'BOOLEAN',
  };
  await writeParquet(
    join(dir, 'edits.parquet'),
    EDIT_COLUMNS.map((name) => ({ name, type: eTypes[name] ?? 'BYTE_ARRAY' })),
    editRows(stories),
  );
  const snake = (s: string): string => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  await writeCsv(
    join(dir, 'outlets.csv'),
    [
      'outlet',
      'versions',
      'references',
      ...OUTLET_MEASURES.map((m) => `${snake(m)}_median`),
      ...OUTLET_MEASURES.map((m) => `${snake(m)}_total`),
    ],
    record.outlets.map((o) => [
      o.outlet,
      o.versions,
      o.references,
      ...OUTLET_MEASURES.map((m) => o.median[m]),
      ...OUTLET_MEASURES.map((m) => o.total[m]),
    ]),
  );
  written.push('versions.csv', 'versions.parquet', 'edits.parquet', 'outlets.csv');
  if (options.html) {
    mkdirSync(join(dir, 'html'), { recursive: true });
    stories.forEach((s, k) => {
      writeFileSync(join(dir, 'html', `${clusterId(k)}.html`), storyHtml(s));
    });
    written.push(`html/ (${stories.length} pages)`);
  }
  if (options.db) {
    await writeDb(options.db, dir);
  }
  const outputs: Record<string, { bytes: number; sha256: string }> = {};
  for (const name of ['clusters.jsonl', 'versions.csv', 'versions.parquet', 'edits.parquet', 'outlets.csv']) {
    const path = join(dir, name);
    outputs[name] = { bytes: statSync(path).size, sha256: await sha256File(path) };
  }
  await writeJsonAtomic(join(dir, 'manifest.json'), {
    ...options.manifest,
    finishedAt: new Date().toISOString(),
    outputs,
    ...(options.db ? { database: options.db } : {}),
  });
  written.push('manifest.json');
  return written;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand('versions', argv, io, HELP, {
    out: { type: 'string', short: 'o' },
    db: { type: 'string' },
    html: { type: 'boolean' },
    format: { type: 'string' },
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
  if (values.db !== undefined && !values.db.endsWith('.duckdb') && !values.db.endsWith('.db'))
    throw new UsageError(`versions: --db ${values.db}: give a FILE.duckdb path`);
  const format = pickFormat(values.format, ['pretty', 'json'] as const, io, 'json');
  const startedAt = new Date().toISOString();
  // A line on stderr at each stage and every 10 s while stories are compared (nothing with --quiet).
  const started = Date.now();
  let lastNote = 0;
  const note = (line: string, force = true): void => {
    if (values.quiet || (!force && Date.now() - lastNote < 10_000)) return;
    lastNote = Date.now();
    io.stderr(`gloss versions: ${line} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  };
  const { docs, files } = await readCorpus(positionals);
  note(`read ${docs.length.toLocaleString('en-US')} documents; finding stories`);
  const carried = new Set<string>();
  for (const d of docs) for (const k of Object.keys(d.columns)) carried.add(k);
  const outletColumn = values['outlet-column'] ?? OUTLET_CANDIDATES.find((c) => carried.has(c)) ?? null;
  const dateColumn = values['date-column'] ?? DATE_CANDIDATES.find((c) => carried.has(c)) ?? null;
  const readable = docs.filter((d) => d.text !== null);
  const errors = docs.filter((d) => d.error !== null).map((d) => ({ id: d.id, error: d.error! }));
  const { stories, stats } = findStories(
    readable.map((d) => ({
      id: d.id,
      text: d.text!,
      outlet: outletColumn ? stringOf(d.columns[outletColumn]) : null,
      date: dateColumn ? stringOf(d.columns[dateColumn]) : null,
    })),
    analyzeDocument,
    {
      onStory: (k, total) => {
        if (k === 0) note(`${total.toLocaleString('en-US')} stories found; comparing their versions`);
        else note(`compared ${k.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} stories`, false);
      },
    },
  );
  const byId = new Map(docs.map((d) => [d.id, d.columns]));
  const outlets = outletProfiles(stories);
  const record = versionsRecord(stories, outlets, {
    documents: docs.length,
    errors,
    columns: (id) => byId.get(id) ?? {},
  });
  if (values.out) {
    const written = await writeOutputs(values.out, record, stories, {
      db: values.db ?? null,
      html: values.html ?? false,
      manifest: {
        tool: 'gloss versions',
        version: glossVersion(),
        commit: gitCommit(),
        node: process.version,
        options: {
          outletColumn,
          dateColumn,
          html: values.html ?? false,
          shingleWords: 4,
          signature: SIGNATURE_SIZE,
          minJaccard: MIN_JACCARD,
          minCoverage: MIN_COVERAGE,
          minSentences: MIN_SENTENCES,
        },
        inputs: files,
        counts: {
          ...record.counts,
          candidatePairs: stats.estimated,
          verifiedPairs: stats.verified,
          joinedPairs: stats.joined,
          edits: stories.reduce((n, s) => n + s.versions.reduce((m, v) => m + v.profile.edits, 0), 0),
        },
        editClasses: EDIT_CLASSES as readonly EditClass[],
        errors: errors.slice(0, 1000),
        startedAt,
      },
    });
    io.stderr(
      `gloss versions: wrote ${values.out}/${written.join(', ')}${values.db ? ` and ${values.db}` : ''}\n`,
    );
  }
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
