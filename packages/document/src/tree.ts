import { containing } from './spans.ts';
import type { Block, Elision, InlineNode, Insertion, Range, TreeNode } from './types.ts';

/**
 * The lossless tree: blocks and the gaps between them at the top, and inside each
 * block its text, insertions and elisions (elisions inside an insertion stay part
 * of the insertion). Leaves concatenated in order give back the input.
 */
export function buildTree(
  text: string,
  blocks: Block[],
  insertions: Insertion[],
  elisions: Elision[],
): TreeNode[] {
  const nodes: TreeNode[] = [];
  let pos = 0;
  const inlineMarks = [
    ...insertions.map((ins, i) => ({ type: 'insertion' as const, range: ins.range, index: i })),
    ...elisions
      .map((el, i) => ({ type: 'elision' as const, range: el.range, index: i }))
      .filter((el) => containing(insertions, (ins) => ins.range, el.range) === undefined),
  ].sort((a, b) => a.range[0] - b.range[0]);
  let m = 0;
  blocks.forEach((block, b) => {
    const [s, e] = block.range;
    if (s > pos) nodes.push({ type: 'gap', range: [pos, s] });
    const children: InlineNode[] = [];
    let at = s;
    while (m < inlineMarks.length && inlineMarks[m]!.range[0] < e) {
      const mark = inlineMarks[m++]!;
      if (mark.range[0] < at) continue; // overlapped by an earlier mark
      if (mark.range[0] > at) children.push({ type: 'text', range: [at, mark.range[0]] });
      const range: Range = [mark.range[0], Math.min(mark.range[1], e)];
      children.push(
        mark.type === 'insertion'
          ? { type: 'insertion', range, insertion: mark.index }
          : { type: 'elision', range, elision: mark.index },
      );
      at = range[1];
    }
    if (at < e) children.push({ type: 'text', range: [at, e] });
    nodes.push({ type: 'block', range: [s, e], block: b, children });
    pos = e;
  });
  if (pos < text.length) nodes.push({ type: 'gap', range: [pos, text.length] });
  return nodes;
}

/** The leaves in order: `{ type, range }` for gaps, text, insertions and elisions. */
export function leaves(tree: TreeNode[]): { type: string; range: Range }[] {
  const out: { type: string; range: Range }[] = [];
  for (const node of tree) {
    if (node.type === 'gap') out.push(node);
    else for (const child of node.children) out.push(child);
  }
  return out;
}
