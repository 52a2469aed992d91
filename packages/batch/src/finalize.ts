import { createReadStream, existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileWriter, ParquetWriter } from 'hyparquet-writer';
import { BufferedFile, csvLine, sha256File, writeJsonAtomic } from './files.ts';
import { splitLines } from './inputs.ts';
import { type DocumentLine, decodeHead } from './line.ts';
import { categoryColumns, METRIC_COLUMNS, type MetricColumn, per100, round } from './metrics.ts';

export const OUTLET_CANDIDATES = ['outlet', 'source', 'publisher', 'site', 'domain', 'media', 'newspaper'];

export interface FinalizeOptions {
  /**
   * documents.jsonl as written by the run: it becomes DIR/documents.jsonl at the end (a second
   * name for the same file where the file system allows, so an interrupted finalize can start
   * over from it).
   */
  jsonl: string;
  outDir: string;
  /**
   * Where files are written before they are renamed into DIR (default: the folder of `jsonl`,
   * the run's state folder), so an interrupted finalize leaves no part-written file in DIR.
   */
  workDir?: string;
  db: string | null;
  /** Column to group outlets.csv by; null picks the first of OUTLET_CANDIDATES present. */
  outletColumn: string | null;
  /** Everything the manifest says about the run; counts, columns and outputs are added here. */
  manifest: Record<string, unknown>;
  /** Categories of every rule: each gets its columns, found or not, so the schema is the same for every corpus. */
  ruleCategories: readonly string[];
  /** Created-by string in the Parquet footer (no time in it, so files stay byte-identical). */
  createdBy: string;
  /**
   * The carried columns in first-seen order, when the caller knows them (a batch run has read
   * every record; its findings' categories are its rules'): the pass over documents.jsonl that
   * finds columns and categories is then skipped. Null: find them (merge).
   */
  carried?: readonly string[] | null;
}

export interface FinalizeResult {
  documents: number;
  errors: number;
  words: number;
  /** Documents whose id repeated an earlier one's and got a suffix (`ID#2`); the first such id. */
  renamedIds: number;
  firstRenamed: string | null;
  carried: string[];
  categories: string[];
  outletColumn: string | null;
  outlets: number;
}

async function* readLines(path: string, withAnalysis = false): AsyncGenerator<DocumentLine> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  for await (const { bytes } of splitLines(stream, Number.MAX_SAFE_INTEGER)) {
    if (bytes === null || bytes.length === 0) continue;
    yield withAnalysis ? (JSON.parse(bytes.toString('utf8')) as DocumentLine) : decodeHead(bytes);
  }
}

function cell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Column name of a carried column in the tables: renamed when it would clash with a measure. */
function tableName(name: string, taken: Set<string>): string {
  let out = name;
  while (taken.has(out)) out = `input_${out}`;
  return out;
}

/** Sums over documents, column by column (the columns' order): outlets.csv is made from these. */
interface Accumulator {
  documents: number;
  errors: number;
  sums: Float64Array;
  rateSums: Float64Array;
  rateDocs: Float64Array;
}

function newAccumulator(width: number): Accumulator {
  return {
    documents: 0,
    errors: 0,
    sums: new Float64Array(width),
    rateSums: new Float64Array(width),
    rateDocs: new Float64Array(width),
  };
}

/** `isMean[i]`: column i is averaged over documents (a rate or a mean), else summed. */
function accumulate(
  acc: Accumulator,
  isMean: readonly boolean[],
  cells: readonly (number | null)[] | null,
): void {
  acc.documents++;
  if (cells === null) {
    acc.errors++;
    return;
  }
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (v === null || v === undefined) continue;
    if (isMean[i]) {
      acc.rateSums[i]! += v;
      acc.rateDocs[i]! += 1;
    } else {
      acc.sums[i]! += v;
    }
  }
}

function outletHeader(columns: readonly MetricColumn[]): string[] {
  const header = ['outlet', 'documents', 'errors'];
  for (const col of columns) {
    if (col.type.kind === 'rate') header.push(`${col.name}_doc`, `${col.name}_words`);
    else header.push(col.name);
  }
  return header;
}

function outletRow(
  name: string,
  acc: Accumulator,
  columns: readonly MetricColumn[],
  index: ReadonlyMap<string, number>,
): (string | number | null)[] {
  const row: (string | number | null)[] = [name, acc.documents, acc.errors];
  const mean = (i: number): number | null =>
    acc.rateDocs[i] === 0 ? null : round(acc.rateSums[i]! / acc.rateDocs[i]!, 4);
  const sum = (column: string): number => {
    const i = index.get(column);
    return i === undefined ? 0 : acc.sums[i]!;
  };
  columns.forEach((col, i) => {
    const t = col.type;
    if (t.kind === 'rate') row.push(mean(i), per100(sum(t.count), sum(t.words)));
    else if (t.kind === 'mean') row.push(mean(i));
    else row.push(acc.sums[i]!);
  });
  return row;
}

/**
 * Turns a complete documents.jsonl into every other output: documents.csv, documents.parquet,
 * outlets.csv, the DuckDB file and manifest.json. Two streaming passes (columns first, rows next),
 * so memory holds one Parquet row group, never the corpus. Each file is written beside its final
 * name and renamed into place. Batch and merge both end here, which is why a merge of shards
 * equals an unsharded run.
 */
export async function finalize(options: FinalizeOptions): Promise<FinalizeResult> {
  const { outDir } = options;
  // Pass 1: which carried columns and categories exist, in a deterministic order.
  const carriedSet = new Set<string>(options.carried ?? []);
  const categorySet = new Set<string>();
  if (!options.carried) {
    for await (const line of readLines(options.jsonl)) {
      for (const key of Object.keys(line.columns)) carriedSet.add(key);
      if (line.categories) for (const c of Object.keys(line.categories)) categorySet.add(c);
    }
  }
  const carried = [...carriedSet];
  for (const category of options.ruleCategories) categorySet.add(category);
  const categories = [...categorySet].sort();
  const columns: MetricColumn[] = [...METRIC_COLUMNS, ...categories.flatMap(categoryColumns)];
  const taken = new Set(['id', 'error', ...columns.map((c) => c.name)]);
  const carriedNames = carried.map((c) => tableName(c, taken));
  const outletColumn = options.outletColumn ?? OUTLET_CANDIDATES.find((c) => carriedSet.has(c)) ?? null;

  const csvPath = `${outDir}/documents.csv`;
  const parquetPath = `${outDir}/documents.parquet`;
  const outletsPath = `${outDir}/outlets.csv`;
  const workDir = options.workDir ?? dirname(options.jsonl);
  const tmp = (p: string): string => join(workDir, `${basename(p)}.tmp`);

  const csv = new BufferedFile(tmp(csvPath));
  csv.write(csvLine(['id', ...carriedNames, 'error', ...columns.map((c) => c.name)]));

  const schema = [
    { name: 'root', num_children: 2 + carried.length + columns.length },
    {
      name: 'id',
      type: 'BYTE_ARRAY' as const,
      converted_type: 'UTF8' as const,
      repetition_type: 'REQUIRED' as const,
    },
    ...carriedNames.map((name) => ({
      name,
      type: 'BYTE_ARRAY' as const,
      converted_type: 'UTF8' as const,
      repetition_type: 'OPTIONAL' as const,
    })),
    {
      name: 'error',
      type: 'BYTE_ARRAY' as const,
      converted_type: 'UTF8' as const,
      repetition_type: 'OPTIONAL' as const,
    },
    ...columns.map((c) =>
      c.type.kind === 'rate' || c.type.kind === 'mean'
        ? { name: c.name, type: 'DOUBLE' as const, repetition_type: 'OPTIONAL' as const }
        : { name: c.name, type: 'INT32' as const, repetition_type: 'OPTIONAL' as const },
    ),
  ];
  const parquet = new ParquetWriter({
    writer: fileWriter(tmp(parquetPath)),
    schema,
    createdBy: options.createdBy,
  });
  const names = ['id', ...carriedNames, 'error', ...columns.map((c) => c.name)];
  let group: unknown[][] = names.map(() => []);
  const GROUP = 2_000;
  const flushGroup = (): void => {
    if (group[0]!.length === 0) return;
    parquet.write({
      columnData: names.map((name, i) => ({ name, data: group[i]! })),
      rowGroupSize: GROUP,
    });
    group = names.map(() => []);
  };

  const width = columns.length;
  const index = new Map(columns.map((c, i) => [c.name, i]));
  const isMean = columns.map((c) => c.type.kind === 'rate' || c.type.kind === 'mean');
  // Where each cell comes from: the line's metrics, or (per category) its count and rate.
  const fromMetrics = columns.length - 2 * categories.length;
  const total = newAccumulator(width);
  const outlets = new Map<string, Accumulator>();
  let documents = 0;
  let errors = 0;
  let words = 0;
  /** Records whose id was taken by an earlier one and got a suffix. */
  let renamedIds = 0;
  let firstRenamed: string | null = null;
  const errorList: { id: string; error: string }[] = [];

  // Pass 2: rows.
  for await (const line of readLines(options.jsonl)) {
    documents++;
    if (line.idGiven !== undefined) {
      renamedIds++;
      firstRenamed ??= line.idGiven;
    }
    let cells: (number | null)[] | null = null;
    if (line.error !== null || line.metrics === null) {
      errors++;
      if (errorList.length < 1000) errorList.push({ id: line.id, error: line.error ?? 'no result' });
    } else {
      const metrics = line.metrics;
      const w = metrics.words ?? 0;
      words += w;
      cells = new Array<number | null>(width);
      for (let i = 0; i < fromMetrics; i++) cells[i] = metrics[columns[i]!.name] ?? null;
      for (let k = 0; k < categories.length; k++) {
        const n = line.categories?.[categories[k]!] ?? 0;
        cells[fromMetrics + 2 * k] = n;
        cells[fromMetrics + 2 * k + 1] = per100(n, w);
      }
    }
    const row: (string | number | null)[] = [
      line.id,
      ...carried.map((c) => cell(line.columns[c])),
      line.error,
      ...(cells ?? new Array<null>(width).fill(null)),
    ];
    csv.write(csvLine(row));
    for (let i = 0; i < row.length; i++) group[i]!.push(row[i]);
    if (group[0]!.length >= GROUP) flushGroup();
    accumulate(total, isMean, cells);
    if (outletColumn !== null) {
      const key = cell(line.columns[outletColumn]) ?? '(none)';
      let acc = outlets.get(key);
      if (!acc) {
        acc = newAccumulator(width);
        outlets.set(key, acc);
      }
      accumulate(acc, isMean, cells);
    }
  }
  flushGroup();
  parquet.finish();
  csv.close();

  const outletsFile = new BufferedFile(tmp(outletsPath));
  outletsFile.write(csvLine(outletHeader(columns)));
  outletsFile.write(csvLine(outletRow('(all)', total, columns, index)));
  for (const key of [...outlets.keys()].sort())
    outletsFile.write(csvLine(outletRow(key, outlets.get(key)!, columns, index)));
  outletsFile.close();

  renameSync(tmp(csvPath), csvPath);
  renameSync(tmp(parquetPath), parquetPath);
  renameSync(tmp(outletsPath), outletsPath);
  const jsonlPath = `${outDir}/documents.jsonl`;
  if (options.jsonl !== jsonlPath) placeJsonl(options.jsonl, jsonlPath, tmp(jsonlPath));

  if (options.db !== null) await writeDuckDb(options.db, { parquetPath, outletsPath, jsonlPath });

  const outputs: Record<string, { bytes: number; sha256: string }> = {};
  for (const [name, path] of [
    ['documents.jsonl', jsonlPath],
    ['documents.csv', csvPath],
    ['documents.parquet', parquetPath],
    ['outlets.csv', outletsPath],
  ] as const) {
    outputs[name] = { bytes: statSync(path).size, sha256: await sha256File(path) };
  }
  const manifestPath = `${outDir}/manifest.json`;
  await writeJsonAtomic(
    manifestPath,
    {
      ...options.manifest,
      finishedAt: new Date().toISOString(),
      counts: { documents, analysed: documents - errors, errors, words, renamedIds },
      columns: { carried, categories, outlet: outletColumn },
      errors: errorList,
      errorsListed: errorList.length < errors ? `first ${errorList.length} of ${errors}` : 'all',
      outputs,
      ...(options.db !== null ? { database: options.db } : {}),
    },
    tmp(manifestPath),
  );
  return {
    documents,
    errors,
    words,
    renamedIds,
    firstRenamed,
    carried,
    categories,
    outletColumn,
    outlets: outlets.size,
  };
}

/**
 * Gives the run's JSONL its final name. A hard link keeps the state folder's copy, so a kill
 * from here on still leaves a run `--resume` finishes; where links are not allowed it is moved
 * (and a resume moves it back).
 */
function placeJsonl(from: string, to: string, tmp: string): void {
  rmSync(tmp, { force: true });
  try {
    linkSync(from, tmp);
  } catch {
    renameSync(from, to);
    return;
  }
  renameSync(tmp, to);
}

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * The same tables in DuckDB: `documents` (from the Parquet file), `outlets` (from the CSV) and
 * `findings` (one row per finding, from documents.jsonl). Built in a temp file, then renamed.
 */
async function writeDuckDb(
  dbPath: string,
  files: { parquetPath: string; outletsPath: string; jsonlPath: string },
): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  // A fixed name, not one per process: what a killed run left is removed by the next attempt.
  const tmp = `${dbPath}.partial`;
  for (const p of [tmp, `${tmp}.wal`]) if (existsSync(p)) rmSync(p);
  const instance = await DuckDBInstance.create(tmp);
  const connection = await instance.connect();
  try {
    await connection.run(
      `create table documents as select * from read_parquet(${sqlString(files.parquetPath)})`,
    );
    await connection.run(
      `create table outlets as select * from read_csv(${sqlString(files.outletsPath)}, header = true, sample_size = -1)`,
    );
    await connection.run(
      `create table findings (id varchar, rule_id varchar, category varchar, family varchar, severity varchar, voice varchar, layer varchar, speaker varchar, speaker_named boolean, start_offset integer, end_offset integer, actual varchar, expected varchar, confidence double)`,
    );
    const appender = await connection.createAppender('findings');
    for await (const line of readLines(files.jsonlPath, true)) {
      const list = line.analysis?.findings;
      if (!Array.isArray(list)) continue;
      for (const f of list as Record<string, unknown>[]) {
        const range = f.range as [number, number];
        const speaker = f.speaker as { name: string; named: boolean } | null | undefined;
        appender.appendVarchar(line.id);
        appender.appendVarchar(String(f.ruleId ?? ''));
        appender.appendVarchar(String(f.category ?? ''));
        appender.appendVarchar(String(f.family ?? ''));
        appender.appendVarchar(String(f.severity ?? ''));
        appender.appendVarchar(String(f.voice ?? ''));
        appender.appendVarchar(String(f.layer ?? ''));
        if (speaker) {
          appender.appendVarchar(speaker.name);
          appender.appendBoolean(speaker.named);
        } else {
          appender.appendNull();
          appender.appendNull();
        }
        appender.appendInteger(range[0]);
        appender.appendInteger(range[1]);
        appender.appendVarchar(String(f.actual ?? ''));
        appender.appendVarchar(Array.isArray(f.expected) ? (f.expected as string[]).join('; ') : '');
        appender.appendDouble(typeof f.confidence === 'number' ? f.confidence : 0);
        appender.endRow();
      }
    }
    appender.closeSync();
    await connection.run('checkpoint');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  if (existsSync(`${tmp}.wal`)) rmSync(`${tmp}.wal`);
  renameSync(tmp, dbPath);
}
