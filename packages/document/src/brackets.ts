import { containing } from './spans.ts';
import type { Block, Diagnostic, Insertion, InsertionKind, Quote, Range } from './types.ts';
import { holdsVerb } from './verb-tagger.ts';

/**
 * Square-bracketed spans in each block, outermost only (nested brackets stay inside
 * their parent). A `]` with no `[` is reported and left as text; a `[` never closed
 * becomes a best-effort insertion to the end of its paragraph, with a diagnostic.
 * A bracket right after ESC belongs to a terminal escape sequence and is skipped.
 */
export function findBrackets(
  text: string,
  blocks: Block[],
  diagnostics: Diagnostic[],
): { range: Range; closed: boolean; block: number }[] {
  const out: { range: Range; closed: boolean; block: number }[] = [];
  if (!text.includes('[') && !text.includes(']')) return out; // most news text: skip the scan
  blocks.forEach((block, b) => {
    const [s, e] = block.range;
    let depth = 0;
    let open = -1;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      // `ESC [` and `ESC ]` open terminal escape sequences (CSI, OSC), not editorial brackets.
      if ((c === 91 || c === 93) && i > 0 && text.charCodeAt(i - 1) === 27) continue;
      if (c === 91 /* [ */) {
        if (depth === 0) open = i;
        depth++;
      } else if (c === 93 /* ] */) {
        if (depth === 0) {
          diagnostics.push({
            code: 'unmatched-close-bracket',
            severity: 'warning',
            range: [i, i + 1],
            message: 'a closing ] with no opening [; left as text',
          });
          continue;
        }
        depth--;
        if (depth === 0) out.push({ range: [open, i + 1], closed: true, block: b });
      }
    }
    if (depth > 0) {
      diagnostics.push({
        code: 'unclosed-bracket',
        severity: 'warning',
        range: [open, open + 1],
        message: 'an opening [ is never closed; treated as an insertion to the end of the paragraph',
      });
      out.push({ range: [open, e], closed: false, block: b });
    }
  });
  return out;
}

const NOTE = /^\s*(?:note|editor['’]?s(?:['’])? note|ed(?:itor)?\.?\s*note|ed\.|n\.b\.|nb)\s*[:.\-–—]/i;
const SIC = /^\s*sic\s*[.!]?\s*$/i;
const OTHER =
  /^\s*(?:…|\.\s?\.\s?\.|\.\.\.\.?|emphasis (?:added|mine|in original|ours)|italics (?:added|mine)|inaudible|unintelligible|laughter|laughs|applause|crosstalk|cheers|sic\W.*|\?|!|)\s*$/i;
const PREPOSITIONS = new Set(
  'about above across after against along amid among around as at before behind below beneath beside besides between beyond by despite during except for from in inside into like near of off on onto out outside over past per regarding since than through throughout to toward towards under unlike until upon versus via with within without'.split(
    ' ',
  ),
);
/** Words after which the sentence needs more: removing a bracket that follows one leaves a broken sentence. */
const NEEDS_MORE = new Set(
  'a an the to is are was were be been being am has have had do does did will would shall should can could may might must of and or but that which who whose its their his her our your my this these those'.split(
    ' ',
  ),
);

export const INSERTION_EXPLANATIONS: Record<InsertionKind, string> = {
  note: "An editor's note added by the reprinting site; it is not part of the original report.",
  commentary: "The editor's own commentary, set in brackets: these sentences are not the reporter's.",
  substitution:
    "The editor's words standing in for words of the reporter that were cut: without them the sentence is incomplete, so ask what the original said.",
  addition:
    'Words the editor added to a complete sentence of the reporter: the sentence reads on without them, so the addition changes what it says.',
  clarification:
    "Inside a quotation, bracketed words replace or explain the speaker's own words. This is standard practice, and the original reporter may have done it, not necessarily the reprinting site.",
  sic: '[sic] says an error in the original is reproduced as written.',
  other: 'A bracketed mark by the editor, such as a cut ([…]) or emphasis added.',
};

/** Characters of context read on each side of a bracket to classify it. */
const CONTEXT = 256;

/** Classifies one bracketed span from its words and the sentence around it. */
export function classifyInsertion(
  text: string,
  range: Range,
  block: Block,
  quotes: Quote[],
  hasVerb: (words: string) => boolean = holdsVerb,
): { kind: InsertionKind; inQuote: boolean } {
  const inner = text.slice(range[0] + 1, text[range[1] - 1] === ']' ? range[1] - 1 : range[1]);
  const quote = containing(quotes, (q) => q.inner, range);
  const inQuote = quote !== undefined && quote.kind !== 'scare';
  if (NOTE.test(inner)) return { kind: 'note', inQuote };
  if (SIC.test(inner)) return { kind: 'sic', inQuote };
  if (OTHER.test(inner)) return { kind: 'other', inQuote };
  if (inQuote) return { kind: 'clarification', inQuote };

  // Only the words next to the bracket matter: a bounded window on each side keeps one long
  // paragraph with many brackets linear (the whole paragraph before each bracket was quadratic).
  const from = Math.max(block.range[0], range[0] - CONTEXT);
  const before = text.slice(from, range[0]);
  const after = text.slice(range[1], Math.min(block.range[1], range[1] + CONTEXT));
  const startsSentence =
    (from === block.range[0] && /^\s*$/.test(before)) || /[.!?…]["”’)]?\s*$/.test(before);
  const endsSentence = /[.!?]["”’)]?\s*$/.test(inner);
  if (startsSentence && endsSentence && /^\s*["“(]?[A-Z0-9]/.test(inner))
    return { kind: 'commentary', inQuote };

  const firstWord = /^\s*([\p{L}’']+)/u.exec(inner)?.[1]?.toLowerCase() ?? '';
  const prevWord = /([\p{L}’']+)\W*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  const prevGlued = /[\p{L}\p{N}]\s*$/u.test(before); // no punctuation between the sentence and the bracket
  const setOff = /[,—–(]\s*$/.test(before) && /^\s*[,—–)]/.test(after);
  if (setOff) return { kind: 'addition', inQuote };
  if (prevGlued && NEEDS_MORE.has(prevWord)) return { kind: 'substitution', inQuote };
  // `might [have …].`: a modal or `to` right before the sentence ends.
  if (PREPOSITIONS.has(firstWord)) return { kind: 'addition', inQuote };
  if (startsSentence || prevGlued) {
    if (hasVerb(inner)) return { kind: 'substitution', inQuote };
  }
  return { kind: 'addition', inQuote };
}

export function makeInsertions(
  text: string,
  spans: { range: Range; closed: boolean; block: number }[],
  blocks: Block[],
  quotes: Quote[],
): Insertion[] {
  return spans.map((span, i) => {
    const { kind, inQuote } = classifyInsertion(text, span.range, blocks[span.block]!, quotes);
    const inner: Range = [span.range[0] + 1, span.closed ? span.range[1] - 1 : span.range[1]];
    return {
      id: i + 1,
      range: span.range,
      inner,
      text: text.slice(span.range[0], span.range[1]),
      kind,
      inQuote,
      closed: span.closed,
      explanation: INSERTION_EXPLANATIONS[kind],
      block: span.block,
    };
  });
}
