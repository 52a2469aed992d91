import {
  CUE_VERBS,
  GROUP_NOUNS,
  isPersonPlural,
  NOT_SPEAKER_END,
  NOT_SPEAKER_START,
  ORG_WORDS,
  PERSON_NOUNS,
  ROLE_NOUNS,
} from './speaker-data.ts';
import {
  classifySpeaker,
  findMentions,
  isAuxiliaryName,
  isNamedSpeaker,
  POLL_SHARE,
  isOpenerWord,
  isRoleWord,
  isTitleWord,
  makeSpeaker,
  NO_ONE_REASON,
  type Referent,
  speakerPhrase,
} from './speakers.ts';
import type { Block, Diagnostic, Quote, Range, Sentence, Speaker } from './types.ts';
import { countWords } from './words.ts';
import { containing, lastStartingAtOrBefore } from './spans.ts';

export { CUE_VERBS };

const CUE = CUE_VERBS.join('|');
/** Verbs that attribute a quoted phrase without being verbs of saying: `called it “a disaster”`. */
const PARTIAL_CUE =
  '(?:call|describ|dub|label|brand|term|prais|accus|criticiz|criticis|slam|blast|decr|denounc|thank|referr|refer|question|mock|attack|blam|tout|pledg|laud|hail|characteriz|deem|compar|promis|vow|urg|defend|condemn|applaud|welcom|celebrat|cit|quot|credit|portray)(?:s|es|ed|d|ing|ied|ies)?|according to';
const ADV =
  '(?:(?:also|later|then|again|once|further|previously|recently|simply|only|just|has|had|have|would|will|repeatedly|often|flatly|quickly|publicly|privately|reportedly|has\\s+been|had\\s+been)\\s+)*';
/** Words after a cue that end the speaker's noun phrase in `said Smith in a statement`. */
const NP_STOP =
  '(?:in|on|at|of|for|to|during|after|before|when|while|as|about|with|from|that|who|and|last|this|on)';
/** Bounded windows keep the work per quote constant, so the pass stays linear in the text. */
const WINDOW = 250;

/** Abbreviations that may sit inside a speaker's name: `Mr.`, `Sen.`, an initial. */
const ABBR = '(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Prof|St|Jr|Sr|\\p{Lu})\\.';
const AFTER_INVERTED = new RegExp(
  `^[\\s,.!?—–-]*(${CUE})\\s+((?:the\\s+|a\\s+|an\\s+)?(?:${ABBR}|[^\\s,.;:!?“”"]+)(?:\\s+(?!${NP_STOP}\\b)(?:${ABBR}|[^\\s,.;:!?“”"]+)){0,6})`,
  'u',
);
const AFTER_NORMAL = new RegExp(
  `^[\\s,!?—–-]*((?:${ABBR}|[^\\s,.;:!?“”"(]+)(?:\\s+(?:${ABBR}|[^\\s,.;:!?“”"(]+)){0,7}?)(\\s*,[^“”";:!?]{1,160}?,|\\s*,\\s*who\\s+[^“”";:!?,.]{1,100}?|\\s*\\([^()“”"]{1,40}\\))?\\s+${ADV}(${CUE})\\b`,
  'u',
);
const ANY_VERB_AFTER =
  /^\s*((?:the\s+|a\s+|an\s+)?[^\s,.;:!?“”"]+(?:\s+[^\s,.;:!?“”"]+){0,5}?)\s+(\p{Ll}+ed|went on|spoke|wrote|put it|chimed in|cut in|broke in|began|shot back|fired back)\b/u;
const AFTER_ACCORDING = /^[\s,—–-]*according to\s+([^,.;:!?“”"]{1,80})/u;
const TAKES_LISTENER =
  /^(?:told|tells|tell|telling|asked|asks|asking|urged|urges|warned|warns|reminded|assured|informed)$/;
const CUE_SET: ReadonlySet<string> = new Set(CUE_VERBS);
const PARTIAL_WORD = new RegExp(`^${PARTIAL_CUE.replace('|according to', '')}$`);
const WORD_G = /[\p{L}’'-]+/gu;
const ADV_WORDS = new Set(
  'also later then again once further previously recently simply only just has had have would will repeatedly often flatly quickly publicly privately reportedly been'.split(
    ' ',
  ),
);

/**
 * The last cue verb in `[s, e)` (`said`, `told`, `called`, `according to`): words are looked up
 * in a set, which is many times faster than one regex alternation over two hundred verbs.
 */
function lastCue(text: string, s: number, e: number, partial: boolean): { verb: string; at: number } | null {
  const chunk = text.slice(s, e);
  let found: { verb: string; at: number } | null = null;
  WORD_G.lastIndex = 0;
  for (let m = WORD_G.exec(chunk); m !== null; m = WORD_G.exec(chunk)) {
    // `Said Smith, “…”`, `According to Smith, …`: a cue opening the sentence is capitalised.
    const w = m[0].charCodeAt(0) < 0x61 ? m[0].toLowerCase() : m[0];
    if (CUE_SET.has(w) || (partial && PARTIAL_WORD.test(w))) found = { verb: m[0], at: s + m.index };
    else if (partial && w === 'according' && /^\s+to\b/.test(chunk.slice(m.index + 9, m.index + 13)))
      found = { verb: 'according to', at: s + m.index };
  }
  return found;
}

/** The cue of a clause as the model stores it, or null when the clause has no verb of saying. */
function lastCueRange(text: string, s: number, e: number): Quote['cue'] {
  const c = lastCue(text, s, e, true);
  return c ? { verb: c.verb, range: [c.at, c.at + c.verb.length] } : null;
}

/** Whether a cue verb (or `according`) is among the first `n` words of `[s, e)`. */
function cueWithin(text: string, s: number, e: number, n: number): boolean {
  const chunk = text.slice(s, e);
  WORD_G.lastIndex = 0;
  let k = 0;
  for (let m = WORD_G.exec(chunk); m !== null && k < n; m = WORD_G.exec(chunk), k++) {
    if (CUE_SET.has(m[0]) || m[0] === 'according') return true;
  }
  return false;
}
// A title's or an initial's full stop (`Mr. Brown`, `John F. Kennedy`) ends no sentence.
const SENTENCE_END =
  /(?:(?<!(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Prof|St|\p{Lu}))\.|[!?…])["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

interface Raw {
  range: Range;
  inner: Range;
  block: number;
  /** Index of the quote (previous paragraph) this one continues, or -1. */
  continues: number;
  /** In the text's other marks (scare quotes, a headline's claim): never continued or followed on. */
  secondary?: true;
}

/**
 * Double quotations in each block, curly or straight, with their speakers. Quote marks are
 * read by position (a mark after a space opens, one before a space or punctuation closes), so a
 * mistyped mark does not flip every later quote; a mark reopening after a sentence end inside a
 * quotation continues it (paragraphs joined in one block, UK style); a quotation still open at
 * a paragraph's end continues in a next paragraph that opens with a quote mark. Speakers come
 * from a cue after the quotation (`,” Bezos said`, `?” said Smith`, across any number of
 * sentences), inside it (`“A,” he said, “B”`), or before it (`She told AFP: “`, `Trump said
 * the system was “rigged”`); a quotation with no cue continues the last speaker (the follow-on
 * convention) until another is introduced. Pronouns and descriptors are resolved to the
 * nearest compatible earlier mention.
 */
export function findQuotes(
  text: string,
  blocks: Block[],
  sentences: Sentence[],
  diagnostics: Diagnostic[],
): Quote[] {
  const raws: Raw[] = [];
  const marks = quotationMarks(text, blocks);
  blocks.forEach((block, b) => {
    const first = raws.length;
    scanBlock(text, block.range, b, raws, diagnostics, marks, true);
    scanBlock(text, block.range, b, raws, diagnostics, marks === 'double' ? 'single' : 'double', false);
    const prev = first > 0 ? raws[first - 1]! : null;
    const head = raws[first];
    if (
      prev &&
      head &&
      !head.secondary &&
      prev.block === b - 1 &&
      prev.range[1] === blocks[b - 1]!.range[1] &&
      prev.inner[1] === prev.range[1] &&
      head.range[0] === firstNonSpace(text, block.range)
    ) {
      head.continues = first - 1;
    }
  });

  // Names are gathered only when a pronoun or descriptor needs resolving: most quotations name their speaker.
  let found: Referent[] | null = null;
  const mentions = () => {
    // A name inside a quotation is talked about, not talking: never the antecedent of the
    // `he` that attributes it (`“I'm a New Yorker,” he said`).
    found ??= findMentions(text, blocks).filter((m) => !containing(raws, (r) => r.range, m.range));
    return found;
  };
  const speakers: Referent[] = [];
  // Looked up once per quotation: a scan of all of them each time is quadratic in their number.
  const quotedBlocks = new Set(raws.map((r) => r.block));
  const local: (Speaker | null)[] = [];
  const cues: (Quote['cue'] | null)[] = [];
  const opens: boolean[] = [];
  for (let i = 0; i < raws.length; i++) {
    const q = raws[i]!;
    const block = blocks[q.block]!;
    const next = raws[i + 1];
    const prev = raws[i - 1];
    const afterEnd = Math.min(
      block.range[1],
      next && next.block === q.block ? next.range[0] : Infinity,
      q.range[1] + WINDOW,
    );
    const beforeStart = Math.max(
      block.range[0],
      prev && prev.block === q.block ? prev.range[1] : -1,
      q.range[0] - WINDOW,
    );
    let before: Range = [beforeStart, q.range[0]];
    // `Cruz continued:` closing one paragraph introduces the quotation that opens the next.
    const above = blocks[q.block - 1];
    if (
      above &&
      above.kind === block.kind &&
      (!prev || prev.block !== q.block) &&
      q.range[0] === firstNonSpace(text, block.range) &&
      /:\s*$/.test(text.slice(Math.max(above.range[0], above.range[1] - 3), above.range[1]))
    ) {
      before = [Math.max(above.range[0], prev ? prev.range[1] : 0, above.range[1] - WINDOW), above.range[1]];
    }
    // A block that starts after a credit on its line (`WASHINGTON (AP) — The Senate …`) starts a sentence too.
    const atBlockStart = before[0] <= firstNonSpace(text, block.range);
    const found = attribute(text, q, before, [q.range[1], afterEnd], mentions, speakers, atBlockStart);
    // `“…”` then a paragraph `— Smith, on Monday.`: the signature style of quotation boxes.
    const below = blocks[q.block + 1];
    if (!found.speaker && !found.cue && below && /^\s*$/.test(text.slice(q.range[1], block.range[1]))) {
      const sig = /^\s*[-—–]\s*(\p{Lu}[^,.;:\n]{1,60})/u.exec(
        text.slice(below.range[0], below.range[0] + 80),
      );
      const at = sig ? below.range[0] + sig[0].length - sig[1]!.length : 0;
      const np = sig ? nounPhrase(text, at, at + sig[1]!.length, false) : null;
      if (np) found.speaker = makeSpeaker(text, np, mentions, speakers);
    }
    // `Lee praised the mayor.` closing a paragraph, then a paragraph that is a quotation with no
    // cue: the person the paragraph before was about says it (AP's habit), rather than the
    // speaker of an earlier quotation.
    if (
      !found.speaker &&
      !found.cue &&
      above?.kind === 'body' &&
      q.range[0] === firstNonSpace(text, block.range) &&
      !quotedBlocks.has(q.block - 1)
    ) {
      // The paragraph's last sentence, from the document's own sentences.
      const last = sentences[lastStartingAtOrBefore(sentences, (x) => x.range, above.range[1] - 1)];
      const np = last?.block === q.block - 1 ? firstSubject(text, last.range[0], above.range[1]) : null;
      if (np) {
        found.speaker = makeSpeaker(text, np, mentions, speakers);
        found.weak = true;
      }
    }
    local.push(found.weak && countWords(text, q.inner[0], q.inner[1]) < 5 ? null : found.speaker);
    cues.push(found.cue);
    opens.push(found.opens);
  }

  // Parts of one multi-paragraph quotation, and fragments of one sentence, share a speaker.
  for (let i = 0; i < raws.length; i++) {
    const c = raws[i]!.continues;
    if (c >= 0 && local[i] === null) local[i] = local[c]!;
  }
  for (let i = raws.length - 1; i >= 0; i--) {
    const c = raws[i]!.continues;
    if (c >= 0 && local[c] === null) local[c] = local[i]!;
  }
  for (let i = raws.length - 2; i >= 0; i--) {
    if (local[i] === null && local[i + 1] !== null && sameSentence(text, raws[i]!, raws[i + 1]!)) {
      local[i] = local[i + 1]!;
      cues[i] ??= cues[i + 1]!;
    }
  }
  for (let i = 1; i < raws.length; i++) {
    if (local[i] === null && local[i - 1] !== null && sameSentence(text, raws[i - 1]!, raws[i]!)) {
      local[i] = local[i - 1]!;
      cues[i] ??= cues[i - 1]!;
    }
  }

  // Follow-on: a quotation with no cue continues the current speaker, who changes with every
  // attributed quotation and every paraphrase (`Smith said …`) in between.
  const quotes: Quote[] = [];
  // Where each raw quotation landed in `quotes` (the other style's marks may be left out).
  const at: number[] = [];
  let current: { speaker: Speaker; block: number; end: number } | null = null;
  for (let i = 0; i < raws.length; i++) {
    const q = raws[i]!;
    let speaker = local[i]!;
    const cue = cues[i]!;
    // A quotation in the text's other marks that no one is said to say is a term, a title or a
    // scare quote (`the term ‘urban’`, `the film ‘Ray’`); left out, as before such marks were
    // read, so that the scare-quote rule does not fire on a US paper's nested or a BBC
    // headline's single marks. With a cue and a speaker it is a partial quotation.
    if (q.secondary && !(cue && speaker)) {
      at.push(-1);
      continue;
    }
    const words = countWords(text, q.inner[0], q.inner[1]);
    let followOn =
      speaker === null &&
      !q.secondary &&
      blocks[q.block]!.kind === 'body' &&
      (opens[i]! || q.continues >= 0) &&
      (words >= 5 || q.continues >= 0);
    if (followOn) {
      const from = Math.max(current?.end ?? 0, blocks[Math.max(0, q.block - 3)]!.range[0], q.range[0] - 2000);
      const para = lastParaphrase(text, blocks, from, q.range[0]);
      if (para)
        current = { speaker: makeSpeaker(text, para.np, mentions, []), block: para.block, end: para.np[1] };
      followOn = current !== null && q.block - current.block <= 3;
    }
    if (followOn) speaker = current!.speaker;
    if (speaker !== null) current = { speaker, block: q.block, end: q.range[1] };
    let kind: Quote['kind'];
    if (cue) kind = opens[i]! || words >= 8 ? 'direct' : 'partial';
    else if (speaker) kind = 'direct';
    else kind = words <= 4 ? 'scare' : 'direct';
    const quote: Quote = {
      range: q.range,
      inner: q.inner,
      kind,
      speaker: kind === 'scare' ? null : speaker,
      cue,
      block: q.block,
    };
    if (q.continues >= 0 && at[q.continues]! >= 0) quote.continues = at[q.continues]!;
    at.push(quotes.length);
    quotes.push(quote);
  }
  return quotes;
}

function firstNonSpace(text: string, [s, e]: Range): number {
  let i = s;
  while (i < e && /\s/.test(text[i]!)) i++;
  return i;
}

/** The marks of a quotation: double (`“…”`, `"…"`, US and most news) or single (`‘…’`, `'…'`, UK). */
type Marks = 'double' | 'single';

/** Characters that may be quotation marks, found by the regex engine rather than a loop in JS. */
const DOUBLE_CANDIDATE = /[“”"]|''/g;
const SINGLE_CANDIDATE = /[‘’']/g;
const ANY_CANDIDATE = /[“”"‘’]|''?/g;

/**
 * The text a block's marks are searched in: the block and one character more (a two-character
 * `''` may straddle its end), never the text after it. A global regex run on the whole text from
 * the block's start searches on to the next mark, which for a paragraph with none is the rest of
 * the document: once per paragraph, quadratic. Matches at or after the block's length are past it.
 */
const blockChunk = (text: string, [s, e]: Range): string => text.slice(s, Math.min(text.length, e + 1));

/** Words that open with an apostrophe: `'tis`, `'em`, `'90s`, `rock 'n' roll`. */
const ELISION = /^(?:(?:tis|twas|em|n|cause|cos|til|till|round|bout|kay)\b|\d)/i;
const isWordChar = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  // ASCII first: this runs for every apostrophe of the text.
  if (k < 0x80) return (k >= 0x61 && k <= 0x7a) || (k >= 0x41 && k <= 0x5a) || (k >= 0x30 && k <= 0x39);
  return /[\p{L}\p{N}]/u.test(c);
};

/**
 * Whether the character at `i` is a quotation mark of the `marks` kind. A single closing mark is
 * also the apostrophe: inside a word (`don’t`, `O’Brien`), before an elided word (`'em`) or after
 * a plural possessive (`the workers’ union`) it is not a quotation mark.
 */
function isMark(text: string, i: number, marks: Marks, [s, e]: Range): boolean {
  const c = text.charCodeAt(i);
  const prev = i > s ? text[i - 1] : undefined;
  const next = i + 1 < e ? text[i + 1] : undefined;
  // `''…''`: two straight single marks stand for a double one (old newspaper archives).
  if (marks === 'double') return c === 0x201c || c === 0x201d || c === 0x22 || (c === 0x27 && next === "'");
  if (c !== 0x2018 && c !== 0x2019 && c !== 0x27) return false;
  if (c === 0x27 && (next === "'" || prev === "'")) return false;
  if (isWordChar(prev) && isWordChar(next)) return false;
  if (c === 0x2018) return !/\d/.test(next ?? '');
  // Before a word: a straight mark opens, unless the word is elided (`'em`); a curly `’` there
  // is an apostrophe (`’90s`).
  if (!isWordChar(prev) && isWordChar(next)) return c === 0x27 && !ELISION.test(text.slice(i + 1, i + 7));
  if (isPossessive(text, i)) return false;
  return prev !== undefined && !/\s/.test(prev);
}

/** After `s` and before a lower-case word: `the workers’ union`, a possessive (or a closing mark). */
function isPossessive(text: string, i: number): boolean {
  const prev = text[i - 1];
  return (prev === 's' || prev === 'S') && /^\s+[\p{Ll}\d]/u.test(text.slice(i + 1, i + 4));
}

/** Whether a mark at `i` opens (`“`, or `"` after a space) rather than closes. */
function direction(text: string, i: number, [s, e]: Range, open: boolean, width = 1): 'open' | 'close' {
  const prev = i > s ? text[i - 1]! : ' ';
  const next = i + width < e ? text[i + width]! : ' ';
  const openPos = /[\s([{—–/"“-]/.test(prev) && !/\s/.test(next);
  const closePos = !/\s/.test(prev) && /[\s.,;:!?)\]}—–…'’"”-]/.test(next);
  if (openPos && !closePos) return 'open';
  if (closePos && !openPos) return 'close';
  const c = text[i];
  if (c === '“' || c === '‘') return 'open';
  if (c === '”' || c === '’') return 'close';
  return open ? 'close' : 'open';
}

/**
 * The marks a text quotes with: single when it opens more quotations with single marks than
 * with double ones (a UK paper's `‘We will win,’ he said`), double otherwise. Only outermost
 * quotations count (a `‘…’` nested in `“…”` is not a quotation of the text's own style), and
 * the decision is made once per text, so the nested marks are never taken for the outer ones.
 */
export function quotationMarks(text: string, blocks: readonly Block[]): Marks {
  let doubles = 0;
  let singles = 0;
  // Body paragraphs only: a US headline quotes in single marks (`Trump: ‘I Will Win’`).
  for (const block of blocks) {
    if (block.kind !== 'body') continue;
    const range = block.range;
    // Each paragraph reopens its quotation: the outer mark is known from the paragraph's start.
    let outer: Marks | null = null;
    let openAt = 0;
    // Speech, not a term or a title (`the term ‘urban’`): four words or more.
    const count = (kind: Marks) => {
      if (kind === 'double') doubles++;
      else singles++;
    };
    const chunk = blockChunk(text, range);
    const length = range[1] - range[0];
    ANY_CANDIDATE.lastIndex = 0;
    for (let m = ANY_CANDIDATE.exec(chunk); m !== null && m.index < length; m = ANY_CANDIDATE.exec(chunk)) {
      const i = range[0] + m.index;
      const width = m[0].length;
      const kind: Marks | null =
        width === 2 || isMark(text, i, 'double', range)
          ? 'double'
          : isMark(text, i, 'single', range)
            ? 'single'
            : null;
      if (kind === null) continue;
      const dir = direction(text, i, range, outer === kind, width);
      if (outer === null && dir === 'open') {
        outer = kind;
        openAt = i;
      } else if (outer === kind && dir === 'close') {
        if (/(?:\S+\s+){3}\S/.test(text.slice(openAt, i))) count(kind);
        outer = null;
      }
    }
    // A quotation running on to the next paragraph opens its own (`'bot nets` does not).
    if (outer !== null && openAt === firstNonSpace(text, range)) count(outer);
  }
  // Two quotations at least: one headline repeated in the body does not set the style.
  return singles >= 2 && singles > doubles ? 'single' : 'double';
}

/**
 * The quotations of one block in `marks`. With `primary`, a quotation still open at the block's
 * end runs on (news convention: closed in a later paragraph); otherwise only closed ones count,
 * outside the primary quotations already in `out` from `first` on (a UK paper's scare quotes in
 * double marks, a US paper's in single ones).
 */
function scanBlock(
  text: string,
  range: Range,
  block: number,
  out: Raw[],
  diagnostics: Diagnostic[],
  marks: Marks,
  primary: boolean,
): void {
  const [s, e] = range;
  const first = out.length;
  // This block's primary quotations are the last ones in `out`.
  let from = first;
  while (!primary && from > 0 && out[from - 1]!.block === block) from--;
  const outer = out.slice(from, first);
  const found: Raw[] = [];
  let open = -1;
  // A possessive-looking mark inside an open single quotation: its close if none other comes
  // (`described it as ‘a waste of taxes’ and left`).
  let maybeClose = -1;
  let openWidth = 1;
  let depth = 0;
  let k0 = 0;
  /** Closes the open quotation with the mark of `width` characters at `at`. */
  const close = (at: number, width: number) => {
    const raw: Raw = { range: [open, at + width], inner: [open + openWidth, at], block, continues: -1 };
    if (!primary) raw.secondary = true;
    found.push(raw);
    open = -1;
  };
  const candidates = marks === 'double' ? DOUBLE_CANDIDATE : SINGLE_CANDIDATE;
  const chunk = blockChunk(text, range);
  candidates.lastIndex = 0;
  for (let m = candidates.exec(chunk); m !== null && m.index < e - s; m = candidates.exec(chunk)) {
    const i = s + m.index;
    if (!isMark(text, i, marks, range)) {
      if (open !== -1 && marks === 'single' && text[i] !== '‘' && isPossessive(text, i)) maybeClose = i;
      continue;
    }
    // Secondary marks inside a primary quotation are nested in it: not quotations of their own.
    if (!primary) {
      while (k0 < outer.length && outer[k0]!.range[1] <= i) k0++;
      const o = outer[k0];
      if (o && o.range[0] <= i) {
        open = -1;
        continue;
      }
    }
    // `''` is matched whole: one double mark of two characters.
    const width = m[0].length;
    const dir = direction(text, i, range, open !== -1, width);
    if (open === -1) {
      if (dir === 'open') {
        open = i;
        openWidth = width;
        depth = 0;
      }
      continue;
    }
    if (dir === 'close') {
      if (depth > 0) depth--;
      else {
        close(i, width);
      }
      continue;
    }
    // An opening mark inside a quotation: after a sentence end it reopens the same quotation
    // (a new paragraph, UK and US style); otherwise it opens a nested one.
    let k = i - 1;
    while (k > open && /\s/.test(text[k]!)) k--;
    if (depth === 0 && !/[.!?…:]/.test(text[k]!)) depth = 1;
  }
  // A quotation still open with a possessive-looking mark in it: the mark was its close, unless
  // the quotation opens its paragraph (or follows a colon) and the next paragraph reopens it.
  const runsOn = () =>
    (open === firstNonSpace(text, range) || /:\s*$/.test(text.slice(Math.max(s, open - 3), open))) &&
    /^\s*['‘]/.test(text.slice(e, e + 8));
  if (open !== -1 && maybeClose > open && !runsOn()) {
    close(maybeClose, 1);
  }
  if (open !== -1 && primary) {
    // News convention: a quotation running on to the next paragraph is not closed in this one.
    diagnostics.push({
      code: 'unclosed-quote',
      severity: 'info',
      range: [open, open + 1],
      message: 'a quotation opens here and is not closed in this paragraph',
    });
    let end = e;
    while (end > open + openWidth && /\s/.test(text[end - 1]!)) end--;
    found.push({ range: [open, end], inner: [open + openWidth, end], block, continues: -1 });
  }
  // Pushed one by one: spreading a paragraph's quotations into arguments overflows the stack
  // past about a hundred thousand of them.
  if (primary || found.length === 0) {
    for (const raw of found) out.push(raw);
    return;
  }
  // Secondary quotations between the primary ones (the block's, the tail of `out`), in text order.
  const merged = [...outer, ...found].sort((a, b) => a.range[0] - b.range[0]);
  out.length = from;
  for (const raw of merged) out.push(raw);
}

/** Two quotes of one block with no sentence end between them (outside quotation marks). */
function sameSentence(text: string, a: Raw, b: Raw): boolean {
  if (a.block !== b.block || b.range[0] - a.range[1] > WINDOW) return false;
  const between = text.slice(a.range[1], b.range[0]);
  SENTENCE_END.lastIndex = 0;
  if (SENTENCE_END.test(` ${between}`)) return false;
  // `“What a night!” and said …`: a quotation ending in ! or ? goes on in lower case.
  return !/[.!?]\s*$/.test(text.slice(a.inner[0], a.inner[1]).slice(-2)) || /^\s*\p{Ll}/u.test(between);
}

interface Found {
  speaker: Speaker | null;
  cue: Quote['cue'];
  /** The quotation opens its sentence (or follows `said:`), rather than sitting inside a reported one. */
  opens: boolean;
  /** The speaker is the sentence's subject, with no verb of saying: not enough for a short fragment. */
  weak?: boolean;
}

function attribute(
  text: string,
  q: Raw,
  before: Range,
  after: Range,
  mentions: () => readonly Referent[],
  speakers: Referent[],
  /** Whether `before` starts where the quotation's block does (its first sentence). */
  atBlockStart = false,
): Found {
  const closed = q.inner[1] < q.range[1];
  const paragraphStart =
    atBlockStart || /(?:^|\n)\s*$/.test(text.slice(Math.max(0, before[0] - 2), before[0]));
  // The clause before the quote, from the last sentence end.
  let clauseStart = before[0];
  // Two characters more (the quote mark and the word after it), so that a sentence end right
  // before the quotation is seen as one.
  const pre = text.slice(before[0], before[1] + 2);
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(pre); m !== null; m = SENTENCE_END.exec(pre))
    clauseStart = Math.min(before[1], before[0] + m.index + m[0].length);
  const clause = text.slice(clauseStart, before[1]);
  // `… he said. But “…”`: a conjunction alone before the quotation still lets it open its sentence.
  // Capitalised only: `“A” and “B”` in one sentence is a list of fragments.
  const opens = /^\s*(?:(?:And|But|So|Yet|Still)\s+)?$/.test(clause) || /[,:—–-]\s*$/.test(clause);
  const speak = (r: Range | null) => (r ? makeSpeaker(text, r, mentions, speakers) : null);
  // `…, according to a State official`: `m` matched at `base`, its group the phrase after `to`.
  const according = (m: RegExpExecArray | null, base: number): Found | null => {
    if (!m) return null;
    const phraseAt = m[0].length - m[1]!.length;
    const np = speakerPhrase(text, base + phraseAt, base + m[0].length);
    const verbAt = base + m[0].lastIndexOf('according', phraseAt);
    return np
      ? { speaker: speak(np), cue: { verb: 'according to', range: [verbAt, verbAt + 12] }, opens }
      : null;
  };

  if (closed && cueWithin(text, after[0], after[1], 24)) {
    const a = text.slice(after[0], after[1]);
    const lastInner = text[q.inner[1] - 1] ?? '';
    const inv = AFTER_INVERTED.exec(a);
    if (inv) {
      const verbAt = after[0] + a.indexOf(inv[1]!);
      const npAt = after[0] + inv[0].length - inv[2]!.length;
      let np = speakerPhrase(text, npAt, npAt + inv[2]!.length);
      // `said its chief executive, Tom Blake.`: the name set off after the role speaks.
      const app = np
        ? /^(?:\s+(?:for|of|at|to)\s+[^,.;:!?“”"()]{1,40})?,\s*([^,.;:!?“”"()]{1,60}?)\s*(?:[,.;:!?]|$)/u.exec(
            text.slice(np[1], after[1]),
          )
        : null;
      if (np && app) {
        const nameAt = np[1] + app[0].indexOf(app[1]!);
        np = appositiveName(text, np, [nameAt, nameAt + app[1]!.length]) ?? np;
      }
      if (np)
        return {
          speaker: speak(np),
          cue: { verb: inv[1]!, range: [verbAt, verbAt + inv[1]!.length] },
          opens,
        };
    }
    const norm = AFTER_NORMAL.exec(a);
    if (norm) {
      const npAt = after[0] + norm[0].indexOf(norm[1]!);
      let np = speakerPhrase(text, npAt, npAt + norm[1]!.length);
      // `“…,” a spokesman for the ministry, John Reed, said.`: the name set off after the role.
      const app = norm[2] ? /^\s*,\s*([^,]+?)\s*,$/.exec(norm[2]) : null;
      if (np && app) {
        const nameAt = npAt + norm[1]!.length + norm[2]!.indexOf(app[1]!);
        np = appositiveName(text, [npAt, npAt + norm[1]!.length], [nameAt, nameAt + app[1]!.length]) ?? np;
      }
      // `….” The group said …` opens a new sentence: its subject is not this quotation's speaker.
      const newSentence = lastInner === '.' && /^[\s]*\p{Lu}/u.test(a);
      if (np && !newSentence) {
        const verbAt = after[0] + norm[0].length - norm[3]!.length;
        return {
          speaker: speak(np),
          cue: { verb: norm[3]!, range: [verbAt, verbAt + norm[3]!.length] },
          opens,
        };
      }
    }
    const acc = according(AFTER_ACCORDING.exec(a), after[0]);
    if (acc) return acc;
  }

  // `“…,” an angry Hollande retaliated.`, `“…?” Trump went on`: a quotation closed by a comma,
  // ? or ! is the words of the subject that follows it, whatever the verb (not in the list).
  if (closed && /[,?!—–-]$/.test(text.slice(q.inner[0], q.inner[1]).trimEnd())) {
    const m = ANY_VERB_AFTER.exec(text.slice(after[0], after[1]));
    if (m) {
      const npAt = after[0] + m[0].indexOf(m[1]!);
      const np = nounPhrase(text, npAt, npAt + m[1]!.length, true);
      const verbAt = after[0] + m[0].length - m[2]!.length;
      // Any `-ed` word may be an adjective (`, a somewhat muted reference`): with no verb of
      // saying, the phrase must name someone, a role or a group, or be a pronoun.
      const phrase = np ? text.slice(np[0], np[1]) : '';
      if (np && (PRONOUN.test(phrase) || classifySpeaker(phrase).reason !== NO_ONE_REASON))
        return { speaker: speak(np), cue: { verb: m[2]!, range: [verbAt, verbAt + m[2]!.length] }, opens };
    }
  }

  // `“A” for the victory, Smith said.`: the quotation stops before its sentence does, and the
  // cue closes the sentence after a comma.
  if (closed && !/[.!?]$/.test(text.slice(q.inner[0], q.inner[1]).trimEnd())) {
    const a = text.slice(after[0], after[1]);
    SENTENCE_END.lastIndex = 0;
    const stop = SENTENCE_END.exec(a)?.index ?? (/[.!?]\s*$/.test(a) ? a.length : -1);
    // `… the “confidential” level, according to a State official, …`: set off later in the sentence.
    const acc =
      stop > 0
        ? according(/^[^“”"]*?,\s*according to\s+([^,.;:!?“”"]{1,80})/u.exec(a.slice(0, stop + 1)), after[0])
        : null;
    if (acc) return acc;
    const comma = stop > 0 ? a.lastIndexOf(',', stop) : -1;
    if (comma > 0) {
      const seg = a.slice(comma, stop + 1);
      const norm = AFTER_NORMAL.exec(seg);
      const inv = norm ? null : AFTER_INVERTED.exec(seg);
      const phrase = norm ? norm[1]! : inv?.[2];
      if (phrase !== undefined) {
        const npAt = after[0] + comma + (norm ? norm[0].indexOf(phrase) : inv![0].length - phrase.length);
        const np = speakerPhrase(text, npAt, npAt + phrase.length);
        const verb = norm ? norm[3]! : inv![1]!;
        const verbAt = after[0] + comma + seg.indexOf(verb, norm ? norm[0].length - verb.length : 0);
        if (np) return { speaker: speak(np), cue: { verb, range: [verbAt, verbAt + verb.length] }, opens };
      }
    }
  }

  // `Smith fired back: “`: a colon after a clause with a subject introduces the quotation, even
  // when an earlier clause of the sentence has a verb of saying (`When Jones suggested …,`).
  if (/:\s*$/.test(clause)) {
    // `Rep. Ann Lee (D-Ohio): "…"`: a name and its party before the colon, as in a transcript.
    const label = /(?:^|[.!?]\s+|\n)\s*([^.!?:;,()\n]{2,60}?)\s*(?:\([^()\n]{1,30}\))?\s*:\s*$/u.exec(clause);
    if (label) {
      const at = clauseStart + label.index + label[0].indexOf(label[1]!);
      const np = nounPhrase(text, at, at + label[1]!.length, true);
      if (np && /^\p{Lu}/u.test(text.slice(np[0], np[1]))) return { speaker: speak(np), cue: null, opens };
    }
    // `Here's Clinton in December 1992: “…”`: a presentative names the speaker after its verb.
    const here =
      /(?:^|[.!?]\s+|\n)\s*(?:Here|There)(?:['’]s|\s+is|\s+was|\s+are)\s+([^.!?:;“”"\n]{2,80}?)\s*:\s*$/u.exec(
        clause,
      );
    if (here) {
      const at = clauseStart + here.index + here[0].lastIndexOf(here[1]!);
      const np = nounPhrase(text, at, at + here[1]!.length, false);
      if (np && /^\p{Lu}/u.test(text.slice(np[0], np[1]))) return { speaker: speak(np), cue: null, opens };
    }
    // `Brown quoted Anna Green as saying: “`: the one quoted is the object, not the subject.
    const quoted = /\b(?:quoted|cited)\s+([^,;:“”"]{1,80}?)\s+as\s+saying\s*:\s*$/u.exec(clause);
    if (quoted) {
      const at = clauseStart + quoted.index + quoted[0].indexOf(quoted[1]!, 5);
      const np = nounPhrase(text, at, at + quoted[1]!.length, true);
      if (np) return { speaker: speak(np), cue: lastCueRange(text, np[1], before[1]), opens };
    }
    let segAt = 0;
    for (const m of clause.matchAll(/[,;(—–]|\s-\s/g)) segAt = m.index + m[0].length;
    const np = nounPhrase(text, clauseStart + segAt, before[1], false);
    const rest = np ? text.slice(np[1], before[1]) : '';
    // The phrase is the clause's subject only when a verb of its own follows it (not a copula:
    // `it was the stage itself:` introduces someone else's words).
    if (
      np &&
      /^\s+\p{Ll}/u.test(rest) &&
      (!/^\s+(?:of|and|or|in|on|at|for|from|to|by|with|is|was|are|were|be|been)\b/.test(rest) ||
        // `Biden was quick to retort:`, `Smith was asked:`: a copula with a verb of its own after it.
        /^\s+(?:is|was|are|were)\s+(?:(?:[\p{Ll}-]+\s+){1,3}to\s+[\p{Ll}-]+|[\p{Ll}]+ed)\s*:\s*$/u.test(rest))
    )
      return { speaker: speak(np), cue: lastCueRange(text, np[1], before[1]), opens };
    // `Hoff, who declined to comment, proposes this language:`, `As Smith, the No. 2, put it:`:
    // the subject sits before the appositive; taken when no verb of saying is there to decide.
    if (!np && !lastCue(text, clauseStart, before[1], true)) {
      const subject = subjectBefore(text, clauseStart, before[1]);
      // A name, or a titled one (`the regional leader Nils Berg, who …, is shown speaking:`).
      if (subject && /^\p{Lu}|^[^,;:]*\s\p{Lu}/u.test(text.slice(subject[0], subject[1] + 40)))
        return { speaker: speak(subject), cue: null, opens };
    }
  }

  // A cue earlier in the sentence: `He said: “`, `Trump said the system was “rigged”`.
  const found = lastCue(text, clauseStart, before[1], true);
  if (found) {
    const last = [found.verb];
    const verbAt = found.at;
    const cue = { verb: found.verb, range: [verbAt, verbAt + found.verb.length] as Range };
    const afterVerb = text.slice(cue.range[1], before[1]);
    const inverted = /^\s+((?:the\s+|a\s+|an\s+)?[^\s,:“”"]+(?:\s+[^\s,:“”"]+){0,5})\s*[,:]\s*$/u.exec(
      afterVerb,
    );
    // `said Smith: “`, but not `told reporters: “`, whose object is the listener.
    // `… and recalled the cuts:` is a verb sharing the sentence's subject, with its object after
    // it: a coordinated verb is never inverted.
    const coordinated = /\b(?:and|or|but|then)\s+$/.test(
      text.slice(Math.max(clauseStart, verbAt - 8), verbAt),
    );
    if (inverted && !coordinated && last[0] !== 'according to' && !TAKES_LISTENER.test(found.verb)) {
      const npAt = cue.range[1] + afterVerb.indexOf(inverted[1]!);
      // A noun phrase filling the span: `said last week in Leeds, “` names no one.
      const np = nounPhrase(text, npAt, npAt + inverted[1]!.length, true);
      if (np && !/^(?:that|it|this)$/i.test(inverted[1]!)) return { speaker: speak(np), cue, opens };
    }
    if (last[0] === 'according to') {
      const m = /^\s+([^,.;:“”"]{1,80})/.exec(afterVerb);
      const np = m
        ? speakerPhrase(text, cue.range[1] + m[0].length - m[1]!.length, cue.range[1] + m[0].length)
        : null;
      if (np) return { speaker: speak(np), cue, opens };
    }
    // `Smith was asked by host Ann Lee, “`: a passive cue's speaker follows `by`.
    const by = /^\s+by\s+([^,:;“”"]{1,80})/u.exec(afterVerb);
    if (by && /ed$|^told$/.test(found.verb)) {
      const npAt = cue.range[1] + by[0].length - by[1]!.length;
      const np = nounPhrase(text, npAt, npAt + by[1]!.length, false);
      if (np) return { speaker: speak(np), cue, opens };
    }
    // `Said Smith, who …, “`: the cue opens the sentence and the speaker follows it.
    if (/^Sa(?:id|ys)$/.test(found.verb) && /^\s*$/.test(text.slice(clauseStart, verbAt))) {
      const np = speakerPhrase(text, cue.range[1], before[1]);
      if (np) return { speaker: speak(np), cue, opens };
    }
    // `…, with Senator Ann Lee telling reporters he was “…”`: an absolute phrase names its own
    // speaker after `with`.
    const absolute = /ing$/.test(found.verb)
      ? /(?:^|[,;(—–]\s*|\s)with\s+([^,;:“”"]{1,80}?)\s*$/u.exec(text.slice(clauseStart, verbAt))
      : null;
    if (absolute) {
      const at = verbAt - absolute[0].length + absolute[0].lastIndexOf(absolute[1]!);
      const np = nounPhrase(text, at, at + absolute[1]!.length, true);
      if (np) return { speaker: speak(np), cue, opens };
    }
    const np = subjectBefore(text, clauseStart, verbAt);
    if (np) return { speaker: speak(np), cue, opens };
    return { speaker: null, cue, opens };
  }
  // `Mark Blumenthal and Jon Cohen: “…”`: a name introducing the quotation with a colon.
  const colon = /:\s*$/.test(clause) ? /([^.!?;:—–-]{1,80}?)\s*:\s*$/u.exec(clause.slice(-90)) : null;
  if (colon) {
    const at = clauseStart + Math.max(0, clause.length - 90) + colon.index;
    const np = nounPhrase(text, at, at + colon[1]!.length, true);
    if (np) return { speaker: speak(np), cue: null, opens };
  }
  // No cue at all, but the quotation sits inside a sentence: its subject is the one quoted
  // (`Smith thanked Obama for “…”`, `The ad targets a “…”`). Weak: kept for long quotations only.
  const sentenceStart = clauseStart > before[0] || paragraphStart;
  if (sentenceStart && /\p{L}/u.test(clause) && !/:\s*$/.test(clause)) {
    const np = subjectBefore(text, clauseStart, q.range[0]);
    if (np) return { speaker: speak(np), cue: null, opens, weak: true };
  }
  // A quotation opening a sentence right after one about a person (`Smith touted her record.
  // “We need …”`) is that person's, in the same paragraph.
  if (!/\p{L}/u.test(clause)) {
    const head = text.slice(before[0], clauseStart);
    let prevStart = -1;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(head); m !== null; m = SENTENCE_END.exec(head))
      if (before[0] + m.index + m[0].length < clauseStart) prevStart = before[0] + m.index + m[0].length;
    if (prevStart === -1 && paragraphStart) prevStart = before[0];
    if (prevStart !== -1 && !/[“”"]/.test(text.slice(prevStart, clauseStart))) {
      const np = firstSubject(text, prevStart, clauseStart);
      if (np) return { speaker: speak(np), cue: null, opens, weak: true };
    }
  }
  return { speaker: null, cue: null, opens };
}

const NP_START_DET =
  /^(?:the|a|an|his|her|their|its|our|one|two|three|some|many|several|most|hundreds|dozens|thousands|millions|scores)$/i;

/** A subordinate clause opening a segment, before its own subject (`in which Hall said`). */
const SUBORDINATE =
  /^\s*(?:(?:in|at|during|from|with|through)\s+which|where|whereupon|while|whereas|because|since|although|though)\s+/i;

/** A title abbreviation opening a name: `Sen. Ann Lee`, `Rep. Tom Brown`. */
const TITLED_NAME =
  /(?<=^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Prof)\.\s+\p{Lu}/gu;

/** A subordinator inside a clause, before the subject of its own verb. */
const INNER_SUBORDINATE =
  /\b(?:after|before|when|since|because|while|until|once|although|though|whereas|whereupon|what)\s+/gi;

/**
 * The speaker of a paraphrase (`Shami Chakrabarti, director of Liberty, said …`): the noun
 * phrase before the cue verb at `verbAt` in the sentence from `start`, or null. The lesson's
 * attributions read it, so quotes and paraphrases agree on who a speaker is.
 */
export function speakerBefore(text: string, start: number, verbAt: number): Range | null {
  return subjectBefore(text, start, verbAt);
}

/**
 * The speaker before a cue at `verbAt`: the phrase right before it (`he added`, `the Amazon
 * official wrote`), or else the subject that opens the clause (`Smith spoke on Monday, saying`),
 * skipping fronted phrases (`In a statement, Smith said`).
 */
function subjectBefore(text: string, start: number, verbAt: number): Range | null {
  const pre = text.slice(start, verbAt);
  // Drop adverbs and auxiliaries right before the verb: `Smith also said`, `he has repeatedly said`.
  let tailEnd = pre.length;
  for (;;) {
    let e = tailEnd;
    while (e > 0 && /\s/.test(pre[e - 1]!)) e--;
    let b = e;
    while (b > 0 && /[\p{L}]/u.test(pre[b - 1]!)) b--;
    if (b === e || !ADV_WORDS.has(pre.slice(b, e))) break;
    tailEnd = b;
  }
  // `Sen. Al Franken (D-Minn.) explained`: a party and state label after the name.
  const label = /\s\([^()]{1,40}\)\s*$/.exec(pre.slice(0, tailEnd));
  if (label) tailEnd = label.index;
  const segments: Range[] = [];
  let segStart = 0;
  // A short parenthesis (`Ted Cruz (R-Texas) on Friday lashed out`) stays inside its segment.
  for (const m of pre.slice(0, tailEnd).matchAll(/[,;:—–]|\((?![^()]{1,40}\))/g)) {
    segments.push([start + segStart, start + m.index]);
    segStart = m.index + 1;
  }
  segments.push([start + segStart, start + tailEnd]);
  const tail = segments[segments.length - 1]!;
  const direct = nounPhrase(text, tail[0], tail[1], true);
  if (direct) return direct;
  // `That is why critics say`, `as many Democratic lawmakers noted`: a plural group noun right
  // before the verb is its subject, whatever opens the clause.
  const group = /(?:^|\s)((?:[\p{L}-]+\s+){0,2}([\p{Ll}]+))\s*$/u.exec(text.slice(tail[0], tail[1]));
  if (
    group &&
    (GROUP_NOUNS.has(group[2]!) || isPersonPlural(group[2]!)) &&
    !/^(?:some|many|several|others)$/.test(group[2]!)
  ) {
    const from = tail[0] + group.index + group[0].indexOf(group[1]!);
    const ws = [...group[1]!.matchAll(/\S+/g)];
    let k = 0;
    while (k < ws.length - 1 && (NOT_SPEAKER_START.has(ws[k]![0].toLowerCase()) || /ly$/.test(ws[k]![0])))
      k++;
    const np = speakerPhrase(text, from + ws[k]!.index, from + group[1]!.length);
    if (np) return np;
  }
  // `A spokesman for the ministry, John Reed, said`, `Sarah Hunt, the council's leader, said`:
  // a name and a role set off by commas right before the verb; the name is the speaker.
  if (segments.length >= 3 && /^\s*$/.test(text.slice(tail[0], tail[1]))) {
    const [a, b] = [segments[segments.length - 3]!, segments[segments.length - 2]!];
    const named = appositiveName(text, a, b) ?? appositiveName(text, b, a);
    if (named) return named;
    // `One attendee, who spoke on condition of anonymity, said`: a relative clause set off
    // between the subject and its verb.
    if (/^\s*(?:who|whose)\s/.test(text.slice(b[0], b[1]))) {
      const np = nounPhrase(text, a[0], a[1], true);
      if (np) return np;
    }
  }
  // `…, in which Hall said:`, `where Lee told the crowd`: a subordinate clause's own subject
  // follows its opening word(s), right before the verb.
  const sub = SUBORDINATE.exec(text.slice(tail[0], tail[1]));
  if (sub) {
    const np = nounPhrase(text, tail[0] + sub[0].length, tail[1], true);
    if (np) return np;
  }
  // `Labolt issued a statement shortly after Santorum told voters:`: a subordinate clause inside
  // the segment, its own subject right before the cue.
  let inner: RegExpExecArray | null = null;
  const tailText = text.slice(tail[0], tail[1]);
  INNER_SUBORDINATE.lastIndex = 0;
  for (let m = INNER_SUBORDINATE.exec(tailText); m !== null; m = INNER_SUBORDINATE.exec(tailText)) inner = m;
  if (inner && inner.index > 0) {
    const np = nounPhrase(text, tail[0] + inner.index + inner[0].length, tail[1], true);
    if (np) return np;
  }
  // `Saturday at the convention Sen. Ann Lee (D-MA) said`: a fronted phrase with no comma before
  // a titled name; the name (with the capitalised words right before its title) is the subject.
  let titled: RegExpExecArray | null = null;
  TITLED_NAME.lastIndex = 0;
  for (let m = TITLED_NAME.exec(tailText); m !== null; m = TITLED_NAME.exec(tailText)) titled = m;
  if (titled && titled.index > 0) {
    const caps = /(?:\p{Lu}[\p{L}.’'-]*\s+){1,2}$/u.exec(tailText.slice(0, titled.index));
    for (const at of caps ? [caps.index, titled.index] : [titled.index]) {
      const np = nounPhrase(text, tail[0] + at, tail[1], true);
      if (np) return np;
    }
  }
  // A subject is followed by its verb (`…, Trump went after Bush, calling`); a phrase filling
  // its segment may be a place or an appositive (`in Salem, New Hampshire,`), taken only if
  // no segment has a subject and a verb.
  let fallback: Range | null = null;
  for (const [s, e] of segments) {
    const np = nounPhrase(text, s, e, false);
    if (!np) continue;
    if (/^\s+(?:\([^()]{1,40}\)\s+)?\p{Ll}/u.test(text.slice(np[1], e))) return np;
    fallback ??= np;
  }
  return fallback;
}

/**
 * The name in an appositive pair: `[ns, ne)` wholly a name (`John Reed`) and `[ds, de)` a role
 * that names no one (`a spokesman for the ministry`, `its chief executive`), or null.
 */
function appositiveName(text: string, [ds, de]: Range, [ns, ne]: Range): Range | null {
  const name = nounPhrase(text, ns, ne, true);
  if (
    !name ||
    !/^\p{Lu}/u.test(text.slice(name[0], name[1])) ||
    !isNamedSpeaker(text.slice(name[0], name[1]))
  )
    return null;
  const role = nounPhrase(text, ds, de, false);
  if (!role || !/^[\s]*$/.test(text.slice(ds, role[0]))) return null;
  return classifySpeaker(text.slice(role[0], role[1])).class === 'anonymous' ? name : null;
}

/**
 * The subject of the sentence `[s, e)` when it is a person (a capitalised name or `he`/`she`),
 * fronted phrases skipped: the speaker of a quotation that follows with no cue.
 */
function firstSubject(text: string, s: number, e: number): Range | null {
  let segStart = s;
  for (const m of text.slice(s, e).matchAll(/[,;:(—–]|$/g)) {
    const np = nounPhrase(text, segStart, s + m.index, false);
    if (np) {
      const w = text.slice(np[0], np[1]);
      let rest = text.slice(np[1], Math.min(e, np[1] + 30));
      // `Anna Green, his rival, was less sure.`: an appositive between the subject and its verb.
      const appositive = /^,[^,.;:!?“”"]{1,60},/u.exec(text.slice(np[1], e));
      if (appositive)
        rest = text.slice(np[1] + appositive[0].length, Math.min(e, np[1] + appositive[0].length + 30));
      // `His rival was unmoved.`, `The mayor agreed.`: one person named by a role also speaks.
      const role = /^(?:the|his|her|their)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)$/iu.exec(w);
      const person =
        /^(?:he|she)$/i.test(w) ||
        (role !== null && ROLE_NOUNS.has(role[1]!.toLowerCase())) ||
        (/^\p{Lu}/u.test(w) && isNamedSpeaker(w) && !/\s/.test(w.slice(-1)));
      // A verb of its own: regular (`agreed`, `says`) or a common irregular past (`spoke`, `stood`).
      return person &&
        /^\s+(?:also\s+|then\s+)?(?:\p{Ll}+(?:ed|s)|spoke|wrote|told|said|was|had|made|took|gave|came|went|sat|stood|felt|held|kept|left|put|ran|saw|thought|knew|began|won|lost|got|rose|struck|sent|met|led|paid|brought|fought|sought|taught|hit|set|let|cut)\b/u.test(
          rest,
        )
        ? np
        : null;
    }
    segStart = s + m.index + 1;
  }
  return null;
}

/**
 * The noun phrase that opens `[s, e)`: a pronoun, a run of capitalised words with titles and
 * role nouns (`Amazon spokesman Drew Herdener`, `Mr. Bezos`), or a determiner and up to five
 * words ending at a role or group noun (`the Amazon official`). With `whole`, it must fill the span.
 */
function nounPhrase(text: string, s: number, e: number, whole: boolean): Range | null {
  const span = text.slice(s, e);
  const words = [...span.matchAll(/[^\s]+/g)];
  if (words.length === 0) return null;
  const w0 = words[0]![0];
  const low = (k: number) => words[k]![0].toLowerCase().replace(/[.,’']+$/, '');
  // `Democratic presidential nominee Hillary Clinton`: up to three lower-case modifiers between
  // capitalised words, when a capitalised word follows them; returns the index of that word.
  const lowerThenCap = (k: number): number => {
    let j = k;
    while (
      j < words.length &&
      j - k < 3 &&
      /^[\p{Ll}-]+$/u.test(words[j]![0]) &&
      // `secretary of state Ann Lee`: `of` inside a title.
      (!NOT_SPEAKER_START.has(low(j)) || (low(j) === 'of' && j > k)) &&
      !NOT_SPEAKER_END.has(low(j))
    )
      j++;
    // The word before the name is a role (`hopeful`, `nominee`), so the run is a titled name,
    // not a clause (`Smith visited flooded Leeds`).
    if (j === k || !isModifier(low(j - 1))) return 0;
    return j > k && j < words.length && /^\p{Lu}/u.test(words[j]![0]) && !/[,.;:]$/.test(words[j - 1]![0])
      ? j
      : 0;
  };
  const capRun = (from: number) => {
    let n = from;
    while (n < words.length && n < 9) {
      const w = words[n]![0];
      if (/^\p{Lu}/u.test(w) || CONNECTOR.test(w)) n++;
      // `Mark Smith and Jon Cole`: two names joined speak together.
      else if (w === 'and' && n > 0 && n + 1 < words.length && /^\p{Lu}/u.test(words[n + 1]![0])) n++;
      else if (n > 0 && lowerThenCap(n)) n = lowerThenCap(n);
      else if (
        /^[\p{Ll}-]+$/u.test(w) &&
        (ROLE_NOUNS.has(low(n)) || GROUP_NOUNS.has(low(n)) || TITLE_WORDS.test(w))
      )
        n++;
      else break;
    }
    while (n > from && (CONNECTOR.test(words[n - 1]![0]) || words[n - 1]![0] === 'and')) n--;
    return n;
  };
  // `21 percent said`, `About four in 10 said`, `half of those polled said`: a share of a
  // poll's answers speaks for those polled (vague: no one in particular).
  const share = POLL_SHARE.exec(span);
  if (share && (!whole || share[0].length === span.trimEnd().length)) return [s, s + share[0].length];
  let n = 0;
  // `And he added`: a leading conjunction or sentence adverb is not part of the phrase.
  if (LEADING.test(w0) && words.length > 1) {
    const at = s + words[1]!.index;
    return nounPhrase(text, at, e, whole);
  }
  // `On Tuesday Foreign Secretary Jack Straw said`: a fronted date with no comma.
  if (words.length > 2 && isOpenerWord(w0) && NOT_SUBJECT.test(words[1]![0]))
    return nounPhrase(text, s + words[2]!.index, e, whole);
  // `Speaking on Monday`, `Following Mr Straw`, `Wednesday`, `Maybe`: a clause opener, not a subject.
  if (
    /^\p{Lu}/u.test(w0) &&
    (isOpenerWord(w0) ||
      /^\p{Lu}\p{Ll}+ing$/u.test(w0) ||
      NOT_SUBJECT.test(w0) ||
      SENTENCE_ADVERB.test(w0)) &&
    !(words.length === 1 && isAuxiliaryName(w0, text.slice(e, e + 20)))
  )
    return null;
  // `former President Bill Clinton`, `81-year-old Ann Lee`: lower-case words before a name.
  if (
    /^[\p{Ll}\d-]+$/u.test(w0) &&
    /^\p{Ll}|^\d+-year-old$/u.test(w0) &&
    !NP_START_DET.test(w0) &&
    !PRONOUN.test(w0)
  ) {
    let k = 0;
    while (
      k < 3 &&
      k < words.length &&
      /^[\p{Ll}\d-]+$/u.test(words[k]![0]) &&
      !NOT_SPEAKER_START.has(words[k]![0])
    )
      k++;
    // The word before the name is a role (`actress`, `commentator`, `81-year-old`); not a verb
    // or a determiner (`contrasted the Republican …`, `last January`).
    if (
      k > 0 &&
      k < words.length &&
      /^\p{Lu}/u.test(words[k]![0]) &&
      (isModifier(low(k - 1)) || GENDER_WORD.test(low(k - 1)) || /^\d+-year-old$/.test(low(k - 1)))
    )
      n = capRun(k + 1);
    // `retired surgeon Tom Brown`: when the phrase must fill its span, up to three lower-case
    // words before a name that runs to its end describe the name (not a verb or an adverb).
    else if (
      whole &&
      k > 0 &&
      k < words.length &&
      /^\p{Lu}/u.test(words[k]![0]) &&
      capRun(k) === words.length &&
      !words.slice(0, k).some((w) => NP_START_DET.test(w[0]) || /(?:ly|ing)$/.test(w[0])) &&
      !/ed$/.test(low(k - 1))
    )
      n = words.length;
    if (n === 0) return null;
  } else if (PRONOUN.test(w0.replace(/[.,]$/, ''))) n = 1;
  else if (NP_START_DET.test(w0)) {
    // `the Amazon official`, `hundreds of anonymous workers`: up to the role or group noun.
    for (let k = 1; k < Math.min(words.length, 7); k++) {
      if (ROLE_NOUNS.has(low(k)) || GROUP_NOUNS.has(low(k))) {
        n = k + 1;
        break;
      }
    }
    // `the billionaire businessman`, `the Ohio governor`, `the group`, `the ad`: other heads that
    // speak, up to the first preposition.
    for (let k = 1; n === 0 && k < Math.min(words.length, 5); k++) {
      if (NOT_SPEAKER_START.has(low(k))) break;
      if (isDescriptorHead(low(k)) && !(k + 1 < words.length && isDescriptorHead(low(k + 1)))) n = k + 1;
    }
    if (n === 0) n = capRun(1) > 1 ? capRun(1) : whole && words.length <= 6 ? words.length : 0;
    // `the regional leader Anna Green`: the name the role introduces belongs to the phrase.
    if (n > 1 && n < words.length && /^\p{Lu}\p{Ll}/u.test(words[n]![0]) && !NOT_SUBJECT.test(words[n]![0]))
      n = Math.max(n, capRun(n));
  } else if (/^\p{Lu}/u.test(w0)) n = capRun(1);
  if (n === 0) return null;
  if (whole && n !== words.length) return null;
  const last = words[n - 1]!;
  return speakerPhrase(text, s + words[0]!.index, s + last.index + last[0].length);
}

const CONNECTOR = /^(?:of|de|van|von|al|bin)$/;
/**
 * Lower-case words that sit inside a titled name: `Republican presidential hopeful Donald Trump`,
 * and the descriptions news puts before a name as if they were titles (`Pop star Ann Lee`, `Road
 * safety head Tom Brown`: the AP Stylebook's "false titles"); any noun for a person (WordNet's,
 * `Charity boss Ann Lee`) too, through {@link isModifier}.
 */
const NAME_MODIFIERS = new Set(
  'presidential vice-presidential former presumptive likely then top senior hopeful frontrunner front-runner rival challenger businessman businesswoman billionaire mogul host anchor commentator pollster columnist contender nominee candidate star head legend veteran great'.split(
    ' ',
  ),
);
const isModifier = (w: string) =>
  NAME_MODIFIERS.has(w) || isRoleWord(w) || TITLE_WORDS.test(w) || isTitleWord(w);
/** Things and people a descriptor can be headed by besides role nouns: `the ad`, `the senator`. */
const SPEAKING_HEADS = new Set(
  'group campaign committee council poll survey report statement ad advert email letter crowd audience website memo study complaint lawsuit resolution tweet post businessman businesswoman billionaire mogul host anchor commentator pollster columnist candidate nominee frontrunner front-runner challenger'.split(
    ' ',
  ),
);
const isDescriptorHead = (w: string) =>
  SPEAKING_HEADS.has(w) || isTitleWord(w) || ORG_WORDS.has(w) || PERSON_NOUNS.has(w);
/** `Immediately`, `Finally`, `Reportedly`: sentence adverbs (not names such as `Kelly`, `Donnelly`). */
const SENTENCE_ADVERB =
  /^\p{Lu}\p{Ll}{3,}(?:ately|ently|antly|ously|ially|ually|ically|edly|ingly|ally)[,]?$/u;
/** Role words that tell a gender (`actress`, `businessman`), which also stand before a name. */
const GENDER_WORD =
  /^(?:actor|actress|businessman|businesswoman|congressman|congresswoman|chairman|chairwoman|spokesman|spokeswoman|widow|sister|brother|mother|father|wife|husband|son|daughter)$/;
/** Capitalised words that open a clause but never a speaker's name: days, months, sentence adverbs. */
const NOT_SUBJECT =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Maybe|Perhaps|Hours|Days|Weeks|Months|Years|Minutes|Moments|Asked|Earlier|Later|Last|Next|Yesterday|Today|Tonight|Separately|Still|Yet|Instead|Indeed|Meanwhile|Overall|Again)[,.]?$/;
/** Words before a clause's subject: conjunctions, sentence adverbs, subordinators (`While Smith said`). */
const LEADING =
  /^(?:and|but|so|also|then|yet|still|meanwhile|later|now|instead|as|while|when|whereas|although|though|because|since|once|if|unless|until|which|that|where|what)$/i;
const TITLE_WORDS =
  /^(?:spokesman|spokeswoman|spokesperson|official|aide|adviser|advisor|chief|executive|director|secretary|president|chairman|leader|attorney|senator|candidate|nominee|campaign|manager|press|deputy)$/;

/**
 * The last sentence in `[from, to)` outside quotation marks whose subject says something
 * (`Smith said …`): a new current speaker for the quotations that follow.
 */
function lastParaphrase(
  text: string,
  blocks: readonly Block[],
  from: number,
  to: number,
): { np: Range; block: number } | null {
  let out: { np: Range; block: number } | null = null;
  for (
    let b = Math.max(
      0,
      lastStartingAtOrBefore(blocks, (k) => k.range, from),
    );
    b < blocks.length && blocks[b]!.range[0] < to;
    b++
  ) {
    const block = blocks[b]!;
    if (block.kind !== 'body') continue;
    const bs = Math.max(block.range[0], from);
    const be = Math.min(block.range[1], to);
    if (be <= bs) continue;
    const chunk = text.slice(bs, be);
    const starts = [bs];
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(chunk); m !== null; m = SENTENCE_END.exec(chunk))
      starts.push(bs + m.index + m[0].length);
    for (let k = 0; k < starts.length; k++) {
      const s = starts[k]!;
      const e = starts[k + 1] ?? be;
      if (/[“”"]/.test(text.slice(s, e))) continue;
      const cue = lastCue(text, s, Math.min(e, s + 80), false);
      if (!cue) continue;
      const np = subjectBefore(text, s, cue.at);
      if (np) out = { np, block: b };
    }
  }
  return out;
}
