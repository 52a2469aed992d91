import type { Block, Insertion, WireLayer } from './types.ts';
import { countWords } from './words.ts';

/**
 * The wire layer: title and body blocks with the bracketed insertions taken out
 * (and the space before one, so no double space is left) and elisions kept as
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
      let cut = is;
      // `is [used by departments] in` → `is in`, and `giant [x].` → `giant.`
      if (cut > pos && text[cut - 1] === ' ' && (ie >= end || /[\s.,;:!?)”"’]/.test(text[ie] ?? ''))) cut--;
      piece(pos, cut);
      pos = ie;
      k = j + 1;
    }
    piece(pos, end);
  }
  return { text: out, words: countWords(out), map };
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
