import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, voiceAt } from '../src/index.ts';

const text = readFileSync(new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url), 'utf8');
const doc = parseDocument(text);
const slice = (r: readonly [number, number]) => text.slice(r[0], r[1]);

describe('the seed article', () => {
  it('finds all eleven bracketed insertions with their exact text and kind', () => {
    expect(
      doc.insertions.map((i) => [i.kind, i.text.length > 41 ? `${i.text.slice(0, 41)}…` : i.text]),
    ).toEqual([
      ['clarification', '[Homeland Security Investigations]'],
      ['note', '[NOTE: Amazon’s Jeff Bezos personally own…'],
      ['substitution', '[used by departments]'],
      ['substitution', '[employees oppose]'],
      ['addition', '[against illegal immigrants]'],
      ['addition', '[from employees]'],
      ['commentary', '[No word on whether Google employees oppo…'],
      ['substitution', '[wants to use]'],
      ['substitution', '[stop]'],
      ['substitution', '[have criminal records or be linked to te…'],
      ['addition', '[making it sound fun and innocent]'],
    ]);
    for (const ins of doc.insertions) expect(slice(ins.range)).toBe(ins.text);
    expect(doc.insertions[0]!.inQuote).toBe(true);
    expect(doc.insertions.filter((i) => i.inQuote)).toHaveLength(1);
    expect(doc.insertions[6]!.text.endsWith('don’t want their citizens to see.]')).toBe(true);
  });

  it('finds the six elisions and where they stand', () => {
    expect(doc.elisions.map((e) => [e.text, e.placement])).toEqual([
      ['….', 'paragraph-end'],
      ['…', 'paragraph-start'],
      ['…', 'paragraph-start'],
      ['…', 'paragraph-end'],
      ['…', 'mid-sentence'],
      ['…', 'paragraph-end'],
    ]);
    expect(slice([doc.elisions[4]!.range[0] - 9, doc.elisions[4]!.range[1] + 4])).toBe('potential…ways');
  });

  it('separates title, credit, body, reprint notice, questions, background and boilerplate', () => {
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.slice(0, 3)).toEqual(['title', 'credit', 'body']);
    expect(slice(doc.blocks[1]!.range)).toBe('(by Drew Harwell, The Washington Post) –');
    const notice = doc.blocks.find((b) => b.kind === 'reprint-notice')!;
    expect(slice(notice.range)).toMatch(
      /^From washingtonpost \.com\.\sReprinted here for educational purposes only/,
    );
    const questions = doc.blocks.filter((b) => b.kind === 'question');
    expect(questions.map((q) => q.question!.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(questions[1]!.question!.items.map((i) => i.label)).toEqual(['a', 'b']);
    expect(slice(questions[1]!.question!.items[1]!.range)).toBe(
      'b) For what purpose do they use the software?',
    );
    expect(questions[5]!.question!.items.map((i) => slice(i.range).slice(0, 25))).toEqual([
      'a) Do you think Mr. Bezos',
      'b) How comfortable are yo',
    ]);
    expect(kinds.filter((k) => k === 'body')).toHaveLength(14);
    expect(kinds.slice(-2)).toEqual(['boilerplate', 'boilerplate']);
  });

  it('credits the background section to the Daily Mail and the story to the Post', () => {
    const wire = doc.sources.find((s) => s.role === 'wire')!;
    expect(wire).toMatchObject({ name: 'The Washington Post', author: 'Drew Harwell' });
    const mail = doc.sources.find((s) => s.role === 'second')!;
    expect(mail.name).toBe('UK Daily Mail');
    const background = doc.blocks.filter((b) => b.kind === 'background');
    expect(background).toHaveLength(6);
    expect(background.every((b) => b.source === mail.id)).toBe(true);
    expect(slice(mail.creditRange!)).toBe('(from an article at the UK Daily Mail.)');
  });

  it('finds quotations with their speakers', () => {
    const quote = (start: string) => doc.quotes.find((q) => slice(q.inner).startsWith(start))!;
    // The descriptor is resolved to the official introduced earlier, who stays unnamed.
    expect(quote('We are ready').speaker).toMatchObject({
      name: 'An Amazon Web Service official',
      named: false,
      resolvedFrom: { text: 'the Amazon official' },
    });
    expect(quote('We refuse').speaker).toMatchObject({
      name: 'Hundreds of anonymous Amazon workers',
      named: false,
    });
    expect(quote('If big tech').speaker).toMatchObject({ name: 'Bezos', named: true });
    expect(quote('I’d let them in').speaker).toMatchObject({ name: 'Bezos', named: true });
    expect(quote('I’d let them in').cue?.verb).toBe('added');
    expect(quote('undocumented').kind).toBe('scare');
    expect(quote('predictive analytics')).toMatchObject({
      kind: 'partial',
      speaker: { name: 'An Amazon Web Service official' },
    });
  });

  it('tells whose words are where', () => {
    const at = (needle: string) => {
      const i = text.indexOf(needle);
      return voiceAt(doc, [i, i + needle.length]);
    };
    expect(at('illegal immigrants]').voice).toBe('editorial');
    expect(at('Communist rulers').voice).toBe('editorial');
    expect(at('we are in big trouble')).toMatchObject({ voice: 'quoted', speaker: { name: 'Bezos' } });
    expect(at('unproven technology').voice).toBe('reporter');
    expect(at('truly altruistic').voice).toBe('question');
    expect(at('Experts believe').voice).toBe('other-source');
    expect(at('undocumented').voice).toBe('reporter');
  });

  it('builds a wire layer without the insertions, mapped back to the input', () => {
    const wire = doc.layers.wire;
    expect(wire.text).not.toContain('[');
    expect(wire.text).toContain('and it is in Oregon and Florida.');
    expect(wire.text).toContain('…Amazon work that could be used for government surveillance.');
    expect(wire.text.startsWith('Amazon met with ICE officials')).toBe(true);
    for (const seg of wire.map)
      expect(wire.text.slice(seg.at, seg.at + seg.length)).toBe(text.slice(seg.from, seg.from + seg.length));
    expect(wire.words).toBeGreaterThan(500);
    expect(doc.layers.editorial.words).toBeGreaterThan(400);
  });
});
