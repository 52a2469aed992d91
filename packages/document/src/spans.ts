import type { Range } from './types.ts';

/**
 * Index of the last span starting at or before `offset`, in spans sorted by start
 * and not overlapping (quotes, insertions, blocks), or -1. Keeps look-ups
 * logarithmic, so a 50 MB article costs no more per word than a short one.
 */
export function lastStartingAtOrBefore<T>(
  spans: readonly T[],
  rangeOf: (span: T) => Range,
  offset: number,
): number {
  return lastAtOrBefore(spans, (span) => rangeOf(span)[0], offset);
}

/**
 * Index of the last span ending at or before `offset`, in spans sorted by end (mentions of
 * names, speakers), or -1: the antecedents a pronoun at `offset` may look back to.
 */
export function lastEndingAtOrBefore<T>(
  spans: readonly T[],
  rangeOf: (span: T) => Range,
  offset: number,
): number {
  return lastAtOrBefore(spans, (span) => rangeOf(span)[1], offset);
}

/** The one binary search: the last index whose key is at or before `offset`, keys ascending. */
function lastAtOrBefore<T>(spans: readonly T[], key: (span: T) => number, offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(spans[mid]!) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The span whose range contains `[start, end)`, if any. */
export function containing<T>(
  spans: readonly T[],
  rangeOf: (span: T) => Range,
  [start, end]: Range,
): T | undefined {
  const i = lastStartingAtOrBefore(spans, rangeOf, start);
  const span = spans[i];
  if (span === undefined) return undefined;
  const r = rangeOf(span);
  return r[0] <= start && end <= r[1] ? span : undefined;
}

/** Whether any span overlaps `[start, end)` (an empty range counts at its start). */
export function overlapsAny<T>(
  spans: readonly T[],
  rangeOf: (span: T) => Range,
  [start, end]: Range,
): boolean {
  const stop = Math.max(end, start + 1);
  for (let i = Math.max(0, lastStartingAtOrBefore(spans, rangeOf, start)); i < spans.length; i++) {
    const r = rangeOf(spans[i]!);
    if (r[0] >= stop) return false;
    if (r[1] > start) return true;
  }
  return false;
}
