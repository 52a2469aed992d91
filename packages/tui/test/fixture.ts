import { readFileSync } from 'node:fs';
import { analyzeDocument } from '@gloss/analysis';
import { type Comparison, compareVersions, compareWireLayer } from '@gloss/compare';
import { parseDocument } from '@gloss/document';
import { buildLesson } from '@gloss/lesson';
import { seedOriginal } from '../../compare/test/seed-pair.ts';
import { buildLessonView, buildView, type LessonView, type View } from '../src/index.ts';

export const seedText = readFileSync(
  new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url),
  'utf8',
);

const analyze = (doc: ReturnType<typeof parseDocument>) => analyzeDocument(doc);

/** `gloss tui corpus/amazon-ice-rekognition.txt`: the wire layer against the reprint. */
export function seedWireComparison(text = seedText): Comparison {
  const doc = parseDocument(text);
  return compareWireLayer({ label: 'reprint', doc, analysis: analyze(doc) }, parseDocument, analyze);
}

/** The seed against an "original" with silent edits, cuts and a move (see packages/compare/test/seed-pair.ts). */
export function seedPairComparison(): Comparison {
  const { original } = seedOriginal();
  const a = parseDocument(original);
  const b = parseDocument(seedText);
  return compareVersions(
    { label: 'original', doc: a, analysis: analyze(a) },
    { label: 'reprint', doc: b, analysis: analyze(b) },
  );
}

export const wireView: View = buildView(seedWireComparison());
export const pairView: View = buildView(seedPairComparison());

/** The seed's lesson (questions with evidence and audit, 5W, sources) placed on the wire view's rows. */
export const wireLesson: LessonView = (() => {
  const doc = parseDocument(seedText);
  return buildLessonView(buildLesson(doc, analyzeDocument(doc)), wireView);
})();
