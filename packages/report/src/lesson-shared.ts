/** Pieces shared by the lesson formatters (JSON, Markdown, HTML): titles, labels, margin notes. */
import type { Analysis, Finding } from '@gloss/analysis';
import type { GlossDocument, Range } from '@gloss/document';
import type { AuditKind, Lesson, LessonQuestion, QuestionKind } from '@gloss/lesson';

export interface LessonFormatOptions {
  /** Input name (a path or `-`), shown in the header. */
  name?: string;
  /** Include the evidence for each question and the audit of the questions (the teacher's copy). */
  answerKey?: boolean;
}

export const ROLE_LABELS = {
  who: 'Who',
  what: 'What',
  where: 'Where',
  when: 'When',
  why: 'Why',
  how: 'How',
} as const;

/** The rows of the student's empty 5W table: what a lead is expected to answer. */
export const STUDENT_ROLES = ['who', 'what', 'where', 'when'] as const;

export const KIND_LABELS: Record<QuestionKind, string> = {
  recall: 'Recall — the answer is in the article',
  inference: 'Inference — connect what the article says',
  opinion: 'Opinion — your own view, backed by the article',
};

export const AUDIT_LABELS: Record<AuditKind, string> = {
  leading: 'Leading',
  'false-choice': 'False choice',
  'loaded-wording': 'Loaded wording',
  'unsupported-claim': 'Not in the article',
};

export function articleTitle(doc: GlossDocument): string {
  const t = doc.blocks.find((b) => b.kind === 'title');
  return t ? doc.text.slice(...t.range).trim() : 'Untitled article';
}

export function creditLine(doc: GlossDocument): string {
  const wire = doc.sources.find((s) => s.role === 'wire');
  const parts: string[] = [];
  if (wire?.name) parts.push(`Wire story: ${wire.name}${wire.author ? `, by ${wire.author}` : ''}`);
  const seconds = doc.sources.filter((s) => s.role === 'second' && s.name);
  if (seconds.length) parts.push(`background from ${seconds.map((s) => s.name).join(', ')}`);
  return parts.join('; ');
}

/** Loaded-wording findings in the article itself (title and body), the ones the handout marks. */
export function articleFindings(doc: GlossDocument, analysis: Analysis): Finding[] {
  const article = new Set(
    doc.blocks.map((b, i) => (b.kind === 'title' || b.kind === 'body' ? i : -1)).filter((i) => i >= 0),
  );
  return analysis.findings.filter(
    (f) =>
      f.family === 'wording' &&
      doc.blocks.some((b, i) => article.has(i) && f.range[0] >= b.range[0] && f.range[1] <= b.range[1]),
  );
}

type NoteBody =
  | { type: 'insertion'; range: Range; index: number }
  | { type: 'finding'; range: Range; finding: Finding }
  | { type: 'elision'; range: Range; index: number };

/**
 * A margin note with its marker, the same number the terminal report and the JSON give:
 * `E3` is editorial insertion 3 (`⟦3 …⟧` in `gloss analyze`), `11` is finding 11
 * (`analysis.findings[10]`, `‹…›¹¹`), `C2` is the second cut. Never square brackets: the
 * lesson is about square brackets.
 */
export type Note = NoteBody & { marker: string };

/** A finding's number everywhere (terminal report, handout, TUI): its place in `analysis.findings`, from 1. */
export function findingNumbers(analysis: Analysis): Map<Finding, number> {
  return new Map(analysis.findings.map((f, i) => [f, i + 1]));
}

/** Margin notes in text order: insertions, elisions and loaded wording in the article. */
export function marginNotes(doc: GlossDocument, analysis: Analysis): Note[] {
  const article = new Set(
    doc.blocks.map((b, i) => (b.kind === 'title' || b.kind === 'body' ? i : -1)).filter((i) => i >= 0),
  );
  const numbers = findingNumbers(analysis);
  const raw: Note[] = [];
  doc.insertions.forEach((ins, index) => {
    if (article.has(ins.block))
      raw.push({ type: 'insertion', range: ins.range, index, marker: `E${ins.id}` });
  });
  doc.elisions.forEach((el, index) => {
    if (article.has(el.block)) raw.push({ type: 'elision', range: el.range, index, marker: `C${index + 1}` });
  });
  for (const f of articleFindings(doc, analysis))
    raw.push({ type: 'finding', range: f.range, finding: f, marker: String(numbers.get(f)) });
  const order = { insertion: 0, elision: 1, finding: 2 };
  raw.sort((a, b) => a.range[0] - b.range[0] || order[a.type] - order[b.type] || b.range[1] - a.range[1]);
  return raw;
}

export function noteText(
  doc: GlossDocument,
  note: Note,
): { label: string; body: string; alternatives: string[] } {
  if (note.type === 'insertion') {
    const ins = doc.insertions[note.index]!;
    return { label: `Editorial insertion (${ins.kind})`, body: ins.explanation, alternatives: [] };
  }
  if (note.type === 'elision') {
    const el = doc.elisions[note.index]!;
    return { label: 'Passage cut', body: el.explanation, alternatives: [] };
  }
  const f = note.finding;
  return {
    label: `Loaded wording: ${f.category}${f.voice === 'quoted' ? ' (in a quotation)' : f.layer === 'editorial' ? ' (in the site’s words)' : ''}`,
    body: f.reason,
    alternatives: f.expected,
  };
}

/** The audit of a question's own words (the shared stem's audit is printed once, with the stem). */
export function ownAudits(q: LessonQuestion): LessonQuestion['audit'] {
  return q.audit.filter((a) => a.in !== 'stem');
}

/** The audit of a group's shared stem, each item once (items sharing a stem carry the same stem audits). */
export function stemAudits(questions: LessonQuestion[]): LessonQuestion['audit'] {
  const seen = new Set<string>();
  const out: LessonQuestion['audit'] = [];
  for (const q of questions) {
    for (const a of q.audit) {
      if (a.in !== 'stem' || seen.has(a.id)) continue;
      seen.add(a.id);
      out.push(a);
    }
  }
  return out;
}

/** A background section from a second source, as the article credits it. */
export interface Background {
  /** The source's name (`UK Daily Mail`), or null when the credit names none. */
  source: string | null;
  paragraphs: string[];
  /** The credit line as written (`(from an article at the UK Daily Mail.)`), or null. */
  credit: string | null;
}

/** The background blocks, one section per run of blocks from the same source. */
export function backgrounds(doc: GlossDocument): Background[] {
  const out: (Background & { id: string | null })[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'background' && b.kind !== 'source-credit') continue;
    const body = doc.text.slice(...b.range).trim();
    let last = out[out.length - 1];
    if (!last || last.id !== b.source || (b.kind === 'background' && last.credit !== null)) {
      const source = doc.sources.find((x) => x.id === b.source);
      last = { id: b.source, source: source?.name ?? null, paragraphs: [], credit: null };
      out.push(last);
    }
    if (b.kind === 'source-credit') last.credit = body;
    else if (body) last.paragraphs.push(body);
  }
  return out
    .filter((x) => x.paragraphs.length > 0)
    .map(({ source, paragraphs, credit }) => ({ source, paragraphs, credit }));
}

/** The input's file name without its folders (the footer should not show a local path). */
export function fileLabel(name: string): string {
  return name.split(/[\\/]/).filter(Boolean).pop() ?? name;
}

/** Questions grouped by number, keeping order: [[1], [2a, 2b], …]. */
export function questionGroups(lesson: Lesson): LessonQuestion[][] {
  const groups: LessonQuestion[][] = [];
  for (const q of lesson.questions) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.number === q.number && last[0]!.block === q.block) last.push(q);
    else groups.push([q]);
  }
  return groups;
}

/** Ends a sentence with a full stop when it has no closing punctuation. */
export function period(s: string): string {
  return /[.!?:;”"']$/.test(s.trim()) ? s : `${s.trim()}.`;
}
