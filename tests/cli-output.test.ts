/**
 * Output under faults (issue 15, items 8–11): `-o FILE` never replaces what is not a regular
 * file, every write failure is one line and exit code 2, config files are regular and small,
 * and many-file `analyze` goes on past a failure on one file.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readlinkSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forEachInput } from '../packages/cli/src/output.ts';
import { UsageError } from '../packages/cli/src/io.ts';
import { makeArticle } from '../packages/batch/test/corpus.ts';
import { bin, runGloss } from './gloss-binary.ts';

const tmp = mkdtempSync(join(tmpdir(), 'gloss-output-'));
const STACK = /\n\s+at .*:\d+:\d+/;
const devFull = existsSync('/dev/full') && statSync('/dev/full').isCharacterDevice();

/** `gloss ARGS` with its standard output going to `stdoutPath` (a file or a device). */
function glossTo(stdoutPath: string, args: string[]) {
  const fd = openSync(stdoutPath, 'w');
  try {
    const r = spawnSync(process.execPath, [bin, ...args], {
      stdio: ['ignore', fd, 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' },
      timeout: 120_000,
    });
    return { code: r.status, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

describe('-o FILE', () => {
  it('writes through a symlink to its target, and the link stays a link', () => {
    const target = join(tmp, 'target.json');
    const link = join(tmp, 'link.json');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    const r = runGloss(['analyze', '--format', 'json', '-o', link]);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(JSON.parse(readFileSync(target, 'utf8')).schema).toBe('gloss.analysis/1');
  });

  it.skipIf(!devFull)(
    'writes through a device instead of replacing it; a full one is one line, exit 2',
    () => {
      const r = runGloss(['analyze', '--format', 'json', '-o', '/dev/full']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('gloss: cannot write /dev/full: no space left on the device\n');
      expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    },
  );

  it('refuses a folder in one line', () => {
    const r = runGloss(['lesson', '-o', tmp]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gloss: cannot write .*: it is a folder\n$/);
  });
});

describe.skipIf(!devFull)('standard output that cannot be written (skipped: no /dev/full)', () => {
  it.each([
    ['analyze', ['analyze', '--format', 'json', '--fail-on', 'info']],
    ['lesson', ['lesson', '--format', 'html']],
  ])('%s > /dev/full: one line, exit 2, no stack trace', (_name, args) => {
    const r = glossTo('/dev/full', args);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toBe('gloss: cannot write the output: no space left on the device\n');
    expect(r.code).toBe(2);
  });
});

describe('config files', () => {
  it('refuses what is not a regular file (a device, a FIFO) without reading it', () => {
    const zero = runGloss(['analyze', '--format', 'json', '--config', '/dev/zero']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe('gloss: config /dev/zero is not a regular file\n');
    const dir = join(tmp, 'fifo-config');
    mkdirSync(dir);
    const mk = spawnSync('mkfifo', [join(dir, '.glossrc.json')]);
    if (mk.status !== 0) return; // no mkfifo here: the device case above stands
    const fifo = spawnSync(process.execPath, [bin, 'analyze', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(fifo.status).toBe(2);
    expect(fifo.stderr).toMatch(/^gloss: config .*\.glossrc\.json is not a regular file\n$/);
  });

  it('refuses a config over 1 MB', () => {
    const big = join(tmp, 'big.json');
    writeFileSync(big, `{"allow":[${'"x",'.repeat(300_000)}"y"]}`);
    const r = runGloss(['analyze', '--config', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gloss: config .*big\.json is 1\.1 MB; the limit is 1 MB\n$/);
  });
});

describe('many-file analyze', () => {
  it('reports an internal error on one file and goes on with the others (exit 2 at the end)', async () => {
    const seen: string[] = [];
    const messages: string[] = [];
    const code = await forEachInput(
      ['a.txt', 'b.txt', 'c.txt', 'd.txt'],
      async (name) => {
        if (name === 'b.txt') throw new TypeError("Cannot read properties of undefined (reading 'x')");
        if (name === 'c.txt') throw new UsageError('cannot read c.txt: permission denied');
        seen.push(name);
        return name === 'd.txt' ? 1 : 0;
      },
      (s) => void messages.push(s),
    );
    expect(code).toBe(2);
    expect(seen).toEqual(['a.txt', 'd.txt']);
    expect(messages).toEqual([
      "gloss: b.txt: internal error: Cannot read properties of undefined (reading 'x') (set GLOSS_DEBUG=1 for details)\n",
      'gloss: cannot read c.txt: permission denied\n',
    ]);
  });
});

/** A 1 MB tmpfs: a disk that fills up (needs root; skipped elsewhere). */
const small = join(tmp, 'small-disk');
mkdirSync(small);
const mounted =
  process.platform === 'linux' &&
  spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', small], { stdio: 'ignore' }).status === 0;
afterAll(() => {
  if (mounted) spawnSync('umount', [small]);
  if (mounted) rmdirSync(small);
});

describe.skipIf(!mounted)('a disk that fills up (skipped: cannot mount a small tmpfs here)', () => {
  it('gloss batch stops with one line and exit 2 when its output no longer fits', () => {
    const corpus = join(tmp, 'big.jsonl');
    const lines = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({ id: `d${i}`, text: makeArticle(i) }),
    );
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const r = runGloss(['batch', corpus, '--out', join(small, 'run'), '--jobs', '1', '--quiet']);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(/^gloss: batch: cannot write .*run: no space left on the device\n$/);
    expect(r.code).toBe(2);
  }, 180_000);

  it('analyze -o FILE and lesson > FILE on a full disk: one line, exit 2, and the old file is kept', () => {
    rmSync(join(small, 'run'), { recursive: true, force: true });
    const kept = join(small, 'report.json');
    writeFileSync(kept, 'old');
    // Fill what is left.
    spawnSync('dd', ['if=/dev/zero', `of=${join(small, 'filler')}`, 'bs=64k', 'count=100'], {
      stdio: 'ignore',
    });
    const r = runGloss(['analyze', '--format', 'json', '-o', kept]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gloss: cannot write .*report\.json: no space left on the device\n$/);
    expect(readFileSync(kept, 'utf8')).toBe('old');
    // `> FILE` on the full disk: the output is cut short, so the exit code must not say success.
    const redirected = glossTo(join(small, 'lesson.md'), ['lesson']);
    expect(redirected.stderr).toBe('gloss: cannot write the output: no space left on the device\n');
    expect(redirected.code).toBe(2);
  });
});
