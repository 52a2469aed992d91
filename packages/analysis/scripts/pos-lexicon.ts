/**
 * Writes src/model/pos-lexicon.json, the model's part-of-speech table: compromise's own lexicon
 * (its word → tags list, about 24,000 words and their inflections), so that the model knows a
 * word's part of speech without running a tagger and without loading compromise at run time.
 * One-word entries only (tokens are single words); keyed by the word's hash (hash.ts), so it
 * holds numbers and the tag names only. Deterministic: the same compromise gives the same bytes.
 *
 *   node --conditions=source --import tsx packages/analysis/scripts/pos-lexicon.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { hashString } from '../src/model/hash.ts';

const OUT = fileURLToPath(new URL('../src/model/pos-lexicon.json', import.meta.url));

function main() {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const rows = new Map<number, { word: string; tag: string }>();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (/\s/.test(word) || word !== word.toLowerCase()) continue;
    const h = hashString(word);
    const other = rows.get(h);
    // Two words with one hash would share a tag: none do now, and a new release must not either.
    if (other !== undefined) throw new Error(`pos-lexicon: ${word} and ${other.word} share a hash`);
    rows.set(h, { word, tag: String(tags) });
  }
  const tags = [...new Set([...rows.values()].map((r) => r.tag))].sort();
  if (tags.length > 255) throw new Error(`pos-lexicon: ${tags.length} tag lists do not fit a byte`);
  const index = new Map(tags.map((t, k) => [t, k]));
  const sorted = [...rows].sort((a, b) => a[0] - b[0]);
  const version = (nlp as unknown as { version: string }).version;
  const file = {
    format: 'gloss.pos-lexicon/1',
    source: `compromise ${version} lexicon (MIT License, Copyright (c) 2019 Spencer Kelly); see NOTICE`,
    words: sorted.length,
    /** Tag lists as compromise writes them (`Adjective`, `PastTense,PhrasalVerb`, …). */
    tags,
    /** Little-endian Uint32Array of word hashes, ascending. */
    hashes: Buffer.from(Uint32Array.from(sorted, (r) => r[0]).buffer).toString('base64'),
    /** One byte per word: its index in `tags`. */
    tagOf: Buffer.from(Uint8Array.from(sorted, (r) => index.get(r[1].tag)!)).toString('base64'),
  };
  writeFileSync(OUT, `${JSON.stringify(file)}\n`);
  process.stderr.write(
    `pos-lexicon: ${sorted.length} words, ${tags.length} tag lists, ${JSON.stringify(file).length} bytes\n`,
  );
}

main();
