/** Each outlet's editing profile over the stories it printed: medians and totals of the version measures. */
import type { VersionProfile } from './profile.ts';
import type { Story } from './story.ts';

/** The measures aggregated per outlet (numbers of a VersionProfile; headlineChanged counts as 0/1). */
export const OUTLET_MEASURES = [
  'keptShare',
  'cutsElided',
  'cutsSilent',
  'cutWords',
  'silentChanges',
  'bracketed',
  'substitutions',
  'addedSentences',
  'addedParagraphs',
  'editorialSentences',
  'movedSentences',
  'attributionsDropped',
  'attributionsAdded',
  'headlineChanged',
  'wordingAdded',
  'wordingRemoved',
] as const;
export type OutletMeasure = (typeof OUTLET_MEASURES)[number];

export interface OutletProfile {
  outlet: string;
  /** Versions of the outlet compared with a reference (its references are not counted). */
  versions: number;
  /** Times the outlet's version was the reference. */
  references: number;
  median: Record<OutletMeasure, number>;
  total: Record<OutletMeasure, number>;
}

const value = (p: VersionProfile, m: OutletMeasure): number => {
  const v = p[m];
  return typeof v === 'boolean' ? (v ? 1 : 0) : v === null ? 0 : v;
};

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** What the outlet profiles need of a story: the reference's outlet, and each version's outlet and profile. */
export interface StoryOutlets {
  reference: string | null;
  versions: readonly { outlet: string | null; profile: VersionProfile }[];
}

/** Outlet profiles, sorted by outlet name; versions without an outlet go under `(none)`. */
export function outletProfiles(stories: readonly Story[]): OutletProfile[] {
  return outletProfilesOf(
    stories.map((s) => ({
      reference: s.members[s.reference]!.outlet,
      versions: s.versions.map((v) => ({ outlet: v.member.outlet, profile: v.profile })),
    })),
  );
}

/** The same from each story's outlets (a run that keeps no Story objects, only their results). */
export function outletProfilesOf(stories: readonly StoryOutlets[]): OutletProfile[] {
  const by = new Map<string, { profiles: VersionProfile[]; references: number }>();
  const entry = (name: string) => {
    let e = by.get(name);
    if (!e) {
      e = { profiles: [], references: 0 };
      by.set(name, e);
    }
    return e;
  };
  for (const story of stories) {
    entry(story.reference ?? '(none)').references++;
    for (const v of story.versions) entry(v.outlet ?? '(none)').profiles.push(v.profile);
  }
  return [...by.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([outlet, { profiles, references }]) => {
      const med = {} as Record<OutletMeasure, number>;
      const tot = {} as Record<OutletMeasure, number>;
      for (const m of OUTLET_MEASURES) {
        const xs = profiles.map((p) => value(p, m));
        med[m] = Math.round(median(xs) * 10000) / 10000;
        tot[m] = Math.round(xs.reduce((a, b) => a + b, 0) * 10000) / 10000;
      }
      return { outlet, versions: profiles.length, references, median: med, total: tot };
    });
}
