// The build: the CLI and the batch worker compiled by esbuild into plain ES modules under
// packages/cli/dist (not committed; `prepare` runs this on install). One entry file each,
// with code only some commands use (Ink, the batch writers, Readability) split into chunks
// loaded on demand, so `gloss --version` or `gloss analyze` parses only what it runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WRAPPER } from '../bin/cached-script.js';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${cliDir}dist`;

/**
 * Gloss sources find files next to themselves (the seed article, the rules' sources hashed for
 * the run manifest, packages required lazily); each keeps its own location in the bundle, as a
 * path relative to the output folder, so the build is not tied to where it was made.
 */
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, relocateImportMetaUrl('import.meta.url'));
  },
};

/**
 * An onLoad callback that rewrites `import.meta.url` in Gloss's own sources to the source file's
 * place relative to the output folder, resolved against `base` (an expression: the bundle's own
 * `import.meta.url`, or the snapshot's final URL as a string literal).
 */
function relocateImportMetaUrl(base) {
  return (args) => {
    if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
    const source = readFileSync(args.path, 'utf8');
    const rel = relative(outdir, args.path).split(sep).join('/');
    return {
      // Not inside quotes: code that writes the expression into generated code keeps it.
      contents: source.replace(
        /(?<!['"`])\bimport\.meta\.url\b(?!['"`])/g,
        `new URL(${JSON.stringify(rel)}, ${base}).href`,
      ),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    };
  };
}

const packagesDir = dirname(cliDir);
const stampFile = join(outdir, 'build.json');

/** Newest modification time of the sources the build reads (every package's src, the build's scripts, bin). */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  visit(join(cliDir, 'scripts'));
  // bin/cached-script.js wraps the source the code cache is made for.
  visit(join(cliDir, 'bin'));
  for (const pkg of readdirSync(packagesDir)) {
    if (existsSync(join(packagesDir, pkg, 'src'))) visit(join(packagesDir, pkg, 'src'));
    if (existsSync(join(packagesDir, pkg, 'package.json'))) {
      newest = Math.max(newest, statSync(join(packagesDir, pkg, 'package.json')).mtimeMs);
    }
  }
  return newest;
}

/** Whether dist was built from the sources as they are now (tests call this before spawning). */
export function isUpToDate() {
  return existsSync(stampFile) && statSync(stampFile).mtimeMs >= newestSource();
}

/**
 * Builds into a fresh folder and swaps it in, so a process already running from dist (a test, a
 * batch run) never sees a half-written build.
 */
export async function buildGloss() {
  // Loaded here: `--if-stale` on an up-to-date build only compares modification times.
  const { build, version } = await import('esbuild');
  const tmp = `${outdir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  await build({
    absWorkingDir: dirname(cliDir),
    entryPoints: {
      gloss: `${cliDir}src/main.ts`,
      'batch-worker': `${cliDir}../batch/src/worker.ts`,
      'versions-worker': `${cliDir}src/commands/versions-worker.ts`,
    },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['source'],
    // Native code, and packages that start their own worker files by path, stay installed packages.
    external: ['@duckdb/node-api', 'piscina', 'react-devtools-core'],
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [keepImportMetaUrl],
    define: {
      // The one place compiled code needs its own location: the batch worker next to the CLI.
      'import.meta.glossBuild': 'import.meta.url',
      // React's production build for the terminal view (the development one, with its checks and
      // render logging, made the view's first render about a third slower); only React reads it.
      'process.env.NODE_ENV': '"production"',
    },
    // Bundled CommonJS dependencies may call require(); give each ES module one.
    banner: {
      js: "import { createRequire as __glossRequire } from 'node:module'; const require = __glossRequire(import.meta.url);",
    },
  });
  const snapshot = await buildSnapshot(build, tmp);
  const codeCache = await buildCodeCache(build, tmp);
  writeFileSync(
    join(tmp, 'build.json'),
    `${JSON.stringify({ esbuild: version, builtAt: new Date().toISOString(), snapshot, codeCache })}\n`,
  );
  const old = `${outdir}.old-${process.pid}`;
  if (existsSync(outdir)) renameSync(outdir, old);
  renameSync(tmp, outdir);
  rmSync(old, { recursive: true, force: true });
}

/**
 * A V8 start-up snapshot (`node --snapshot-blob`) for `lesson`, the one command that loads
 * compromise: compromise with its lexicon unpacked, Gloss's modules evaluated, the rules' tables
 * and the wording model built, the lesson run once on the seed (scripts/snapshot-entry.js).
 * Loading compromise alone is 0.4-0.5 CPU-s; a process started from the snapshot skips that and
 * the module loading, and runs `main` at once (`lesson --format html` 0.45 s against 0.63 s).
 *
 * Node 20 snapshots one CommonJS script that may require only built-in modules, so the entry is
 * bundled into one CommonJS file: installed packages it cannot hold (DuckDB's native code, piscina's
 * worker files) are required at run time through a `require` made for the file's final place; the
 * terminal view and the corpus commands, which bin/gloss.js never starts from the snapshot (Ink
 * uses top-level await, and workers are threads), are left out; `import.meta.url` becomes each
 * source's place relative to the final dist folder, an absolute URL since the snapshot keeps
 * what module code computed at build time. build.json records node's version and architecture and
 * this folder; bin/gloss.js uses the blob only with the same ones. When it cannot be built, the CLI
 * runs without it, as before.
 */
async function buildSnapshot(build, dir) {
  const entry = join(dir, 'gloss-snapshot.cjs');
  const blob = join(dir, 'gloss.blob');
  // Where the bundle will be once the build is swapped in: module code resolves paths against it.
  const finalEntry = join(outdir, 'gloss-snapshot.cjs');
  const finalUrl = pathToFileURL(finalEntry).href;
  const snapshotPlugin = oneScriptPlugin(JSON.stringify(finalUrl));
  try {
    const compromise = createRequire(join(packagesDir, 'document/package.json')).resolve('compromise');
    await build({
      ...ONE_SCRIPT_OPTIONS,
      entryPoints: [join(cliDir, 'scripts/snapshot-entry.js')],
      outfile: entry,
      alias: { compromise },
      define: {
        'import.meta.glossBuild': JSON.stringify(finalUrl),
        GLOSS_SEED_ARTICLE: JSON.stringify(join(dirname(packagesDir), 'corpus/amazon-ice-rekognition.txt')),
      },
      plugins: [snapshotPlugin],
      // The snapshot builder's require loads built-in modules only; installed ones are required
      // at run time from the file's final place.
      banner: {
        js: `var __glossSnapshotRequire = require; var __glossRequire; var require = (id) => id.startsWith('node:') || __glossSnapshotRequire('node:module').isBuiltin(id) ? __glossSnapshotRequire(id) : (__glossRequire ??= __glossSnapshotRequire('node:module').createRequire(${JSON.stringify(finalEntry)}))(id);`,
      },
    });
    asciiOnly(entry);
    const r = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', entry], {
      encoding: 'utf8',
    });
    if (r.status !== 0 || !existsSync(blob)) throw new Error((r.stderr || `exit ${r.status}`).trim());
    return { file: 'gloss.blob', node: process.version, arch: process.arch, dist: outdir };
  } catch (error) {
    process.stderr.write(
      `gloss: no start-up snapshot (the CLI works without it, loading compromise when needed): ${firstError(error)}\n`,
    );
    rmSync(blob, { force: true });
    return null;
  } finally {
    // GLOSS_KEEP_SNAPSHOT_ENTRY=1 keeps the bundle (dist/gloss-snapshot.cjs) to read a profile against.
    if (!process.env.GLOSS_KEEP_SNAPSHOT_ENTRY) rmSync(entry, { force: true });
  }
}

/**
 * What the two one-script builds (the start-up snapshot's and the code-cached one) share. Minified:
 * the snapshot keeps the bundle's source text (lazy functions are compiled from it) and the code
 * cache reads and hashes it, so a smaller source starts faster; names are kept (error names, stack
 * frames). GLOSS_DEBUG runs the ES module build, which has the source maps.
 */
const ONE_SCRIPT_OPTIONS = {
  absWorkingDir: dirname(cliDir),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  conditions: ['source'],
  // GLOSS_BUILD_UNMINIFIED=1: names as in the sources, to read a profile of the build.
  minify: !process.env.GLOSS_BUILD_UNMINIFIED,
  keepNames: true,
  external: ['@duckdb/node-api', 'piscina', 'react-devtools-core'],
  logLevel: 'error',
};

/**
 * The commands that read one article as one CommonJS script (the start-up snapshot, and the
 * code-cached build): the terminal view and the corpus commands, which neither ever runs (Ink uses
 * top-level await, which CommonJS cannot hold, and the corpus commands start worker files), are
 * left out as stubs; `import.meta.url` in Gloss's sources becomes each source's place relative to
 * the dist folder, resolved against `base` (an expression).
 */
function oneScriptPlugin(base) {
  const left = /\/commands\/(tui|batch|versions|merge)\.ts$|^@gloss\/tui$|^ink$|^react$/;
  return {
    name: 'gloss-one-script',
    setup(b) {
      b.onResolve({ filter: left }, (args) => ({ path: args.path, namespace: 'gloss-left-out' }));
      b.onLoad({ filter: /.*/, namespace: 'gloss-left-out' }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`${args.path} is not in the one-script build`)});`,
        loader: 'js',
      }));
      b.onLoad({ filter: /\.tsx?$/ }, relocateImportMetaUrl(base));
    },
  };
}

/**
 * The CLI as one CommonJS script, dist/gloss.cjs, with V8's code cache for it, dist/gloss.cjs.cache
 * (bin/cached-script.js): what bin/gloss.js runs for the commands that read one article when it
 * does not start from the snapshot (an article without square brackets). Made after a warm-up run
 * in a process of its own (scripts/code-cache.js). When it cannot be made, the ES module build
 * runs instead.
 */
async function buildCodeCache(build, dir) {
  const file = join(dir, 'gloss.cjs');
  try {
    await build({
      ...ONE_SCRIPT_OPTIONS,
      entryPoints: [join(cliDir, 'src/main.ts')],
      outfile: file,
      define: { 'import.meta.glossBuild': '__glossBuildUrl' },
      banner: { js: 'var __glossBuildUrl = require("node:url").pathToFileURL(__filename).href;' },
      plugins: [oneScriptPlugin('__glossBuildUrl')],
    });
    asciiOnly(file);
    // Written inside the function node's loader would wrap it in (bin/cached-script.js).
    writeFileSync(file, `${WRAPPER[0]}${readFileSync(file, 'latin1')}${WRAPPER[1]}`, 'latin1');
    const r = spawnSync(
      process.execPath,
      [
        join(cliDir, 'scripts/code-cache.js'),
        dir,
        join(dirname(packagesDir), 'corpus/amazon-ice-rekognition.txt'),
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error((r.stderr || `exit ${r.status}`).trim());
    return { file: 'gloss.cjs', cache: 'gloss.cjs.cache', node: process.version, arch: process.arch };
  } catch (error) {
    process.stderr.write(`gloss: no code cache (the CLI works without it): ${firstError(error)}\n`);
    rmSync(file, { force: true });
    rmSync(`${file}.cache`, { force: true });
    return null;
  }
}

/**
 * Rewrites every non-ASCII character of the bundle `file` as a `\uXXXX` escape. esbuild escapes
 * them in strings but leaves them in regular expression literals (dashes, quotes, ellipses), and
 * one such character makes V8 hold the whole source as a two-byte string: the start-up snapshot
 * keeps that source (1.6 MB more in a 15.7 MB blob, about 35 ms more to deserialise), and the code
 * cache hashes it. The escape means the same character in strings, templates and regular
 * expressions (an astral character becomes its surrogate pair, which a `u` expression reads as one
 * character); only a template's raw text (String.raw) would differ, and the outputs are checked
 * byte for byte against the ES module build (tests/gloss-binary.test.ts).
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    source.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

/** The first line of the snapshot builder's output that is not one of node's warnings. */
function firstError(error) {
  const lines = String(error)
    .replace(/^Error: /, '')
    .split('\n');
  const useful = lines.filter(
    (l) => l.trim() !== '' && !/Warning|may still work|issue tracker|--trace-warnings/.test(l),
  );
  return (useful.find((l) => /Fatal|Error|error/.test(l)) ?? useful[0] ?? lines[0]).trim();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  if (process.argv.includes('--if-stale') && isUpToDate()) process.exit(0);
  await buildGloss();
  process.stderr.write(`gloss: built packages/cli/dist in ${Math.round(performance.now() - started)} ms\n`);
}
