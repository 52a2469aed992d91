import { containing, lastStartingAtOrBefore, overlapsAny } from './spans.ts';
import type { GlossDocument, Layer, Quote, Range, Speaker, Voice } from './types.ts';

export interface VoiceAt {
  voice: Voice;
  speaker: Speaker | null;
  layer: Layer;
}

/** Who speaks at `range`: an insertion is the editor's, a quotation its speaker's, the rest the block's voice. */
export function voiceAt(doc: GlossDocument, range: Range): VoiceAt {
  const block = doc.blocks[blockIndexAt(doc, range[0])];
  if (!block) return { voice: 'editorial', speaker: null, layer: 'editorial' };
  if (overlapsAny(doc.insertions, (i) => i.range, range))
    return { voice: 'editorial', speaker: null, layer: 'editorial' };
  if (block.kind === 'question') return { voice: 'question', speaker: null, layer: 'editorial' };
  if (block.kind === 'background') return { voice: 'other-source', speaker: null, layer: 'editorial' };
  if (block.layer === 'editorial') return { voice: 'editorial', speaker: null, layer: 'editorial' };
  const quote = containing(doc.quotes, innerOf, range);
  if (quote && quote.kind !== 'scare') return { voice: 'quoted', speaker: quote.speaker, layer: 'wire' };
  return { voice: 'reporter', speaker: null, layer: 'wire' };
}

const innerOf = (q: Quote) => q.inner;

/** Index of the block containing `offset`, or of the last block before it. */
export function blockIndexAt(doc: GlossDocument, offset: number): number {
  return Math.max(
    0,
    lastStartingAtOrBefore(doc.blocks, (b) => b.range, offset),
  );
}
