import { MARKERS, type Span, type View } from './model.ts';
import { charWidth, stringWidth } from './text.ts';

/** One screen line of the body. */
export interface Line {
  row: number;
  /** Side-by-side: both columns; stacked: `side` says which version the line shows. */
  left: Span[];
  right: Span[];
  side: 'both' | 'a' | 'b';
  gutter: string;
}

export interface Layout {
  width: number;
  stacked: boolean;
  /** Width of one text column. */
  column: number;
  lines: Line[];
  /** First line of each row. */
  rowStart: number[];
}

/** Below this many columns the two versions are stacked, A above B. */
export const STACK_BELOW = 100;
const GUTTER = 2;
const SEPARATOR = ' │ ';

/**
 * Wraps spans into lines of at most `width` columns, breaking after spaces and
 * hard-breaking words longer than a line. A word is taken across span boundaries, so
 * a mark never splits it: `an “` never ends a line with `extreme vetting”` on the next,
 * and a closing marker (`-]`, `+}`) stays with the word before it, even after a space.
 * Pure; the result covers every character.
 */
export function wrapSpans(spans: Span[], width: number): Span[][] {
  type Part = { span: Span; text: string };
  type Word = { body: Part[]; space: Part[] };
  const words: Word[] = [];
  let word: Word = { body: [], space: [] };
  for (const span of spans) {
    const closing = span.marker === true && CLOSING.has(span.text);
    for (const piece of span.text.match(/\s+|\S+/g) ?? []) {
      if (/^\s/.test(piece)) word.space.push({ span, text: piece });
      else if (word.space.length > 0 && !closing) {
        words.push(word);
        word = { body: [{ span, text: piece }], space: [] };
      } else {
        // glued: `“` + `extreme`, or `surveillance. ` + `-]`
        word.body.push(...word.space, { span, text: piece });
        word.space = [];
      }
    }
  }
  words.push(word);

  const lines: Span[][] = [[]];
  let used = 0;
  const push = ({ span, text }: Part) => {
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last && last.mark === span.mark && last.edit === span.edit && last.findings === span.findings) {
      last.text += text;
    } else {
      line.push({ ...span, text });
    }
    used += stringWidth(text);
  };
  const newline = () => {
    lines.push([]);
    used = 0;
  };
  for (const { body, space } of words) {
    const w = body.reduce((n, p) => n + stringWidth(p.text), 0);
    if (used > 0 && used + w > width) newline();
    if (w <= width) body.forEach(push);
    else {
      for (const part of body) {
        let piece = '';
        let pw = 0;
        for (const ch of part.text) {
          const cw = charWidth(ch.codePointAt(0)!);
          if (used + pw + cw > width) {
            if (piece) push({ span: part.span, text: piece });
            newline();
            piece = '';
            pw = 0;
          }
          piece += ch;
          pw += cw;
        }
        if (piece) push({ span: part.span, text: piece });
      }
    }
    // spaces at the start of a line are dropped, at its end trimmed
    if (used > 0) space.forEach(push);
  }
  return lines.map((l) => trimLine(l));
}

const CLOSING = new Set(Object.values(MARKERS).map(([, close]) => close));

function trimLine(line: Span[]): Span[] {
  const last = line[line.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return line.filter((s) => s.text !== '');
}

export function layoutView(view: View, width: number, stackedOverride?: boolean): Layout {
  const stacked = stackedOverride ?? width < STACK_BELOW;
  const column = stacked
    ? Math.max(10, width - GUTTER - 2)
    : Math.max(10, Math.floor((width - GUTTER - SEPARATOR.length) / 2));
  const lines: Line[] = [];
  const rowStart: number[] = [];
  view.rows.forEach((row, r) => {
    rowStart.push(lines.length);
    const a = row.a ? wrapSpans(row.a, column) : [];
    const b = row.b ? wrapSpans(row.b, column) : [];
    if (!stacked) {
      const n = Math.max(a.length, b.length, 1);
      for (let k = 0; k < n; k++) {
        lines.push({
          row: r,
          left: a[k] ?? [],
          right: b[k] ?? [],
          side: 'both',
          gutter: k === 0 ? row.symbol : ' ',
        });
      }
      return;
    }
    if (row.kind === 'equal') {
      for (const l of b) lines.push({ row: r, left: [], right: l, side: 'b', gutter: ' ' });
      return;
    }
    for (const [k, l] of a.entries())
      lines.push({
        row: r,
        left: l,
        right: [],
        side: 'a',
        gutter: k === 0 ? (row.kind === 'moved-away' ? '↷' : 'A') : ' ',
      });
    for (const [k, l] of b.entries())
      lines.push({
        row: r,
        left: [],
        right: l,
        side: 'b',
        gutter: k === 0 ? (row.kind === 'move' ? '↷' : 'B') : ' ',
      });
  });
  return { width, stacked, column, lines, rowStart };
}

export { GUTTER, SEPARATOR };
