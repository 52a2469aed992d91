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
