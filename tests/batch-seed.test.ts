import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGloss } from './gloss-binary.ts';

describe('gloss batch on the seed article', () => {
  it('analyses a bracket-heavy article in a worker exactly as gloss analyze does', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gloss-batch-seed-')), 'run');
    const run = runGloss(['batch', 'corpus', '--out', out, '--jobs', '1']);
    expect(run.code).toBe(0);
    const line = JSON.parse(readFileSync(join(out, 'documents.jsonl'), 'utf8').split('\n')[0]!);
    expect(line.error).toBeNull();
    const analyze = runGloss(['analyze', '--format', 'json']);
    const record = JSON.parse(analyze.stdout);
    expect(line.analysis.insertions).toEqual(record.insertions);
    expect(line.analysis.findings).toEqual(record.findings);
  });
});
