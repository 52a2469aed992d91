import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

import { bin, runGloss } from '../../../tests/gloss-binary.ts';

/** What the batch tests share: the real binary, and readers for its outputs. */
export { bin };

/** Runs `gloss ARGS` in a child process with working directory `cwd`. */
export function glossIn(cwd: string, args: string[]) {
  return runGloss(args, { cwd });
}

/** One line of documents.jsonl. */
export interface Line {
  id: string;
  columns: Record<string, unknown>;
  error: string | null;
  metrics: Record<string, number | null> | null;
  analysis: Record<string, unknown> | null;
}

export const readJsonl = (path: string): Line[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Line);

const OUTPUTS = ['documents.jsonl', 'documents.csv', 'documents.parquet', 'outlets.csv'];

/** The output files of two runs are byte-identical (the manifest has times, so it is left out). */
export function expectSameOutputs(a: string, b: string): void {
  for (const name of OUTPUTS) {
    const left = readFileSync(join(a, name));
    const right = readFileSync(join(b, name));
    expect(right.equals(left), `${name} differs between ${a} and ${b}`).toBe(true);
  }
}
