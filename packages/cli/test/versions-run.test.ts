/**
 * `gloss versions` as a corpus run, through the real binary: the outputs are the same bytes
 * whatever the number of workers, after a SIGKILL and `--resume`, and for shards put back
 * together by `gloss merge`. The hand-written stories run everywhere; the kill needs a run long
 * enough to interrupt, the generated corpus from BBC News (skipped with a message when absent).
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerEntry } from '@gloss/batch';
import { clusterTexts } from '@gloss/compare';
import { hasBbc, readBbc } from '../../compare/test/generate.ts';
import { generateVersionsCorpus } from '../../compare/test/versions-corpus.ts';
import {
  OTHER_STORY,
  UNRELATED_1,
  UNRELATED_2,
  VERSION_A,
  VERSION_B,
  WIRE,
} from '../../compare/test/versions-fixtures.ts';
import { bin, runGloss } from '../../../tests/gloss-binary.ts';
import { VERSIONS_WORKER } from '../src/commands/versions-run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'gloss-versions-run-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TABLES = ['clusters.jsonl', 'versions.csv', 'versions.parquet', 'edits.parquet', 'outlets.csv'];

/** Every table and page of two runs are byte-identical, and so are the manifests' output hashes. */
function expectSameOutputs(a: string, b: string): void {
  for (const name of TABLES) {
    const left = readFileSync(join(a, name));
    expect(readFileSync(join(b, name)).equals(left), `${name} differs between ${a} and ${b}`).toBe(true);
  }
  const pages = existsSync(join(a, 'html')) ? readdirSync(join(a, 'html')).sort() : [];
  expect(existsSync(join(b, 'html')) ? readdirSync(join(b, 'html')).sort() : []).toEqual(pages);
  for (const page of pages)
    expect(readFileSync(join(b, 'html', page)).equals(readFileSync(join(a, 'html', page))), page).toBe(true);
  const outputs = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).outputs;
  expect(outputs(b)).toEqual(outputs(a));
}

/** Runs `gloss versions ARGS`, expects success, and gives the JSON it prints. */
function versions(args: string[]): { counts: Record<string, number> } {
  const r = runGloss(['versions', ...args, '--quiet', '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('gloss versions on hand-written stories', () => {
  const corpus = join(tmp, 'small.jsonl');
  const one = join(tmp, 'small-1');
  beforeAll(() => {
    const rows = [
      { id: 'u1', outlet: 'Riverside Post', text: UNRELATED_1 },
      { id: 'a', outlet: 'Riverside Post', text: VERSION_A },
      { id: 'other', outlet: 'Daily Ledger', text: OTHER_STORY },
      { id: 'wire', outlet: 'Associated Press', text: WIRE },
      { id: 'u2', outlet: 'Riverside Post', text: UNRELATED_2 },
      { id: 'b', outlet: 'Daily Ledger', text: VERSION_B },
      // the same id again: made unique as gloss batch makes it
      { id: 'a', outlet: 'Hilltop Courier', text: VERSION_A.replace('flooded', 'was flooded') },
    ];
    writeFileSync(corpus, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
    versions([corpus, '--out', one, '--workers', '1', '--html']);
  }, 120_000);

  it('runs compiled workers from the CLI, and a bundle of the sources (not tsx) from them', async () => {
    expect(JSON.parse(readFileSync(join(one, 'manifest.json'), 'utf8')).workers).toMatch(/^compiled worker/);
    expect((await workerEntry(VERSIONS_WORKER)).kind).toBe('bundle');
  }, 120_000);

  it('writes the same bytes with two workers', () => {
    const two = join(tmp, 'small-2');
    versions([corpus, '--out', two, '--workers', '2', '--html']);
    expectSameOutputs(one, two);
    const members = JSON.parse(readFileSync(join(two, 'clusters.jsonl'), 'utf8').split('\n')[0]!).members;
    expect(members).toEqual(['wire', 'a', 'b', 'a#2']);
    expect(existsSync(join(two, '.gloss-partial'))).toBe(false);
  }, 120_000);

  it('merges shards into the unsharded run, and refuses an incomplete set', () => {
    const parts = [1, 2].map((k) => join(tmp, `small-shard-${k}`));
    const printed = parts.map((dir, i) =>
      versions([corpus, '--out', dir, '--shard', `${i + 1}/2`, '--html']),
    );
    // Each shard counts its own stories, and the corpus's singletons.
    expect(printed.map((p) => [p.counts.clusters, p.counts.clustered, p.counts.singletons])).toEqual([
      [1, 4, 3],
      [0, 0, 3],
    ]);
    // Shard 2/2 compares no story of this corpus, and still writes its (empty) tables.
    expect(readFileSync(join(parts[1]!, 'clusters.jsonl'), 'utf8')).toBe('');
    const merged = join(tmp, 'small-merged');
    const r = runGloss(['merge', ...parts, '--out', merged]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 stories');
    expectSameOutputs(one, merged);
    const missing = runGloss(['merge', parts[0]!, '--out', join(tmp, 'small-missing')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing shard 2\/2/);
  }, 240_000);

  it('refuses a folder another live run holds (the run lock of gloss batch)', () => {
    const busy = join(tmp, 'small-busy');
    mkdirSync(busy);
    // This test process stands for the other run: alive, on this host.
    const holder = { pid: process.pid, host: hostname(), startedAt: 'now', command: 'versions' };
    writeFileSync(join(busy, '.gloss-lock'), JSON.stringify(holder));
    const r = runGloss(['versions', corpus, '--out', busy, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is in use by gloss versions \(pid \d+/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('refuses --resume without --out, and a finished folder without --resume', () => {
    const r = runGloss(['versions', corpus, '--resume']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--resume and --shard need --out DIR/);
    const again = runGloss(['versions', corpus, '--out', one, '--quiet']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds results/);
    const resumed = runGloss(['versions', corpus, '--out', one, '--resume', '--html', '--quiet']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/already finished/);
  }, 120_000);
});

describe.skipIf(!hasBbc)('gloss versions killed and resumed (generated corpus from BBC News)', () => {
  const corpus = join(tmp, 'bbc.jsonl');
  const reference = join(tmp, 'bbc-reference');
  let docs: ReturnType<typeof generateVersionsCorpus> = [];
  beforeAll(() => {
    docs = generateVersionsCorpus(readBbc(), { stories: 16, unrelated: 40, seed: 14 });
    writeFileSync(
      corpus,
      docs.map((d) => JSON.stringify({ id: d.id, outlet: d.outlet, date: d.date, text: d.text })).join('\n'),
    );
    versions([corpus, '--out', reference, '--workers', '2']);
  }, 240_000);

  it('finds the clusters that verifying each pair as it is met finds (rounds on the workers)', () => {
    const expected = clusterTexts(docs.map((d) => d.text))
      .clusters.map((c) => c.map((i) => docs[i]!.id).sort())
      .sort();
    const found = readFileSync(join(reference, 'clusters.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l).members as string[]).sort())
      .sort();
    expect(found).toEqual(expected);
    expect(found).toHaveLength(16);
  });

  /** Starts a run and kills it with SIGKILL once `file` in its state says `done` ≥ 1. */
  async function killAfter(out: string, file: string): Promise<number> {
    const child = spawn(process.execPath, [bin, 'versions', corpus, '--out', out, '--workers', '1', '-q'], {
      stdio: 'ignore',
    });
    const path = join(out, '.gloss-partial', file);
    try {
      // Up to two minutes: on a loaded machine the workers take long to start.
      for (let i = 0; i < 2400; i++) {
        if (existsSync(path)) {
          try {
            const done = (JSON.parse(readFileSync(path, 'utf8')) as { done: number }).done;
            if (done >= 1) return done;
          } catch {
            // being replaced; read again
          }
        }
        if (child.exitCode !== null) throw new Error('the run ended before it could be interrupted');
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error('no checkpoint');
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    }
  }

  it.each([
    ['while stories are compared', 'stories-checkpoint.json'],
    ['while the corpus is read', 'checkpoint.json'],
  ])(
    'gives the same bytes after SIGKILL %s and --resume',
    async (_, file) => {
      const out = join(tmp, `bbc-killed-${file}`);
      await killAfter(out, file);
      expect(existsSync(join(out, 'manifest.json'))).toBe(false);
      const r = runGloss([
        'versions',
        corpus,
        '--out',
        out,
        '--workers',
        '2',
        '--resume',
        '-q',
        '--format',
        'json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      expectSameOutputs(reference, out);
      expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).resumedAt).toHaveLength(1);
      expect(JSON.parse(r.stdout).counts.clusters).toBe(16);
    },
    240_000,
  );
});
