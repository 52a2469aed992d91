import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { buildComparison } from '../packages/cli/src/commands/compare.ts';
import { QUIET_IO, TUI_DATA_ENV, tuiLesson } from '../packages/cli/src/commands/tui-data.ts';
import { root } from './gloss-binary.ts';

/**
 * `gloss tui FILE` takes the comparison and the lesson it shows from a node started from the
 * start-up snapshot (packages/cli/src/commands/tui-data.ts): they must be the very objects the
 * view would compute itself, or the view would differ with and without the snapshot.
 */
const built = JSON.parse(readFileSync(`${root}packages/cli/dist/build.json`, 'utf8')) as {
  snapshot: { file: string } | null;
};

/** The frames a node started from the snapshot writes for `gloss tui ARGS`, as this process's child. */
function framesFor(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; frames: unknown[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--snapshot-blob', `${root}packages/cli/dist/${built.snapshot!.file}`, '--', 'tui', ...args],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } },
    );
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      let bytes = Buffer.concat(chunks);
      const frames: unknown[] = [];
      while (bytes.length >= 4) {
        const end = 4 + bytes.readUInt32BE(0);
        frames.push(deserialize(bytes.subarray(4, end)));
        bytes = bytes.subarray(end);
      }
      resolve({ code, frames });
    });
  });
}

describe.skipIf(!built.snapshot)('the terminal view’s data from the start-up snapshot', () => {
  it.each([
    ['the seed', ['corpus/amazon-ice-rekognition.txt']],
    ['the seed, with trivial differences', ['corpus/amazon-ice-rekognition.txt', '--all']],
    ['no file (the seed)', []],
  ])('%s: the comparison and the lesson the view would build itself', async (_what, args) => {
    const { code, frames } = await framesFor(args, { [TUI_DATA_ENV]: String(process.pid) });
    expect(code).toBe(0);
    const positionals = args.filter((a) => !a.startsWith('-'));
    const here = await buildComparison(positionals, QUIET_IO, args.includes('--all'));
    expect(frames).toHaveLength(2);
    expect(frames[0]).toStrictEqual(here.comparison);
    expect(frames[1]).toStrictEqual(await tuiLesson(here));
  });

  it('a missing file: no frames, exit 2 (the view then reports it itself)', async () => {
    const { code, frames } = await framesFor(['no/such/file.txt'], { [TUI_DATA_ENV]: String(process.pid) });
    expect(code).toBe(2);
    expect(frames).toEqual([]);
  });

  it('without the variable naming this process, it is the CLI', async () => {
    const { code, frames } = await framesFor(['corpus/amazon-ice-rekognition.txt'], { [TUI_DATA_ENV]: '1' });
    // The CLI, which leaves the terminal view out of the snapshot: exit 2, nothing on the pipe.
    expect(code).toBe(2);
    expect(frames).toEqual([]);
  });
});
