/**
 * Versions of one wire story across a corpus: near-duplicate clusters (MinHash/LSH, confirmed by
 * alignment), the reference of each cluster, and what each outlet did to it.
 */
import { type GlossDocument, parseDocument } from '@gloss/document';
import type { Unit } from '../align.ts';
import {
  type ClusterOptions,
  type ClusterStats,
  clusterSignatures,
  storyUnits,
  verifyVersions,
} from './cluster.ts';
import { shingles, signature } from './minhash.ts';

export {
  type ClusterOptions,
  type ClusterStats,
  clusterSignatures,
  MIN_COVERAGE,
  MIN_JACCARD,
  MIN_SENTENCES,
  storyUnits,
  type Verification,
  verifyVersions,
} from './cluster.ts';
export { bandKeys, estimateJaccard, shingles, shingleWords, signature, SIGNATURE_SIZE } from './minhash.ts';
export {
  type ClassifiedEdit,
  classifyEdits,
  EDIT_CLASSES,
  type EditClass,
  profileVersion,
  type VersionProfile,
} from './profile.ts';
export {
  AGENCIES,
  agencyIn,
  chooseReference,
  type ReferenceCandidate,
  type ReferenceChoice,
} from './reference.ts';

/**
 * Clusters texts into versions of one story. Signatures are computed for every text; only the
 * texts of candidate pairs are parsed (once each) and aligned. `parse` defaults to the document model.
 */
export function clusterTexts(
  texts: readonly string[],
  options: ClusterOptions & { parse?: (text: string, index: number) => GlossDocument } = {},
): { clusters: number[][]; stats: ClusterStats } {
  const parse = options.parse ?? parseDocument;
  const signatures = texts.map((t) => signature(shingles(t)));
  const units = new Map<number, Unit[]>();
  const unitsOf = (i: number): Unit[] => {
    let u = units.get(i);
    if (!u) {
      u = storyUnits(parse(texts[i]!, i));
      units.set(i, u);
    }
    return u;
  };
  return clusterSignatures(signatures, (i, j) => verifyVersions(unitsOf(i), unitsOf(j)).same, options);
}
export { OUTLET_MEASURES, type OutletMeasure, type OutletProfile, outletProfiles } from './outlets.ts';
export { compareStory, headlineOf, type Story, type StoryMember, type StoryVersion } from './story.ts';
