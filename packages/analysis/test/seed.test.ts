import { readFileSync } from 'node:fs';
import { parseDocument } from '@gloss/document';
import { analyzeDocument } from '@gloss/analysis';
import { describe, expect, it } from 'vitest';

const text = readFileSync(new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url), 'utf8');
const doc = parseDocument(text);
const { findings, summary } = analyzeDocument(doc);
const at = (phrase: string, from = 0) => {
  const i = text.indexOf(phrase, from);
  if (i === -1) throw new Error(`not in seed: ${phrase}`);
  return i;
};

describe('the seed article', () => {
  it('flags “illegal immigrants” in the bracketed insertion as editorial, with alternatives', () => {
    const start = at('[against illegal immigrants]') + '[against '.length;
    const f = findings.find((x) => x.range[0] === start && x.ruleId === 'contested-label');
    expect(f?.actual).toBe('illegal immigrants');
    expect(f?.voice).toBe('editorial');
    expect(f?.layer).toBe('editorial');
    expect(f?.expected).toContain('undocumented immigrant');
    expect(f?.source).toMatch(/AP Stylebook/);
  });

  it('flags “Communist rulers” in the editor’s bracketed paragraph', () => {
    const f = findings.find((x) => x.actual === 'Communist rulers');
    expect(f?.ruleId).toBe('contested-label');
    expect(f?.voice).toBe('editorial');
    expect(f?.expected).toContain('Chinese government');
  });

  it('flags the scare-quoted “undocumented”', () => {
    const start = at('“undocumented”') + 1;
    const f = findings.find((x) => x.ruleId === 'scare-quote' && x.range[0] === start);
    expect(f?.actual).toBe('undocumented');
    expect(f?.family).toBe('framing');
  });

  it('flags the anonymous sources', () => {
    const anon = findings.filter((x) => x.ruleId === 'anonymous-source').map((x) => x.actual);
    expect(anon).toContain('whose name was redacted');
    expect(anon).toContain('anonymous Amazon workers');
    expect(anon).toContain('the Amazon official');
  });

  it('tags Bezos’s words as his, not the reporter’s', () => {
    const start = at('I want all of them in');
    const f = findings.find((x) => x.actual === 'all of them' && x.range[0] === start + 'I want '.length);
    expect(f?.voice).toBe('quoted');
    expect(f?.speaker?.name).toMatch(/Bezos/);
    expect(f?.speaker?.named).toBe(true);
    expect(f?.layer).toBe('wire');
  });

  it('finds the editorial insertions far more loaded than the wire text', () => {
    const ed = summary.insertions;
    const wire = summary.byLayer.wire;
    expect(ed.wording).toBeGreaterThanOrEqual(4);
    expect(ed.wordingPer100).toBeGreaterThan(2 * wire.wordingPer100);
    expect(summary.headline).toMatch(/^The editorial insertions carry \d+\.\d loaded terms per 100 words/);
    expect(summary.byRule['contested-label']).toBeGreaterThanOrEqual(3);
    expect(summary.byFamily.wording).toBe(findings.filter((f) => f.family === 'wording').length);
  });
});
