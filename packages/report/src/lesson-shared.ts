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

export type Note = NoteBody & { n: number };

/** Numbered margin notes in text order: insertions, elisions and loaded wording in the article. */
export function marginNotes(doc: GlossDocument, analysis: Analysis): Note[] {
  const article = new Set(
    doc.blocks.map((b, i) => (b.kind === 'title' || b.kind === 'body' ? i : -1)).filter((i) => i >= 0),
  );
  const raw: NoteBody[] = [];
  doc.insertions.forEach((ins, index) => {
    if (article.has(ins.block)) raw.push({ type: 'insertion', range: ins.range, index });
  });
  doc.elisions.forEach((el, index) => {
    if (article.has(el.block)) raw.push({ type: 'elision', range: el.range, index });
  });
  for (const f of articleFindings(doc, analysis)) raw.push({ type: 'finding', range: f.range, finding: f });
  const order = { insertion: 0, elision: 1, finding: 2 };
  raw.sort((a, b) => a.range[0] - b.range[0] || order[a.type] - order[b.type] || b.range[1] - a.range[1]);
  return raw.map((r, i) => ({ ...r, n: i + 1 }));
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

/** Audit items of a question group, each once (items sharing a stem carry the same stem audits). */
export function uniqueAudits(questions: LessonQuestion[]): LessonQuestion['audit'] {
  const seen = new Set<string>();
  const out: LessonQuestion['audit'] = [];
  for (const q of questions) {
    for (const a of q.audit) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      out.push(a);
    }
  }
  return out;
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
