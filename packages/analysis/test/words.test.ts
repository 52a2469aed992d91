import { countWords } from '@gloss/document';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWordsFast } from '../src/engine/words.ts';

const piece = fc.oneof(
  fc.constantFrom(
    'don’t',
    'U.S.',
    '3.5',
    'face-scanning',
    '--',
    '‐',
    '’',
    "'",
    '.',
    ' ',
    '\n',
    'é',
    'ñ',
    '𝒜',
    '😀',
    '\u0301',
    'İ',
    '…',
    '“',
    '—',
  ),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

describe('countWordsFast', () => {
  it('counts exactly as countWords from @gloss/document, on any slice', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join('');
        const a = text.length === 0 ? 0 : x % (text.length + 1);
        const b = text.length === 0 ? 0 : a + (y % (text.length - a + 1));
        expect(countWordsFast(text, a, b)).toBe(countWords(text, a, b));
        expect(countWordsFast(text)).toBe(countWords(text));
      }),
      { numRuns: 2000 },
    );
  });
});
