// Makes V8's code cache for the CommonJS build of the CLI (bin/cached-script.js says why):
// `node scripts/code-cache.js DIST_DIR SEED` compiles DIST_DIR/gloss.cjs, runs the commands that
// start without compromise's snapshot (all but lesson: analyze, compare, annotate; help) on the
// seed article, brackets and all (their verb test is in this build), with their output thrown
// away, and then writes the cache, which by then holds the functions those runs compiled as well
// as the top level. Run by scripts/build.js in a process of its own, so the cache holds
// only what a run compiles.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCachedScript } from '../bin/cached-script.js';
import { warmUpRun } from './warm-up.js';

const [dist, seed] = process.argv.slice(2);
const file = join(dist, 'gloss.cjs');
const { exports, script } = runCachedScript(file);
for (const args of [
  ['analyze', seed, '--format', 'json'],
  ['analyze', seed, '--format', 'pretty'],
  ['compare', seed, '--format', 'json'],
  ['annotate', seed],
  ['--help'],
]) {
  await warmUpRun(exports.main, args);
}
writeFileSync(`${file}.cache`, script.createCachedData());
