import { describe, expect, it } from 'vitest';
import { type Span, wrapSpans } from '../src/index.ts';

const plain = (text: string): Span => ({ text, mark: 'plain', edit: null, findings: [] });
const finding = (text: string): Span => ({ text, mark: 'plain', edit: null, findings: [0] });
const deleted = (text: string): Span => ({ text, mark: 'delete', edit: 1, findings: [] });
const marker = (text: string): Span => ({ text, mark: 'delete', edit: 1, findings: [], marker: true });
const lines = (spans: Span[], width: number) =>
  wrapSpans(spans, width).map((l) => l.map((s) => s.text).join(''));

describe('wrapSpans keeps marks with their words', () => {
  it.each([
    [
      'an opening quote stays with its word across a mark',
      [plain('they wanted an “'), finding('extreme vetting'), plain('” system')],
      18,
      ['they wanted an', '“extreme vetting”', 'system'],
    ],
    [
      'a closing marker stays with the last word, even after a space',
      [marker('[-'), deleted('The company also runs a cloud. '), marker('-]')],
      32,
      ['[-The company also runs a', 'cloud. -]'],
    ],
    [
      'an opening marker stays with the first word',
      [plain('said so. '), marker('[-'), deleted('Then more.'), marker('-]')],
      12,
      ['said so.', '[-Then', 'more.-]'],
    ],
    [
      'a word longer than the line is still broken',
      [plain('abcdefghij klm')],
      4,
      ['abcd', 'efgh', 'ij', 'klm'],
    ],
  ])('%s', (_, spans, width, expected) => {
    const out = lines(spans, width);
    expect(out).toEqual(expected);
    for (const l of out) expect(l.length).toBeLessThanOrEqual(width);
  });

  it('loses no character but spaces', () => {
    const spans = [
      plain('An “'),
      finding('extreme'),
      plain('” case, '),
      marker('[-'),
      deleted('cut here. '),
      marker('-]'),
    ];
    for (let width = 4; width < 40; width++) {
      expect(lines(spans, width).join('').replace(/\s+/g, '')).toBe(
        spans
          .map((s) => s.text)
          .join('')
          .replace(/\s+/g, ''),
      );
    }
  });
});
