// The start-up snapshot's script (packages/cli/scripts/build.js bundles it with esbuild into one
// CommonJS file and runs `node --build-snapshot` on it). Everything here runs once, at build
// time: compromise is loaded, `lesson` is initialised (its modules, the rules' word lists, the
// token automaton, the wording model) and runs on the seed article in each of its formats with
// its output thrown away, so that V8 has compiled the code they run (the launcher starts only
// `lesson` from the snapshot: the other commands no longer load compromise): the
// snapshot keeps the compiled code, and without this warm-up a run from it costs a third more.
// A process started from the snapshot then only runs `main`. The warm-up keeps no state a run
// could see: Gloss's caches hold what a pure function computed (the engine, the model, one
// memo of the last text's surrogate pairs), and the environment, the terminal, the working
// directory and the configuration file are read by `main` in each run, never at module level.
// First: regular expressions are interpreted during the warm-up (see that file).
import { restoreRegExpFlags } from './snapshot-regexps.js';
import { startupSnapshot } from 'node:v8';
import nlp from 'compromise';
import '../src/commands/lesson.ts';
import { main } from '../src/main.ts';
import { warmUpRun } from './warm-up.js';

globalThis[Symbol.for('gloss.compromise')] = nlp;

/** The seed article's path, written in by the build (module code here has no import.meta). */
const seed = GLOSS_SEED_ARTICLE;
const warmUp = [
  ['lesson', seed, '--format', 'html'],
  ['lesson', seed, '--format', 'md'],
  ['lesson', seed, '--format', 'json', '--answer-key'],
  // Top-level await is not CommonJS: the snapshot is taken once the event loop is empty.
].map((args) => warmUpRun(main, args));
Promise.all(warmUp).then(restoreRegExpFlags);

startupSnapshot.setDeserializeMainFunction(async () => {
  process.exitCode = await main(process.argv.slice(1));
});
