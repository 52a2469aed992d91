import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leaves, matchDateline, parseDocument } from '../src/index.ts';

const kinds = (text: string) => parseDocument(text).insertions.map((i) => [i.kind, i.text]);

describe('bracket forms the seed does not have', () => {
  it('classifies editor notes, sic, cuts and emphasis', () => {
    expect(
      kinds(
        'The mayor said the plan was “a disaster [sic] for everyone.” [Editor’s note: The mayor later withdrew the remark.]',
      ),
    ).toEqual([
      ['sic', '[sic]'],
      ['note', '[Editor’s note: The mayor later withdrew the remark.]'],
    ]);
    expect(kinds('“We will not [...] accept this,” she said. The point [emphasis added] is clear.')).toEqual([
      ['other', '[...]'],
      ['other', '[emphasis added]'],
    ]);
    expect(kinds('“He [the governor] never called us back,” the mayor said.')).toEqual([
      ['clarification', '[the governor]'],
    ]);
  });

  it('classifies brackets in one very long paragraph as in a short one', () => {
    const sentences = [
      'The company plans to [expand] its factories next year.',
      'Prices rose sharply [for poor families] in March.',
      '[The editor thinks this is wrong.]',
    ];
    const one = sentences.map((s) => kinds(s)[0]);
    // 3,000 bracketed spans in a single paragraph: each is classified from the words beside it.
    const long = kinds(Array.from({ length: 1000 }, () => sentences.join(' ')).join(' '));
    expect(long).toHaveLength(3000);
    expect(long.slice(0, 3)).toEqual(one);
    expect(long.slice(-3)).toEqual(one);
  });

  it('does not take terminal escape sequences for brackets', () => {
    const text = 'The council \u001b]0;title\u0007 met \u001b[2J\u001b[31mtoday\u001b[0m [really].';
    expect(kinds(text)).toEqual([['addition', '[really]']]);
    expect(parseDocument(text).diagnostics).toEqual([]);
  });

  it('tells substitutions from additions by what removal leaves', () => {
    expect(kinds('The company plans to [expand] its factories next year.')).toEqual([
      ['substitution', '[expand]'],
    ]);
    expect(kinds('Prices rose sharply [for poor families] in March.')).toEqual([
      ['addition', '[for poor families]'],
    ]);
    expect(kinds('The council, [which has long opposed the plan], voted on Tuesday.')).toEqual([
      ['addition', '[which has long opposed the plan]'],
    ]);
    expect(kinds('Officials [refused to explain] the delay to reporters.')).toEqual([
      ['substitution', '[refused to explain]'],
    ]);
  });

  it('survives nested and unbalanced brackets', () => {
    const nested = parseDocument('A sentence [with [nested] brackets] ends here.');
    expect(nested.insertions.map((i) => i.text)).toEqual(['[with [nested] brackets]']);
    const unclosed = parseDocument('First paragraph [never closed here.\n\nSecond paragraph is fine.');
    expect(unclosed.insertions).toHaveLength(1);
    expect(unclosed.insertions[0]).toMatchObject({ text: '[never closed here.', closed: false });
    expect(unclosed.diagnostics.map((d) => d.code)).toEqual(['unclosed-bracket']);
    const stray = parseDocument('A stray ] bracket.');
    expect(stray.insertions).toEqual([]);
    expect(stray.diagnostics.map((d) => d.code)).toEqual(['unmatched-close-bracket']);
  });

  it('reads CRLF text with the same structure and exact offsets', () => {
    const lf = 'Title line\n\n(by Jane Roe, Reuters) — Body [added words] here.\n\n1. Why?\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = parseDocument(lf);
    const b = parseDocument(crlf);
    expect(b.blocks.map((x) => x.kind)).toEqual(a.blocks.map((x) => x.kind));
    expect(b.insertions.map((i) => i.text)).toEqual(['[added words]']);
    expect(crlf.slice(...b.insertions[0]!.range)).toBe('[added words]');
    expect(
      leaves(b.tree)
        .map((l) => crlf.slice(...l.range))
        .join(''),
    ).toBe(crlf);
  });

  it('takes a title-case first line as the headline even when a feed ends it with a full stop', () => {
    const kinds = (t: string) => parseDocument(t).blocks.map((b) => b.kind);
    expect(kinds('Senator Backs New Farm Bill After Close Vote.\n\nThe senator spoke on Monday.')).toEqual([
      'title',
      'body',
    ]);
    // A first sentence of names still has a verb in lower case; a dateline opens a story.
    expect(kinds('Governor Ed Marsh met Kate Lund and Tom Hale.\n\nThey spoke.')).toEqual(['body', 'body']);
    expect(kinds('WASHINGTON (AP) — Lawmakers Met On Monday.\n\nMore text.')[0]).not.toBe('title');
  });

  it('reads a dated dateline, and the speaker of a quotation right after a credit', () => {
    const t =
      'Party apologises to senator.\n\nPHILADELPHIA, July 25 (UPI) — The party committee released a statement on Monday, offering “a deep and sincere apology” to the senator after leaked emails.\n\nMore text.';
    const doc = parseDocument(t);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['title', 'credit', 'body', 'body']);
    expect(doc.sources[0]!.name).toBe('UPI');
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['The party committee']);
    // HuffPost's dateline dash is a horizontal bar.
    expect(matchDateline('WASHINGTON ― The Senate voted.')?.place).toEqual([0, 10]);
  });

  it('recognises bylines and datelines of other wires', () => {
    const ap = parseDocument('WASHINGTON (AP) — Lawmakers met on Monday.\n\nMore text follows here.');
    expect(ap.blocks.map((b) => b.kind)).toEqual(['credit', 'body', 'body']);
    expect(ap.sources[0]!.name).toBe('AP');
    const by = parseDocument(
      'Storm hits coast\n\nBy Maria Lopez, Associated Press\n\nThe storm came ashore.',
    );
    expect(by.blocks.map((b) => b.kind)).toEqual(['title', 'credit', 'body']);
    expect(by.sources[0]).toMatchObject({ author: 'Maria Lopez', name: 'Associated Press' });
  });
});

describe('another reprint layout (AP dateline, question heading, lettered items with periods)', () => {
  const text = readFileSync(new URL('./fixtures/ap-reprint.txt', import.meta.url), 'utf8');
  const doc = parseDocument(text);

  it('finds the structure and the sources', () => {
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'title',
      'credit',
      'body',
      'body',
      'reprint-notice',
      'boilerplate',
      'question',
      'question',
      'boilerplate',
      'background',
      'source-credit',
      'boilerplate',
    ]);
    expect(doc.blocks[6]!.question!.items.map((i) => i.label)).toEqual(['a', 'b']);
    expect(doc.sources.map((s) => [s.role, s.name])).toEqual([
      ['wire', 'AP'],
      ['editor', null],
      ['second', 'Wikipedia'],
    ]);
  });

  it('classifies its insertions, the spaced ellipsis and the quote', () => {
    expect(doc.insertions.map((i) => [i.kind, i.text])).toEqual([
      ['addition', '[after a brief government shutdown]'],
      ['substitution', '[would add billions to the deficit]'],
    ]);
    expect(doc.elisions.map((e) => [e.text, e.placement])).toEqual([['. . . .', 'paragraph-end']]);
    expect(doc.quotes[0]!.speaker).toMatchObject({
      name: 'Senate Majority Leader Mitch McConnell',
      named: true,
    });
  });
});
