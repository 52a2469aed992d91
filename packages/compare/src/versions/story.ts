/**
 * One cluster of versions, compared: the reference chosen, every other version compared with it
 * by the compare engine and profiled. Parsing and analysis are passed in (as for
 * `compareWireLayer`), so this package stays pure.
 */
import type { Analysis } from '@gloss/analysis';
import type { GlossDocument } from '@gloss/document';
import { compareVersions } from '../compare.ts';
import type { Comparison } from '../types.ts';
import { type ClassifiedEdit, profileVersion, type VersionProfile } from './profile.ts';
import { chooseReference, type ReferenceChoice } from './reference.ts';

export interface StoryMember {
  id: string;
  outlet: string | null;
  date: string | null;
  doc: GlossDocument;
  analysis: Analysis | null;
}

export interface StoryVersion {
  member: StoryMember;
  comparison: Comparison;
  profile: VersionProfile;
  edits: ClassifiedEdit[];
}

export interface Story {
  /** Index into the members of the reference. */
  reference: number;
  choice: ReferenceChoice;
  members: StoryMember[];
  /** Every member but the reference, in input order, compared with it. */
  versions: StoryVersion[];
  /** The reference's headline (title block, or its first sentence). */
  headline: string;
}

/** Headline of a document: its title block, else the start of its first sentence. */
export function headlineOf(doc: GlossDocument): string {
  const title = doc.blocks.find((b) => b.kind === 'title');
  const range = title?.range ?? doc.sentences[0]?.range ?? [0, Math.min(doc.text.length, 120)];
  const text = doc.text.slice(range[0], range[1]).replace(/\s+/g, ' ').trim();
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

/**
 * Compares a story's versions: `reference` is a member index, or undefined to choose it
 * ({@link chooseReference}: the agency's own version, else the fullest and earliest).
 */
export function compareStory(members: StoryMember[], reference?: number, why?: string): Story {
  const choice: ReferenceChoice =
    reference !== undefined
      ? { index: reference, basis: 'given', why: why ?? 'given as the reference' }
      : chooseReference(
          members.map((m) => ({
            outlet: m.outlet,
            date: m.date,
            words: m.doc.layers.wire.words,
            doc: m.doc,
          })),
        );
  const ref = members[choice.index]!;
  const versions: StoryVersion[] = [];
  members.forEach((m, i) => {
    if (i === choice.index) return;
    const comparison = compareVersions(
      { label: ref.outlet ?? ref.id, doc: ref.doc, analysis: ref.analysis },
      { label: m.outlet ?? m.id, doc: m.doc, analysis: m.analysis },
    );
    const { profile, edits } = profileVersion(comparison, ref.doc, m.doc);
    versions.push({ member: m, comparison, profile, edits });
  });
  return { reference: choice.index, choice, members, versions, headline: headlineOf(ref.doc) };
}
