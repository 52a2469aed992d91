import { lastStartingAtOrBefore } from './spans.ts';
import type { Block, GlossDocument, Range, Sentence } from './types.ts';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st jr sr inc co corp ltd llc gov sen rep gen col lt sgt capt adm vs etc jan feb mar apr jun jul aug sep sept oct nov dec no mt ft ave blvd dept univ est approx fig vol ed eds al u.s u.k u.n e.g i.e a.m p.m'.split(
    ' ',
  ),
);

/** Sentence ends: terminal punctuation, closing quotes or brackets, then space. */
const END = /[.!?…]+["”’')\]]*(?=\s)/g;

/**
 * Splits each block into sentences. A boundary needs what follows to open a sentence
 * (a capital, digit, quote or bracket) and what precedes not to be an abbreviation
 * or an initial, so `Mr. Bezos` and `U.S. officials` stay whole.
 */
export function splitSentences(text: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, b) => {
    const [s, e] = block.range;
    const chunk = text.slice(s, e);
    let start = 0;
    END.lastIndex = 0;
    for (let m = END.exec(chunk); m !== null; m = END.exec(chunk)) {
      const end = m.index + m[0].length;
      let next = end;
      while (next < chunk.length && /\s/.test(chunk[next]!)) next++;
      if (next >= chunk.length) break;
      if (!/[\p{Lu}\p{N}"“‘'([…]/u.test(chunk[next]!)) continue;
      if (m[0][0] === '.' && m[0].length === 1) {
        const word = /([\p{L}.]+)$/u.exec(chunk.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
        if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
      }
      pushSentence(out, chunk, s, start, end, b);
      start = next;
    }
    pushSentence(out, chunk, s, start, chunk.length, b);
  });
  return out;
}

function pushSentence(
  out: Sentence[],
  chunk: string,
  base: number,
  start: number,
  end: number,
  block: number,
) {
  let e = end;
  while (e > start && /\s/.test(chunk[e - 1]!)) e--;
  if (e <= start) return;
  const last = out[out.length - 1];
  // A piece with no word in it (a trailing `…`) belongs to the sentence before.
  if (!/[\p{L}\p{N}]/u.test(chunk.slice(start, e)) && last && last.block === block) {
    out[out.length - 1] = { range: [last.range[0], base + e], block };
    return;
  }
  out.push({ range: [base + start, base + e] as Range, block });
}

/**
 * Index into `doc.sentences` of the sentence holding `offset`, or -1 (between sentences, or
 * outside every block): the one lookup the passes share instead of each scanning the list.
 */
export function sentenceIndexAt(doc: Pick<GlossDocument, 'sentences'>, offset: number): number {
  const i = lastStartingAtOrBefore(doc.sentences, (s) => s.range, offset);
  const s = doc.sentences[i];
  return s && offset < s.range[1] ? i : -1;
}
