/**
 * The lossless document model. Every offset is a `[start, end)` range of
 * UTF-16 code units into `GlossDocument.text`, the exact input.
 */
export type Range = readonly [start: number, end: number];

/** Where a block's words come from, as far as the text says. */
export interface Source {
  id: string;
  /** `wire`: the original outlet; `editor`: the reprinting site; `second`: another outlet quoted in a background section. */
  role: 'wire' | 'editor' | 'second';
  /** Outlet or person as the text names it, e.g. `The Washington Post`, `UK Daily Mail`; null when unnamed. */
  name: string | null;
  /** Author when the credit names one, e.g. `Drew Harwell`. */
  author: string | null;
  /** The text that credits this source (credit line, reprint notice, `(from an article at …)`), if any. */
  creditRange: Range | null;
  /**
   * The wire story's dateline (`WASHINGTON (Reuters) -`, `BAGHDAD —`): `range` the whole of it,
   * `place` the place it was filed from. Only on the wire source, only when there is one.
   */
  dateline?: { place: Range; range: Range };
}

export type BlockKind =
  | 'title'
  | 'credit'
  | 'body'
  | 'reprint-notice'
  | 'question'
  | 'background'
  | 'source-credit'
  | 'boilerplate';

export interface QuestionItem {
  /** `a`, `b`, … */
  label: string;
  range: Range;
}

export interface Block {
  kind: BlockKind;
  range: Range;
  /** id of a `Source` in `GlossDocument.sources`, or null when the text does not say. */
  source: string | null;
  layer: Layer;
  /** For `question` blocks: the number as written (`2`) and lettered sub-items. */
  question?: { number: string; items: QuestionItem[] };
}

export type Layer = 'wire' | 'editorial';

export type InsertionKind =
  | 'note'
  | 'commentary'
  | 'substitution'
  | 'addition'
  | 'clarification'
  | 'sic'
  | 'other';

export interface Insertion {
  /** 1-based, in text order. */
  id: number;
  /** Whole span including the brackets. */
  range: Range;
  /** Span inside the brackets. */
  inner: Range;
  /** Exact input slice for `range`, brackets included. */
  text: string;
  kind: InsertionKind;
  inQuote: boolean;
  /** False when the closing bracket is missing (best-effort span to the end of the paragraph). */
  closed: boolean;
  /** A sentence a student can read. */
  explanation: string;
  /** Index into `blocks`. */
  block: number;
}

export type ElisionPlacement = 'paragraph-start' | 'paragraph-end' | 'sentence-end' | 'mid-sentence';

export interface Elision {
  range: Range;
  text: string;
  placement: ElisionPlacement;
  inQuote: boolean;
  explanation: string;
  block: number;
}

export interface Speaker {
  /** As written, e.g. `Bezos`, `the Amazon official`, `Hundreds of anonymous Amazon workers`. */
  name: string;
  range: Range | null;
  /** Named person or organisation, or anonymous (`whose name was redacted`, `anonymous workers`, `officials`). */
  named: boolean;
  /** When the speaker is written as a pronoun or a descriptor (`he`, `the senator`) resolved to an earlier mention: that mention as written here. `name` and `range` are then the earlier mention's. */
  resolvedFrom?: { text: string; range: Range };
}

export interface Quote {
  /** Including the quotation marks. */
  range: Range;
  /** Inside the quotation marks. */
  inner: Range;
  /** `direct`: a quoted statement with a cue verb; `partial`: a phrase quoted inside a reported sentence; `scare`: a short quoted word or phrase that nobody in the sentence is said to have said. */
  kind: 'direct' | 'partial' | 'scare';
  speaker: Speaker | null;
  /** The cue verb (`said`, `wrote`, `added`, `saying`) when the sentence has one. */
  cue: { verb: string; range: Range } | null;
  block: number;
  /** Index in `quotes` of the quotation this one continues: the part in the previous paragraph of a quotation that runs over paragraphs. */
  continues?: number;
}

export interface Sentence {
  range: Range;
  block: number;
}

export type Voice = 'reporter' | 'quoted' | 'editorial' | 'question' | 'other-source';

export interface Diagnostic {
  code: string;
  message: string;
  range: Range;
  severity: 'warning' | 'info';
}

/** The wire layer as its own text, with a map back to input offsets. */
export interface WireLayer {
  text: string;
  words: number;
  /** Pieces of `text`: `text.slice(at, at + length)` equals the input slice at `from`. Separators between blocks are not in it. */
  map: { at: number; from: number; length: number }[];
}

/** Node types of the lossless tree. Leaves concatenated in order give back the input. */
export type InlineNode =
  | { type: 'text'; range: Range }
  | { type: 'insertion'; range: Range; insertion: number }
  | { type: 'elision'; range: Range; elision: number };

export type TreeNode =
  | { type: 'block'; range: Range; block: number; children: InlineNode[] }
  | { type: 'gap'; range: Range };

export interface GlossDocument {
  text: string;
  /** Top-level: blocks and the whitespace gaps between them, in order, covering the text. */
  tree: TreeNode[];
  blocks: Block[];
  sources: Source[];
  insertions: Insertion[];
  elisions: Elision[];
  quotes: Quote[];
  sentences: Sentence[];
  layers: { wire: WireLayer; editorial: { words: number } };
  diagnostics: Diagnostic[];
}
