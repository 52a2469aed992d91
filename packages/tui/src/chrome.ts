/**
 * The screen's fixed parts as pure functions of the width: the status line (keys and
 * position, shortened by priority so `? help · q quit` always shows) and the help text.
 */
import { displayKey, KEYMAP } from './keymap.ts';
import { stringWidth, truncate } from './text.ts';

/** Always on the status line, whatever the width. */
export const ESSENTIAL_KEYS = '? help · q quit';

export interface StatusParts {
  /** `change 3/17`, `finding 2/40` or `17 changes`. */
  where: string;
  /** `42%`. */
  percent: string;
  filter: string;
  focus: 'a' | 'b';
  /** A one-line note ("no more changes below"), or ''. */
  message: string;
  /** Whether the r and w panes exist (a single reprint). */
  lesson: boolean;
}

/**
 * The status line at `width` columns: keys on the left, position on the right. What does not
 * fit goes first from the bottom of the priority list (the 5W key, then the questions key, the
 * filter and focus names, …); `? help · q quit` and the position never go.
 */
export function statusLine(parts: StatusParts, width: number): string {
  type Item = { text: string; side: 'left' | 'right'; drop: number };
  const items: Item[] = [
    { text: 'n/N change', side: 'left', drop: 8 },
    { text: 'f/F finding', side: 'left', drop: 6 },
    { text: 'Tab column', side: 'left', drop: 4 },
    { text: '/ filter', side: 'left', drop: 5 },
    ...(parts.lesson
      ? [
          { text: 'r questions', side: 'left' as const, drop: 2 },
          { text: 'w 5W', side: 'left' as const, drop: 1 },
        ]
      : []),
    { text: ESSENTIAL_KEYS, side: 'left', drop: Number.POSITIVE_INFINITY },
    ...(parts.message ? [{ text: parts.message, side: 'right' as const, drop: 9 }] : []),
    { text: parts.where, side: 'right', drop: Number.POSITIVE_INFINITY },
    { text: `filter ${parts.filter}`, side: 'right', drop: 3 },
    { text: `focus ${parts.focus.toUpperCase()}`, side: 'right', drop: 3.5 },
    { text: parts.percent, side: 'right', drop: 7 },
  ];
  const compose = (list: Item[]) => {
    const left = list.filter((i) => i.side === 'left').map((i) => i.text);
    const right = list.filter((i) => i.side === 'right').map((i) => i.text);
    return { left: left.join(' · '), right: right.join(' · ') };
  };
  let kept = items;
  for (;;) {
    const { left, right } = compose(kept);
    if (stringWidth(left) + 2 + stringWidth(right) <= width) {
      return left + ' '.repeat(width - stringWidth(left) - stringWidth(right)) + right;
    }
    const droppable = kept.filter((i) => Number.isFinite(i.drop));
    if (droppable.length === 0) {
      // only the essentials are left: they win over the position
      return truncate(`${left}  ${right}`, width);
    }
    const first = droppable.reduce((a, b) => (b.drop < a.drop ? b : a));
    kept = kept.filter((i) => i !== first);
  }
}

/** The help screen's lines at `width` columns, from the keymap. */
export function helpLines(width: number): string[] {
  const out = ['Keys (q or Esc closes this help; ↑/↓ PgUp/PgDn scroll it)', ''];
  for (const b of KEYMAP.normal) {
    out.push(truncate(`  ${b.keys.map(displayKey).join(', ').padEnd(18)} ${b.help}`, width));
  }
  out.push(
    '',
    ...wrapWords(
      'In the filter menu: ↑/↓ choose, Enter apply, Esc cancel. Below 100 columns A and B are stacked.',
      width,
    ),
    ...wrapWords(
      'Marks: [-…-] A only · {+…+} B only (bold = silent, [..] inside = bracketed) · {✂…✂} cut marked by an ellipsis',
      width,
    ),
  );
  return out;
}

/** Word-wraps one line of plain text. */
export function wrapWords(line: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const word of line.split(' ')) {
    const next = cur === '' ? word : `${cur} ${word}`;
    if (stringWidth(next) > width && cur !== '') {
      out.push(cur);
      cur = truncate(word, width);
    } else cur = truncate(next, width);
  }
  out.push(cur);
  return out;
}

/**
 * The help shown in a body of `height` lines: all of it when it fits (the text goes on below
 * it, so no rows are left blank), else a window from `top` with a last line saying where it is.
 */
export function helpWindow(
  lines: string[],
  top: number,
  height: number,
  width: number,
  what = 'help',
): string[] {
  if (lines.length <= height) return lines;
  const n = Math.max(1, height - 1);
  const from = Math.max(0, Math.min(top, lines.length - n));
  const shown = lines.slice(from, from + n);
  const more = `── ${what} ${from + 1}–${from + shown.length} of ${lines.length} · ↑/↓ PgUp/PgDn scroll · Esc closes ──`;
  return [...shown, truncate(more, width)];
}

/** Largest useful `top` for a window of `total` lines in `height` (see {@link helpWindow}). */
export function windowMaxTop(total: number, height: number): number {
  return total <= height ? 0 : total - Math.max(1, height - 1);
}

/** Largest useful `top` for the help window. */
export function helpMaxTop(width: number, height: number): number {
  return windowMaxTop(helpLines(width).length, height);
}
