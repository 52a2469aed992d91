import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerEntry } from '@gloss/batch';
import { describe, expect, it } from 'vitest';
import { root, runGloss } from './gloss-binary.ts';

/**
 * Issue 15 item 7: batch workers never load code from a shared, world-writable place (another
 * local user could have put their own worker there first).
 */
describe('where batch workers load their code from', () => {
  it('the installed CLI: the compiled worker inside the package, nothing written to the temp folder', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'gloss-worker-entry-'));
    const privateTmp = mkdtempSync(join(tmp, 'tmp-'));
    const input = join(tmp, 'one.jsonl');
    writeFileSync(
      input,
      `${JSON.stringify({ id: 'a', text: 'The mayor said the plan [to cut taxes] would pass.' })}\n`,
    );
    const out = join(tmp, 'run');
    const result = runGloss(['batch', input, '--out', out, '--jobs', '1', '--quiet'], {
      env: { TMPDIR: privateTmp },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).workers).toMatch(/^compiled worker/);
    expect(readdirSync(privateTmp)).toEqual([]);
  });

  it('from the sources: a bundle in the checkout’s own cache folder, private to its owner', async () => {
    const { url, kind } = await workerEntry();
    expect(kind).toBe('bundle');
    const file = fileURLToPath(url);
    const cache = join(root, 'node_modules', '.cache', 'gloss');
    expect(file.startsWith(`${cache}/`)).toBe(true);
    // never the shared temp folder the old bundle cache used (the checkout itself may lie under it)
    expect(file.startsWith(join(tmpdir(), 'gloss-batch-worker'))).toBe(false);
    expect(statSync(cache).mode & 0o077).toBe(0);
  });
});
