import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The worker threads' entry. Loading ~60 TypeScript modules through tsx's loader in every worker
 * costs seconds per worker (each module crosses to tsx's hooks thread), so the main thread
 * bundles the worker once with esbuild (the compiler tsx itself uses) into one plain ES module,
 * cached in the temp folder under a hash of the sources: each worker then loads one file in a
 * fraction of a second. The bundle is a cache, never part of the repository; if it cannot be
 * built, or GLOSS_BATCH_WORKER=tsx is set, workers use `worker.js`, which registers tsx and
 * imports the TypeScript worker (the same code, only slower to start).
 */
const tsxEntry = new URL('./worker.js', import.meta.url).href;
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE_DIRS = ['packages/batch/src', 'packages/document/src', 'packages/analysis/src'];

function sourceHash(extra: string): string {
  const hash = createHash('sha256').update(extra);
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) hash.update(full).update('\0').update(readFileSync(full));
    }
  };
  for (const dir of SOURCE_DIRS) visit(join(repoRoot, dir));
  return hash.digest('hex').slice(0, 16);
}

interface Esbuild {
  version: string;
  build: (options: Record<string, unknown>) => Promise<unknown>;
}

function loadEsbuild(): Esbuild {
  const here = createRequire(import.meta.url);
  const fromTsx = createRequire(here.resolve('tsx/esm/api'));
  return fromTsx('esbuild') as Esbuild;
}

/**
 * Gloss sources resolve files and lazily required packages from their own location
 * (`createRequire(import.meta.url)`, data files); inside the bundle each keeps its original URL.
 */
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(build: { onLoad: (o: { filter: RegExp }, cb: (args: { path: string }) => unknown) => void }) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

/** URL of the module the worker pool should load. */
export async function workerEntry(): Promise<{ url: string; kind: 'bundle' | 'tsx' }> {
  if (process.env.GLOSS_BATCH_WORKER === 'tsx') return { url: tsxEntry, kind: 'tsx' };
  try {
    const esbuild = loadEsbuild();
    const key = sourceHash(`${esbuild.version}\0${process.version}`);
    const dir = join(tmpdir(), 'gloss-batch-worker');
    const file = join(dir, `worker-${key}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.tmp-${process.pid}`;
      await esbuild.build({
        entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        conditions: ['source'],
        outfile: tmp,
        write: true,
        logLevel: 'silent',
        plugins: [keepImportMetaUrl],
        // Bundled CommonJS dependencies may call require(); give the ES module one.
        banner: {
          js: "import { createRequire as __glossRequire } from 'node:module'; const require = __glossRequire(import.meta.url);",
        },
      });
      renameSync(tmp, file);
      rmSync(tmp, { force: true });
      // Bundles of older sources: drop those unused for a day.
      for (const name of readdirSync(dir)) {
        const old = join(dir, name);
        if (old !== file && Date.now() - statSync(old).atimeMs > 86_400_000) rmSync(old, { force: true });
      }
    }
    return { url: pathToFileURL(file).href, kind: 'bundle' };
  } catch {
    return { url: tsxEntry, kind: 'tsx' };
  }
}
