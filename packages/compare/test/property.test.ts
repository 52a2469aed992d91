import { parseDocument } from '@gloss/document';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../src/index.ts';

/** Text made of pieces that exercise the tokeniser, brackets, ellipses, quotes and Unicode. */
const piece = fc.constantFrom(
  'The council',
  ' votes',
  ' on Monday.',
  ' [NOTE: x]',
  '[',
  ']',
  '…',
  '...',
  ' “quoted”',
  ' "straight"',
  ' -- ',
  ' — ',
  '\n\n',
  '\n',
  '\r\n',
  '  ',
  ' illegal',
  ' immigrants',
  '. ',
  '😀',
  'é',
  'e\u0301',
  '\u001b[31m',
  ' Mr. Smith said',
  '?',
);
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

describe('compare on arbitrary text', () => {
  it('never throws; every side is the exact slice of its input; identical texts have no edits', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        if (!/\S/.test(a) || !/\S/.test(b)) return;
        const r = compareVersions(
          { label: 'A', doc: parseDocument(a) },
          { label: 'B', doc: parseDocument(b) },
          { all: true },
        );
        for (const e of r.edits) {
          if (e.a) expect(a.slice(e.a.range[0], e.a.range[1])).toBe(e.a.text);
          if (e.b) expect(b.slice(e.b.range[0], e.b.range[1])).toBe(e.b.text);
          expect(e.a !== null || e.b !== null).toBe(true);
        }
        // nothing missed: with `all`, no edit means the texts differ at most in whitespace
        const squeeze = (t: string) => t.replace(/\s+/g, '');
        if (squeeze(a) !== squeeze(b)) expect(r.edits.length).toBeGreaterThan(0);
        // and texts that differ only in the amount or kind of whitespace have no real edit
        const spaces = (t: string) => t.replace(/\s+/g, ' ').trim();
        if (spaces(a) === spaces(b)) expect(r.edits.filter((e) => !e.trivial)).toEqual([]);
        const same = compareVersions(
          { label: 'A', doc: parseDocument(a) },
          { label: 'B', doc: parseDocument(a) },
        );
        expect(same.edits).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
