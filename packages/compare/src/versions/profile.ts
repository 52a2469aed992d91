/**
 * What an outlet did to the wire story: one version compared with its cluster's reference,
 * summed up as counts a researcher can put in a table (one row per version) and the edits
 * themselves, each with the class it is counted under.
 */
import type { GlossDocument, Voice } from '@gloss/document';
import { countRemovedAttributions } from '../summary.ts';
import type { Comparison, Edit } from '../types.ts';

/** How an edit is counted in a profile. */
export type EditClass =
  /** Whole sentences of the reference cut, with an ellipsis where they were. */
  | 'cut-elided'
  /** Whole sentences of the reference cut without a mark. */
  | 'cut-silent'
  /** Words changed, added or cut inside a sentence without brackets or ellipsis. */
  | 'silent-change'
  /** Words cut inside a sentence, an ellipsis in their place. */
  | 'elided-words'
  /** A bracketed insertion or substitution. */
  | 'bracketed'
  /** Whole sentences added without brackets (background, context). */
  | 'added'
  /** Sentences added in a labelled editorial block (questions, notes, background headed as such). */
  | 'editorial-block'
  /** A sentence moved elsewhere in the story. */
  | 'moved'
  /** An ellipsis added where nothing was cut. */
  | 'mark'
  /** The credit line (byline, agency dateline) dropped, added or changed. */
  | 'credit'
  /** A change to the headline (counted once, as `headlineChanged`). */
  | 'headline'
  /** Quote, dash or spacing style only (listed with `all`). */
  | 'trivial';

export const EDIT_CLASSES: readonly EditClass[] = [
  'cut-elided',
  'cut-silent',
  'silent-change',
  'elided-words',
  'bracketed',
  'added',
  'editorial-block',
  'moved',
  'mark',
  'headline',
  'credit',
  'trivial',
];

export interface VersionProfile {
  /** Words in the reference (its sentence units, insertions left out). */
  referenceWords: number;
  /** Words in this version. */
  words: number;
  /** Reference words this version keeps (moved ones included). */
  wordsKept: number;
  /** wordsKept / referenceWords (1 for the reference itself). */
  keptShare: number;
  /** Passages of whole sentences cut: marked by an ellipsis / not marked. */
  cutsElided: number;
  cutsSilent: number;
  /** Reference words in those cuts. */
  cutWords: number;
  /** Unmarked word changes inside sentences. */
  silentChanges: number;
  /** Bracketed insertions (substitutions included), and how many of them replace reference words. */
  bracketed: number;
  substitutions: number;
  /** Sentences and paragraphs added without brackets (outside labelled editorial blocks). */
  addedSentences: number;
  addedParagraphs: number;
  /** Sentences in labelled editorial blocks the reference does not have (questions, notes…). */
  editorialSentences: number;
  /** Sentences moved elsewhere in the story. */
  movedSentences: number;
  /** Quotes whose attribution (speaker or cue verb) was cut or changed / added. */
  attributionsDropped: number;
  attributionsAdded: number;
  /** The headline differs from the reference's (quote and dash style aside); null when either has none. */
  headlineChanged: boolean | null;
  /** Loaded-wording findings the version's edits add and remove, and the added ones by voice. */
  wordingAdded: number;
  wordingRemoved: number;
  wordingAddedByVoice: Partial<Record<Voice, number>>;
  /** Every non-trivial edit, by class. */
  edits: number;
  byClass: Record<EditClass, number>;
}

/** An edit with the class it counts under. */
export interface ClassifiedEdit {
  edit: Edit;
  class: EditClass;
  /** Whole sentences of the version (added) or of the reference (cut, moved) in the edit. */
  sentences: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const countWords = (text: string): number => text.match(WORD)?.length ?? 0;
const isEllipsis = (text: string): boolean => /^(?:…|\.{3,}|\. \. \.)\.?$/.test(text.trim());

/** Sentences of a document whose start lies in a range. */
function sentencesIn(doc: GlossDocument, start: number, end: number): number {
  let n = 0;
  for (const s of doc.sentences) if (s.range[0] >= start && s.range[0] < end) n++;
  return Math.max(n, 1);
}

function inBlock(doc: GlossDocument, kind: 'title' | 'credit', offset: number | undefined): boolean {
  if (offset === undefined) return false;
  return doc.blocks.some((b) => b.kind === kind && b.range[0] <= offset && offset < b.range[1]);
}

/** The class of each edit of a comparison of reference (A) and version (B). */
export function classifyEdits(c: Comparison, ref: GlossDocument, version: GlossDocument): ClassifiedEdit[] {
  const out = c.edits.map((edit): ClassifiedEdit => {
    const row = c.alignment[edit.row];
    const whole = row?.kind === 'insert' || row?.kind === 'delete';
    let cls: EditClass;
    let sentences = 0;
    if (edit.trivial) cls = 'trivial';
    else if (edit.b?.block === 'title' || (!edit.b && inBlock(ref, 'title', edit.a?.range[0])))
      cls = 'headline';
    else if (edit.b?.block === 'credit' || (!edit.b && inBlock(ref, 'credit', edit.a?.range[0])))
      cls = 'credit';
    else if (edit.kind === 'move') {
      cls = 'moved';
      sentences = row?.b?.sentences.length ?? 1;
    } else if (edit.bracketed) cls = 'bracketed';
    else if (edit.kind === 'delete' || (edit.elided && !edit.b?.text.match(WORD))) {
      if (whole) {
        cls = edit.elided ? 'cut-elided' : 'cut-silent';
        sentences = edit.a ? sentencesIn(ref, edit.a.range[0], edit.a.range[1]) : 0;
      } else cls = edit.elided ? 'elided-words' : 'silent-change';
    } else if (edit.kind === 'insert' && edit.b && isEllipsis(edit.b.text)) cls = 'mark';
    else if (edit.b?.block && edit.b.block !== 'body') {
      cls = 'editorial-block';
      sentences = sentencesIn(version, edit.b.range[0], edit.b.range[1]);
    } else if (edit.kind === 'insert' && whole) {
      cls = 'added';
      sentences = edit.b ? sentencesIn(version, edit.b.range[0], edit.b.range[1]) : 0;
    } else cls = 'silent-change';
    return { edit, class: cls, sentences };
  });
  // An ellipsis right beside a cut the engine left unmarked (the cut ran on into a moved or
  // re-split sentence) marks that cut: the reader sees "…" where the sentences were.
  for (const mark of out) {
    if (mark.class !== 'mark' || !mark.edit.b) continue;
    const [s, e] = mark.edit.b.range;
    const gapOk = (from: number, to: number) =>
      /^\s*$/.test(version.text.slice(Math.min(from, to), Math.max(from, to)));
    const cut = out.find(
      (x) =>
        x.class === 'cut-silent' &&
        (gapOk(x.edit.at.b, s) || gapOk(x.edit.at.b, e)) &&
        Math.abs(x.edit.at.b - s) <= 3,
    );
    if (cut) cut.class = 'cut-elided';
  }
  return out;
}

/** Paragraphs (blocks) of the version that are wholly inside added sentences. */
function addedParagraphs(version: GlossDocument, added: ClassifiedEdit[]): number {
  let n = 0;
  for (const block of version.blocks) {
    if (block.kind !== 'body') continue;
    const covered = added.some(
      (e) => e.edit.b && e.edit.b.range[0] <= block.range[0] && e.edit.b.range[1] >= block.range[1],
    );
    if (covered) n++;
  }
  return n;
}

function headline(doc: GlossDocument): string | null {
  const title = doc.blocks.find((b) => b.kind === 'title');
  if (!title) return null;
  return (doc.text.slice(title.range[0], title.range[1]).match(WORD) ?? []).join(' ').toLowerCase();
}

/**
 * The profile of version B (`c.b`) against the reference A (`c.a`). The comparison should come
 * from `compareVersions(reference, version)` with both analyses, for the loaded-wording delta.
 */
export function profileVersion(
  c: Comparison,
  ref: GlossDocument,
  version: GlossDocument,
): { profile: VersionProfile; edits: ClassifiedEdit[] } {
  const edits = classifyEdits(c, ref, version);
  const real = edits.filter((e) => e.class !== 'trivial');
  const byClass = Object.fromEntries(EDIT_CLASSES.map((k) => [k, 0])) as Record<EditClass, number>;
  for (const e of edits) byClass[e.class]++;
  let lost = 0;
  let cutWords = 0;
  for (const e of real) {
    if (e.class === 'moved' || e.class === 'credit' || !e.edit.a) continue;
    const n = countWords(e.edit.a.text);
    lost += n;
    if (e.class === 'cut-elided' || e.class === 'cut-silent') cutWords += n;
  }
  const referenceWords = c.a.words;
  const wordsKept = Math.max(0, referenceWords - lost);
  const wordingAddedByVoice: Partial<Record<Voice, number>> = {};
  for (const e of real) {
    for (const f of e.edit.findings.added) {
      if (f.family !== 'wording') continue;
      const voice = c.b.findings[f.index]?.voice;
      if (voice) wordingAddedByVoice[voice] = (wordingAddedByVoice[voice] ?? 0) + 1;
    }
  }
  // Attributions added: the same test as for dropped ones, with the two versions swapped.
  const swapped = real.map(({ edit }) => ({
    kind:
      edit.kind === 'insert' ? ('delete' as const) : edit.kind === 'delete' ? ('insert' as const) : edit.kind,
    a: edit.b,
    b: edit.a,
    trivial: edit.trivial,
  }));
  const [ha, hb] = [headline(ref), headline(version)];
  const sum = (k: EditClass) => real.filter((e) => e.class === k).reduce((n, e) => n + e.sentences, 0);
  const added = real.filter((e) => e.class === 'added');
  const profile: VersionProfile = {
    referenceWords,
    words: c.b.words,
    wordsKept,
    keptShare: referenceWords > 0 ? Math.round((wordsKept / referenceWords) * 10000) / 10000 : 1,
    cutsElided: byClass['cut-elided'],
    cutsSilent: byClass['cut-silent'],
    cutWords,
    silentChanges: byClass['silent-change'],
    bracketed: byClass.bracketed,
    substitutions: real.filter((e) => e.edit.substitution).length,
    addedSentences: sum('added'),
    addedParagraphs: addedParagraphs(version, added),
    editorialSentences: sum('editorial-block'),
    movedSentences: sum('moved'),
    attributionsDropped: c.summary.attributionsRemoved,
    attributionsAdded: countRemovedAttributions(version, ref.text, swapped),
    headlineChanged: ha === null || hb === null ? null : ha !== hb,
    wordingAdded: c.summary.findings?.wordingAdded ?? 0,
    wordingRemoved: c.summary.findings?.wordingRemoved ?? 0,
    wordingAddedByVoice,
    edits: real.length,
    byClass,
  };
  return { profile, edits };
}
