import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, formatCount, wordRanges } from '../src/index.ts';

/** The definition of a word, as a regular expression: the scanner must agree with it. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-‐][\p{L}\p{N}\p{M}]+)*/gu;
const byRegex = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);

describe('words', () => {
  it('splits news text as a reader would', () => {
    const text = 'The tech giant’s face-scanning tool costs $3.5 billion — U.S. officials said.';
    expect(wordRanges(text).map(([s, e]) => text.slice(s, e))).toEqual([
      'The',
      'tech',
      'giant’s',
      'face-scanning',
      'tool',
      'costs',
      '3.5',
      'billion',
      'U.S',
      'officials',
      'said',
    ]);
  });

  it('agrees with the regular-expression definition on any text and any sub-range', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom("'", '’', '.', '-', '‐', ' ', 'é', 'e\u0301', '😀', '𝐀', '\ud835', '3', 'ab'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        expect(wordRanges(text)).toEqual(byRegex(text));
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        const sub = text.slice(start, end);
        expect(wordRanges(text, start, end)).toEqual(byRegex(sub).map(([s, e]) => [s! + start, e! + start]));
        expect(countWords(text, start, end)).toBe(byRegex(sub).length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [2225, '2,225'],
    [1234567, '1,234,567'],
    [-45678, '-45,678'],
    [2.5, '2.5'],
  ])('%d reads %s', (n, text) => expect(formatCount(n)).toBe(text));

  it('writes every integer as en-US does', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => formatCount(n) === n.toLocaleString('en-US')),
      { numRuns: 2000 },
    );
  });
});
