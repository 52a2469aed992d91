import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BufferedFile } from './files.ts';
import { finalize, type FinalizeResult } from './finalize.ts';
import { splitLines } from './inputs.ts';
import { gitCommit, glossVersion } from './manifest.ts';
import { UniqueIds } from './ids.ts';
import { lineIds, renameLine } from './line.ts';
import { acquireRunLock } from './lock.ts';
import { BatchUsageError, STATE_DIR, type Shard } from './open.ts';
import { checkDbPath } from './run.ts';

export interface MergeOptions {
  dirs: string[];
  out: string;
  db?: string | null;
  outletColumn?: string | null;
}

export interface MergeResult {
  mode: 'shards' | 'concatenate';
  documents: number;
  errors: number;
  final: FinalizeResult;
}

interface PartManifest {
  command?: string;
  shard?: Shard | null;
  ruleSet?: { sha256?: string; rules?: { category: string }[] };
  options?: { keepText?: boolean; outletColumn?: string | null };
  inputs?: { path: string; bytes: number; sha256: string; records: number }[];
  counts?: { documents: number; errors: number };
  startedAt?: string;
  finishedAt?: string;
}

async function* rawLines(path: string): AsyncGenerator<string> {
  for await (const { bytes } of splitLines(
    createReadStream(path, { highWaterMark: 1 << 20 }),
    Number.MAX_SAFE_INTEGER,
  )) {
    if (bytes === null || bytes.length === 0) continue;
    yield bytes.toString('utf8');
  }
}

/**
 * The shards of one run in shard order, checked: every folder from `--shard K/N` with the same
 * N, each K once, none missing, the same inputs read. Also used for `gloss versions` shards.
 */
export function orderShards<
  T extends { dir: string; manifest: { shard?: Shard | null; inputs?: { path: string; sha256: string }[] } },
>(parts: readonly T[]): T[] {
  const shards = parts.map((p) => p.manifest.shard ?? null);
  const counts = new Set(shards.map((s) => s?.count ?? 0));
  if (counts.size !== 1 || shards.some((s) => s === null)) {
    throw new BatchUsageError(
      'merge shards of one run only: every folder must come from --shard K/N with the same N',
    );
  }
  const n = shards[0]!.count;
  const byIndex = new Map<number, T>();
  for (const p of parts) {
    const k = p.manifest.shard!.index;
    if (byIndex.has(k))
      throw new BatchUsageError(`shard ${k}/${n} is given twice (${byIndex.get(k)!.dir}, ${p.dir})`);
    byIndex.set(k, p);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !byIndex.has(k));
  if (missing.length > 0)
    throw new BatchUsageError(
      `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${n}`).join(', ')}`,
    );
  const inputsOf = (p: T): string => JSON.stringify((p.manifest.inputs ?? []).map((i) => [i.path, i.sha256]));
  if (new Set(parts.map(inputsOf)).size > 1) throw new BatchUsageError('the shards read different inputs');
  return Array.from({ length: n }, (_, i) => byIndex.get(i + 1)!);
}

/**
 * `gloss merge`: combines finished runs into one output set. Shards of one run (`--shard K/N`,
 * all N present) are interleaved back into input order (record i came from shard i mod N), so the
 * merged files equal an unsharded run's; other runs are concatenated in the order given. Every
 * aggregate is recomputed from the merged documents, never averaged from the parts.
 */
export async function mergeRuns(options: MergeOptions): Promise<MergeResult> {
  if (options.dirs.length === 0)
    throw new BatchUsageError('merge: give the output folders of the runs to merge');
  const parts = options.dirs.map((dir) => {
    const manifestPath = join(dir, 'manifest.json');
    if (!existsSync(manifestPath) || !existsSync(join(dir, 'documents.jsonl'))) {
      throw new BatchUsageError(
        `${dir} holds no finished gloss batch run (no manifest.json and documents.jsonl)`,
      );
    }
    if (existsSync(join(dir, STATE_DIR)))
      throw new BatchUsageError(`${dir} is an unfinished run; finish it with --resume first`);
    return { dir, manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as PartManifest };
  });
  const ruleHashes = new Set(parts.map((p) => p.manifest.ruleSet?.sha256 ?? 'unknown'));
  if (ruleHashes.size > 1) {
    throw new BatchUsageError(
      'the runs were measured with different rule sets (ruleSet.sha256 differs); rerun them with one Gloss',
    );
  }
  const keepText = new Set(parts.map((p) => p.manifest.options?.keepText ?? false));
  if (keepText.size > 1) throw new BatchUsageError('some runs used --keep-text and some did not');

  const shards = parts.map((p) => p.manifest.shard ?? null);
  let mode: MergeResult['mode'] = 'concatenate';
  let ordered = parts;
  if (shards.some((s) => s !== null)) {
    ordered = orderShards(parts);
    mode = 'shards';
  }

  const outDir = resolve(options.out);
  const db = options.db ? resolve(options.db) : null;
  mkdirSync(outDir, { recursive: true });
  // After the output folder exists: `--db DIR/all.duckdb` inside it is common (docs/scale.md).
  checkDbPath(db);
  const lock = acquireRunLock(outDir, 'merge');
  try {
    return await mergeInto(outDir, db, ordered, mode, options);
  } finally {
    lock.release();
  }
}

async function mergeInto(
  outDir: string,
  db: string | null,
  ordered: { dir: string; manifest: PartManifest }[],
  mode: MergeResult['mode'],
  options: MergeOptions,
): Promise<MergeResult> {
  if (existsSync(join(outDir, 'documents.jsonl')) || existsSync(join(outDir, 'manifest.json'))) {
    throw new BatchUsageError(
      `${options.out} already holds results; pick another --out or delete them first`,
    );
  }
  const stateDir = join(outDir, STATE_DIR);
  rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(stateDir, { recursive: true });
  const partialJsonl = join(stateDir, 'documents.jsonl');
  const out = new BufferedFile(partialJsonl, 'w');
  // Ids made unique again over the merged order, as one run over all the input would have:
  // a shard only saw its own ids.
  const ids = new UniqueIds();
  const unique = (line: string): string => {
    const { id, given } = lineIds(line);
    const want = ids.assign(given);
    return want !== id || (given !== id && want === given) ? renameLine(line, want, given) : line;
  };
  if (mode === 'shards') {
    const iterators = ordered.map((p) => rawLines(join(p.dir, 'documents.jsonl')));
    let i = 0;
    for (;;) {
      const it = iterators[i % iterators.length]!;
      const next = await it.next();
      if (next.done) {
        // Every later shard must be exhausted too, or the shards do not fit together.
        for (let j = 1; j < iterators.length; j++) {
          const rest = await iterators[(i + j) % iterators.length]!.next();
          if (!rest.done)
            throw new BatchUsageError('the shards do not fit together (their document counts disagree)');
        }
        break;
      }
      out.write(`${unique(next.value)}\n`);
      i++;
    }
  } else {
    for (const p of ordered)
      for await (const line of rawLines(join(p.dir, 'documents.jsonl'))) out.write(`${unique(line)}\n`);
  }
  out.close();

  const inputs =
    mode === 'shards' ? (ordered[0]!.manifest.inputs ?? []) : ordered.flatMap((p) => p.manifest.inputs ?? []);
  const first = ordered[0]!.manifest as Record<string, unknown>;
  const final = await finalize({
    jsonl: partialJsonl,
    outDir,
    db,
    outletColumn: options.outletColumn ?? null,
    ruleCategories: (ordered[0]!.manifest.ruleSet?.rules ?? []).map((r) => r.category),
    createdBy: `gloss ${glossVersion()}`,
    manifest: {
      tool: 'gloss',
      command: 'merge',
      version: glossVersion(),
      gitCommit: gitCommit(),
      node: process.version,
      ruleSet: first.ruleSet,
      options: { ...(first.options as object), shard: null, merged: mode },
      shard: null,
      inputs,
      parts: ordered.map((p) => ({
        dir: p.dir,
        shard: p.manifest.shard ?? null,
        counts: p.manifest.counts ?? null,
        startedAt: p.manifest.startedAt ?? null,
        finishedAt: p.manifest.finishedAt ?? null,
      })),
      startedAt: new Date().toISOString(),
    },
  });
  rmSync(stateDir, { recursive: true, force: true });
  return { mode, documents: final.documents, errors: final.errors, final };
}
