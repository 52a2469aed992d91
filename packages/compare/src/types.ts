import type { AnalysisSummary, Family, Finding } from '@gloss/analysis';
import type { BlockKind, Range, SCHEMAS } from '@gloss/document';

export type EditKind = 'insert' | 'delete' | 'replace' | 'move';

/** One side of an edit: a `[start, end)` UTF-16 range into that version's exact input text. */
export interface EditSide {
  range: Range;
  text: string;
  /** For the single-file comparison (wire layer vs reprint): the A range mapped back into the reprint's input. */
  inputRange?: Range | null;
  /** Kind of block the side sits in (B side: `question`, `background`… are labelled editorial blocks, not silent edits). */
  block?: BlockKind | null;
}

/** A finding that an edit brings in (B side) or takes out (A side). */
export interface FindingRef {
  /** Index into `a.findings` (removed) or `b.findings` (added). */
  index: number;
  ruleId: string;
  family: Family;
  category: string;
  range: Range;
  actual: string;
  expected: string[];
  reason: string;
}

/**
 * How an edit was made, decided once here and shown as is by every renderer (the
 * booleans below are kept for the JSON's readers and follow from it):
 * `trivial` only quote, dash, ellipsis style, spacing or sentence boundaries differ;
 * `move` a sentence moved; `substitution` a bracketed insertion standing in for A's
 * words; `bracketed` a bracketed insertion; `elided` A's words cut where B shows an
 * ellipsis; `silent` an unmarked change to the words; `labelled` a change inside a
 * labelled editorial block (credit, reprint notice, questions, background);
 * `ellipsis` an ellipsis B added where nothing was cut (a mark, not a change of words).
 */
export type EditMark =
  | 'trivial'
  | 'move'
  | 'substitution'
  | 'bracketed'
  | 'elided'
  | 'silent'
  | 'labelled'
  | 'ellipsis';

export interface Edit {
  /** 1-based, in reading order of B. */
  id: number;
  kind: EditKind;
  /** The one classification every renderer uses. */
  mark: EditMark;
  /** B's words are a bracketed insertion: the editor owned up to it. */
  bracketed: boolean;
  /** An unmarked change to the words: neither bracketed, nor marked by an ellipsis, nor in a labelled editorial block. */
  silent: boolean;
  /** A's words were cut and an ellipsis in B stands where they were (the ellipsis is the B side). */
  elided: boolean;
  /** A bracketed insertion that stands in for A's words (both sides present). */
  substitution: boolean;
  /** Only quote style, dash style, ellipsis style or whitespace differ. Hidden unless `all`. */
  trivial: boolean;
  a: EditSide | null;
  b: EditSide | null;
  /** Where the edit sits in each text (the insertion point when a side is null). */
  at: { a: number; b: number };
  /** Index into `alignment`. */
  row: number;
  /** B's insertion id (document model) when bracketed. */
  insertion: number | null;
  findings: { added: FindingRef[]; removed: FindingRef[] };
}

export type AlignmentKind =
  | 'equal'
  | 'changed'
  | 'split'
  | 'merge'
  | 'insert'
  | 'delete'
  /** B's sentence came from elsewhere in A (shown at B's position). */
  | 'move'
  /** A's sentence went elsewhere in B (shown at A's position). */
  | 'moved-away';

export interface AlignmentSide {
  /** Indices into the version's sentence units. */
  sentences: number[];
  range: Range;
}

export interface AlignmentRow {
  kind: AlignmentKind;
  a: AlignmentSide | null;
  b: AlignmentSide | null;
  /** Token-set similarity of the two sides (1 for exact matches, 0 when one side is absent). */
  similarity: number;
  /** For `move`: the row where A's sentence was; for `moved-away`: the row where it went. */
  linkedRow?: number;
}

export interface VersionInfo {
  label: string;
  text: string;
  words: number;
  sentences: Range[];
  /** The analysis summary, or null when no analysis was given. */
  analysis: AnalysisSummary | null;
  findings: Finding[];
}

export interface FindingsDelta {
  /** Loaded-wording findings (`wording` family) that B's edits add / remove. */
  wordingAdded: number;
  wordingRemoved: number;
  /** Of the added wording findings: inside bracketed insertions, inside silent edits. */
  wordingAddedBracketed: number;
  wordingAddedSilent: number;
  added: number;
  removed: number;
  byFamilyAdded: Record<string, number>;
  byFamilyRemoved: Record<string, number>;
}

export interface CompareSummary {
  edits: number;
  byKind: Record<EditKind, number>;
  bracketed: number;
  silent: number;
  elided: number;
  substitutions: number;
  /** Listed edits by mark: the counts add up to `edits` (plus `trivial` ones when listed). */
  byMark: Record<EditMark, number>;
  /** Block kinds of the `labelled` edits (`credit`, `question`…), in order of first appearance. */
  labelledBlocks: string[];
  /** Trivial differences (quotes, dashes, whitespace): listed only with `all`. */
  trivial: number;
  /** Attributions (a quote's cue or speaker) in A cut or changed in B. */
  attributionsRemoved: number;
  findings: FindingsDelta | null;
  /** One line, e.g. "B adds 4 loaded terms, all inside insertions or silent edits; removes 1 attribution". */
  line: string;
}

export interface Comparison {
  schema: typeof SCHEMAS.compare;
  options: { all: boolean; mode: 'two-files' | 'wire-layer' };
  a: VersionInfo;
  b: VersionInfo;
  alignment: AlignmentRow[];
  /** Non-trivial edits, plus trivial ones when `all`. */
  edits: Edit[];
  summary: CompareSummary;
}
