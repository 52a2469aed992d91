import { readFileSync } from 'node:fs';
import { analyzeDocument } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationsHypothesis, annotationsW3c, codePointOffset, textUrn } from '../src/index.ts';

const seedText = readFileSync(new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url), 'utf8');

/** Motivations and purposes defined by the Web Annotation Vocabulary §3.3.5 (oa:Motivation instances). */
const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);

function build(text: string, uri = 'https://example.org/article') {
  const doc = parseDocument(text);
  const analysis = analyzeDocument(doc);
  return { doc, analysis, w3c: annotationsW3c(doc, analysis, { uri, title: 'T' }) };
}

/** Re-anchors a TextQuoteSelector the way a client does: find exact with its prefix and suffix. */
function anchorQuote(text: string, s: { exact: string; prefix: string; suffix: string }): number[] {
  const hits: number[] = [];
  for (let i = text.indexOf(s.exact); i >= 0; i = text.indexOf(s.exact, i + 1)) {
    if (text.slice(0, i).endsWith(s.prefix) && text.slice(i + s.exact.length).startsWith(s.suffix))
      hits.push(i);
  }
  return hits;
}

describe('W3C Web Annotation output', () => {
  const { doc, analysis, w3c } = build(seedText);

  it('is an AnnotationCollection with one annotation per insertion and finding', () => {
    expect(w3c['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(w3c.type).toBe('AnnotationCollection');
    expect(w3c.total).toBe(doc.insertions.length + analysis.findings.length);
    expect(w3c.first.items).toHaveLength(w3c.total);
    expect(w3c.first.type).toBe('AnnotationPage');
  });

  it('follows the model: ids, motivations, bodies, targets with both selectors', () => {
    const ids = new Set<string>();
    for (const a of w3c.first.items) {
      expect(a.type).toBe('Annotation');
      expect(a.id).toMatch(/^https:\/\/example\.org\/article#gloss-/);
      ids.add(a.id);
      expect(MOTIVATIONS.has(a.motivation)).toBe(true);
      for (const b of a.body) {
        expect(b.type).toBe('TextualBody');
        expect(MOTIVATIONS.has(b.purpose)).toBe(true);
        expect(typeof b.value).toBe('string');
        expect(b.value.length).toBeGreaterThan(0);
      }
      expect(a.target.source).toBe('https://example.org/article');
      expect(a.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    }
    expect(ids.size).toBe(w3c.total);
  });

  it('points every selector at the right text', () => {
    const codePoints = Array.from(seedText);
    for (const a of w3c.first.items) {
      const [quote, position] = a.target.selector as [
        { exact: string; prefix: string; suffix: string },
        { start: number; end: number },
      ];
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
      const hits = anchorQuote(seedText, quote);
      expect(hits.length, quote.exact).toBe(1);
      expect(codePointOffset(seedText, hits[0]!)).toBe(position.start);
    }
    const note = w3c.first.items.find((a) => a.body.some((b) => b.value === 'insertion:note'))!;
    expect((note.target.selector[0] as { exact: string }).exact).toBe(
      '[NOTE: Amazon’s Jeff Bezos personally owns The Washington Post.]',
    );
    const label = w3c.first.items.find(
      (a) => (a.target.selector[0] as { exact: string }).exact === 'illegal immigrants',
    )!;
    expect(label.body.map((b) => b.value)).toEqual(
      expect.arrayContaining(['contested-label', 'family:wording', 'voice:reporter']),
    );
  });

  it('counts positions in code points when the text has characters outside the BMP', () => {
    const text = 'Emoji 😀😀 headline\n\nThe 🦊 fox [NOTE: 🐾 added here] ran off, officials said.\n';
    const { doc, w3c } = build(text);
    expect(doc.insertions).toHaveLength(1);
    const a = w3c.first.items.find((x) => x.body.some((b) => b.value === 'editorial-insertion'))!;
    const [quote, pos] = a.target.selector as [{ exact: string }, { start: number; end: number }];
    expect(quote.exact).toBe('[NOTE: 🐾 added here]');
    expect(Array.from(text).slice(pos.start, pos.end).join('')).toBe(quote.exact);
    // the UTF-16 offset differs: three astral characters come before it
    expect(doc.insertions[0]!.range[0] - pos.start).toBe(3);
  });

  it('uses a stable urn when the article has no address', () => {
    expect(textUrn(seedText)).toBe(textUrn(`${seedText}`));
    expect(textUrn(seedText)).not.toBe(textUrn(`${seedText} `));
    expect(textUrn('a')).toMatch(/^urn:gloss:text:[0-9a-f]{16}$/);
  });
});

describe('Hypothes.is import shape', () => {
  const doc = parseDocument(seedText);
  const analysis = analyzeDocument(doc);
  const rows = annotationsHypothesis(doc, analysis, {
    uri: 'https://example.org/a',
    title: 'Amazon met with ICE',
  });

  it('keeps only the fields the importer reads, with categories as tags', () => {
    expect(rows).toHaveLength(doc.insertions.length + analysis.findings.length);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['document', 'tags', 'target', 'text', 'uri']);
      expect(r.uri).toBe('https://example.org/a');
      expect(r.document).toEqual({ title: ['Amazon met with ICE'] });
      expect(r.tags[0]).toBe('gloss');
      expect(r.target[0]!.source).toBe('https://example.org/a');
    }
    const sub = rows.find((r) => r.tags.includes('insertion:substitution'))!;
    expect(sub.target[0]!.selector[0]).toMatchObject({
      type: 'TextQuoteSelector',
      exact: '[used by departments]',
    });
    expect(sub.text).toMatch(/^Added by the reprinting site \(substitution\)/);
  });
});

describe('codePointOffset', () => {
  it('counts code points as Array.from does, lone surrogates included, at every offset', () => {
    const piece = fc.constantFrom('a', 'é', '😀', '\ud83d', '\ude00', '\n', '[');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        for (let u = 0; u <= text.length; u++)
          expect(codePointOffset(text, u)).toBe(Array.from(text.slice(0, u)).length);
      }),
    );
  });
});
