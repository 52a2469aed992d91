import { base64Bytes, findHash, hashString } from './hash.ts';
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
  const h = base64Bytes(t.hashes);
  loaded = {
    hashes: new Uint32Array(h.buffer, 0, h.length / 4),
    tagOf: base64Bytes(t.tagOf),
    tags: t.tags,
  };
  return loaded;
}

export function partOfSpeech(norm: string): string {
  const t = load();
  const at = findHash(t.hashes, hashString(norm));
  return at < 0 ? '' : t.tags[t.tagOf[at]!]!;
}
