import type { Range } from './types.ts';

/** A word: letters or digits, with inner apostrophes, hyphens and decimal points (`giant’s`, `face-scanning`, `3.5`). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-‐][\p{L}\p{N}\p{M}]+)*/gu;

/** Word token ranges in `text[start, end)`. The one tokenizer every count in Gloss uses. */
export function wordRanges(text: string, start = 0, end = text.length): Range[] {
  const out: Range[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    out.push([start + m.index, start + m.index + m[0].length]);
  }
  return out;
}

export function countWords(text: string, start = 0, end = text.length): number {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(slice) !== null) n++;
  return n;
}

/** 1-based line and column (UTF-16 units) of an offset: the one place lines are derived. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
