import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The files that run longest (whole gloss processes: tmux, kill and resume, many CLI runs), in
 * that order. Without timings of its own (a fresh clone, CI) vitest starts the largest files
 * first, and one of these started late runs alone at the end while the other core idles. An
 * outdated list only changes the order, never what runs.
 */
const LONGEST = [
  'tests/gloss-binary.test.ts',
  'tests/e2e-batch.test.ts',
  'tests/e2e-tui.test.ts',
  'tests/cli-hostile.test.ts',
  'packages/batch/test/faults.test.ts',
  'packages/cli/test/versions-run.test.ts',
  'tests/cli-output.test.ts',
  'tests/cli-analyze.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = LONGEST.indexOf(relative(root, file.moduleId).split('\\').join('/'));
      return at === -1 ? LONGEST.length : at;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order (its timings, else size).
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    globalSetup: ['tests/global-setup.ts'],
    // vitest's default leaves one core idle (one file at a time on two cores); most slow files
    // spend their time waiting on the gloss processes they spawn, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
    // One process per worker for all its files, not one per file: each file no longer imports
    // the analysis, compromise, Ink and vitest's own runtime afresh (about half the CPU of the
    // packages' tests). No test mocks modules or changes process-wide state.
    isolate: false,
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
