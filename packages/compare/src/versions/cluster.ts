/**
 * Clusters documents that are versions of one story: LSH candidates from MinHash signatures,
 * each confirmed by aligning the two texts sentence by sentence, so articles that only share
 * boilerplate (a footer, a newsletter plug, a standard background paragraph) are not joined.
 */
import type { GlossDocument } from '@gloss/document';
import { alignUnits, type Unit } from '../align.ts';
import { normaliseKey } from '../tokens.ts';
import { BAND_ROWS, estimateJaccard } from './minhash.ts';

export interface ClusterOptions {
  /** Least estimated Jaccard similarity of the shingle sets for a pair to be verified. */
  minJaccard?: number;
  /** Distinct clusters a document is checked against per LSH bucket (bounds the work in a bucket full of boilerplate). */
  perBucket?: number;
}

export const MIN_JACCARD = 0.12;
const PER_BUCKET = 8;

export interface ClusterStats {
  /** Pairs whose signatures were compared. */
  estimated: number;
  /** Pairs aligned to verify them. */
  verified: number;
  /** Of those, confirmed as versions of one story. */
  joined: number;
}

/**
 * Groups documents (given by their MinHash signatures) into clusters of versions. `verify(i, j)`
 * decides a candidate pair (see {@link verifyVersions}). Returns the clusters of two or more
 * documents, each sorted, in order of their first document; work grows with the number of
 * documents times the number of bands, not with its square.
 */
export function clusterSignatures(
  signatures: readonly Uint32Array[],
  verify: (i: number, j: number) => boolean,
  options: ClusterOptions = {},
): { clusters: number[][]; stats: ClusterStats } {
  const minJaccard = options.minJaccard ?? MIN_JACCARD;
  const perBucket = options.perBucket ?? PER_BUCKET;
  const parent = Int32Array.from(signatures, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const stats: ClusterStats = { estimated: 0, verified: 0, joined: 0 };
  const decided = new Map<string, boolean>();
  const size = signatures[0]?.length ?? 0;
  // One band at a time, so memory holds one key per document, never all bands at once.
  for (let band = 0; band * BAND_ROWS < size; band++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < signatures.length; i++) {
      const sig = signatures[i]!;
      if (sig[0] === 0xffffffff) continue;
      let key = '';
      for (let r = 0; r < BAND_ROWS; r++) key += `${sig[band * BAND_ROWS + r]},`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
    for (const members of buckets.values()) {
      if (members.length < 2) continue;
      // Each member is checked against the first document of up to `perBucket` clusters met in the bucket.
      const reps: number[] = [];
      for (const i of members) {
        let placed = false;
        for (const r of reps) {
          if (find(r) === find(i)) {
            placed = true;
            continue;
          }
          const key = r < i ? `${r}:${i}` : `${i}:${r}`;
          let same = decided.get(key);
          if (same === undefined) {
            stats.estimated++;
            same = estimateJaccard(signatures[i]!, signatures[r]!) >= minJaccard;
            if (same) {
              stats.verified++;
              same = verify(r, i);
              if (same) stats.joined++;
            }
            decided.set(key, same);
          }
          if (same) {
            parent[find(i)] = find(r);
            placed = true;
          }
        }
        if (!placed && reps.length < perBucket) reps.push(i);
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < signatures.length; i++) {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  }
  const clusters = [...groups.values()].filter((g) => g.length > 1).sort((x, y) => x[0]! - y[0]!);
  return { clusters, stats };
}

/** A document's story sentences as units for the aligner, and which of them open the body (its lead). */
export interface StoryUnits {
  units: Unit[];
  /** Indices into `units` of the first {@link LEAD_SENTENCES} body sentences. */
  lead: number[];
}

/** Body sentences that make a story's lead: versions keep one of them at least, boilerplate shares none. */
export const LEAD_SENTENCES = 2;

/** Sentence units of a document's story text (title, credit, body): labelled editorial blocks and boilerplate left out. */
export function storyUnits(doc: GlossDocument): StoryUnits {
  const units: Unit[] = [];
  const lead: number[] = [];
  for (const s of doc.sentences) {
    const block = doc.blocks[s.block];
    if (block?.layer !== 'wire') continue;
    const raw = doc.text.slice(s.range[0], s.range[1]);
    const words = (raw.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
    if (words.length === 0) continue;
    if (block.kind === 'body' && lead.length < LEAD_SENTENCES) lead.push(units.length);
    units.push({ range: s.range, hash: normaliseKey(raw).toLowerCase(), words });
  }
  return { units, lead };
}

/** Words of a unit list. */
const wordCount = (units: readonly Unit[]): number => units.reduce((n, u) => n + u.words.length, 0);

export interface Verification {
  /** Words in sentences the two versions share (aligned, weighted by their similarity). */
  shared: number;
  /** Shared words as a share of the shorter version's words. */
  coverage: number;
  /** Aligned sentence pairs. */
  sentences: number;
  /** Each version has one of its lead sentences aligned with the other. */
  leadShared: boolean;
  same: boolean;
}

/** Least share of the shorter version found in the longer one. */
export const MIN_COVERAGE = 0.5;
/** Least aligned sentences: one shared sentence is a quote or a stock phrase, not a story. */
export const MIN_SENTENCES = 3;

/**
 * Whether two documents are versions of one story: aligned sentence by sentence (the compare
 * engine's aligner), the sentences they share must hold at least half of the shorter one's words,
 * in at least three sentences, and the lead (first two body sentences) of each must be among
 * them. A shared footer, standard paragraph or background section is not the lead of a story, so
 * short articles that share only that stay apart, however much of them it makes.
 */
export function verifyVersions(x: StoryUnits, y: StoryUnits): Verification {
  const [a, b] = [x.units, y.units];
  const rows = alignUnits([...a], [...b]);
  let shared = 0;
  let sentences = 0;
  const matchedA = new Set<number>();
  const matchedB = new Set<number>();
  for (const row of rows) {
    if (!row.a || !row.b) continue;
    for (const s of row.a.sentences) matchedA.add(s);
    for (const s of row.b.sentences) matchedB.add(s);
    if (row.kind === 'moved-away') continue;
    const wa = row.a.sentences.reduce((n, s) => n + a[s]!.words.length, 0);
    const wb = row.b.sentences.reduce((n, s) => n + b[s]!.words.length, 0);
    shared += Math.min(wa, wb) * row.similarity;
    sentences += Math.min(row.a.sentences.length, row.b.sentences.length);
  }
  const shorter = Math.min(wordCount(a), wordCount(b));
  const coverage = shorter > 0 ? shared / shorter : 0;
  const leadShared = x.lead.some((i) => matchedA.has(i)) && y.lead.some((i) => matchedB.has(i));
  return {
    shared: Math.round(shared),
    coverage,
    sentences,
    leadShared,
    same: coverage >= MIN_COVERAGE && sentences >= MIN_SENTENCES && leadShared,
  };
}
