import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupe } from '../src/engine/steps.ts';
import type { Finding } from '../src/types.ts';

const finding = (ruleId: string, family: Finding['family'], start: number, length: number): Finding => ({
  ruleId,
  category: 'c',
  family,
  severity: 'warning',
  range: [start, start + length],
  actual: 'x',
  expected: [],
  reason: 'r',
  note: 'n',
  source: 's',
  url: 'u',
  confidence: 0.5,
  voice: 'reporter',
  layer: 'wire',
});

/** The rule as first written: quadratic, obviously right. */
function naive(findings: Finding[], priority: Map<string, number>): Finding[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.ruleId}:${f.range[0]}:${f.range[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const wording = unique.filter((f) => f.family === 'wording');
  const rank = (f: Finding) => priority.get(f.ruleId) ?? Number.MAX_SAFE_INTEGER;
  return unique.filter(
    (f) =>
      f.family !== 'wording' ||
      !wording.some(
        (g) =>
          g !== f &&
          g.range[0] <= f.range[0] &&
          f.range[1] <= g.range[1] &&
          (rank(g) < rank(f) || (rank(g) === rank(f) && g.range[1] - g.range[0] > f.range[1] - f.range[0])),
      ),
  );
}

describe('dedupe', () => {
  it('keeps exactly what the quadratic definition keeps', () => {
    const priority = new Map([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    const arb = fc.array(
      fc.record({
        rule: fc.constantFrom('a', 'b', 'c', 'z'),
        family: fc.constantFrom<Finding['family']>('wording', 'wording', 'framing'),
        start: fc.nat(20),
        length: fc.integer({ min: 1, max: 8 }),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const findings = specs.map((s) => finding(s.rule, s.family, s.start, s.length));
        expect(dedupe(findings, priority)).toEqual(naive(findings, priority));
      }),
      { numRuns: 3000 },
    );
  });
});
