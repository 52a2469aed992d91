/**
 * Versions of one wire story across a corpus: near-duplicate clusters (MinHash/LSH, confirmed by
 * alignment), the reference of each cluster, and what each outlet did to it.
 */
import type { Analysis } from '@gloss/analysis';
import { type GlossDocument, parseDocument } from '@gloss/document';
import { compareStory, type Story, type StoryMember } from './story.ts';
import {
  type ClusterOptions,
  type ClusterStats,
  clusterSignatures,
  type StoryUnits,
  storyUnits,
  verifyVersions,
} from './cluster.ts';
import { shingles, signature } from './minhash.ts';

export {
  type ClusterOptions,
  type ClusterStats,
  clusterSignatures,
  LEAD_SENTENCES,
  MIN_COVERAGE,
  type StoryUnits,
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
  const units = new Map<number, StoryUnits>();
  const unitsOf = (i: number): StoryUnits => {
    let u = units.get(i);
    if (!u) {
      u = storyUnits(parse(texts[i]!, i));
      units.set(i, u);
    }
    return u;
  };
  return clusterSignatures(signatures, (i, j) => verifyVersions(unitsOf(i), unitsOf(j)).same, options);
}
export {
  OUTLET_MEASURES,
  type OutletMeasure,
  type OutletProfile,
  outletProfiles,
  outletProfilesOf,
  type StoryOutlets,
} from './outlets.ts';
export { compareStory, headlineOf, type Story, type StoryMember, type StoryVersion } from './story.ts';

/**
 * Finds the stories in a corpus and compares each one's versions with its reference. Each
 * document is parsed at most once, and only when it is a candidate; `analyze` (the analysis
 * package's `analyzeDocument`, passed in to keep this package pure) runs on clustered documents only.
 */
export function findStories(
  docs: readonly { id: string; text: string; outlet: string | null; date: string | null }[],
  analyze: ((doc: GlossDocument) => Analysis) | null,
  options: ClusterOptions & { onStory?: (done: number, total: number) => void } = {},
): { stories: Story[]; stats: ClusterStats } {
  const parsed = new Map<number, GlossDocument>();
  const parse = (i: number): GlossDocument => {
    let d = parsed.get(i);
    if (!d) {
      d = parseDocument(docs[i]!.text);
      parsed.set(i, d);
    }
    return d;
  };
  const { clusters, stats } = clusterTexts(
    docs.map((d) => d.text),
    { ...options, parse: (_, i) => parse(i) },
  );
  // documents parsed only to be turned down are not needed again
  const wanted = new Set(clusters.flat());
  for (const i of [...parsed.keys()]) if (!wanted.has(i)) parsed.delete(i);
  const stories = clusters.map((members, k) => {
    options.onStory?.(k, clusters.length);
    const list: StoryMember[] = members.map((i) => {
      const doc = parse(i);
      parsed.delete(i);
      return {
        id: docs[i]!.id,
        outlet: docs[i]!.outlet,
        date: docs[i]!.date,
        doc,
        analysis: analyze ? analyze(doc) : null,
      };
    });
    return compareStory(list);
  });
  return { stories, stats };
}
