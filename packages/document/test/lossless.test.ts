import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leaves, parseDocument, voiceAt } from '../src/index.ts';

/** Article-like pieces, so the generator reaches brackets, quotes, ellipses and paragraph breaks often. */
const piece = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }), // lone surrogates included
  fc.constantFrom(
    '[',
    ']',
    '[NOTE: ',
    '“',
    '”',
    '"',
    '…',
    '...',
    '. ',
    '\n\n',
    '\r\n',
    '1. ',
    'a) ',
    '(by A, B) – ',
    '😀',
    '\ud800',
    '\udc00',
    ' said Bezos',
    '(from an article at X.)',
  ),
);
const articleish = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('the lossless property', () => {
  it('leaves cover the input exactly, in order, and every range is valid', () => {
    fc.assert(
      fc.property(articleish, (text) => {
        const doc = parseDocument(text);
        const ls = leaves(doc.tree);
        let at = 0;
        for (const leaf of ls) {
          expect(leaf.range[0]).toBe(at);
          expect(leaf.range[1]).toBeGreaterThan(leaf.range[0]);
          at = leaf.range[1];
        }
        expect(at).toBe(text.length);
        expect(ls.map((l) => text.slice(l.range[0], l.range[1])).join('')).toBe(text);
        for (const ins of doc.insertions) expect(text.slice(ins.range[0], ins.range[1])).toBe(ins.text);
        for (const seg of doc.layers.wire.map) {
          expect(doc.layers.wire.text.slice(seg.at, seg.at + seg.length)).toBe(
            text.slice(seg.from, seg.from + seg.length),
          );
        }
        for (const s of doc.sentences) voiceAt(doc, s.range);
      }),
      { numRuns: 1500 },
    );
  });
});
