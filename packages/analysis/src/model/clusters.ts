import { readFileSync } from 'node:fs';
import { base64Bytes, findHash, hashString } from './hash.ts';

/**
 * A word's classes by use (table written by scripts/word-clusters.ts: k-means over the GloVe
 * vectors of the 60,000 most frequent words, in four sets of 128 to 1,024 classes), or none for
 * a word the table lacks. Words annotators marked share classes with words of like use that the
 * training data never shows. Looked up once per distinct word (features.ts `WordCache`).
 */

/**
 * Read from disk on first use, not imported: bundled, its 800 kB of text would sit in every
 * build's code and in the start-up snapshot beside the decoded columns, which are all a run needs.
 */
const TABLE = new URL('./word-clusters.json', import.meta.url);

interface ClusterTable {
  format: string;
  hashes: string;
  sets: { classes: number; ids: string }[];
}

const NONE: readonly number[] = [];

let loaded: { hashes: Uint32Array; sets: (Uint8Array | Uint16Array)[] } | null = null;

function load() {
  if (loaded !== null) return loaded;
  const t = JSON.parse(readFileSync(TABLE, 'utf8')) as ClusterTable;
  if (t.format !== 'gloss.word-clusters/1') throw new Error(`unknown word-class table format: ${t.format}`);
  const h = base64Bytes(t.hashes);
  loaded = {
    hashes: new Uint32Array(h.buffer, 0, h.length / 4),
    sets: t.sets.map(({ classes, ids }) => {
      const b = base64Bytes(ids);
      return classes <= 256 ? b : new Uint16Array(b.buffer, 0, b.length / 2);
    }),
  };
  return loaded;
}

/** The word's class in each set of the table, in the table's order; none when it lacks the word. */
export function wordClasses(norm: string): readonly number[] {
  const t = load();
  const at = findHash(t.hashes, hashString(norm));
  return at < 0 ? NONE : t.sets.map((ids) => ids[at]!);
}
