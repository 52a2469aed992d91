import type { Block, Diagnostic, Quote, Range, Sentence, Speaker } from './types.ts';
import { countWords } from './words.ts';

export const CUE_VERBS =
  'said says say saying wrote writes writing added adds told tells telling asked asks explained explains stated states noted notes argued argues claimed claims insisted insists declared declares replied replies answered continued warned warns recalled acknowledged admitted tweeted posted remarked commented announced testified suggested conceded contended maintained concluded observed emphasized emphasised stressed cautioned complained boasted promised vowed urged'.split(
    ' ',
  );
const CUE = CUE_VERBS.join('|');
/** `”, the Amazon official wrote` / `,” Bezos said` */
const SPEAKER_AFTER = new RegExp(
  `^[,.!?]?\\s*((?:(?:the|a|an)\\s+)?(?:[\\p{L}’'.-]+\\s+){0,5}?)(${CUE})\\b`,
  'iu',
);
/** `,” said Bezos` */
const SPEAKER_AFTER_INVERTED = new RegExp(
  `^[,.!?]?\\s*(${CUE})\\s+((?:the\\s+|a\\s+|an\\s+)?[\\p{Lu}][\\p{L}’'.-]*(?:\\s+[\\p{Lu}][\\p{L}’'.-]*){0,4})`,
  'u',
);
const CUE_BEFORE = new RegExp(`\\b(${CUE})\\b(?![\\s\\S]*\\b(?:${CUE})\\b)`, 'i');
const FIRST_CUE = new RegExp(`\\b(${CUE})\\b`, 'i');
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
const UNNAMED_HEAD =
  /^(?:the|a|an|some|several|many|one|two|three|hundreds|dozens|thousands|officials?|sources?|critics|experts|people)\b/i;
const GENERIC_ROLE =
  /\b(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|worker|workers|employee|employees|person|people|aide|aides|staffer|staffers|executive|executives|critics|experts|advocates|insider|insiders|analyst|analysts|representative|someone)$/i;

/**
 * Double quotations in each block, curly or straight, with a first-pass speaker:
 * a cue verb after the quote (`,” Bezos said`) or before it (`he added, “`), a pronoun
 * resolved to the previous named speaker, or the sentence's subject for partial quotes.
 */
export function findQuotes(
  text: string,
  blocks: Block[],
  sentences: Sentence[],
  diagnostics: Diagnostic[],
): Quote[] {
  const quotes: Quote[] = [];
  let lastNamed: Speaker | null = null;
  let sentenceIndex = 0;
  blocks.forEach((block, b) => {
    for (const range of quoteSpans(text, block.range, diagnostics)) {
      while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex]!.range[1] <= range[0])
        sentenceIndex++;
      const sentence = sentences[sentenceIndex] ?? { range: block.range, block: b };
      const sentenceStart = Math.min(sentence.range[0], range[0]);
      const inner: Range = [
        range[0] + 1,
        text[range[1] - 1] === '”' || text[range[1] - 1] === '"' ? range[1] - 1 : range[1],
      ];
      const quote = describe(
        text,
        range,
        inner,
        [sentenceStart, Math.max(sentence.range[1], range[1])],
        b,
        lastNamed,
      );
      if (quote.speaker?.named) lastNamed = quote.speaker;
      quotes.push(quote);
    }
  });
  return quotes;
}

function quoteSpans(text: string, [s, e]: Range, diagnostics: Diagnostic[]): Range[] {
  const spans: Range[] = [];
  let i = s;
  while (i < e) {
    const open = indexOfAny(text, i, e);
    if (open === -1) break;
    const c = text[open];
    if (c === '”') {
      i = open + 1;
      continue;
    }
    const closeChar = c === '“' ? '”' : '"';
    let close = text.indexOf(closeChar, open + 1);
    if (c === '“') {
      const reopen = text.indexOf('“', open + 1);
      if (reopen !== -1 && (close === -1 || reopen < close) && reopen < e) close = -1;
    }
    if (close === -1 || close >= e) {
      // News convention: a quotation running on to the next paragraph is not closed in this one.
      diagnostics.push({
        code: 'unclosed-quote',
        severity: 'info',
        range: [open, open + 1],
        message: 'a quotation opens here and is not closed in this paragraph',
      });
      spans.push([open, e]);
      break;
    }
    spans.push([open, close + 1]);
    i = close + 1;
  }
  return spans;
}

function indexOfAny(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x22 || c === 0x201d) return i;
  }
  return -1;
}

function describe(
  text: string,
  range: Range,
  inner: Range,
  sentence: Range,
  block: number,
  lastNamed: Speaker | null,
): Quote {
  const before = text.slice(sentence[0], range[0]);
  const after = text.slice(range[1], sentence[1]);
  const words = countWords(text, inner[0], inner[1]);
  let speaker: Speaker | null = null;
  let cue: Quote['cue'] = null;

  const inverted = SPEAKER_AFTER_INVERTED.exec(after);
  const following = inverted ? null : SPEAKER_AFTER.exec(after);
  if (inverted) {
    const at =
      range[1] + after.indexOf(inverted[2]!, inverted[0].indexOf(inverted[1]!) + inverted[1]!.length);
    cue = {
      verb: inverted[1]!,
      range: [
        range[1] + after.indexOf(inverted[1]!),
        range[1] + after.indexOf(inverted[1]!) + inverted[1]!.length,
      ],
    };
    speaker = makeSpeaker(inverted[2]!, at, lastNamed);
  } else if (following && following[1]!.trim() !== '') {
    const nameStart = range[1] + following[0].indexOf(following[1]!);
    const verbStart = range[1] + following[0].lastIndexOf(following[2]!);
    cue = { verb: following[2]!, range: [verbStart, verbStart + following[2]!.length] };
    speaker = makeSpeaker(following[1]!, nameStart, lastNamed);
  } else {
    const last = CUE_BEFORE.exec(before);
    if (last) {
      const verbStart = sentence[0] + last.index;
      cue = { verb: last[1]!, range: [verbStart, verbStart + last[1]!.length] };
      // The clause before the cue (`he added`), or else the sentence's subject (`… workers wrote …, saying`).
      const clause = before.slice(0, last.index);
      const local = /(?:^|[,;:(]\s*)([^,;:(]*)$/.exec(clause)?.[1] ?? '';
      const subjectText = local.trim() !== '' ? local : subjectOf(before);
      if (subjectText.trim() !== '') {
        speaker = makeSpeaker(subjectText, sentence[0] + before.indexOf(subjectText.trim()), lastNamed);
      }
    }
  }
  const openingSentence = /^\s*$/.test(before) || /[,:]\s*$/.test(before);
  let kind: Quote['kind'];
  if (cue) kind = openingSentence || words >= 8 ? 'direct' : 'partial';
  else kind = words <= 4 ? 'scare' : 'direct';
  if (kind === 'scare') speaker = null;
  return { range, inner, kind, speaker, cue, block };
}

/** The sentence's subject: its words up to the first cue verb. */
function subjectOf(before: string): string {
  const first = FIRST_CUE.exec(before);
  return first ? before.slice(0, first.index) : '';
}

function makeSpeaker(raw: string, at: number, lastNamed: Speaker | null): Speaker | null {
  let name = raw.trim();
  // `An Amazon Web Service official specializing in …, whose name was redacted` → `An Amazon Web Service official`.
  name = name.split(/,|\s+(?:who|whose|which|that|specializing|working|speaking|based)\b/)[0]!.trim();
  name = name.replace(/[.,;:!?]+$/, '');
  if (name === '') return null;
  if (countWords(name) > 8) {
    // A long subject (`Mr. Bezos defends selling his technology …`): keep its leading proper name.
    const proper =
      /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|President|CEO)\.?\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*/u.exec(
        name,
      )?.[0];
    if (!proper || UNNAMED_HEAD.test(proper) || countWords(proper) > 5) return null;
    name = proper;
  }
  if (PRONOUN.test(name)) {
    return lastNamed ? { ...lastNamed } : { name, range: [at, at + name.length], named: false };
  }
  const named = !UNNAMED_HEAD.test(name) && !GENERIC_ROLE.test(name) && /\p{Lu}/u.test(name);
  return { name, range: [at, at + name.length], named };
}
