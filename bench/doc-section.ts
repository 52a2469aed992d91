import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes `section` (which begins with `start` and ends with `end`, the page's markers) in place
 * of what the page holds between those markers, or at the end of the page when it has none yet
 * (a page that does not exist yet starts as `newPage`): how the benches keep their own parts of
 * docs/accuracy.md and docs/benchmarks.md up to date.
 */
export function writeDocSection(
  path: string,
  start: string,
  end: string,
  section: string,
  newPage = '',
): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : newPage;
  const s = current.indexOf(start);
  const e = current.indexOf(end);
  const next =
    s >= 0 && e > s
      ? `${current.slice(0, s)}${section}${current.slice(e + end.length)}`
      : `${current.trimEnd()}${current ? '\n\n' : ''}${section}\n`;
  writeFileSync(path, next);
}
