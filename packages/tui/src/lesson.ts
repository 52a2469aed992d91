import type { Range } from '@gloss/document';
import { LEAD_ROLES, type Lesson } from '@gloss/lesson';
import type { View } from './model.ts';
import { sanitize } from './text.ts';

/** One reading question as the pane shows it; evidence located on the view's rows (B side). */
export interface QuestionView {
  id: string;
  text: string;
  kind: string;
  kindReason: string;
  /** Evidence sentences, best first: the row that holds each one. */
  evidence: { row: number; rank: number; text: string; layer: string }[];
  /** One line per audit item: kind, what is wrong, what the article says, a fairer wording. */
  audit: string[];
}

export interface LessonView {
  questions: QuestionView[];
  /** The 5W of the lead and the sources, as lines for the facts page. */
  facts: string[];
}

/**
 * The lesson (computed by @gloss/lesson on the same text as the comparison's B
 * side) placed on the view's rows, so picking a question can light up its evidence.
 */
export function buildLessonView(lesson: Lesson, view: View): LessonView {
  const rows = view.comparison.alignment
    .map((r, k) => ({ k, range: r.b?.range ?? null }))
    .filter((r): r is { k: number; range: Range } => r.range !== null);
  const rowOf = (offset: number) => {
    let best = rows[0]?.k ?? 0;
    for (const r of rows) {
      if (r.range[0] <= offset) best = r.k;
      else break;
    }
    return best;
  };
  const questions = lesson.questions.map(
    (q): QuestionView => ({
      id: q.id,
      text: sanitize(q.text),
      kind: q.kind,
      kindReason: sanitize(q.kindReason),
      evidence: q.evidence.map((e) => ({
        row: rowOf(e.range[0]),
        rank: e.rank,
        text: sanitize(e.text),
        layer: e.layer,
      })),
      audit: q.audit.map((a) =>
        sanitize(
          `${a.kind}: “${a.actual}” — ${a.reason}${a.articleSays ? ` The article says: “${a.articleSays.text}”` : ''}${a.suggestion ? ` Fairer: ${a.suggestion}` : ''}`,
        ),
      ),
    }),
  );
  const facts: string[] = [
    'The lead: who, what, where, when, why, how (Esc closes, r for the questions)',
    '',
  ];
  for (const role of LEAD_ROLES) {
    const spans = lesson.lead[role];
    facts.push(
      `  ${role.toUpperCase().padEnd(6)} ${spans.length ? spans.map((s) => `“${sanitize(s.text)}”`).join('; ') : '(the lead does not say)'}`,
    );
  }
  facts.push('', `Sources: ${sanitize(lesson.sourcing.summary)}`);
  for (const s of lesson.sources) {
    facts.push(
      `  ${s.class.padEnd(9)} ${sanitize(s.name)} — ${sanitize(s.classReason)} (${s.quotes} quotes, ${s.attributions} paraphrases)`,
    );
  }
  return { questions, facts };
}
