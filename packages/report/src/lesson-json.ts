/** The lesson as JSON, `schema: "gloss.lesson/1"`: the lead, entities, quotes, sources and questions. */
import type { Analysis } from '@gloss/analysis';
import { type GlossDocument, SCHEMAS } from '@gloss/document';
import type { Lesson } from '@gloss/lesson';
import { articleTitle, type LessonFormatOptions } from './lesson-shared.ts';

export const LESSON_SCHEMA = SCHEMAS.lesson;

export function lessonRecord(
  doc: GlossDocument,
  analysis: Analysis,
  lesson: Lesson,
  options: LessonFormatOptions = {},
) {
  return {
    schema: LESSON_SCHEMA,
    input: options.name ?? null,
    title: articleTitle(doc),
    headline: analysis.summary.headline,
    lead: lesson.lead,
    entities: lesson.entities,
    quotes: lesson.quotes,
    attributions: lesson.attributions,
    sources: lesson.sources,
    sourcing: lesson.sourcing,
    questions: lesson.questions.map((q) => ({
      id: q.id,
      number: q.number,
      label: q.label,
      text: q.text,
      range: q.range,
      stem: q.stem,
      kind: q.kind,
      kindReason: q.kindReason,
      evidence: q.evidence,
      audit: q.audit,
    })),
  };
}

export function formatLessonJson(
  doc: GlossDocument,
  analysis: Analysis,
  lesson: Lesson,
  options: LessonFormatOptions = {},
): string {
  return `${JSON.stringify(lessonRecord(doc, analysis, lesson, options), null, 2)}\n`;
}
