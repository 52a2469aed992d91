// The build: the CLI and the batch worker compiled by esbuild into plain ES modules under
// packages/cli/dist (not committed; `prepare` runs this on install). One entry file each,
// with code only some commands use (Ink, the batch writers, Readability) split into chunks
// loaded on demand, so `gloss --version` or `gloss analyze` parses only what it runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
    b.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const rel = relative(outdir, args.path).split(sep).join('/');
      return {
        // Not inside quotes: code that writes the expression into generated code keeps it.
        contents: source.replace(
          /(?<!['"`])\bimport\.meta\.url\b(?!['"`])/g,
          `new URL(${JSON.stringify(rel)}, import.meta.url).href`,
        ),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

const packagesDir = dirname(cliDir);
const stampFile = join(outdir, 'build.json');

/** Newest modification time of the sources the build reads (every package's src, this script). */
function newestSource() {
  let newest = statSync(fileURLToPath(import.meta.url)).mtimeMs;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
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
    // The one place compiled code needs its own location: the batch worker next to the CLI.
    define: { 'import.meta.glossBuild': 'import.meta.url' },
    // Bundled CommonJS dependencies may call require(); give each ES module one.
    banner: {
      js: "import { createRequire as __glossRequire } from 'node:module'; const require = __glossRequire(import.meta.url);",
    },
  });
  const snapshot = await buildSnapshot(build, tmp);
  writeFileSync(
    join(tmp, 'build.json'),
    `${JSON.stringify({ esbuild: version, builtAt: new Date().toISOString(), snapshot })}\n`,
  );
  const old = `${outdir}.old-${process.pid}`;
  if (existsSync(outdir)) renameSync(outdir, old);
  renameSync(tmp, outdir);
  rmSync(old, { recursive: true, force: true });
}

/**
 * A V8 start-up snapshot (`node --snapshot-blob`) holding compromise with its lexicon already
 * unpacked: loading it is most of the start-up of `analyze` on an article with brackets, of
 * `lesson` and of `tui` (0.4-0.5 CPU-s), and a process started from the snapshot gets it for
 * the cost of deserialising the heap. Only compromise goes in: it is one self-contained CommonJS
 * file with no state that depends on the process (environment, terminal, working directory), so
 * the snapshot cannot freeze anything a run would see differently. Gloss's own modules load as
 * usual. The blob belongs to the node binary that built it (version and architecture are
 * recorded, and bin/gloss.js uses it only with the same ones); when it cannot be built the CLI
 * runs without it, as before.
 */
async function buildSnapshot(build, dir) {
  const entry = join(dir, 'snapshot-entry.cjs');
  const blob = join(dir, 'gloss.blob');
  try {
    // The copy the document package loads, whatever the hoisting.
    const compromise = createRequire(join(packagesDir, 'document/package.json')).resolve('compromise');
    await build({
      stdin: {
        // One call on a sentence, so the first real call does not pay for its lazy set-up either.
        contents: `const nlp = require(${JSON.stringify(compromise)});
nlp('The officials said it was used by departments.').json({ offset: true });
globalThis[Symbol.for('gloss.compromise')] = nlp;
`,
        resolveDir: dir,
        sourcefile: 'gloss-snapshot.cjs',
      },
      outfile: entry,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
    });
    const r = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', entry], {
      encoding: 'utf8',
    });
    if (r.status !== 0 || !existsSync(blob)) throw new Error((r.stderr || `exit ${r.status}`).trim());
    return { file: 'gloss.blob', node: process.version, arch: process.arch };
  } catch (error) {
    process.stderr.write(
      `gloss: no start-up snapshot (the CLI works without it, loading compromise when needed): ${String(error).split('\n')[0]}\n`,
    );
    rmSync(blob, { force: true });
    return null;
  } finally {
    rmSync(entry, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  if (process.argv.includes('--if-stale') && isUpToDate()) process.exit(0);
  await buildGloss();
  process.stderr.write(`gloss: built packages/cli/dist in ${Math.round(performance.now() - started)} ms\n`);
}
