import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '../packages/batch/test/corpus.ts';
import { bin, expectSameOutputs, readJsonl, glossIn } from '../packages/batch/test/harness.ts';

const tmp = mkdtempSync(join(tmpdir(), 'gloss-batch-'));

const gloss = (args: string[]) => glossIn(tmp, args);

describe('kill, resume, shards and merge give the uninterrupted result', () => {
  const corpus = join(tmp, 'corpus.jsonl');
  const reference = join(tmp, 'reference');
  const outlets = ['North Post', 'South Herald', 'East Times'];
  beforeAll(() => {
    const lines: string[] = [];
    for (let i = 0; i < 600; i++) {
      // A column only the first record has, and one only a late record has: a resumed run must
      // still know the first (it is read before the kill) and find the second.
      const extra = i === 0 ? { edition: 'morning' } : i === 590 ? { desk: 'late' } : {};
      lines.push(
        JSON.stringify({ id: `doc-${i}`, outlet: outlets[i % 3], text: makeArticle(i + 100), ...extra }),
      );
      if (i === 250) lines.push('this line is broken');
      if (i === 300) lines.push(JSON.stringify({ id: 'empty', outlet: 'North Post', text: '' }));
    }
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const r = gloss(['batch', corpus, '--out', reference, '--jobs', '2', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const header = readFileSync(join(reference, 'documents.csv'), 'utf8').split('\n')[0];
    expect(header).toMatch(/^id,outlet,edition,desk,error,/);
  }, 180_000);

  const waitForCheckpoint = async (child: ChildProcess, dir: string, atLeast: number): Promise<number> => {
    const path = join(dir, '.gloss-partial', 'checkpoint.json');
    // Up to two minutes: on a loaded machine the workers take long to start.
    for (let i = 0; i < 2400; i++) {
      if (existsSync(path)) {
        try {
          const done = (JSON.parse(readFileSync(path, 'utf8')) as { done: number }).done;
          if (done >= atLeast) return done;
        } catch {
          // being replaced; read again
        }
      }
      if (child.exitCode !== null) throw new Error('the run ended before it could be interrupted');
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('no checkpoint');
  };

  it('is byte-identical after SIGKILL mid-run and --resume', async () => {
    const out = join(tmp, 'killed');
    const child = spawn(process.execPath, [bin, 'batch', corpus, '--out', out, '--jobs', '1', '--quiet'], {
      cwd: tmp,
    });
    const done = await waitForCheckpoint(child, out, 1);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(done).toBeLessThan(602);
    expect(existsSync(join(out, 'documents.jsonl'))).toBe(false);
    const resumed = gloss(['batch', corpus, '--out', out, '--jobs', '2', '--resume', '--quiet']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expectSameOutputs(reference, out);
    const ids = readJsonl(join(out, 'documents.jsonl')).map((l) => l.id);
    expect(new Set(ids).size).toBe(602);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.resumedAt).toHaveLength(1);
  }, 180_000);

  it('stops cleanly on SIGINT (exit 130, work kept) and resumes to the same result', async () => {
    const out = join(tmp, 'interrupted');
    const child = spawn(process.execPath, [bin, 'batch', corpus, '--out', out, '--jobs', '1', '--quiet'], {
      cwd: tmp,
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    await waitForCheckpoint(child, out, 1);
    child.kill('SIGINT');
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(130);
    expect(stderr).toMatch(/--resume/);
    const checkpoint = JSON.parse(readFileSync(join(out, '.gloss-partial', 'checkpoint.json'), 'utf8'));
    const kept = readFileSync(join(out, '.gloss-partial', 'documents.jsonl'), 'utf8');
    expect(Buffer.byteLength(kept)).toBe(checkpoint.bytes);
    expect(kept.split('\n').length - 1).toBe(checkpoint.done);
    const refused = gloss(['batch', corpus, '--out', out]);
    expect(refused.stderr).toMatch(/interrupted run: add --resume/);
    const resumed = gloss(['batch', corpus, '--out', out, '--resume', '--quiet']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expectSameOutputs(reference, out);
  }, 180_000);

  it('two shards merged equal the unsharded run, outlets recomputed', async () => {
    const s1 = join(tmp, 'shard1');
    const s2 = join(tmp, 'shard2');
    // Two machines' worth of work, run side by side as a scheduler would.
    const codes = await Promise.all(
      [s1, s2].map(
        (out, i) =>
          new Promise((resolve) =>
            spawn(
              process.execPath,
              [bin, 'batch', corpus, '--out', out, '--shard', `${i + 1}/2`, '--jobs', '1', '--quiet'],
              {
                cwd: tmp,
                stdio: 'ignore',
                // Shard 2's workers load through tsx instead of the esbuild bundle: the same bytes are expected.
                env: { ...process.env, ...(i === 1 ? { GLOSS_BATCH_WORKER: 'tsx' } : {}) },
              },
            ).once('exit', resolve),
          ),
      ),
    );
    expect(codes).toEqual([0, 0]);
    const n1 = readJsonl(join(s1, 'documents.jsonl')).length;
    const n2 = readJsonl(join(s2, 'documents.jsonl')).length;
    expect(n1 + n2).toBe(602);
    expect(Math.abs(n1 - n2)).toBeLessThanOrEqual(1);
    expect(gloss(['merge', s1, join(tmp, 'nope'), '--out', join(tmp, 'bad')]).code).toBe(2);
    const missing = gloss(['merge', s1, '--out', join(tmp, 'half')]);
    expect(missing.stderr).toMatch(/missing shard 2\/2/);
    const merged = join(tmp, 'merged');
    const m = gloss(['merge', s2, s1, '--out', merged]);
    expect(m.code, m.stderr).toBe(0);
    expectSameOutputs(reference, merged);
    expect(JSON.parse(readFileSync(join(s1, 'manifest.json'), 'utf8')).workers).toMatch(/esbuild/);
    expect(JSON.parse(readFileSync(join(s2, 'manifest.json'), 'utf8')).workers).toBe('tsx');
    const manifest = JSON.parse(readFileSync(join(merged, 'manifest.json'), 'utf8'));
    expect(manifest.parts).toHaveLength(2);
    expect(manifest.counts.documents).toBe(602);
  }, 180_000);
});
