import { describe, expect, it } from 'vitest';
import { formatCompareJson } from '../src/index.ts';
import { A, B, fixture } from './compare-fixture.ts';

describe('formatCompareJson', () => {
  const json = JSON.parse(formatCompareJson(fixture()));
  it('has the gloss.compare/1 shape', () => {
    expect(json.schema).toBe('gloss.compare/1');
    expect(Object.keys(json)).toEqual(['schema', 'options', 'a', 'b', 'alignment', 'edits', 'summary']);
    expect(json.a.text).toBe(A);
    expect(json.b.text).toBe(B);
    expect(json.b.analysis.findings).toBeGreaterThan(0);
  });
  it('gives each edit its kind, flags and sides as ranges into each exact input', () => {
    const rows = json.edits.map(
      (e: {
        kind: string;
        bracketed: boolean;
        silent: boolean;
        elided: boolean;
        a: { range: [number, number]; text: string } | null;
        b: { range: [number, number]; text: string } | null;
      }) =>
        `${e.kind} ${e.bracketed ? 'bracketed' : e.silent ? 'silent' : e.elided ? 'elided' : '-'} ${e.a ? A.slice(...e.a.range) : '∅'} → ${e.b ? B.slice(...e.b.range) : '∅'}`,
    );
    expect(rows).toEqual([
      'insert silent ∅ → illegal',
      'delete elided The mayor said it was "fair" -- and cheap. → …',
      'insert bracketed ∅ → [of hardliners]',
      // `ESC [31m` is a terminal escape sequence, not an editor's bracket: one silent insert.
      'insert silent ∅ → \u001b[31m',
    ]);
  });
  it('attaches the loaded term the silent edit adds', () => {
    const silent = json.edits.find((e: { silent: boolean }) => e.silent);
    expect(silent.findings.added.map((f: { actual: string }) => f.actual)).toContain('illegal immigrants');
  });
});
