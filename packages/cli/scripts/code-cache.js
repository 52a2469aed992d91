// Makes V8's code cache for the CommonJS build of the CLI (bin/cached-script.js says why):
// `node scripts/code-cache.js DIST_DIR SEED` compiles DIST_DIR/gloss.cjs, runs the commands that
// start without compromise's snapshot (an article without square brackets: analyze, compare,
// annotate; help) on the seed article and a copy of it without brackets, with their output
// thrown away, and then writes the cache, which by then holds the functions those runs compiled
// as well as the top level. Run by scripts/build.js in a process of its own, so the cache holds
// only what a run compiles.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCachedScript } from '../bin/cached-script.js';
import { warmUpRun } from './warm-up.js';

const [dist, seed] = process.argv.slice(2);
const file = join(dist, 'gloss.cjs');
const { exports, script } = runCachedScript(file);
const work = mkdtempSync(join(tmpdir(), 'gloss-code-cache-'));
try {
  const plain = join(work, 'article.txt');
  writeFileSync(plain, readFileSync(seed, 'utf8').replace(/[[\]]/g, ''));
  for (const args of [
    ['analyze', plain, '--format', 'json'],
    ['analyze', plain, '--format', 'pretty'],
    ['compare', plain, '--format', 'json'],
    ['annotate', plain],
    ['--help'],
  ]) {
    await warmUpRun(exports.main, args);
  }
  writeFileSync(`${file}.cache`, script.createCachedData());
} finally {
  rmSync(work, { recursive: true, force: true });
}
