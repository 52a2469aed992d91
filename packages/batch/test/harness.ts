import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** What the batch tests share: the real binary, and readers for its outputs. */
export const bin = new URL('../../cli/bin/gloss.js', import.meta.url).pathname;

/** Runs `gloss ARGS` in a child process with working directory `cwd`. */
export function runGloss(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
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
