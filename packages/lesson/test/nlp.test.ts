import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@gloss/document';
import { articleBlocks } from '../src/entities.ts';
import { TAG_CHUNK, type Tagged, tag, tagRanges, tagText } from '../src/nlp.ts';

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

describe('tagRanges', () => {
  const doc = parseDocument(seed);
  const article = articleBlocks(doc).map((b) => doc.blocks[b]!.range);
  const inArticle = (r: readonly [number, number]) => article.some((a) => r[0] < a[1] && a[0] < r[1]);
  const shown = (t: Tagged['terms'][number]) =>
    `${t.range} ${t.text} ${t.normal} ${t.after} ${[...t.tags].sort()}`;

  it("gives the article's terms and names exactly as tagging the whole text does", () => {
    const whole = tagText(seed);
    const part = tagRanges(seed, article);
    // The credit shares the first body sentence's line: cutting at blocks, not at compromise's
    // sentences, would tag that sentence differently.
    expect(part.terms.filter((t) => inArticle(t.range)).map(shown)).toEqual(
      whole.terms.filter((t) => inArticle(t.range)).map(shown),
    );
    for (const k of ['people', 'places', 'organizations', 'demonyms'] as const)
      expect(part[k].filter(inArticle)).toEqual(whole[k].filter(inArticle));
    const wholeTerms = new Set(whole.terms.map((t) => `${t.range} ${t.text} ${[...t.tags].sort()}`));
    for (const t of part.terms)
      expect(wholeTerms.has(`${t.range} ${t.text} ${[...t.tags].sort()}`)).toBe(true);
  });

  it('leaves the questions, background and boilerplate untagged', () => {
    const part = tagRanges(seed, article);
    const questions = doc.blocks.filter((b) => b.kind === 'question' || b.kind === 'background');
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions)
      expect(part.terms.filter((t) => t.range[0] >= q.range[0] && t.range[1] <= q.range[1])).toEqual([]);
    expect(part.terms.length).toBeLessThan(tagText(seed).terms.length * 0.7);
  });

  it('tags the whole text when the ranges cover it', () => {
    expect(tagRanges(seed, [[0, seed.length]])).toEqual(tagText(seed));
  });
});
