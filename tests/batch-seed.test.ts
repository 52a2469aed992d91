import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'packages/cli/bin/gloss.js');

describe('gloss batch on the seed article', () => {
  it('analyses a bracket-heavy article in a worker exactly as gloss analyze does', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gloss-batch-seed-')), 'run');
    const run = spawnSync(process.execPath, [bin, 'batch', 'corpus', '--out', out, '--jobs', '1'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const line = JSON.parse(readFileSync(join(out, 'documents.jsonl'), 'utf8').split('\n')[0]!);
    expect(line.error).toBeNull();
    const analyze = spawnSync(process.execPath, [bin, 'analyze', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const record = JSON.parse(analyze.stdout);
    expect(line.analysis.insertions).toEqual(record.insertions);
    expect(line.analysis.findings).toEqual(record.findings);
  });
});
