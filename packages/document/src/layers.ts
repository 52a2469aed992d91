import type { Block, Insertion, WireLayer } from './types.ts';
import { countWords } from './words.ts';

/**
 * The wire layer: title and body blocks with the bracketed insertions taken out
 * and the text around each one mended (see {@link mendAround}), elisions kept as
 * marks of where the reprint cut. Blocks are joined by a blank line.
 */
export function wireLayer(text: string, blocks: Block[], insertions: Insertion[]): WireLayer {
  const map: WireLayer['map'] = [];
  let out = '';
  let k = 0;
  for (const block of blocks) {
    if (block.layer !== 'wire') continue;
    if (out !== '') out += '\n\n';
    let pos = block.range[0];
    const end = block.range[1];
    while (k < insertions.length && insertions[k]!.range[1] <= pos) k++;
    const piece = (from: number, to: number) => {
      if (to <= from) return;
      map.push({ at: out.length, from, length: to - from });
      out += text.slice(from, to);
    };
    for (let j = k; j < insertions.length && insertions[j]!.range[0] < end; j++) {
      const [is, ie] = insertions[j]!.range;
      const { cut, resume } = mendAround(text, block.range[0], pos, is, ie, end);
      piece(pos, cut);
      pos = Math.max(pos, resume);
      k = j + 1;
    }
    piece(pos, end);
  }
  return { text: out, words: countWords(out), map };
}

const CLAUSE = ',;:';
const STOP = '.!?';
const DASH = '—–';

/**
 * Where to stop copying before an insertion at [is, ie) and where to resume after it, so that
 * taking it out leaves no doubled space or punctuation: `is [used by departments] in` → `is in`,
 * `giant [x].` → `giant.`, `the technology, [x], including` → `the technology, including`,
 * `word, [x].` → `word.`, `a — [x] — b` → `a — b`, `([x])` → nothing, `[x] The` at the start of a
 * paragraph → `The`. Only characters not yet copied (from `pos`) are dropped, so the map stays exact.
 */
function mendAround(
  text: string,
  blockStart: number,
  pos: number,
  is: number,
  ie: number,
  end: number,
): { cut: number; resume: number } {
  let cut = is;
  let resume = ie;
  const after = () => (resume < end ? text[resume]! : '');
  const before = () => (cut > pos ? text[cut - 1]! : '');
  // a pair of parentheses around nothing but the insertion goes with it
  if (before() === '(' && after() === ')') {
    cut--;
    resume++;
  }
  if (before() === ' ' && (resume >= end || /[\s.,;:!?)\]”"’…]/.test(after()))) cut--;
  else if (cut === blockStart || (cut === pos && /\n/.test(text[cut - 1] ?? '\n')))
    // nothing before it on the line: the space after it goes too
    while (after() === ' ' || after() === '\t') resume++;
  const l = before();
  let r = after();
  // `a — [x] — b`: the dash after goes with the space before it
  if (r === ' ' && DASH.includes(text[resume + 1] ?? 'x') && l !== '' && DASH.includes(l)) {
    resume += 2;
    r = after();
  }
  if (l === '' || r === '') return { cut, resume };
  if ((CLAUSE.includes(l) || STOP.includes(l)) && CLAUSE.includes(r)) resume++;
  else if (STOP.includes(l) && r === '.') resume++;
  else if (CLAUSE.includes(l) && STOP.includes(r)) cut--;
  return { cut, resume };
}

/** Maps an offset in the wire text back to the input text. */
export function wireToInput(wire: WireLayer, at: number): number {
  let lo = 0;
  let hi = wire.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (wire.map[mid]!.at <= at) lo = mid;
    else hi = mid - 1;
  }
  const seg = wire.map[lo];
  if (!seg) return 0;
  return seg.from + Math.min(at - seg.at, seg.length);
}

export function editorialWords(text: string, blocks: Block[], insertions: Insertion[]): number {
  let n = 0;
  for (const block of blocks)
    if (block.layer === 'editorial') n += countWords(text, block.range[0], block.range[1]);
  for (const ins of insertions)
    if (blocks[ins.block]?.layer === 'wire') n += countWords(text, ins.inner[0], ins.inner[1]);
  return n;
}
