import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes `section` (which begins with `start` and ends with `end`, the page's markers) in place
 * of what the page holds between those markers, or at the end of the page when it has none yet:
 * how every bench keeps its own part of docs/accuracy.md or docs/benchmarks.md up to date.
 */
export function writeDocSection(path: string, start: string, end: string, section: string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const s = current.indexOf(start);
  const e = current.indexOf(end);
  const next =
    s >= 0 && e > s
      ? `${current.slice(0, s)}${section}${current.slice(e + end.length)}`
      : `${current.trimEnd()}${current ? '\n\n' : ''}${section}\n`;
  writeFileSync(path, next);
}
