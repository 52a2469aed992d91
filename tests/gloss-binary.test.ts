import { readFileSync } from 'node:fs';
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
  ) as { snapshot: { node: string } | null };

  it('is built for this node', () => {
    expect(built.snapshot?.node).toBe(process.version);
  });

  it.each([
    ['analyze', 'corpus/amazon-ice-rekognition.txt', '--format', 'json'],
    ['lesson', 'corpus/amazon-ice-rekognition.txt', '--format', 'json', '--answer-key'],
    ['lesson', 'corpus/amazon-ice-rekognition.txt', '--format', 'html'],
    ['compare', 'corpus/amazon-ice-rekognition.txt', '--format', 'json'],
  ])('gloss %s … prints the same with and without it', (...args) => {
    const fromSnapshot = runGloss(args);
    expect(fromSnapshot.code).toBe(0);
    expect(fromSnapshot).toEqual(runGloss(args, { env: { GLOSS_NO_SNAPSHOT: '1' } }));
  });
});
