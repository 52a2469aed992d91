import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Extensions `gloss batch` reads, with or without a trailing `.gz`. */
export const INPUT_EXTENSIONS = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.jsonl',
  '.ndjson',
  '.csv',
] as const;

export function hasGlobChars(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/**
 * Compiles a shell-style glob to a RegExp over `/`-separated paths:
 * `*` and `?` within one segment, `**` across segments, `[abc]` classes and `{a,b}` alternatives.
 */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slashAfter = pattern[i + 2] === '/';
        out += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        let body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) out += '|';
    else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Files under `dir`, recursively, sorted by path (byte order) so every run and shard sees the same order. */
export function walkFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string): void => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) out.push(full);
      else if (entry.isSymbolicLink()) {
        try {
          const st = statSync(full);
          if (st.isFile()) out.push(full);
        } catch {
          // a dangling link is not an input
        }
      }
    }
  };
  visit(dir);
  return out;
}

/** Expands a glob relative to the current directory; results sorted. */
export function expandGlob(pattern: string): string[] {
  const normalized = pattern.split(sep).join('/');
  const parts = normalized.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (hasGlobChars(part)) break;
    fixed.push(part);
  }
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(base);
  } catch {
    return [];
  }
  if (!st.isDirectory()) return [];
  const re = globToRegExp(normalized);
  const files = walkFiles(base);
  return files.filter((f) => {
    const rel = base === '.' && !normalized.startsWith('./') ? relative('.', f) : f;
    return re.test(rel.split(sep).join('/'));
  });
}

export function isInputFile(path: string): boolean {
  const lower = path.toLowerCase().replace(/\.gz$/, '');
  return INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
