import { type GlossDocument, lineColumn, parseDocument } from '@gloss/document';
import { type AnalyzeOptions, analyzeDocument, type Finding } from '@gloss/analysis';

/** textlint-tester style: `line:col-line:col: reason` (end column exclusive, as ranges are). */
export function locate(text: string, f: Finding): string {
  const a = lineColumn(text, f.range[0]);
  const b = lineColumn(text, f.range[1]);
  return `${a.line}:${a.column}-${b.line}:${b.column}: ${f.reason}`;
}

export function run(
  text: string,
  options: AnalyzeOptions = {},
): { doc: GlossDocument; findings: Finding[]; lines: string[] } {
  const doc = parseDocument(text);
  const findings = analyzeDocument(doc, options).findings;
  return { doc, findings, lines: findings.map((f) => locate(text, f)) };
}

/**
 * Lines of one rule's findings on `text`, whatever the model's confidence: rule tests
 * check what a rule matches; the default threshold is tested on its own (model.test.ts).
 */
export function lint(rule: string, text: string): string[] {
  return run(text, { rules: [rule], minConfidence: 0 }).lines;
}
