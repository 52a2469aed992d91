/**
 * Batch runs under faults (issue 15): a second runner on the same folder, records the run cannot
 * carry, a crash while finalising, an input edited between a kill and the resume. The run is
 * called in-process (runBatch, with its real worker pool); the refusals happen before any
 * worker starts.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, readRecords } from '../src/inputs.ts';
import { acquireRunLock, LOCK_FILE, LOCK_STALE_MS, lockIsStale, RunLockedError } from '../src/lock.ts';
import { jsonRecord, MAX_COLUMN_DEPTH, nestedDeeper } from '../src/protocol.ts';
import { mergeRuns } from '../src/merge.ts';
import { type BatchOptions, BatchUsageError, runBatch } from '../src/run.ts';
import { makeArticle } from './corpus.ts';
import { expectSameOutputs, readJsonl } from './harness.ts';

const tmp = mkdtempSync(join(tmpdir(), 'gloss-batch-faults-'));
const quiet = { progress: 'none', jobs: 1 } satisfies Partial<BatchOptions>;

/** A JSONL corpus of `n` made-up articles. */
function corpus(name: string, n: number, extra: (i: number) => Record<string, unknown> = () => ({})): string {
  const path = join(tmp, name);
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: `d${i}`, outlet: ['A', 'B'][i % 2], text: makeArticle(i + 1), ...extra(i) }),
  );
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** A process that is alive until killed, and its pid. */
function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  return {
    pid: child.pid!,
    stop: () =>
      new Promise<void>((r) => {
        child.once('exit', () => r());
        child.kill('SIGKILL');
      }),
  };
}

describe('the run lock', () => {
  const here = { host: 'h1', pid: 100, alive: (pid: number) => pid === 200 };
  const holder = (pid: number, host = 'h1') => ({ pid, host, startedAt: 't', command: 'batch' });
  it.each([
    ['a live pid on this host', holder(200), 1_000, false],
    ['a dead pid on this host', holder(300), 1_000, true],
    ['our own pid, left by an earlier process (a restarted container)', holder(100), 1_000, true],
    ['another host, touched recently', holder(300, 'h2'), 60_000, false],
    ['another host, no heartbeat for longer than the limit', holder(300, 'h2'), LOCK_STALE_MS + 1, true],
    ['a live pid without a heartbeat (a reused pid)', holder(200), LOCK_STALE_MS + 1, true],
    ['a lock whose holder died before writing it, just made', null, 1_000, false],
    ['a lock whose holder died before writing it, old', null, 60_000, true],
  ])('%s: stale %s', (_what, lock, age, stale) => {
    expect(lockIsStale(lock, age, here)).toBe(stale);
  });

  it('refuses a second holder, naming the first; released, it can be taken again', () => {
    const dir = join(tmp, 'lock-basic');
    mkdirSync(dir);
    const lock = acquireRunLock(dir, 'batch');
    const held = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
    expect(held).toMatchObject({ pid: process.pid, host: hostname(), command: 'batch' });
    expect(() => acquireRunLock(dir, 'batch')).toThrow(RunLockedError);
    expect(() => acquireRunLock(dir, 'batch')).toThrow(
      new RegExp(`in use by gloss batch \\(pid ${process.pid} on `),
    );
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireRunLock(dir, 'merge').release();
  });

  it('refuses a lock of a live process on this host and takes over once it is dead', async () => {
    const dir = join(tmp, 'lock-other');
    mkdirSync(dir);
    const other = liveProcess();
    const lockText = `${JSON.stringify({ pid: other.pid, host: hostname(), startedAt: 'then', command: 'batch' })}\n`;
    writeFileSync(join(dir, LOCK_FILE), lockText);
    expect(() => acquireRunLock(dir, 'batch')).toThrow(`pid ${other.pid} on ${hostname()}, since then`);
    await other.stop();
    const lock = acquireRunLock(dir, 'batch');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
    // Another host's lock: held while its heartbeat is recent, stale after.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'elsewhere', startedAt: 'x' }));
    expect(() => acquireRunLock(dir, 'batch')).toThrow(/pid 1 on elsewhere/);
    const old = new Date(Date.now() - LOCK_STALE_MS - 60_000);
    utimesSync(join(dir, LOCK_FILE), old, old);
    acquireRunLock(dir, 'batch').release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps a second run off a folder in use (a retried task whose first process lives on)', async () => {
    const input = corpus('lock.jsonl', 3);
    const out = join(tmp, 'lock-run');
    const first = runBatch({ ...quiet, inputs: [input], out, resume: true });
    const second = runBatch({ ...quiet, inputs: [input], out, resume: true }).catch((e: unknown) => e);
    const refused = await second;
    expect(refused).toBeInstanceOf(BatchUsageError);
    expect(String(refused)).toMatch(/is in use by gloss batch/);
    const result = await first;
    expect(result.documents).toBe(3);
    expect(readJsonl(join(out, 'documents.jsonl')).map((l) => l.id)).toEqual(['d0', 'd1', 'd2']);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
    // A lock left by a killed run (dead pid, this host) does not stop the retry.
    const dead = liveProcess();
    await dead.stop();
    const out2 = join(tmp, 'lock-stale-run');
    mkdirSync(out2);
    writeFileSync(join(out2, LOCK_FILE), JSON.stringify({ pid: dead.pid, host: hostname(), startedAt: 'x' }));
    expect((await runBatch({ ...quiet, inputs: [input], out: out2, resume: true })).documents).toBe(3);
  }, 120_000);
});

describe('records the run cannot carry', () => {
  const deep = (n: number): string => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

  it('measures nesting without recursion, however deep', () => {
    // An object holding an array holding an object: three levels.
    expect(nestedDeeper({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(nestedDeeper({ a: [1, { b: 2 }] }, 2)).toBe(true);
    expect(nestedDeeper('text', 0)).toBe(false);
    expect(nestedDeeper(JSON.parse(deep(100_000)), MAX_COLUMN_DEPTH)).toBe(true);
  });

  it('turns a deeply nested or oversized carried column into the record’s error, keeping its id', () => {
    const input = { file: 'f.jsonl', line: 3 };
    const nested = jsonRecord(Buffer.from(`{"id":"x","text":"Hi.","meta":${deep(5000)}}`), input);
    expect(nested.id).toBe('x');
    expect(nested.columns).toEqual({});
    expect(nested.payload).toEqual({
      type: 'error',
      message: `line 3: column "meta" is nested deeper than ${MAX_COLUMN_DEPTH} levels`,
    });
    const ok = jsonRecord(Buffer.from(`{"id":"y","text":"Hi.","meta":${deep(MAX_COLUMN_DEPTH)}}`), input);
    expect(ok.payload.type).toBe('text');
    const big = jsonRecord(
      Buffer.from(JSON.stringify({ id: 'z', text: 'Hi.', blob: 'x'.repeat(2 << 20) })),
      input,
    );
    expect(big.payload).toEqual({
      type: 'error',
      message: 'line 3: the carried columns are 2.0 MB; the limit is 1 MB',
    });
  });

  it('writes the record as an error row and the run goes on', async () => {
    const input = join(tmp, 'nested.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'a', text: makeArticle(1) }),
        `{"id":"b","text":"Deep.","meta":${deep(5000)}}`,
        JSON.stringify({ id: 'c', text: makeArticle(2), meta: { fine: [1, 2] } }),
        '',
      ].join('\n'),
    );
    const out = join(tmp, 'nested-out');
    const result = await runBatch({ ...quiet, inputs: [input], out, resume: true });
    expect(result.status).toBe('finished');
    const lines = readJsonl(join(out, 'documents.jsonl'));
    expect(lines.map((l) => [l.id, l.error])).toEqual([
      ['a', null],
      ['b', `line 2: column "meta" is nested deeper than ${MAX_COLUMN_DEPTH} levels`],
      ['c', null],
    ]);
    expect(lines[2]!.columns).toEqual({ meta: { fine: [1, 2] } });
  }, 120_000);
});

describe('finalising and resuming', () => {
  let input: string;
  let reference: string;
  beforeAll(async () => {
    input = corpus('final.jsonl', 40);
    reference = join(tmp, 'final-reference');
    await runBatch({ ...quiet, inputs: [input], out: reference });
  }, 120_000);

  it('checks --db before analysing anything (after making the output folder)', async () => {
    const out = join(tmp, 'bad-db');
    const run = runBatch({ ...quiet, inputs: [input], out, db: join(tmp, 'no-such-folder', 'x.duckdb') });
    await expect(run).rejects.toThrow(/--db .*no-such-folder.*does not exist/);
    expect(existsSync(join(out, '.gloss-partial'))).toBe(false);
    // Inside the output folder, which the run makes, it is fine.
    const inside = join(tmp, 'db-inside');
    const result = await runBatch({ ...quiet, inputs: [input], out: inside, db: join(inside, 'run.duckdb') });
    expect(result.status).toBe('finished');
    expect(existsSync(join(inside, 'run.duckdb'))).toBe(true);
  }, 120_000);

  it('resumes a run that died while finalising (documents.jsonl linked or moved into place)', async () => {
    for (const moved of [false, true]) {
      const out = join(tmp, `final-crash-${moved}`);
      const db = join(tmp, `final-crash-${moved}.duckdb`);
      // The database's work file is a folder: finalize fails after the tables are in place,
      // as a kill at that point would leave them.
      mkdirSync(`${db}.partial`);
      await expect(runBatch({ ...quiet, inputs: [input], out, db })).rejects.toThrow();
      expect(existsSync(join(out, 'manifest.json'))).toBe(false);
      expect(existsSync(join(out, 'documents.jsonl'))).toBe(true);
      // Where hard links are not allowed the JSONL was moved, not linked.
      if (moved) rmSync(join(out, '.gloss-partial', 'documents.jsonl'));
      rmSync(`${db}.partial`, { recursive: true });
      // What the docs advise for a folder with an interrupted run.
      await expect(runBatch({ ...quiet, inputs: [input], out, db })).rejects.toThrow(/add --resume/);
      const resumed = await runBatch({ ...quiet, inputs: [input], out, db, resume: true });
      expect(resumed.status).toBe('finished');
      expectSameOutputs(reference, out);
      expect(readdirSync(out).sort()).toEqual([
        'documents.csv',
        'documents.jsonl',
        'documents.parquet',
        'manifest.json',
        'outlets.csv',
      ]);
      expect(existsSync(`${db}.partial`)).toBe(false);
    }
  }, 240_000);

  it('refuses to resume when the input already read has changed, even at the same size', async () => {
    const edited = corpus('edited.jsonl', 40);
    const out = join(tmp, 'edited-out');
    const controller = new AbortController();
    const first = await runBatch({
      ...quiet,
      inputs: [edited],
      out,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(first.status).toBe('interrupted');
    const text = readFileSync(edited, 'utf8');
    // Same length, one word changed in the first record (already analysed).
    writeFileSync(edited, text.replace('Story 1:', 'Story X:'));
    expect(readFileSync(edited).length).toBe(Buffer.byteLength(text));
    await expect(runBatch({ ...quiet, inputs: [edited], out, resume: true })).rejects.toThrow(
      /cannot resume: .*edited\.jsonl changed since the interrupted run/,
    );
    // Put back, it resumes to the uninterrupted result.
    writeFileSync(edited, text);
    expect((await runBatch({ ...quiet, inputs: [edited], out, resume: true })).status).toBe('finished');
    // The same documents as the reference run (whose JSONL names another input file).
    for (const name of ['documents.csv', 'documents.parquet', 'outlets.csv'])
      expect(readFileSync(join(out, name)).equals(readFileSync(join(reference, name))), name).toBe(true);
  }, 240_000);
});

describe('CSV inputs and repeated ids', () => {
  it('gives malformed CSV records their place in input order', async () => {
    const path = join(tmp, 'order.csv');
    const rows = ['id,text'];
    for (let i = 0; i < 40; i++) rows.push(i === 20 ? `r${i},"bad"x` : `r${i},Text ${i}.`);
    writeFileSync(path, `${rows.join('\n')}\n`);
    const got: [number, string, string][] = [];
    for await (const r of readRecords(expandInputs([path]), { want: () => true }))
      got.push([r.input.line ?? 0, r.id, r.payload?.type ?? '']);
    const lines = got.map((g) => g[0]);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(got.find((g) => g[2] === 'error')).toEqual([22, `${path}:22`, 'error']);
    expect(new Set(got.map((g) => g[1])).size).toBe(got.length);
  });

  it('makes every id unique (a suffix and idGiven), the same in merged shards as in one run', async () => {
    const jsonl = corpus('dup.jsonl', 30, (i) =>
      i % 10 === 3 ? { id: 'dup' } : i === 5 ? { id: 'x1' } : {},
    );
    const csv = join(tmp, 'dup.csv');
    const quoted = (n: number): string => `"${makeArticle(n).replace(/"/g, '""')}"`;
    writeFileSync(csv, `id,outlet,text\nd1,C,${quoted(90)}\nx1,C,${quoted(91)}\n`);
    const single = join(tmp, 'dup-single');
    const result = await runBatch({ ...quiet, inputs: [jsonl, csv], out: single });
    const lines = readJsonl(join(single, 'documents.jsonl')) as (ReturnType<typeof readJsonl>[number] & {
      idGiven?: string;
    })[];
    const ids = lines.map((l) => l.id);
    expect(new Set(ids).size).toBe(32);
    expect(ids.filter((id) => id.startsWith('dup'))).toEqual(['dup', 'dup#2', 'dup#3']);
    expect(lines.find((l) => l.id === 'dup#3')!.idGiven).toBe('dup');
    expect(lines.find((l) => l.id === 'dup')!.idGiven).toBeUndefined();
    expect(ids.slice(30)).toEqual(['d1#2', 'x1#2']);
    expect(result.final!.renamedIds).toBe(4);
    expect(JSON.parse(readFileSync(join(single, 'manifest.json'), 'utf8')).counts.renamedIds).toBe(4);
    const shards = [1, 2, 3].map((k) => join(tmp, `dup-shard-${k}`));
    for (const [k, out] of shards.entries())
      await runBatch({ ...quiet, inputs: [jsonl, csv], out, shard: { index: k + 1, count: 3 } });
    const merged = join(tmp, 'dup-merged');
    await mergeRuns({ dirs: shards, out: merged });
    expectSameOutputs(single, merged);
  }, 240_000);
});
