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

/** What may stand between an ellipsis and the words before it (white space, an opening bracket or quote)… */
const BEFORE_SKIP = /[\s["“(]/;
/** …and the words after it. */
const AFTER_SKIP = /[\s\]"”)]/;

export function findElisions(text: string, blocks: Block[], quotes: Quote[]): Elision[] {
  const out: Elision[] = [];
  blocks.forEach((block, b) => {
    const [s, e] = block.range;
    const chunk = text.slice(s, e);
    ELLIPSIS.lastIndex = 0;
    for (let m = ELLIPSIS.exec(chunk); m !== null; m = ELLIPSIS.exec(chunk)) {
      const start = s + m.index;
      const end = start + m[0].length;
      // Only the characters next to the ellipsis decide its placement: looking at them,
      // not at the whole paragraph before and after it, keeps a paragraph of many
      // ellipses linear.
      let i = m.index;
      while (i > 0 && BEFORE_SKIP.test(chunk[i - 1]!)) i--;
      let j = m.index + m[0].length;
      while (j < chunk.length && AFTER_SKIP.test(chunk[j]!)) j++;
      const before = chunk.slice(Math.max(0, i - 2), i);
      const after = chunk.slice(j, j + 2);
      let placement: ElisionPlacement;
      if (i === 0) placement = 'paragraph-start';
      else if (j === chunk.length) placement = 'paragraph-end';
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
