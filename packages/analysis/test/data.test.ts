import { rules } from '@gloss/analysis';
import { describe, expect, it } from 'vitest';

/** The data validator: every word list is checked on every test run. */
const phraseKey = (p: string) =>
  p
    .toLowerCase()
    .replaceAll('’', "'")
    .split(/[\s\-‐]+/)
    .filter(Boolean)
    .join(' ');

describe('word lists', () => {
  it.each(rules.filter((r) => r.lexicon).map((r) => [r.id, r] as const))(
    '%s: ids, sources, alternatives, no duplicates',
    (_id, rule) => {
      const ids = new Set<string>();
      const phrases = new Map<string, string>();
      for (const e of rule.lexicon ?? []) {
        expect(e.id, e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
        ids.add(e.id);
        expect(e.source.length, `${e.id}: source`).toBeGreaterThan(5);
        expect(e.expected.length > 0 || (e.expectedNote ?? '').length > 0, `${e.id}: alternatives`).toBe(
          true,
        );
        expect(e.phrases.length, `${e.id}: phrases`).toBeGreaterThan(0);
        if (e.confidence !== undefined)
          expect(e.confidence > 0 && e.confidence <= 1, `${e.id}: confidence`).toBe(true);
        for (const p of e.phrases) {
          expect(p, `${e.id}: lowercase`).toBe(p.toLowerCase());
          const k = phraseKey(p);
          expect(phrases.get(k), `${rule.id}: “${p}” in ${e.id} and ${phrases.get(k)}`).toBeUndefined();
          phrases.set(k, e.id);
        }
      }
    },
  );

  it('no phrase is in two of the curated wording lists', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const rule of rules) {
      if (rule.family !== 'wording' || rule.id === 'evaluative-word') continue;
      for (const e of rule.lexicon ?? [])
        for (const p of e.phrases) {
          const k = phraseKey(p);
          const other = seen.get(k);
          if (other && !other.startsWith(`${rule.id}/`)) dups.push(`${k}: ${other} and ${rule.id}/${e.id}`);
          seen.set(k, `${rule.id}/${e.id}`);
        }
    }
    expect(dups).toEqual([]);
  });

  it('the partisan lists cover both directions', () => {
    for (const id of ['contested-label', 'contested-term']) {
      const lex = rules.find((r) => r.id === id)?.lexicon ?? [];
      const left = lex.filter((e) => e.lean === 'left').length;
      const right = lex.filter((e) => e.lean === 'right').length;
      expect(left, id).toBeGreaterThan(5);
      expect(right, id).toBeGreaterThan(5);
      expect(Math.max(left, right) / Math.min(left, right), id).toBeLessThan(2);
    }
  });
});

describe('docs/rules.md', () => {
  it('documents every registered rule (regenerate with `pnpm docs:rules`)', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    for (const r of rules) expect(doc, r.id).toContain(`## ${r.id}\n`);
  });
});
