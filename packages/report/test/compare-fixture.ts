import { analyzeDocument } from '@gloss/analysis';
import { type Comparison, compareVersions } from '@gloss/compare';
import { parseDocument } from '@gloss/document';

export const A = `City plans 'new' shelter

Officials said the plan would help immigrants find work. The mayor said it was "fair" -- and cheap.

The council votes on Monday. It is expected to pass.
`;

export const B = `City plans ‘new’ shelter

Officials said the plan would help illegal immigrants find work. …

The council [of hardliners] votes on Monday. It is expected to pass.\u001b[31m
`;

export function fixture(all = false): Comparison {
  const a = parseDocument(A);
  const b = parseDocument(B);
  return compareVersions(
    { label: 'wire', doc: a, analysis: analyzeDocument(a) },
    { label: 'reprint', doc: b, analysis: analyzeDocument(b) },
    { all },
  );
}
