import { parseDocument } from '@gloss/document';
import { describe, expect, it } from 'vitest';
import { compareVersions, compareWireLayer, type Edit } from '../src/index.ts';
import { seed, seedOriginal } from './seed-pair.ts';

const { original, expected } = seedOriginal();
const result = compareVersions(
  { label: 'original', doc: parseDocument(original) },
  { label: 'reprint', doc: parseDocument(seed) },
);
const describeEdit = (e: Edit) =>
  `${e.kind}${e.bracketed ? ' bracketed' : ''}${e.silent ? ' silent' : ''}${e.elided ? ' elided' : ''}: ${JSON.stringify(e.a?.text ?? null)} -> ${JSON.stringify(e.b?.text ?? null)}`;

describe('original vs the seed reprint', () => {
  it.each(expected.map((e) => [e.what, e] as const))('finds and classifies %s', (_what, want) => {
    const found = result.edits.find(
      (e) => e.kind === want.kind && (e.a?.text ?? null) === want.a && (e.b?.text ?? null) === want.b,
    );
    expect(found ? describeEdit(found) : result.edits.map(describeEdit).join('\n')).toBe(
      `${want.kind}${want.bracketed ? ' bracketed' : ''}${want.silent ? ' silent' : ''}${want.elided ? ' elided' : ''}: ${JSON.stringify(want.a)} -> ${JSON.stringify(want.b)}`,
    );
  });

  it('reports nothing else in the article body, and labels the reprint notice, questions and background', () => {
    const body = result.edits.filter(
      (e) =>
        !expected.some(
          (w) => w.kind === e.kind && (e.a?.text ?? null) === w.a && (e.b?.text ?? null) === w.b,
        ),
    );
    for (const e of body) {
      // An ellipsis in B where the original has nothing cut: a mark, reported but not silent.
      if (e.b?.text === '…') {
        expect([e.kind, e.silent]).toEqual(['insert', false]);
        continue;
      }
      expect([e.b?.block, e.silent, describeEdit(e)]).toEqual([
        expect.stringMatching(/reprint-notice|question|background|source-credit|boilerplate/),
        false,
        expect.any(String),
      ]);
    }
  });

  it('ranges are offsets into each exact input text', () => {
    for (const e of result.edits) {
      if (e.a) expect(original.slice(e.a.range[0], e.a.range[1])).toBe(e.a.text);
      if (e.b) expect(seed.slice(e.b.range[0], e.b.range[1])).toBe(e.b.text);
    }
  });

  it('does not report quote or dash style, but lists them with all', () => {
    expect(result.summary.trivial).toBeGreaterThanOrEqual(3);
    const all = compareVersions(
      { label: 'original', doc: parseDocument(original) },
      { label: 'reprint', doc: parseDocument(seed) },
      { all: true },
    );
    const trivial = all.edits.filter((e) => e.trivial).map((e) => `${e.a?.text}|${e.b?.text}`);
    expect(trivial).toEqual(expect.arrayContaining(['"|“', '"|”', '--|—']));
  });

  it('counts the cut attribution and summarises in one line', () => {
    expect(result.summary.attributionsRemoved).toBe(1);
    expect(result.summary.line).toMatch(/cuts 1 attribution/);
    expect(result.summary.line.split('\n')).toHaveLength(1);
  });

  it('aligns the moved paragraph as a move, linked to where it was', () => {
    const move = result.alignment.findIndex((r) => r.kind === 'move');
    expect(move).toBeGreaterThan(0);
    const away = result.alignment[move]!.linkedRow!;
    expect(result.alignment[away]!.kind).toBe('moved-away');
    expect(away).toBeLessThan(move);
  });
});

describe('gloss compare FILE: the wire layer against the reprint', () => {
  const doc = parseDocument(seed);
  const wire = compareWireLayer({ label: 'reprint', doc }, parseDocument, null);
  it('finds every bracketed insertion and nothing silent', () => {
    const bracketed = wire.edits.filter((e) => e.bracketed).map((e) => e.insertion);
    expect(bracketed).toEqual(doc.insertions.map((i) => i.id));
    expect(wire.edits.filter((e) => e.silent)).toEqual([]);
  });
  it('maps the A side back into the reprint', () => {
    const sides = wire.alignment.filter((r) => r.kind === 'equal').map((r) => r.a!.range);
    expect(sides.length).toBeGreaterThan(10);
    const cut = compareWireLayer(
      { label: 'reprint', doc: parseDocument(seed.replace('(by Drew', 'Amazon pitched. (by Drew')) },
      parseDocument,
      null,
    );
    void cut;
  });
});

describe('trivial differences are not edits', () => {
  /** The seed hard-wrapped at 70 columns, straight quotes, `--` dashes, `...`, two spaces after full stops. */
  const wrap = (p: string) => {
    const out: string[] = [];
    let line = '';
    for (const w of p.split(' ')) {
      if (line && `${line} ${w}`.length > 70) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    out.push(line);
    return out.join('\n');
  };
  const restyled = seed
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/—/g, '--')
    .replace(/…/g, '...')
    .split('\n\n')
    .map(wrap)
    .join('\n\n')
    .replace(/\. /g, '.  ');
  const r = compareVersions(
    { label: 'A', doc: parseDocument(seed) },
    { label: 'B', doc: parseDocument(restyled) },
  );
  it('reports no change, counts the trivial ones, and lists them with all', () => {
    expect(r.edits).toEqual([]);
    expect(r.summary.trivial).toBeGreaterThan(100);
    expect(r.summary.line).toMatch(/^No changes to the words \(\d+ trivial differences/);
    const all = compareVersions(
      { label: 'A', doc: parseDocument(seed) },
      { label: 'B', doc: parseDocument(restyled) },
      { all: true },
    );
    expect(all.edits.length).toBe(r.summary.trivial);
    expect(all.edits.every((e) => e.trivial && !e.silent)).toBe(true);
  });
});
