import type { Comparison } from '@gloss/compare';

/**
 * `--format json`: the comparison as one `gloss.compare/1` object. Every range is
 * a `[start, end)` UTF-16 offset pair into that side's exact input text (`a.text`
 * or `b.text`); `inputRange` (single-file mode) maps an A range back into the reprint.
 */
export function formatCompareJson(c: Comparison): string {
  const version = (v: Comparison['a']) => ({
    label: v.label,
    text: v.text,
    words: v.words,
    sentences: v.sentences,
    analysis: v.analysis,
    findings: v.findings,
  });
  return `${JSON.stringify({
    schema: c.schema,
    options: c.options,
    a: version(c.a),
    b: version(c.b),
    alignment: c.alignment,
    edits: c.edits.map((e) => ({
      id: e.id,
      kind: e.kind,
      mark: e.mark,
      bracketed: e.bracketed,
      silent: e.silent,
      elided: e.elided,
      substitution: e.substitution,
      trivial: e.trivial,
      a: e.a,
      b: e.b,
      at: e.at,
      row: e.row,
      insertion: e.insertion,
      findings: e.findings,
    })),
    summary: c.summary,
  })}\n`;
}
