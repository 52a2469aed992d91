import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

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
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
