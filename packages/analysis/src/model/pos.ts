import { hashString } from './hash.ts';
import table from './pos-lexicon.json' with { type: 'json' };

/**
 * A word's part of speech as compromise's lexicon lists it (table written by
 * scripts/pos-lexicon.ts): a tag list such as `Adjective` or `PastTense,PhrasalVerb`, or '' for a
 * word the lexicon does not hold. No tagger runs; looked up once per distinct word
 * (features.ts `WordCache`).
 */

interface PosTable {
  format: string;
  tags: string[];
  hashes: string;
  tagOf: string;
}

let loaded: { hashes: Uint32Array; tagOf: Uint8Array; tags: string[] } | null = null;

function load() {
  if (loaded !== null) return loaded;
  const t = table as PosTable;
  if (t.format !== 'gloss.pos-lexicon/1') throw new Error(`unknown part-of-speech table format: ${t.format}`);
  // Copied out of the decoded bytes: a Buffer's own offset need not be aligned for a typed array.
  const h = Uint8Array.from(Buffer.from(t.hashes, 'base64'));
  loaded = {
    hashes: new Uint32Array(h.buffer, 0, h.length / 4),
    tagOf: Uint8Array.from(Buffer.from(t.tagOf, 'base64')),
    tags: t.tags,
  };
  return loaded;
}

export function partOfSpeech(norm: string): string {
  const t = load();
  const hash = hashString(norm);
  let lo = 0;
  let hi = t.hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = t.hashes[mid]!;
    if (v === hash) return t.tags[t.tagOf[mid]!]!;
    if (v < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return '';
}
