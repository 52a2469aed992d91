import { containing } from './spans.ts';
import type { Block, Elision, ElisionPlacement, Quote } from './types.ts';

/** `…`, `...`, `….`, `. . .` */
const ELLIPSIS = /…\.?|\.{3,4}|\. \. \.(?: \.)?/g;

const EXPLANATIONS: Record<ElisionPlacement, string> = {
  'paragraph-start': 'Passages of the original were cut before this point.',
  'paragraph-end': 'The original went on here; what followed was cut.',
  'sentence-end': 'The rest of the passage after this sentence was cut.',
  'mid-sentence': 'Words were cut from the middle of this sentence.',
};

export function findElisions(text: string, blocks: Block[], quotes: Quote[]): Elision[] {
  const out: Elision[] = [];
  blocks.forEach((block, b) => {
    const [s, e] = block.range;
    const chunk = text.slice(s, e);
    ELLIPSIS.lastIndex = 0;
    for (let m = ELLIPSIS.exec(chunk); m !== null; m = ELLIPSIS.exec(chunk)) {
      const start = s + m.index;
      const end = start + m[0].length;
      const before = chunk.slice(0, m.index).replace(/[\s["“(]+$/, '');
      const after = chunk.slice(m.index + m[0].length).replace(/^[\s\]"”)]+/, '');
      let placement: ElisionPlacement;
      if (before === '') placement = 'paragraph-start';
      else if (after === '') placement = 'paragraph-end';
      else if (/[.!?]["”’]?$/.test(before) || /^\p{Lu}/u.test(after)) placement = 'sentence-end';
      else placement = 'mid-sentence';
      const inQuote = containing(quotes, (q) => q.inner, [start, end]) !== undefined;
      out.push({
        range: [start, end],
        text: m[0],
        placement,
        inQuote,
        explanation: EXPLANATIONS[placement],
        block: b,
      });
    }
  });
  return out;
}
