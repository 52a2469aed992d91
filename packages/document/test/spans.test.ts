import { describe, expect, it } from 'vitest';
import { lastEndingAtOrBefore, lastStartingAtOrBefore } from '../src/spans.ts';
import type { Range } from '../src/types.ts';

const spans: Range[] = [
  [0, 4],
  [6, 10],
  [12, 20],
];
const id = (r: Range) => r;

describe('spans: the shared binary search', () => {
  // offset → [last starting at or before it, last ending at or before it]
  const table: [number, number, number][] = [
    [-1, -1, -1],
    [0, 0, -1],
    [3, 0, -1],
    [4, 0, 0],
    [6, 1, 0],
    [9, 1, 0],
    [10, 1, 1],
    [12, 2, 1],
    [19, 2, 1],
    [20, 2, 2],
    [99, 2, 2],
  ];
  for (const [offset, starting, ending] of table) {
    it(`at ${offset}: starting ${starting}, ending ${ending}`, () => {
      expect(lastStartingAtOrBefore(spans, id, offset)).toBe(starting);
      expect(lastEndingAtOrBefore(spans, id, offset)).toBe(ending);
    });
  }
  it('finds nothing in an empty list', () => {
    expect(lastEndingAtOrBefore([], id, 5)).toBe(-1);
  });
});
