import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const text =
  'Critics argue the regime slammed “illegal aliens”. “Those thugs are massive liars,” Jane Smith said.';

describe('analyzeDocument options', () => {
  it('rules / disable select by rule id, family or category', () => {
    const ids = (o: Parameters<typeof run>[1]) =>
      [...new Set(run(text, { minConfidence: 0, ...o }).findings.map((f) => f.ruleId))].sort();
    expect(ids({ rules: ['charged-verb'] })).toEqual(['charged-verb']);
    expect(ids({ rules: ['sourcing'] })).toEqual(['vague-source']);
    expect(ids({ rules: ['word-choice'] })).toEqual(['contested-label']);
    expect(ids({ disable: ['wording', 'framing'] })).toEqual(['vague-source']);
  });

  it('voices keeps only findings in those voices', () => {
    const quoted = run(text, { voices: ['quoted'], minConfidence: 0 }).findings;
    expect(quoted.length).toBeGreaterThan(0);
    for (const f of quoted) {
      expect(f.voice).toBe('quoted');
      expect(f.speaker?.name).toBe('Jane Smith');
    }
    expect(run(text, { voices: ['reporter'] }).findings.every((f) => f.voice === 'reporter')).toBe(true);
  });

  it('minConfidence drops findings below the threshold', () => {
    const all = run(text).findings;
    const high = run(text, { minConfidence: 0.7 }).findings;
    expect(high.length).toBeGreaterThan(0);
    expect(high.length).toBeLessThan(all.length);
    expect(high.every((f) => f.confidence >= 0.7)).toBe(true);
  });

  it('allow drops by rule, family, entry id or phrase; deny keeps only those', () => {
    const actual = (o: Parameters<typeof run>[1]) =>
      run(text, { minConfidence: 0, ...o }).findings.map((f) => f.actual);
    expect(actual({ allow: ['regime'] })).not.toContain('regime');
    expect(actual({ allow: ['contested-label/regime'] })).not.toContain('regime');
    expect(actual({ allow: ['charged-verb'] })).not.toContain('slammed');
    expect(actual({ deny: ['contested-label'] }).sort()).toEqual(['illegal aliens', 'regime', 'thugs']);
  });
});
