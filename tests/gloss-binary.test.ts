import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runGloss, runGlossInProcess } from './gloss-binary.ts';

/**
 * Tests of logic run the CLI in-process (no start-up per case); these cases hold that to what the
 * compiled binary prints, so an in-process test asserts what a user sees.
 */
describe('the CLI in-process and the compiled binary agree', () => {
  it.each([
    [
      'analyse the seed as JSON',
      ['analyze', 'corpus/amazon-ice-rekognition.txt', '--format', 'json'],
      undefined,
    ],
    [
      'standard input',
      ['analyze', '-', '--format', 'json'],
      'The mayor said the plan [to cut taxes] would pass.',
    ],
    ['a missing file', ['analyze', 'no/such/file.txt'], undefined],
    ['an unknown option', ['lesson', '--nope'], undefined],
    ['the version', ['--version'], undefined],
  ])('%s', async (_what, args, input) => {
    const spawned = runGloss(args, { input });
    const inProcess = await runGlossInProcess(args, input === undefined ? {} : { input });
    expect(inProcess).toEqual(spawned);
  });
});

/**
 * The start-up snapshot (packages/cli/scripts/build.js): built on install for this node, and a
 * run started from it prints what a run without it prints. The build falls back silently when
 * node cannot make the snapshot, so without this test a change that breaks it would only show
 * as a slower start.
 */
describe('the start-up snapshot', () => {
  const built = JSON.parse(
    readFileSync(new URL('../packages/cli/dist/build.json', import.meta.url), 'utf8'),
  ) as { snapshot: { node: string; file: string } | null };

  it('is built for this node', () => {
    expect(built.snapshot?.node).toBe(process.version);
  });

  it.each([
    ['lesson', 'corpus/amazon-ice-rekognition.txt', '--format', 'json', '--answer-key'],
    ['lesson', 'corpus/amazon-ice-rekognition.txt', '--format', 'html'],
  ])('gloss %s … (started from it) prints the same with and without it', (...args) => {
    const fromSnapshot = runGloss(args);
    expect(fromSnapshot.code).toBe(0);
    expect(fromSnapshot).toEqual(runGloss(args, { env: { GLOSS_NO_SNAPSHOT: '1' } }));
  });
});

/**
 * The code-cached build (dist/gloss.cjs with V8's code cache, bin/cached-script.js), which runs the
 * commands that read one article when the snapshot is not used: built on install for this node,
 * accepted by V8 (a cache V8 rejects costs nothing but its gain, so only this shows it), and
 * printing what the ES module build prints.
 */
describe('the code cache', () => {
  const built = JSON.parse(
    readFileSync(new URL('../packages/cli/dist/build.json', import.meta.url), 'utf8'),
  ) as { codeCache: { node: string; file: string; cache: string } | null };

  it('is built for this node and accepted by V8', () => {
    expect(built.codeCache?.node).toBe(process.version);
    const dist = new URL('../packages/cli/dist/', import.meta.url);
    const check = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { readFileSync } from 'node:fs';
         import { runCachedScript } from ${JSON.stringify(new URL('../packages/cli/bin/cached-script.js', import.meta.url).href)};
         const { script, exports } = runCachedScript(process.argv[1], readFileSync(process.argv[2]));
         process.stdout.write(JSON.stringify({ rejected: script.cachedDataRejected, main: typeof exports.main }));`,
        fileURLToPath(new URL(built.codeCache?.file ?? 'gloss.cjs', dist)),
        fileURLToPath(new URL(built.codeCache?.cache ?? 'gloss.cjs.cache', dist)),
      ],
      { encoding: 'utf8' },
    );
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout)).toEqual({ rejected: false, main: 'function' });
  });

  it.each([
    ['analyze', 'corpus/amazon-ice-rekognition.txt', '--format', 'json'],
    ['analyze', '-', '--format', 'pretty'],
    ['compare', '-', '--format', 'json'],
    ['annotate', '-'],
    ['lesson', '--nope'],
  ])('gloss %s … prints the same with and without it', (...args) => {
    // The seed on standard input, brackets and all: a run the snapshot leaves to the first process.
    const input = args.includes('-')
      ? readFileSync(new URL('../corpus/amazon-ice-rekognition.txt', import.meta.url), 'utf8')
      : undefined;
    const env = { GLOSS_NO_SNAPSHOT: '1' };
    const cached = runGloss(args, { input, env });
    expect(cached).toEqual(runGloss(args, { input, env: { ...env, GLOSS_NO_CODE_CACHE: '1' } }));
    expect(cached.stdout + cached.stderr).not.toBe('');
  });
});
