/**
 * A `gloss versions` run, on batch's machinery: the output folder's lock, the run state and its
 * checks on resume (`openRun`), the dispatcher and the ordered writer with its checkpoints.
 *
 * 1. Read: the records stream through batch's readers to worker threads, which decode each and
 *    compute its MinHash signature; the ordered writer appends one spool line per document
 *    (head, error, signature, text) to `.gloss-partial/documents.jsonl`, checkpointed.
 * 2. Cluster (main thread): one pass over the spool keeps each document's signature and where its
 *    line is, no text; LSH finds the candidates, and each candidate pair is confirmed by aligning
 *    the two texts, read back from the spool (parsed sentence units cached for a bounded number
 *    of documents). The clusters are saved, so a resume does not redo this.
 * 3. Compare: each story (its members' texts read back from the spool) goes to a worker, which
 *    parses, analyses and compares it and returns its rows; the ordered writer appends one line a
 *    story to `.gloss-partial/stories.jsonl`, checkpointed. With `--shard K/N` a run compares only
 *    stories k ≡ K−1 (mod N): every shard reads and clusters the whole corpus (clustering needs
 *    every signature), so the stories and their ids are the same in every shard.
 * 4. Finish: the tables are written from stories.jsonl in one streaming pass.
 */
import { formatCount } from '@gloss/document';
import {
  closeSync,
  copyFileSync,
  createReadStream,
  existsSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BatchMeta,
  BatchUsageError,
  BufferedFile,
  type Checkpoint,
  checkDbPath,
  csvLine,
  dispatch,
  dropState,
  expandInputs,
  type FileDigest,
  gitCommit,
  glossVersion,
  OrderedWriter,
  orderShards,
  OUTLET_CANDIDATES,
  openRun,
  ReadTracker,
  type RunState,
  runPaths,
  type Shard,
  STATE_DIR,
  sha256File,
  splitLines,
  UniqueIds,
  WORKER_KIND_LABEL,
  WORKER_THREAD_OPTIONS,
  type WorkerSpec,
  type WorkResult,
  workerEntry,
  writeJsonAtomic,
  acquireRunLock,
} from '@gloss/batch';
import {
  type ClusterStats,
  clusterSignatures,
  EDIT_CLASSES,
  MIN_COVERAGE,
  MIN_JACCARD,
  MIN_SENTENCES,
  OUTLET_MEASURES,
  outletProfilesOf,
  SIGNATURE_SIZE,
} from '@gloss/compare';
import { type VersionsCluster, type VersionsRecord, versionsRecordOf } from '@gloss/report';
import { Piscina } from 'piscina';
import {
  type Cell,
  EDIT_COLUMNS,
  type MemberText,
  type StoryResult,
  VERSION_COLUMNS,
} from './versions-rows.ts';
import type { VersionsTask } from './versions-worker.ts';

export const DATE_CANDIDATES = [
  'date',
  'published',
  'published_at',
  'publishedAt',
  'pubdate',
  'datetime',
  'timestamp',
];

/** The `gloss versions` worker (see versions-worker.ts), for batch's `workerEntry`. */
export const VERSIONS_WORKER: WorkerSpec = {
  module: new URL('./versions-worker.ts', import.meta.url),
  tsxEntry: new URL('./versions-worker.js', import.meta.url),
  compiled: 'versions-worker.js',
  sourceDirs: [
    'packages/batch/src',
    'packages/document/src',
    'packages/analysis/src',
    'packages/compare/src',
    'packages/report/src',
    'packages/cli/src/commands',
  ],
};

export interface VersionsRunOptions {
  inputs: string[];
  /** Output folder; null: only the record is wanted (the run's state goes to a temporary folder). */
  out: string | null;
  jobs?: number;
  resume?: boolean;
  shard?: Shard | null;
  db?: string | null;
  html?: boolean;
  outletColumn?: string | null;
  dateColumn?: string | null;
  /** A progress line (`force`: a stage starts; otherwise at most every 10 s). */
  note?: (line: string, force?: boolean) => void;
  signal?: AbortSignal;
}

export interface VersionsRunResult {
  status: 'finished' | 'interrupted' | 'already-finished';
  record: VersionsRecord | null;
  written: string[];
  stats: ClusterStats | null;
}

/** Where each readable document's spool line is, and its signature; the errors. */
interface Spool {
  documents: number;
  errors: { id: string; error: string }[];
  signatures: Uint32Array[];
  offsets: number[];
  lengths: number[];
  /** Carried columns, in first-seen order. */
  carried: string[];
}

/** One pass over the spool: for each line its place, and the signature or error; never the texts. */
async function scanSpool(path: string, onId?: (id: string) => void): Promise<Spool> {
  const spool: Spool = { documents: 0, errors: [], signatures: [], offsets: [], lengths: [], carried: [] };
  const carried = new Set<string>();
  let at = 0;
  for await (const { bytes, end } of splitLines(createReadStream(path), Number.MAX_SAFE_INTEGER)) {
    const start = at;
    at = end;
    if (bytes === null || bytes.length === 0) continue;
    const line = JSON.parse(bytes.toString('utf8')) as {
      id: string;
      columns: Record<string, unknown>;
      error: string | null;
      signature?: string | null;
    };
    spool.documents++;
    onId?.(line.id);
    for (const c of Object.keys(line.columns)) carried.add(c);
    if (line.error !== null || !line.signature) {
      spool.errors.push({ id: line.id, error: line.error ?? 'not read' });
      continue;
    }
    const raw = Buffer.from(line.signature, 'base64');
    spool.signatures.push(new Uint32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength)));
    spool.offsets.push(start);
    spool.lengths.push(bytes.length);
  }
  spool.carried = [...carried];
  return spool;
}

/** Reads spool line `i` (a readable document) back. */
function readLine(
  fd: number,
  spool: Spool,
  i: number,
): { id: string; columns: Record<string, unknown>; text: string } {
  const buffer = Buffer.alloc(spool.lengths[i]!);
  readSync(fd, buffer, 0, buffer.length, spool.offsets[i]!);
  return JSON.parse(buffer.toString('utf8')) as {
    id: string;
    columns: Record<string, unknown>;
    text: string;
  };
}

const stringOf = (v: unknown): string | null =>
  v === undefined || v === null || v === '' ? null : typeof v === 'string' ? v : String(v);

/** Streams rows into a Parquet file in row groups of GROUP rows (the same groups however they come). */
class ParquetRows {
  static readonly GROUP = 5_000;
  private rows: Cell[][] = [];
  private written = 0;
  private constructor(
    private readonly writer: {
      write: (o: { columnData: { name: string; data: Cell[] }[]; rowGroupSize: number }) => void;
      finish: () => void;
    },
    private readonly columns: { name: string; type: ParquetType }[],
    private readonly tmp: string,
    private readonly path: string,
  ) {}
  static async open(path: string, columns: { name: string; type: ParquetType }[]): Promise<ParquetRows> {
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
    return new ParquetRows(writer as never, columns, tmp, path);
  }
  add(rows: Cell[][]): void {
    for (const r of rows) {
      this.rows.push(r);
      if (this.rows.length >= ParquetRows.GROUP) this.flush();
    }
  }
  private flush(): void {
    const part = this.rows;
    this.rows = [];
    this.writer.write({
      columnData: this.columns.map((c, i) => ({ name: c.name, data: part.map((r) => r[i] ?? null) })),
      rowGroupSize: ParquetRows.GROUP,
    });
    this.written += part.length;
  }
  finish(): void {
    // An empty table still gets its (empty) row group, as it always has.
    if (this.rows.length > 0 || this.written === 0) this.flush();
    this.writer.finish();
    renameSync(this.tmp, this.path);
  }
}

type ParquetType = 'BYTE_ARRAY' | 'INT32' | 'DOUBLE' | 'BOOLEAN';

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

const OUTPUT_FILES = ['clusters.jsonl', 'versions.csv', 'versions.parquet', 'edits.parquet', 'outlets.csv'];

/** What the manifest says of a run besides its outputs (filled in as the run goes). */
interface RunFacts {
  documents: number;
  errors: { id: string; error: string }[];
  /** All the errors (`errors` may hold only the first 1,000 of them). */
  errorCount: number;
  /** Documents in any story, when the stories written are not all of them (a shard's). */
  clusteredAll?: number;
  stats: ClusterStats;
  rounds?: number;
  aligned?: number;
  options: Record<string, unknown>;
  inputs: FileDigest[];
  workers: string;
  startedAt: string;
  resumedAt: string[];
  shard: Shard | null;
  parts?: unknown[];
}

/**
 * Writes the tables (when `outDir` is given) from the stories' lines, in one streaming pass, and
 * returns the record. Only the clusters' entries (profiles, no edits, no text) stay in memory.
 */
async function finishRun(
  storiesPath: string,
  outDir: string | null,
  db: string | null,
  facts: RunFacts,
): Promise<{ record: VersionsRecord; written: string[] }> {
  const clusters: VersionsCluster[] = [];
  let edits = 0;
  const tables = outDir
    ? await (async () => {
        const ptype = (t: string): ParquetType =>
          t === 'string' ? 'BYTE_ARRAY' : t === 'int' ? 'INT32' : t === 'double' ? 'DOUBLE' : 'BOOLEAN';
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
        const tmp = (name: string): string => join(outDir, `${name}.tmp-${process.pid}`);
        const csv = new BufferedFile(tmp('versions.csv'), 'w');
        csv.write(csvLine(VERSION_COLUMNS.map((c) => c.name)));
        return {
          clusters: new BufferedFile(tmp('clusters.jsonl'), 'w'),
          csv,
          versions: await ParquetRows.open(
            join(outDir, 'versions.parquet'),
            VERSION_COLUMNS.map((c) => ({ name: c.name, type: ptype(c.type) })),
          ),
          edits: await ParquetRows.open(
            join(outDir, 'edits.parquet'),
            EDIT_COLUMNS.map((name) => ({ name, type: eTypes[name] ?? 'BYTE_ARRAY' })),
          ),
          tmp,
        };
      })()
    : null;
  for await (const { bytes } of splitLines(createReadStream(storiesPath), Number.MAX_SAFE_INTEGER)) {
    if (bytes === null || bytes.length === 0) continue;
    const story = JSON.parse(bytes.toString('utf8')) as Omit<StoryResult, 'html'>;
    const c = story.cluster;
    clusters.push(c);
    edits += c.versions.reduce((n, v) => n + v.profile.edits, 0);
    if (!tables) continue;
    tables.clusters.write(
      `${JSON.stringify({
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
      })}\n`,
    );
    for (const r of story.versions)
      tables.csv.write(csvLine(r.map((x) => (typeof x === 'boolean' ? (x ? 'true' : 'false') : x))));
    tables.versions.add(story.versions);
    tables.edits.add(story.edits);
  }
  const outlets = outletProfilesOf(
    clusters.map((c) => ({
      reference: c.reference.outlet,
      versions: c.versions.map((v) => ({ outlet: v.outlet, profile: v.profile })),
    })),
  );
  const record = versionsRecordOf(clusters, outlets, { documents: facts.documents, errors: facts.errors });
  record.counts.errors = facts.errorCount;
  record.counts.singletons =
    facts.documents - facts.errorCount - (facts.clusteredAll ?? record.counts.clustered);
  if (!outDir || !tables) return { record, written: [] };

  tables.clusters.close();
  tables.csv.close();
  renameSync(tables.tmp('clusters.jsonl'), join(outDir, 'clusters.jsonl'));
  renameSync(tables.tmp('versions.csv'), join(outDir, 'versions.csv'));
  tables.versions.finish();
  tables.edits.finish();
  const snake = (s: string): string => s.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
  const outletsCsv = [
    csvLine([
      'outlet',
      'versions',
      'references',
      ...OUTLET_MEASURES.map((m) => `${snake(m)}_median`),
      ...OUTLET_MEASURES.map((m) => `${snake(m)}_total`),
    ]),
    ...outlets.map((o) =>
      csvLine([
        o.outlet,
        o.versions,
        o.references,
        ...OUTLET_MEASURES.map((m) => o.median[m]),
        ...OUTLET_MEASURES.map((m) => o.total[m]),
      ]),
    ),
  ].join('');
  writeFileSync(tables.tmp('outlets.csv'), outletsCsv);
  renameSync(tables.tmp('outlets.csv'), join(outDir, 'outlets.csv'));
  const written = ['clusters.jsonl', 'versions.csv', 'versions.parquet', 'edits.parquet', 'outlets.csv'];
  if (facts.options.html) written.push(`html/ (${clusters.length} pages)`);
  if (db) await writeDb(db, outDir);
  const outputs: Record<string, { bytes: number; sha256: string }> = {};
  for (const name of OUTPUT_FILES) {
    const path = join(outDir, name);
    outputs[name] = { bytes: statSync(path).size, sha256: await sha256File(path) };
  }
  await writeJsonAtomic(join(outDir, 'manifest.json'), {
    tool: 'gloss versions',
    version: glossVersion(),
    commit: gitCommit(),
    node: process.version,
    options: facts.options,
    shard: facts.shard,
    workers: facts.workers,
    inputs: facts.inputs,
    counts: {
      ...record.counts,
      candidatePairs: facts.stats.estimated,
      verifiedPairs: facts.stats.verified,
      joinedPairs: facts.stats.joined,
      ...(facts.rounds !== undefined ? { verifyRounds: facts.rounds, alignedPairs: facts.aligned } : {}),
      edits,
    },
    editClasses: EDIT_CLASSES,
    errors: facts.errors.slice(0, 1000),
    ...(facts.parts ? { parts: facts.parts } : {}),
    // Peak resident memory of the whole process (main thread and workers), for the run's record.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    // CPU time of the whole process (all threads) so far: with the wall time, how busy the workers were.
    cpuSeconds: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1e4) / 100,
    startedAt: facts.startedAt,
    resumedAt: facts.resumedAt,
    finishedAt: new Date().toISOString(),
    outputs,
    ...(db ? { database: db } : {}),
  });
  written.push('manifest.json');
  return { record, written };
}

/** The checkpoint of a writer, or the start. */
function readCheckpoint(path: string): Checkpoint {
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Checkpoint)
    : { done: 0, bytes: 0, errors: 0 };
}

/** Cuts a file back to what its checkpoint says is whole (a torn line after it goes). */
function cutTo(path: string, bytes: number): void {
  if (!existsSync(path)) closeSync(openSync(path, 'w'));
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

interface Clustered {
  clusters: number[][];
  stats: ClusterStats;
  /** Rounds of verification on the workers, and the pairs they aligned (some only in an earlier round's state). */
  rounds: number;
  aligned: number;
  inputs: FileDigest[];
}

/** Runs `gloss versions` (see the file's comment). */
export async function runVersions(options: VersionsRunOptions): Promise<VersionsRunResult> {
  const note = options.note ?? (() => {});
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const shard = options.shard ?? null;
  const db = options.db ? resolve(options.db) : null;
  const html = options.html ?? false;
  let files: ReturnType<typeof expandInputs>;
  try {
    files = expandInputs(options.inputs);
  } catch (error) {
    throw new BatchUsageError(`versions: ${(error as Error).message}`);
  }
  if (files.length === 0) throw new BatchUsageError('versions: no inputs: give files, folders or globs');
  const temporary = options.out === null;
  const outDir = options.out === null ? mkdtempSync(join(tmpdir(), 'gloss-versions-')) : resolve(options.out);
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    throw new BatchUsageError(`--out ${options.out} is a file`);
  mkdirSync(outDir, { recursive: true });
  checkDbPath(db);
  const paths = runPaths(outDir);
  const started = new Date().toISOString();
  const stateNow: RunState = {
    format: 1,
    inputs: files.map((f) => ({ path: f.path, bytes: f.bytes })),
    // What a resume must be given the same of: what the outputs depend on.
    options: {
      command: 'versions',
      shard,
      outletColumn: options.outletColumn ?? null,
      dateColumn: options.dateColumn ?? null,
      html,
      db,
    } as unknown as RunState['options'],
    startedAt: started,
    resumedAt: [],
  };
  const lock = acquireRunLock(outDir, 'versions');
  try {
    const opened = await openRun(paths, stateNow, options.resume === true, options.out ?? outDir);
    if (opened.status === 'already-finished')
      return { status: 'already-finished', record: null, written: [], stats: null };
    const { state } = opened;
    const worker = await workerEntry(VERSIONS_WORKER);
    const pool = new Piscina<VersionsTask, WorkResult | StoryResult | boolean[]>({
      filename: worker.url,
      ...WORKER_THREAD_OPTIONS,
      minThreads: jobs,
      maxThreads: jobs,
      idleTimeout: 60_000,
    });
    const aborted = (): boolean => options.signal?.aborted === true;
    try {
      const clusteredPath = join(paths.stateDir, 'clusters.json');
      let clustered: Clustered | null = existsSync(clusteredPath)
        ? (JSON.parse(readFileSync(clusteredPath, 'utf8')) as Clustered)
        : null;
      // 1. Read and sign (resumed from its checkpoint).
      let inputs: FileDigest[] = [];
      if (!clustered) {
        const read = await readAndSign(paths, opened.checkpoint, files, pool, jobs, options, note);
        if (read === null) return { status: 'interrupted', record: null, written: [], stats: null };
        inputs = read;
      }
      const spool = await scanSpool(paths.partialJsonl);
      if (!clustered) {
        note(`read ${formatCount(spool.documents)} documents; finding stories`);
        clustered = { ...(await clusterSpool(paths.partialJsonl, spool, pool, jobs)), inputs };
        await writeJsonAtomic(clusteredPath, clustered);
      }
      const outletColumn =
        options.outletColumn ?? OUTLET_CANDIDATES.find((c) => spool.carried.includes(c)) ?? null;
      const dateColumn = options.dateColumn ?? DATE_CANDIDATES.find((c) => spool.carried.includes(c)) ?? null;
      const mine = clustered.clusters
        .map((members, k) => ({ members, k }))
        .filter(({ k }) => !shard || k % shard.count === shard.index - 1);
      note(
        `${formatCount(clustered.clusters.length)} stories found${shard ? ` (${formatCount(mine.length)} in shard ${shard.index}/${shard.count})` : ''}; comparing their versions`,
      );

      // 3. Compare each story on the workers (resumed from its checkpoint).
      const storiesPath = join(paths.stateDir, 'stories.jsonl');
      const storiesCheckpoint = join(paths.stateDir, 'stories-checkpoint.json');
      const from = readCheckpoint(storiesCheckpoint);
      cutTo(storiesPath, from.bytes);
      if (html && !temporary) mkdirSync(join(outDir, 'html'), { recursive: true });
      const writer = new OrderedWriter<null>({
        out: new BufferedFile(storiesPath, 'a'),
        checkpointPath: storiesCheckpoint,
        from,
      });
      const fd = openSync(paths.partialJsonl, 'r');
      try {
        const window = jobs * 2;
        // Stories in flight, oldest first: each is written when it is the oldest and done, so
        // they are written in story order and at most `window` texts are held.
        const pending: { first: number; result: Promise<StoryResult> }[] = [];
        const writeOldest = async (): Promise<void> => {
          const { first, result } = pending.shift()!;
          const story = await result;
          // The page first: a story the checkpoint counts has its page.
          if (story.html !== null)
            writeFileSync(join(outDir, 'html', `${story.cluster.id}.html`), story.html);
          const { html: _, ...rest } = story;
          const lines = Buffer.from(`${JSON.stringify(rest)}\n`);
          writer.add({ first, count: 1, lines, errors: 0, columns: [], ids: [], sizes: [], meta: null });
          if (writer.failure) throw writer.failure;
          note(`compared ${formatCount(writer.next)} of ${formatCount(mine.length)} stories`, false);
        };
        try {
          for (let n = from.done; n < mine.length && !aborted(); n++) {
            if (pending.length >= window) await writeOldest();
            const { members, k } = mine[n]!;
            const texts: MemberText[] = members.map((i) => {
              const line = readLine(fd, spool, i);
              return {
                id: line.id,
                outlet: outletColumn ? stringOf(line.columns[outletColumn]) : null,
                date: dateColumn ? stringOf(line.columns[dateColumn]) : null,
                columns: line.columns,
                text: line.text,
              };
            });
            const result = pool.run({ kind: 'story', k, members: texts, html: html && !temporary });
            // A failure is thrown when its turn to be written comes, not as an unhandled rejection.
            result.catch(() => {});
            pending.push({ first: n, result: result as Promise<StoryResult> });
          }
          while (pending.length > 0) await writeOldest();
        } catch (error) {
          await Promise.allSettled(pending.map((p) => p.result));
          throw error;
        }
        await writer.finish();
      } finally {
        closeSync(fd);
        await writer.close();
      }
      if (aborted()) return { status: 'interrupted', record: null, written: [], stats: clustered.stats };

      // 4. The tables.
      const facts: RunFacts = {
        documents: spool.documents,
        errors: spool.errors,
        errorCount: spool.errors.length,
        clusteredAll: clustered.clusters.reduce((n, c) => n + c.length, 0),
        stats: clustered.stats,
        rounds: clustered.rounds,
        aligned: clustered.aligned,
        options: {
          outletColumn,
          dateColumn,
          html,
          jobs,
          shard: shard ? `${shard.index}/${shard.count}` : null,
          shingleWords: 4,
          signature: SIGNATURE_SIZE,
          minJaccard: MIN_JACCARD,
          minCoverage: MIN_COVERAGE,
          minSentences: MIN_SENTENCES,
        },
        inputs: clustered.inputs,
        workers: WORKER_KIND_LABEL[worker.kind],
        startedAt: state.startedAt,
        resumedAt: state.resumedAt,
        shard,
      };
      const { record, written } = await finishRun(storiesPath, temporary ? null : outDir, db, facts);
      // A shard keeps its stories' lines: `gloss merge` puts them back together.
      if (shard && !temporary) {
        renameSync(storiesPath, join(outDir, SHARD_STORIES));
        written.push(SHARD_STORIES);
      }
      if (!temporary) dropState(paths);
      return { status: 'finished', record, written, stats: clustered.stats };
    } finally {
      await pool.destroy();
    }
  } finally {
    lock.release();
    if (temporary) rmSync(outDir, { recursive: true, force: true });
  }
}

/** A shard's stories, one line each, kept for `gloss merge`. */
export const SHARD_STORIES = 'stories.jsonl';

/** Step 1: the records through the workers into the spool. Returns the inputs read, or null when stopped. */
async function readAndSign(
  paths: ReturnType<typeof runPaths>,
  checkpoint: Checkpoint,
  files: ReturnType<typeof expandInputs>,
  pool: Piscina<VersionsTask, WorkResult | StoryResult | boolean[]>,
  jobs: number,
  options: VersionsRunOptions,
  note: (line: string, force?: boolean) => void,
): Promise<FileDigest[] | null> {
  const ids = new UniqueIds();
  // A resumed run's ids are taken already, as batch's are.
  if (checkpoint.done > 0) await scanSpool(paths.partialJsonl, (id) => ids.taken(id));
  const tracker = new ReadTracker();
  const writer = new OrderedWriter<BatchMeta>({
    out: new BufferedFile(paths.partialJsonl, 'a'),
    checkpointPath: paths.checkpointPath,
    from: checkpoint,
    ids,
    read: () => tracker.snapshot(),
  });
  const digests: FileDigest[] = [];
  note(checkpoint.done > 0 ? `resuming after ${checkpoint.done} documents` : 'reading the corpus');
  try {
    await dispatch({
      files,
      shard: null,
      from: checkpoint.done,
      window: jobs * 4,
      keepText: false,
      timeoutMs: 120_000,
      // The dispatcher's analyse tasks, signed here instead of analysed.
      run: (task, signal) =>
        pool.run(
          { kind: 'sign', docs: task.kind === 'analyse' ? task.docs : [] },
          { signal },
        ) as Promise<WorkResult>,
      shared: null,
      writer,
      tracker,
      ...(options.signal ? { signal: options.signal } : {}),
      onFile: (d) => digests.push(d),
      onWritten: () => note(`read ${formatCount(writer.next)} documents`, false),
    });
    await writer.finish();
  } finally {
    await writer.close();
  }
  return options.signal?.aborted ? null : digests;
}

/**
 * Step 2: LSH over the signatures (main thread: cheap), each candidate pair verified by alignment
 * on the workers, which read the two texts back from the spool. The LSH pass decides pairs in
 * order, each decision depending on the earlier ones, so it runs in rounds: a pair not verified
 * yet is guessed to be joined and is sent to the workers; the pass runs again with the answers,
 * until it meets no pair it has not the answer for. That last pass makes the same decisions as
 * one that verified each pair when it met it, so the clusters are the same whatever the workers.
 */
async function clusterSpool(
  path: string,
  spool: Spool,
  pool: Piscina<VersionsTask, WorkResult | StoryResult | boolean[]>,
  jobs: number,
): Promise<{ clusters: number[][]; stats: ClusterStats; rounds: number; aligned: number }> {
  const decided = new Map<string, boolean>();
  let rounds = 0;
  const place = (i: number): [number, number] => [spool.offsets[i]!, spool.lengths[i]!];
  for (;;) {
    const needed = new Map<string, [number, number]>();
    const result = clusterSignatures(spool.signatures, (i, j) => {
      const key = `${i}:${j}`;
      const known = decided.get(key);
      if (known === undefined) needed.set(key, [i, j]);
      // Most candidates past the Jaccard bar are versions (893 of 898 in bench/versions.ts):
      // guessing so, a round meets about the pairs the exact pass meets.
      return known ?? true;
    });
    if (needed.size === 0) return { ...result, rounds, aligned: decided.size };
    rounds++;
    // Pairs of one document together, so a worker parses it once.
    const pairs = [...needed.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const size = Math.min(256, Math.max(1, Math.ceil(pairs.length / (jobs * 4))));
    const chunks: [number, number][][] = [];
    for (let at = 0; at < pairs.length; at += size) chunks.push(pairs.slice(at, at + size));
    await Promise.all(
      chunks.map(async (chunk) => {
        const same = (await pool.run({
          kind: 'verify',
          path,
          pairs: chunk.map(([i, j]) => [place(i), place(j)]),
        })) as boolean[];
        for (const [k, [i, j]] of chunk.entries()) decided.set(`${i}:${j}`, same[k]!);
      }),
    );
  }
}

interface PartManifest {
  tool?: string;
  shard?: Shard | null;
  options?: Record<string, unknown>;
  inputs?: { path: string; sha256: string }[];
  counts?: {
    documents: number;
    errors: number;
    candidatePairs: number;
    verifiedPairs: number;
    joinedPairs: number;
  };
  workers?: string;
  errors?: { id: string; error: string }[];
  startedAt?: string;
  finishedAt?: string;
}

/** Whether a folder holds a finished `gloss versions` run (for `gloss merge`). */
export function isVersionsRun(dir: string): boolean {
  try {
    return (
      (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as PartManifest).tool === 'gloss versions'
    );
  } catch {
    return false;
  }
}

/**
 * `gloss merge` of `gloss versions --shard K/N` runs: every shard clustered the whole corpus the
 * same way, so the stories' lines are put back in story order and the tables written from them
 * as an unsharded run writes them; the pages are copied.
 */
export async function mergeVersions(
  dirs: string[],
  out: string,
  db: string | null,
): Promise<{ clusters: number; written: string[] }> {
  const parts = dirs.map((dir) => {
    if (!existsSync(join(dir, SHARD_STORIES)) || !isVersionsRun(dir))
      throw new BatchUsageError(`${dir} holds no finished gloss versions --shard run`);
    if (existsSync(join(dir, STATE_DIR)))
      throw new BatchUsageError(`${dir} is an unfinished run; finish it with --resume first`);
    return { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as PartManifest };
  });
  const ordered = orderShards(parts);
  const n = ordered.length;
  const optionsOf = (p: (typeof parts)[number]): string => {
    const { jobs: _, shard: __, ...rest } = p.manifest.options ?? {};
    return JSON.stringify(rest);
  };
  if (new Set(parts.map(optionsOf)).size > 1)
    throw new BatchUsageError('the shards were run with different options');

  const outDir = resolve(out);
  const dbPath = db ? resolve(db) : null;
  mkdirSync(outDir, { recursive: true });
  checkDbPath(dbPath);
  const lock = acquireRunLock(outDir, 'merge');
  try {
    if (existsSync(join(outDir, 'manifest.json')))
      throw new BatchUsageError(`${out} already holds results; pick another --out or delete them first`);
    const stateDir = join(outDir, STATE_DIR);
    rmSync(stateDir, { recursive: true, force: true });
    mkdirSync(stateDir, { recursive: true });
    const merged = join(stateDir, 'stories.jsonl');
    const file = new BufferedFile(merged, 'w');
    // Story k is in shard k mod N + 1, and each shard's lines are in story order: round robin.
    const iterators = ordered.map((p) =>
      splitLines(createReadStream(join(p.dir, SHARD_STORIES)), Number.MAX_SAFE_INTEGER)[
        Symbol.asyncIterator
      ](),
    );
    let clusters = 0;
    for (let k = 0; ; k++) {
      let next = await iterators[k % n]!.next();
      while (!next.done && (next.value.bytes === null || next.value.bytes.length === 0))
        next = await iterators[k % n]!.next();
      if (next.done) break;
      if ((JSON.parse(next.value.bytes!.toString('utf8')) as { k: number }).k !== k)
        throw new BatchUsageError('the shards do not fit together (their stories disagree)');
      file.write(next.value.bytes!);
      file.write('\n');
      clusters++;
    }
    for (const it of iterators)
      for (let rest = await it.next(); !rest.done; rest = await it.next())
        if (rest.value.bytes && rest.value.bytes.length > 0)
          throw new BatchUsageError('the shards do not fit together (their story counts disagree)');
    file.close();
    const first = ordered[0]!.manifest;
    const html = first.options?.html === true;
    if (html) {
      mkdirSync(join(outDir, 'html'), { recursive: true });
      for (const p of ordered)
        if (existsSync(join(p.dir, 'html')))
          for (const name of readdirSync(join(p.dir, 'html')))
            copyFileSync(join(p.dir, 'html', name), join(outDir, 'html', name));
    }
    const counts = first.counts ?? {
      documents: 0,
      errors: 0,
      candidatePairs: 0,
      verifiedPairs: 0,
      joinedPairs: 0,
    };
    const { written } = await finishRun(merged, outDir, dbPath, {
      documents: counts.documents,
      // The shards read the same corpus: their errors are the same (the first 1,000 kept).
      errors: first.errors ?? [],
      errorCount: counts.errors,
      stats: { estimated: counts.candidatePairs, verified: counts.verifiedPairs, joined: counts.joinedPairs },
      options: { ...first.options, jobs: undefined, shard: null, merged: 'shards' },
      inputs: (first.inputs ?? []) as FileDigest[],
      workers: first.workers ?? '',
      startedAt: new Date().toISOString(),
      resumedAt: [],
      shard: null,
      parts: ordered.map((p) => ({
        dir: p.dir,
        shard: p.manifest.shard ?? null,
        startedAt: p.manifest.startedAt ?? null,
        finishedAt: p.manifest.finishedAt ?? null,
      })),
    });
    rmSync(stateDir, { recursive: true, force: true });
    return { clusters, written };
  } finally {
    lock.release();
  }
}
