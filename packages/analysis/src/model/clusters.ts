import { base64Bytes, findHash, hashString } from './hash.ts';
import table from './word-clusters.json' with { type: 'json' };

/**
 * A word's classes by use (table written by scripts/word-clusters.ts: k-means over GloVe vectors
 * of the 60,000 most frequent words), coarse and fine, or -1 for a word the table lacks. Words
 * annotators marked share a class with words of like use that the training data never shows.
 * Looked up once per distinct word (features.ts `WordCache`).
 */

interface ClusterTable {
  format: string;
  hashes: string;
  coarse: string;
  fine: string;
}

let loaded: { hashes: Uint32Array; coarse: Uint8Array; fine: Uint16Array } | null = null;

function load() {
  if (loaded !== null) return loaded;
  const t = table as ClusterTable;
  if (t.format !== 'gloss.word-clusters/1') throw new Error(`unknown word-class table format: ${t.format}`);
  const h = base64Bytes(t.hashes);
  const f = base64Bytes(t.fine);
  loaded = {
    hashes: new Uint32Array(h.buffer, 0, h.length / 4),
    coarse: base64Bytes(t.coarse),
    fine: new Uint16Array(f.buffer, 0, f.length / 2),
  };
  return loaded;
}

export function wordClasses(norm: string): { coarse: number; fine: number } {
  const t = load();
  const at = findHash(t.hashes, hashString(norm));
  return at < 0 ? { coarse: -1, fine: -1 } : { coarse: t.coarse[at]!, fine: t.fine[at]! };
}
