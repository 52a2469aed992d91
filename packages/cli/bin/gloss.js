#!/usr/bin/env node
// Runs the compiled CLI: packages/cli/dist, built from the TypeScript sources on install
// (`prepare`) or by `pnpm build`. Nothing is compiled at run time. A CommonJS script (bin/
// package.json): node then never sets up its ES module loader for the commands that run from the
// code-cached bundle, about 10-15 ms of every run.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const dist = join(__dirname, '..', 'dist');
const entry = join(dist, 'gloss.js');
if (!existsSync(entry)) {
  process.stderr.write('gloss: not built yet; run `npx --yes pnpm@12.4.2 build` (install does it)\n');
  process.exit(2);
}
const args = process.argv.slice(2);
/**
 * What the launcher needs to know of the command line, worked out once: `main` parses it for
 * real. The command is the first argument that is not an option.
 */
const command = args.find((a) => !a.startsWith('-'));
const asksHelpOrVersion = args.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-v');
const opensTerminalView = command === 'tui' || args.includes('--tui');

const blob = startupSnapshot();
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // What `main` prints, without loading it: `--version` stays as quick as node itself
  // (tests/gloss-binary.test.ts holds the two to the same output).
  process.stdout.on('error', () => {});
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  process.stdout.write(`${version}\n`);
} else if (blob !== null) {
  relaunch(blob);
} else {
  run();
}

async function run() {
  // Stack traces are printed only with GLOSS_DEBUG; mapping them back to the sources costs start-up.
  if (process.env.GLOSS_DEBUG) process.setSourceMapsEnabled(true);
  const cached = codeCache();
  const { main } =
    cached === null
      ? await import(pathToFileURL(entry).href)
      : require('./cached-script.js').runCachedScript(cached.file, cached.data).exports;
  process.exitCode = await main(args);
}

/** What the build recorded (dist/build.json): the snapshot and the code cache, when made. */
function buildInfo() {
  try {
    return JSON.parse(readFileSync(join(dist, 'build.json'), 'utf8'));
  } catch {
    return {};
  }
}

/**
 * The CommonJS build of the CLI and V8's code cache for it (dist/gloss.cjs and gloss.cjs.cache,
 * bin/cached-script.js), when this run is a command it holds and the cache was made by this node;
 * null to import the ES module build. Compiling the ES modules is about 0.1 CPU-s of a run that
 * needs no compromise, which the cache saves.
 */
function codeCache() {
  // Not held by it (scripts/build.js): the terminal view and the corpus commands.
  if (opensTerminalView || ['batch', 'versions', 'merge'].includes(command)) return null;
  // GLOSS_DEBUG: the ES module build has the source maps.
  if (process.env.GLOSS_NO_CODE_CACHE || process.env.GLOSS_DEBUG) return null;
  const { codeCache } = buildInfo();
  if (codeCache?.node !== process.version || codeCache.arch !== process.arch) return null;
  try {
    return { file: join(dist, codeCache.file), data: readFileSync(join(dist, codeCache.cache)) };
  } catch {
    return null;
  }
}

/**
 * The start-up snapshot (dist/gloss.blob: the commands that read one article, with compromise,
 * the rules' tables and the wording model loaded) when this run loads compromise and the snapshot
 * fits this node binary; null to run here. A second node started from the snapshot costs about
 * 0.15 CPU-s to start and 0.3 to deserialise, and saves about 0.65 when compromise is needed:
 * only `lesson` needs it (the document model tells whether a bracket holds a verb from
 * compromise's lexicon as data, packages/document/src/verb-tagger.ts, without loading it).
 */
function startupSnapshot() {
  if (globalThis[Symbol.for('gloss.compromise')] !== undefined) return null;
  if (command !== 'lesson' || asksHelpOrVersion || opensTerminalView) return null;
  return usableSnapshot();
}

/** The snapshot's file when this node, its options and the environment allow it; else null. */
function usableSnapshot() {
  // GLOSS_DEBUG: stack traces mapped to the sources, which the snapshot's bundle has no map for.
  if (process.env.GLOSS_NO_SNAPSHOT || process.env.GLOSS_DEBUG || !snapshotFlags()) return null;
  const { snapshot } = buildInfo();
  if (snapshot?.node !== process.version || snapshot.arch !== process.arch) return null;
  // Module code in the snapshot resolved its paths where the build was made.
  if (snapshot.dist !== dist) return null;
  const file = join(dist, snapshot.file);
  return existsSync(file) ? file : null;
}

/**
 * Whether node's options allow the snapshot: a V8 flag (`--max-old-space-size`, `--stack-size`,
 * `--trace-gc` …, in NODE_OPTIONS or on the command line) makes node refuse a snapshot built
 * without it, so only options known to be node's own are let through.
 */
function snapshotFlags() {
  const own =
    /^--(cpu-prof|heap-prof|enable-source-maps|no-warnings|no-deprecation|trace-warnings|trace-uncaught|conditions|import|require|title)\b/;
  const tokens = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return tokens.every((t) => t === '' || !t.startsWith('-') || own.test(t));
}

/**
 * The CLI in a node started from the snapshot, with the same standard streams; its
 * exit code (or the signal that ended it) becomes this process's. Signals sent to this process
 * alone (a `kill PID`) are passed on, so the run never outlives it.
 */
function relaunch(snapshotBlob) {
  const { spawn } = require('node:child_process');
  const child = spawn(
    process.execPath,
    // The snapshot's own main function runs the CLI with these arguments.
    // `--`: the arguments are the CLI's, never node's options (`--format`).
    [...process.execArgv, '--snapshot-blob', snapshotBlob, '--', ...args],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    process.stderr.write(`gloss: could not start: ${error.message}\n`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    if (signal !== null) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    }
    process.exit(code ?? 1);
  });
}
