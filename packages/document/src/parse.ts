import { findBrackets, makeInsertions } from './brackets.ts';
import { findElisions } from './elisions.ts';
import { editorialWords, wireLayer } from './layers.ts';
import { findQuotes } from './quotes.ts';
import { splitSentences } from './sentences.ts';
import { structure } from './structure.ts';
import { buildTree } from './tree.ts';
import type { GlossDocument } from './types.ts';

/** Text in, the lossless document model out. Pure; never throws on any string. */
export function parseDocument(text: string): GlossDocument {
  const { blocks, sources, diagnostics } = structure(text);
  const sentences = splitSentences(text, blocks);
  const quotes = findQuotes(text, blocks, sentences, diagnostics);
  const insertions = makeInsertions(text, findBrackets(text, blocks, diagnostics), blocks, quotes);
  const elisions = findElisions(text, blocks, quotes);
  const wire = wireLayer(text, blocks, insertions);
  diagnostics.sort((a, b) => a.range[0] - b.range[0] || a.code.localeCompare(b.code));
  return {
    text,
    tree: buildTree(text, blocks, insertions, elisions),
    blocks,
    sources,
    insertions,
    elisions,
    quotes,
    sentences,
    layers: { wire, editorial: { words: editorialWords(text, blocks, insertions) } },
    diagnostics,
  };
}
