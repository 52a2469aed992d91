import { execFileSync } from 'node:child_process';
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordingModelInfo } from '@gloss/analysis';
import { sha256 } from './files.ts';
import type { RuleBrief } from './protocol.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function readVersion(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(repoRoot, pkg, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const full = join(d, e.name);
      if (e.isDirectory()) visit(full);
      else if (e.isFile()) out.push(full);
    }
  };
  visit(dir);
  return out;
}

export interface RuleSetInfo {
  /** @gloss/analysis package version. */
  version: string;
  /** Every rule: id, category, family, word-list entries and the hash of its folder (code and data). */
  rules: { id: string; category: string; family: string; entries: number; sha256: string | null }[];
  /** Word lists and other data files of the rules, each with its hash. */
  dataFiles: { path: string; sha256: string }[];
  /** One hash over the analysis and document sources and data: equal hashes, equal measurements. */
  sha256: string;
  /** The loaded-wording model behind `wording` confidences and `wording_expected` (weights file version and hash). */
  model: { version: string; sha256: string };
}

let cached: RuleSetInfo | undefined;

/** What was measured with: the analysis rules, their word lists and the document parser, hashed. */
export function ruleSetInfo(list: readonly RuleBrief[]): RuleSetInfo {
  if (cached) return cached;
  const dataFiles: { path: string; sha256: string }[] = [];
  const folderHashes = new Map<string, string[]>();
  const all = createHashInput();
  for (const pkg of ['packages/document/src', 'packages/analysis/src']) {
    for (const file of listFiles(join(repoRoot, pkg))) {
      const rel = relative(repoRoot, file);
      const bytes = readFileSync(file);
      const hash = sha256(bytes);
      all.push(`${rel}\0${hash}`);
      const m = /^packages\/analysis\/src\/rules\/([^/]+)\//.exec(rel.split('\\').join('/'));
      if (m) {
        const list = folderHashes.get(m[1]!) ?? [];
        list.push(`${rel}\0${hash}`);
        folderHashes.set(m[1]!, list);
      }
      if (
        pkg === 'packages/analysis/src' &&
        (/(^|\/)data\.[a-z]+$/.test(rel) || !/\.(ts|tsx|js)$/.test(file))
      ) {
        dataFiles.push({ path: rel, sha256: hash });
      }
    }
  }
  const rules = list.map((r) => {
    const folder = folderHashes.get(r.id);
    return {
      id: r.id,
      category: r.category,
      family: r.family,
      entries: r.entries,
      sha256: folder ? sha256(folder.join('\n')) : null,
    };
  });
  const model = wordingModelInfo();
  cached = {
    version: readVersion('packages/analysis'),
    rules,
    dataFiles,
    sha256: sha256(all.join('\n')),
    model: { version: model.version, sha256: model.hash },
  };
  return cached;
}

function createHashInput(): string[] {
  return [];
}

export function glossVersion(): string {
  return readVersion('packages/cli');
}

/** The commit of the checkout Gloss runs from, when it is a git checkout. */
export function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}
