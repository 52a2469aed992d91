import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

declare global {
  interface ImportMeta {
    /**
     * The compiled file's own URL: set only by the build (packages/cli/scripts/build.js), which
     * otherwise keeps each source's own `import.meta.url`.
     */
    glossBuild?: string;
  }
}

/**
 * The worker threads' entry.
 *
 * Installed Gloss runs compiled JavaScript: the build writes the worker as its own entry
 * (`packages/cli/dist/batch-worker.js`) next to the CLI, so workers load that file, part of the
 * installed package, and nothing else.
 *
 * Run from the TypeScript sources (tests, benchmarks), loading ~60 modules through tsx's loader
 * costs each worker seconds, so the worker is bundled once with esbuild into one plain ES module,
 * cached under a hash of the sources in `node_modules/.cache/gloss` of this checkout: a folder
 * owned by whoever owns the code it is built from, never a shared temporary folder another user
 * could fill first. With GLOSS_BATCH_WORKER=tsx, or if esbuild is missing, workers register tsx
 * and import the TypeScript worker (`worker.js`; the same code, only slower to start).
 */
export type WorkerKind = 'compiled' | 'bundle' | 'tsx';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A kind of worker thread: its TypeScript module, the tsx entry that loads it, the name of its
 * compiled file next to the CLI, and the source folders its bundle is built from (its cache key).
 * `gloss batch`'s is the default; `gloss versions` has its own (packages/cli).
 */
export interface WorkerSpec {
  module: URL;
  tsxEntry: URL;
  compiled: string;
  sourceDirs: readonly string[];
}

const BATCH_WORKER: WorkerSpec = {
  module: new URL('./worker.ts', import.meta.url),
  tsxEntry: new URL('./worker.js', import.meta.url),
  compiled: 'batch-worker.js',
  sourceDirs: ['packages/batch/src', 'packages/document/src', 'packages/analysis/src'],
};

/** What each kind of worker entry is, in the run manifest's `workers`. */
export const WORKER_KIND_LABEL: Record<WorkerKind, string> = {
  compiled: 'compiled worker (esbuild build of the sources, part of the installed package)',
  bundle: 'esbuild bundle of the TypeScript sources',
  tsx: 'tsx',
};

function sourceHash(extra: string, sourceDirs: readonly string[]): string {
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
  for (const dir of sourceDirs) visit(join(repoRoot, dir));
  return hash.digest('hex').slice(0, 16);
}

interface Esbuild {
  version: string;
  build: (options: Record<string, unknown>) => Promise<unknown>;
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

/**
 * The cache folder for bundles of the sources: inside this checkout, created by and private to
 * its owner; refused if anything on the way is a symbolic link or belongs to someone else.
 */
function privateCacheDir(): string {
  const dir = join(repoRoot, 'node_modules', '.cache', 'gloss');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const uid = process.getuid?.();
  for (const path of [join(repoRoot, 'node_modules', '.cache'), dir]) {
    const stat = lstatSync(path);
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid)) {
      throw new Error(`${path} is not a folder of this user`);
    }
  }
  return dir;
}

async function bundleSources(spec: WorkerSpec): Promise<string> {
  const here = createRequire(import.meta.url);
  const esbuild = here('esbuild') as Esbuild;
  const key = sourceHash(`${esbuild.version}\0${process.version}\0${spec.module.href}`, spec.sourceDirs);
  const dir = privateCacheDir();
  const file = join(dir, `worker-${key}.mjs`);
  if (existsSync(file)) return file;
  const tmp = `${file}.tmp-${process.pid}`;
  await esbuild.build({
    entryPoints: [fileURLToPath(spec.module)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    // Native code stays an installed package (as in the CLI's build): a worker importing
    // @gloss/batch's index meets it, in an import made only when a database is written.
    external: ['@duckdb/node-api'],
    outfile: tmp,
    write: true,
    logLevel: 'silent',
    plugins: [keepImportMetaUrl],
    // Bundled CommonJS dependencies may call require(); give the ES module one.
    banner: {
      js: `import { createRequire as __glossRequire } from 'node:module'; const require = __glossRequire(import.meta${'.url'});`,
    },
  });
  renameSync(tmp, file);
  rmSync(tmp, { force: true });
  // Bundles of older sources: drop those unused for a day.
  for (const name of readdirSync(dir)) {
    const old = join(dir, name);
    if (name.startsWith('worker-') && old !== file && Date.now() - statSync(old).atimeMs > 86_400_000) {
      rmSync(old, { force: true });
    }
  }
  return file;
}

/** URL of the module the worker pool should load, and which kind it is (`spec`: batch's worker unless given). */
export async function workerEntry(
  spec: WorkerSpec = BATCH_WORKER,
): Promise<{ url: string; kind: WorkerKind }> {
  if (process.env.GLOSS_BATCH_WORKER === 'tsx') return { url: spec.tsxEntry.href, kind: 'tsx' };
  if (import.meta.glossBuild !== undefined) {
    return { url: new URL(`./${spec.compiled}`, import.meta.glossBuild).href, kind: 'compiled' };
  }
  try {
    return { url: pathToFileURL(await bundleSources(spec)).href, kind: 'bundle' };
  } catch {
    return { url: spec.tsxEntry.href, kind: 'tsx' };
  }
}
