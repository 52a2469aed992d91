// The build: the CLI and the batch worker compiled by esbuild into plain ES modules under
// packages/cli/dist (not committed; `prepare` runs this on install). One entry file each,
// with code only some commands use (Ink, the batch writers, Readability) split into chunks
// loaded on demand, so `gloss --version` or `gloss analyze` parses only what it runs.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
    // The one place compiled code needs its own location: the batch worker next to the CLI.
    define: { 'import.meta.glossBuild': 'import.meta.url' },
    // Bundled CommonJS dependencies may call require(); give each ES module one.
    banner: {
      js: "import { createRequire as __glossRequire } from 'node:module'; const require = __glossRequire(import.meta.url);",
    },
  });
  writeFileSync(
    join(tmp, 'build.json'),
    `${JSON.stringify({ esbuild: version, builtAt: new Date().toISOString() })}\n`,
  );
  const old = `${outdir}.old-${process.pid}`;
  if (existsSync(outdir)) renameSync(outdir, old);
  renameSync(tmp, outdir);
  rmSync(old, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  if (process.argv.includes('--if-stale') && isUpToDate()) process.exit(0);
  await buildGloss();
  process.stderr.write(`gloss: built packages/cli/dist in ${Math.round(performance.now() - started)} ms\n`);
}
