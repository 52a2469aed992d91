import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TAG_CHUNK, tag, tagText } from '../src/nlp.ts';

const seed = readFileSync(new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url), 'utf8');

describe('tagText', () => {
  it('tags an ordinary article in one piece, exactly as tag does', () => {
    expect(tagText(seed)).toEqual(tag(seed));
  });

  it('tags a long text in paragraph-aligned pieces with offsets into the whole text', () => {
    // The seed repeated past the one-piece limit: each copy must give the same terms and names.
    const copies = Math.ceil((TAG_CHUNK * 1.5) / (seed.length + 2));
    const text = Array.from({ length: copies }, () => seed).join('\n\n');
    const whole = tagText(text);
    for (const t of whole.terms) expect(text.slice(...t.range)).toBe(t.text);
    for (let i = 1; i < whole.terms.length; i++)
      expect(whole.terms[i]!.range[0]).toBeGreaterThanOrEqual(whole.terms[i - 1]!.range[1]);
    const one = tag(seed);
    // Pieces end at paragraph breaks, so no copy is cut: names are found in every copy.
    expect(whole.people.length).toBe(one.people.length * copies);
    expect(whole.organizations.length).toBe(one.organizations.length * copies);
    const people = (r: readonly (readonly [number, number])[]) => r.map((x) => text.slice(...x)).sort();
    expect(new Set(people(whole.people))).toEqual(new Set(one.people.map((x) => seed.slice(...x))));
  });
});
