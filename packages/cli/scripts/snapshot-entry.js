// The start-up snapshot's script (packages/cli/scripts/build.js bundles it with esbuild into one
// CommonJS file and runs `node --build-snapshot` on it). Everything here runs once, at build
// time: compromise is loaded, the commands that read an article are initialised (their modules,
// the rules' word lists, the token automaton, the wording model), and each of them runs on the
// seed article with its output thrown away, so that V8 has compiled the code they run: the
// snapshot keeps the compiled code, and without this warm-up a run from it costs a third more.
// A process started from the snapshot then only runs `main`. The warm-up keeps no state a run
// could see: Gloss's caches hold what a pure function computed (the engine, the model, one
// memo of the last text's surrogate pairs), and the environment, the terminal, the working
// directory and the configuration file are read by `main` in each run, never at module level.
// First: regular expressions are interpreted during the warm-up (see that file).
import { restoreRegExpFlags } from './snapshot-regexps.js';
import { startupSnapshot } from 'node:v8';
import nlp from 'compromise';
import '../src/commands/analyze.ts';
import '../src/commands/annotate.ts';
import '../src/commands/compare.ts';
import '../src/commands/lesson.ts';
import { main } from '../src/main.ts';
import { warmUpRun } from './warm-up.js';

globalThis[Symbol.for('gloss.compromise')] = nlp;

/** The seed article's path, written in by the build (module code here has no import.meta). */
const seed = GLOSS_SEED_ARTICLE;
const warmUp = [
  ['analyze', seed, '--format', 'json'],
  ['analyze', seed, '--format', 'pretty'],
  ['lesson', seed, '--format', 'html'],
  ['lesson', seed, '--format', 'json', '--answer-key'],
  ['annotate', seed],
  ['compare', seed, '--format', 'json'],
  // Top-level await is not CommonJS: the snapshot is taken once the event loop is empty.
].map((args) => warmUpRun(main, args));
Promise.all(warmUp).then(restoreRegExpFlags);

startupSnapshot.setDeserializeMainFunction(async () => {
  process.exitCode = await main(process.argv.slice(1));
});
