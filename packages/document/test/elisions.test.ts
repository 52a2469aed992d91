import { describe, expect, it } from 'vitest';
import { lineColumn, lineLocator, parseDocument, showControls } from '../src/index.ts';

describe('elision placement, from the characters next to the ellipsis', () => {
  it.each([
    ['… the council met.', 'paragraph-start'],
    ['“… the council met.', 'paragraph-start'],
    ['The council met …', 'paragraph-end'],
    ['The council met … ”', 'paragraph-end'],
    ['The council met. … The mayor spoke.', 'sentence-end'],
    ['The council met.” … the mayor spoke.', 'sentence-end'],
    ['The council met … The mayor spoke.', 'sentence-end'],
    ['The council … met on Tuesday.', 'mid-sentence'],
    ['The council ( … ) met on Tuesday.', 'mid-sentence'],
    ['The council [ … ] met on Tuesday.', 'mid-sentence'],
  ])('%s: %s', (text, placement) => {
    const doc = parseDocument(`Headline\n\n${text}\n`);
    expect(doc.elisions.map((e) => e.placement)).toEqual([placement]);
  });

  it('places every ellipsis of a paragraph made of them', () => {
    const doc = parseDocument(`Headline\n\n${'officials … said … '.repeat(50)}\n`);
    expect(doc.elisions).toHaveLength(100);
    expect(doc.elisions.slice(0, -1).every((e) => e.placement === 'mid-sentence')).toBe(true);
    expect(doc.elisions.at(-1)!.placement).toBe('paragraph-end');
  });
});

describe('line and column', () => {
  it('derives them once per text and agrees with lineColumn', () => {
    const text = 'one\ntwo lines\n\n\nfour\n';
    const at = lineLocator(text);
    expect([0, 3, 4, 8, 14, 15, 16, 20, text.length].map((o) => at(o))).toEqual(
      [0, 3, 4, 8, 14, 15, 16, 20, text.length].map((o) => lineColumn(text, o)),
    );
    expect(at(4)).toEqual({ line: 2, column: 1 });
    expect(at(3)).toEqual({ line: 1, column: 4 });
    expect(at(16)).toEqual({ line: 5, column: 1 });
  });
});

describe('control characters as symbols', () => {
  it('maps each C0 and C1 control but tab and newline to one visible character', () => {
    expect(showControls('a\rb\u001b[2J\u009b31m\u0007\t\n\u007f\u202e')).toBe('a␍b␛[2J\ufffd31m␇\t\n␡\ufffd');
    expect(showControls('a\rb', true)).toBe('a\rb');
    const all = Array.from({ length: 0xa0 }, (_, c) => String.fromCharCode(c)).join('');
    expect(showControls(all)).toHaveLength(all.length);
    expect(showControls(all)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
