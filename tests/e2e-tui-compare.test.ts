import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedOriginal } from '../packages/compare/test/seed-pair.ts';
import { bin, root, runGloss, runGlossInProcess } from './gloss-binary.ts';

/**
 * `gloss compare`: its formats and refusals as `main` writes them (in-process, held to the binary
 * by tests/gloss-binary.test.ts), colour forced through the real binary's environment, and
 * `--tui` through the real binary in tmux.
 */
const seedPath = join(root, 'corpus/amazon-ice-rekognition.txt');
const dir = mkdtempSync(join(tmpdir(), 'gloss-compare-'));
const originalPath = join(dir, 'original.txt');
writeFileSync(originalPath, seedOriginal().original);

const gloss = (args: string[]) => runGlossInProcess(args);

describe('gloss compare A B', () => {
  it('--format json: gloss.compare/1 with classified edits and ranges into each input', async () => {
    const r = await gloss(['compare', originalPath, seedPath, '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe('gloss.compare/1');
    const kinds = json.edits.map((e: { kind: string }) => e.kind);
    for (const k of ['insert', 'delete', 'replace', 'move']) expect(kinds).toContain(k);
    const sub = json.edits.find((e: { b: { text: string } | null }) => e.b?.text === '[used by departments]');
    expect([sub.kind, sub.bracketed, sub.substitution, sub.a.text]).toEqual([
      'replace',
      true,
      true,
      'being used by police',
    ]);
    const silent = json.edits.find(
      (e: { b: { text: string } | null; silent: boolean }) => e.silent && e.b?.text === 'illegal',
    );
    expect(silent.findings.added.map((f: { actual: string }) => f.actual)).toContain('illegal immigrants');
    expect(json.summary.line).toMatch(/^B adds \d+ loaded terms/);
  });

  it('--format text: Before/After for each change, no escape codes', async () => {
    const r = await gloss(['compare', originalPath, seedPath, '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Before: presented\nAfter: pitched');
    expect(r.stdout).not.toMatch(/\u001b/);
  });

  it('--format pretty with colour forced: coloured word diff with marks', () => {
    // The colour setting is read from the process's environment: the binary.
    const r = runGloss(['compare', originalPath, seedPath, '--format', 'pretty'], {
      env: { FORCE_COLOR: '1' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[-presented-]');
    expect(r.stdout).toMatch(/\u001b\[33m\{\+pitched\+\}/);
  });

  it('one file: the wire layer against the full reprint', async () => {
    const r = await gloss(['compare', seedPath, '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.options.mode).toBe('wire-layer');
    expect(json.edits.filter((e: { bracketed: boolean }) => e.bracketed)).toHaveLength(11);
    expect(json.edits.filter((e: { silent: boolean }) => e.silent)).toHaveLength(0);
  });

  it('bad input: one line on stderr and exit code 2', async () => {
    for (const args of [
      ['compare', join(dir, 'missing.txt'), seedPath],
      ['compare', 'a', 'b', 'c'],
      ['compare', '--format', 'xml'],
      ['compare', seedPath, '--tui'],
    ]) {
      const r = await gloss(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^gloss: [^\n]+\n$/);
    }
  });
});

const tmux = ['/usr/bin/tmux', '/usr/local/bin/tmux'].find((p) => existsSync(p));
const socket = `gloss-e2e-compare-${process.pid}`;

describe.skipIf(!tmux)(
  `gloss compare A B --tui in tmux${tmux ? '' : ' (skipped: tmux is not installed)'}`,
  () => {
    afterAll(() => {
      if (tmux) spawnSync(tmux, ['-L', socket, 'kill-server']);
    });
    it('shows a move, a silent edit and a cut, and quits', async () => {
      const t = (...args: string[]) => execFileSync(tmux!, ['-L', socket, ...args], { encoding: 'utf8' });
      t(
        'new-session',
        '-d',
        '-s',
        'cmp',
        '-x',
        '160',
        '-y',
        '48',
        '-c',
        root,
        `node ${bin} compare ${originalPath} ${seedPath} --tui; echo "EXITED:$?"; sleep 30`,
      );
      const until = async (ok: (s: string) => boolean, what: string) => {
        const deadline = Date.now() + 60_000;
        for (;;) {
          const s = t('capture-pane', '-p', '-t', 'cmp');
          if (ok(s)) return s;
          if (Date.now() > deadline) throw new Error(`screen never showed ${what}:\n${s}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      let s = await until((x) => x.includes('focus B'), 'the status line');
      expect(s).toMatch(/\[-presented-\].*│.*\{\+pitched\+\}/);
      t('send-keys', '-t', 'cmp', '/');
      await until((x) => x.includes('Filter changes by kind'), 'the filter menu');
      t('send-keys', '-t', 'cmp', 'Down', 'Down', 'Down', 'Down', 'Enter');
      await until((x) => x.includes('filter move'), 'the move filter');
      t('send-keys', '-t', 'cmp', 'n');
      s = await until((x) => /Change \d+ of \d+ · move/.test(x), 'the move in the detail panel');
      expect(s).toContain('↷');
      t('send-keys', '-t', 'cmp', 'q');
      await until((x) => x.includes('EXITED:0'), 'the exit code');
    }, 150_000);
  },
);
