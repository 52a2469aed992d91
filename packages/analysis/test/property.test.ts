import { parseDocument } from '@gloss/document';
import { analyzeDocument } from '@gloss/analysis';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const pieces = fc.constantFrom(
  'illegal immigrants',
  'so-called',
  ' the regime ',
  '“undocumented”',
  '[NOTE: slammed]',
  'was approved',
  'Officials said',
  'anonymous Amazon workers',
  '…',
  '\n\n',
  '1. Why? ',
  '’',
  '𝒜 ',
  'İ',
  '-',
  '"',
  '[',
  ']',
);
const text = fc
  .array(fc.oneof(pieces, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), {
    maxLength: 40,
  })
  .map((xs) => xs.join(''));

describe('analyzeDocument on arbitrary text', () => {
  it('never throws; findings lie inside the text and quote it exactly; output is sorted', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { findings, summary } = analyzeDocument(parseDocument(t));
        for (const f of findings) {
          expect(f.range[0]).toBeGreaterThanOrEqual(0);
          expect(f.range[1]).toBeLessThanOrEqual(t.length);
          expect(f.range[0]).toBeLessThan(f.range[1]);
          expect(f.actual).toBe(t.slice(f.range[0], f.range[1]));
        }
        for (let i = 1; i < findings.length; i++)
          expect(findings[i - 1]!.range[0]).toBeLessThanOrEqual(findings[i]!.range[0]);
        expect(summary.findings).toBe(findings.length);
      }),
      { numRuns: 300 },
    );
  });
});
