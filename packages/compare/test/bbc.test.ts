import { parseDocument } from '@gloss/document';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../src/index.ts';
import { bbcPath, generatePair, hasBbc, readBbc, type Score, score } from './generate.ts';

/**
 * Pairs generated from real BBC articles with known edits: the comparison must
 * find them (recall) without inventing others (precision). Figures go to docs/compare.md.
 */
describe.skipIf(!hasBbc)(`edit recall and precision on BBC pairs (${bbcPath})`, () => {
  const articles = hasBbc ? readBbc(300) : []; // the body is collected even when skipped
  let total: Score | undefined;
  for (const [k, art] of articles.entries()) {
    const { b, truth } = generatePair(art.text, k + 1);
    const result = compareVersions(
      { label: 'A', doc: parseDocument(art.text) },
      { label: 'B', doc: parseDocument(b) },
    );
    total = score(result, truth, total);
  }
  const s = total!;
  it('finds at least 95% of the known edits, classified right', () => {
    expect(s.truth).toBeGreaterThan(500);
    expect(s.matched / s.truth).toBeGreaterThan(0.95);
    expect(s.correct / s.matched).toBeGreaterThan(0.95);
  });
  it('reports at least 95% real edits (precision)', () => {
    expect((s.found - s.falsePositives) / s.found).toBeGreaterThan(0.95);
  });
  it('prints the figures', () => {
    const rows = Object.entries(s.byOp).map(
      ([op, r]) => `${op}: ${r.matched}/${r.truth} found, ${r.correct} classified right`,
    );
    console.log(
      `BBC pairs: ${articles.length} articles, ${s.truth} known edits, ${s.found} reported; recall ${(s.matched / s.truth).toFixed(3)}, precision ${((s.found - s.falsePositives) / s.found).toFixed(3)}, classification ${(s.correct / s.matched).toFixed(3)}\n${rows.join('\n')}`,
    );
    expect(rows.length).toBeGreaterThan(5);
  });
});
