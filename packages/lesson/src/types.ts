/**
 * What a teacher needs from one article: the lead's 5W, the entities, who is
 * quoted and how, and the site's own questions linked to their evidence and
 * audited. Every range is `[start, end)` in UTF-16 code units of
 * `GlossDocument.text`, the exact input, like everywhere else in Gloss.
 */
import type { Range } from '@gloss/document';

export type { Range };

/** A piece of the input: its range and the exact slice. */
export interface Span {
  range: Range;
  text: string;
}

// ---------------------------------------------------------------- the lead

export type LeadRole = 'who' | 'what' | 'where' | 'when' | 'why' | 'how';

export const LEAD_ROLES: readonly LeadRole[] = ['who', 'what', 'where', 'when', 'why', 'how'];

export interface LeadSpan extends Span {
  role: LeadRole;
  /** 0..1: how sure the rule is (a named entity in the subject is surer than a guessed clause). */
  confidence: number;
  /** `lead`: the first body paragraph; `later`: a later paragraph, used when the lead is silent. */
  from: 'lead' | 'later';
  /** Index into `GlossDocument.blocks` of the paragraph the span is in. */
  block: number;
  /** Stable id of the rule that found it, e.g. `who-subject-entity`, `when-date-entity`. */
  rule: string;
  /** One sentence a teacher can read: why this span answers the question. */
  note: string;
}

export interface Lead {
  /** Index into `blocks` of the lead paragraph (the first body block), or null when there is none. */
  block: number | null;
  /** Range of the lead paragraph, or null. */
  range: Range | null;
  /** Spans per role, best first; an empty list when neither the lead nor the next paragraph says it. */
  who: LeadSpan[];
  what: LeadSpan[];
  where: LeadSpan[];
  when: LeadSpan[];
  why: LeadSpan[];
  how: LeadSpan[];
}

// ---------------------------------------------------------------- entities

/** `agency`: a government body (ICE, the Pentagon, police departments, the CIA). */
export type EntityKind = 'person' | 'organization' | 'agency' | 'place';

export interface Mention extends Span {
  /** Index into `GlossDocument.blocks`. */
  block: number;
}

export interface Entity {
  /** Stable within one lesson, e.g. `org-immigration-and-customs-enforcement`. */
  id: string;
  kind: EntityKind;
  /** The fullest form the article uses, e.g. `Immigration and Customs Enforcement`. */
  name: string;
  /** Other forms merged into it, as written: `ICE`, `Pentagon`, `Defense Department`. */
  aliases: string[];
  /** Every mention in text order. */
  mentions: Mention[];
}

// ---------------------------------------------------------------- quotes and sourcing

export type SourceClass = 'named' | 'anonymous' | 'vague';

export interface LessonQuote {
  /** Including the quotation marks. */
  range: Range;
  /** Inside the quotation marks. */
  inner: Range;
  /** The quoted words (the slice of `inner`). */
  text: string;
  kind: 'direct' | 'partial' | 'scare';
  speaker: Span | null;
  cue: { verb: string; range: Range } | null;
  /** Id of a `LessonSource`, or null for scare quotes and unattributed phrases. */
  source: string | null;
  block: number;
}

/** A reported statement without quotation marks: `Civil rights and privacy advocates worry that …`. */
export interface Attribution {
  /** The sentence that carries it. */
  range: Range;
  speaker: Span;
  cue: { verb: string; range: Range };
  /** What is attributed (the clause after the cue), as a span. */
  content: Span;
  source: string | null;
  block: number;
}

export interface LessonSource {
  /** e.g. `src-1`, in order of first appearance. */
  id: string;
  /** As the article first names it: `Bezos`, `An Amazon Web Service official …`, `Civil rights and privacy advocates`. */
  name: string;
  class: SourceClass;
  /** Why that class, e.g. `name was redacted`, `described only as "anonymous"`, `a group with no names`. */
  classReason: string;
  /** Id of an `Entity` when the source is one (a person or organisation), else null. */
  entity: string | null;
  /** Ranges where the source is named or referred to as a speaker. */
  mentions: Range[];
  /** Counts of direct/partial quotes and paraphrased attributions. */
  quotes: number;
  attributions: number;
  /** Words inside its quotation marks. */
  quotedWords: number;
  /** Offset of its first statement (quote or attribution). */
  firstAt: number;
}

export interface Sourcing {
  /** Id of the source that speaks first, or null when nobody does. */
  first: string | null;
  /** Id of the source with the most quoted words (then most statements). */
  most: string | null;
  /** One or two sentences for the handout, e.g. "3 of 6 sources are anonymous or vague; …". */
  summary: string;
}

// ---------------------------------------------------------------- questions

/** `recall`: the answer is stated in the article; `inference`: reasons or connections the reader draws; `opinion`: asks what the reader thinks. */
export type QuestionKind = 'recall' | 'inference' | 'opinion';

export interface Evidence extends Span {
  /** Index into `GlossDocument.sentences`. */
  sentence: number;
  /** 1 = best. */
  rank: number;
  /** BM25 score with entity boosts; comparable within one question only. */
  score: number;
  /** Question terms (stems) found in the sentence, for "why this sentence". */
  matched: string[];
  /** `wire` or `editorial`: whether the sentence lies in the reporter's text or in the site's words. */
  layer: 'wire' | 'editorial';
}

export type AuditKind = 'leading' | 'false-choice' | 'loaded-wording' | 'unsupported-claim';

export interface AuditItem {
  /** Unique within the lesson, e.g. `6-unsupported-claim-3512`: items sharing a stem carry the same stem audits. */
  id: string;
  kind: AuditKind;
  /** Stable id of the rule, e.g. `audit-unsupported-figure`, `audit-either-or`. */
  ruleId: string;
  /** Whether the flagged words are in the item's own text or in the shared stem. */
  in: 'question' | 'stem';
  range: Range;
  actual: string;
  /** One sentence: what is wrong. */
  reason: string;
  /** What the article says instead (closest sentence or phrase), when there is one. */
  articleSays: Span | null;
  /** A fairer wording when the rule can suggest one. */
  suggestion: string | null;
}

export interface LessonQuestion {
  /** `1`, `2a`, `2b`, …: number plus label. */
  id: string;
  /** As written: `2`. */
  number: string;
  /** `a`, `b`, or null for a question without sub-items. */
  label: string | null;
  /** Index into `GlossDocument.blocks` of the question block. */
  block: number;
  /** The question's own words (number and label stripped). */
  range: Range;
  text: string;
  /** Shared lead-in before the lettered items (question 6's paragraph about Bezos), or null. */
  stem: Span | null;
  kind: QuestionKind;
  /** Why that kind, e.g. `asks "Do you think"`. */
  kindReason: string;
  /** Ranked sentences of the article that answer it (best first; empty for pure opinion with no topic). */
  evidence: Evidence[];
  audit: AuditItem[];
}

// ---------------------------------------------------------------- the whole

export interface Lesson {
  lead: Lead;
  entities: Entity[];
  quotes: LessonQuote[];
  attributions: Attribution[];
  sources: LessonSource[];
  sourcing: Sourcing;
  questions: LessonQuestion[];
}
