import type { GlossDocument, Layer, Range, Speaker, Voice } from './types.ts';

export interface VoiceAt {
  voice: Voice;
  speaker: Speaker | null;
  layer: Layer;
}

/** Who speaks at `range`: an insertion is the editor's, a quotation its speaker's, the rest the block's voice. */
export function voiceAt(doc: GlossDocument, range: Range): VoiceAt {
  const block = doc.blocks[blockIndexAt(doc, range[0])];
  if (!block) return { voice: 'editorial', speaker: null, layer: 'editorial' };
  if (overlapsAny(doc.insertions, range)) return { voice: 'editorial', speaker: null, layer: 'editorial' };
  if (block.kind === 'question') return { voice: 'question', speaker: null, layer: 'editorial' };
  if (block.kind === 'background') return { voice: 'other-source', speaker: null, layer: 'editorial' };
  if (block.layer === 'editorial') return { voice: 'editorial', speaker: null, layer: 'editorial' };
  const quote = doc.quotes.find(
    (q) => q.kind !== 'scare' && q.inner[0] <= range[0] && range[1] <= q.inner[1],
  );
  if (quote) return { voice: 'quoted', speaker: quote.speaker, layer: 'wire' };
  return { voice: 'reporter', speaker: null, layer: 'wire' };
}

/** Index of the block containing `offset`, or of the last block before it. */
export function blockIndexAt(doc: GlossDocument, offset: number): number {
  const blocks = doc.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.range[0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function overlapsAny(spans: { range: Range }[], [s, e]: Range): boolean {
  for (const span of spans) {
    if (span.range[0] >= Math.max(e, s + 1)) break;
    if (span.range[1] > s) return true;
  }
  return false;
}
