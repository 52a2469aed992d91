/** `gloss versions --format json`: the clusters, each version's profile and each outlet's, as `gloss.versions/1`. */
import type { OutletProfile, Story, VersionProfile } from '@gloss/compare';

export const VERSIONS_SCHEMA = 'gloss.versions/1';

export interface VersionsRunInfo {
  documents: number;
  errors: { id: string; error: string }[];
  /** Carried columns of each document, by id (url and the like are reported with the versions). */
  columns?: (id: string) => Record<string, unknown>;
}

export interface VersionsCluster {
  id: string;
  headline: string;
  size: number;
  reference: { id: string; outlet: string | null; date: string | null; basis: string; why: string };
  versions: {
    id: string;
    outlet: string | null;
    date: string | null;
    columns: Record<string, unknown>;
    profile: VersionProfile;
  }[];
}

export interface VersionsRecord {
  schema: typeof VERSIONS_SCHEMA;
  counts: { documents: number; errors: number; clusters: number; clustered: number; singletons: number };
  clusters: VersionsCluster[];
  outlets: OutletProfile[];
  errors: { id: string; error: string }[];
}

/** Cluster ids: `c1`, `c2`, … in order of each cluster's first document in the input. */
export const clusterId = (k: number): string => `c${k + 1}`;

/** One cluster's entry of the record: story `k` (its id is `clusterId(k)`), with each version's carried columns. */
export function versionsCluster(
  s: Story,
  k: number,
  columns?: (id: string) => Record<string, unknown>,
): VersionsCluster {
  const ref = s.members[s.reference]!;
  return {
    id: clusterId(k),
    headline: s.headline,
    size: s.members.length,
    reference: {
      id: ref.id,
      outlet: ref.outlet,
      date: ref.date,
      basis: s.choice.basis,
      why: s.choice.why,
    },
    versions: s.versions.map((v) => ({
      id: v.member.id,
      outlet: v.member.outlet,
      date: v.member.date,
      columns: columns?.(v.member.id) ?? {},
      profile: v.profile,
    })),
  };
}

/** The record from its clusters' entries (made one story at a time, see versionsCluster). */
export function versionsRecordOf(
  clusters: VersionsCluster[],
  outlets: OutletProfile[],
  run: VersionsRunInfo,
): VersionsRecord {
  const clustered = clusters.reduce((n, c) => n + c.size, 0);
  return {
    schema: VERSIONS_SCHEMA,
    counts: {
      documents: run.documents,
      errors: run.errors.length,
      clusters: clusters.length,
      clustered,
      singletons: run.documents - run.errors.length - clustered,
    },
    clusters,
    outlets,
    errors: run.errors,
  };
}

export function versionsRecord(
  stories: readonly Story[],
  outlets: OutletProfile[],
  run: VersionsRunInfo,
): VersionsRecord {
  return versionsRecordOf(
    stories.map((s, k) => versionsCluster(s, k, run.columns)),
    outlets,
    run,
  );
}

export function formatVersionsJson(record: VersionsRecord): string {
  return `${JSON.stringify(record)}\n`;
}
