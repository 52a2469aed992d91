import { readFileSync } from 'node:fs';
import { lineColumn, parseDocument } from '@gloss/document';
import { analyzeDocument, ruleList, rules } from '@gloss/analysis';
import { describe, expect, it } from 'vitest';

const seed = readFileSync(new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url), 'utf8');

describe('the rule registry', () => {
  it('has unique kebab-case ids and complete metadata', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(['wording', 'sourcing', 'framing']).toContain(r.family);
      expect(['info', 'warning', 'error']).toContain(r.severity);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.url).toContain(r.id);
      expect(r.source.length).toBeGreaterThan(5);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.examples.ok.length).toBeGreaterThan(0);
      expect(r.examples.notOk.length).toBeGreaterThan(0);
    }
    expect(ruleList().map((r) => r.id)).toEqual(ids);
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s: findings carry its id and stay inside the text',
    (id) => {
      const { findings } = analyzeDocument(parseDocument(seed), { rules: [id] });
      for (const f of findings) {
        expect(f.ruleId).toBe(id);
        expect(f.actual).toBe(seed.slice(f.range[0], f.range[1]));
        expect(f.expected.length > 0 || (f.expectedNote ?? '').length > 0).toBe(true);
        // The neutral alternative is never the flagged wording itself (a scare quote's word).
        const plain = (s: string) =>
          s
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, ' ')
            .trim();
        expect(f.expected.map(plain)).not.toContain(plain(f.actual));
        expect(f.reason).not.toBe('');
        expect(f.source).not.toBe('');
      }
    },
  );

  // Every example, with what the rule matches whatever the model's threshold (`--min-confidence 0`).
  const output = (id: string, text: string) =>
    analyzeDocument(parseDocument(text), { rules: [id], minConfidence: 0 }).findings.map((f) => {
      const at = lineColumn(text, f.range[0]);
      return `${at.line}:${at.column}: ${f.reason}`;
    });

  it.each(rules.flatMap((r) => r.examples.ok.map((text) => [r.id, text] as const)))(
    '%s reports nothing on %j',
    (id, text) => {
      expect(output(id, text)).toEqual([]);
    },
  );

  it.each(rules.flatMap((r) => r.examples.notOk.map((e) => [r.id, e.text, e.output] as const)))(
    '%s on %j',
    (id, text, expected) => {
      expect(expected.length).toBeGreaterThan(0);
      expect(output(id, text)).toEqual(expected);
    },
  );

  it('reports nothing on empty or blank text', () => {
    for (const text of ['', ' ', '\n\n', '“”', '[]']) {
      expect(analyzeDocument(parseDocument(text)).findings).toEqual([]);
    }
  });

  it('is deterministic and does not mutate the document', () => {
    const doc = parseDocument(seed);
    const before = structuredClone(doc);
    const a = analyzeDocument(doc);
    const b = analyzeDocument(doc);
    expect(b).toEqual(a);
    expect(doc).toEqual(before);
  });

  it('sorts by range, then rule id, with no exact duplicates', () => {
    const { findings } = analyzeDocument(parseDocument(seed));
    const keys = findings.map((f) => `${f.ruleId}:${f.range[0]}:${f.range[1]}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1]!;
      const b = findings[i]!;
      expect(
        a.range[0] < b.range[0] ||
          (a.range[0] === b.range[0] &&
            (a.range[1] < b.range[1] || (a.range[1] === b.range[1] && a.ruleId <= b.ruleId))),
      ).toBe(true);
    }
  });
});
