/**
 * What `gloss versions` keeps of one compared story: its entry of the JSON record, its rows of
 * versions.csv / versions.parquet and edits.parquet, and its HTML page. Made where the story is
 * compared (a worker thread), so the main thread holds these rows, never the parsed documents.
 */
import { analyzeDocument } from '@gloss/analysis';
import { compareStory, type Story, type StoryMember } from '@gloss/compare';
import { parseDocument } from '@gloss/document';
import { clusterId, formatCompareHtml, type VersionsCluster, versionsCluster } from '@gloss/report';

export type Cell = string | number | boolean | null;

interface VersionRow {
  cluster: string;
  id: string;
  outlet: string | null;
  date: string | null;
  role: 'reference' | 'version';
  referenceId: string;
  basis: string;
  words: number;
  p: Story['versions'][number]['profile'] | null;
}

/** Columns of versions.csv / versions.parquet, with their type. */
export const VERSION_COLUMNS: {
  name: string;
  type: 'string' | 'int' | 'double' | 'bool';
  get: (r: VersionRow) => unknown;
}[] = [
  { name: 'cluster', type: 'string', get: (r) => r.cluster },
  { name: 'id', type: 'string', get: (r) => r.id },
  { name: 'outlet', type: 'string', get: (r) => r.outlet },
  { name: 'date', type: 'string', get: (r) => r.date },
  { name: 'role', type: 'string', get: (r) => r.role },
  { name: 'reference_id', type: 'string', get: (r) => r.referenceId },
  { name: 'reference_basis', type: 'string', get: (r) => r.basis },
  { name: 'words', type: 'int', get: (r) => r.p?.words ?? r.words },
  { name: 'reference_words', type: 'int', get: (r) => r.p?.referenceWords ?? r.words },
  { name: 'words_kept', type: 'int', get: (r) => r.p?.wordsKept ?? r.words },
  { name: 'kept_share', type: 'double', get: (r) => r.p?.keptShare ?? 1 },
  { name: 'cuts_elided', type: 'int', get: (r) => r.p?.cutsElided ?? 0 },
  { name: 'cuts_silent', type: 'int', get: (r) => r.p?.cutsSilent ?? 0 },
  { name: 'cut_words', type: 'int', get: (r) => r.p?.cutWords ?? 0 },
  { name: 'silent_changes', type: 'int', get: (r) => r.p?.silentChanges ?? 0 },
  { name: 'bracketed', type: 'int', get: (r) => r.p?.bracketed ?? 0 },
  { name: 'substitutions', type: 'int', get: (r) => r.p?.substitutions ?? 0 },
  { name: 'added_sentences', type: 'int', get: (r) => r.p?.addedSentences ?? 0 },
  { name: 'added_paragraphs', type: 'int', get: (r) => r.p?.addedParagraphs ?? 0 },
  { name: 'editorial_sentences', type: 'int', get: (r) => r.p?.editorialSentences ?? 0 },
  { name: 'moved_sentences', type: 'int', get: (r) => r.p?.movedSentences ?? 0 },
  { name: 'attributions_dropped', type: 'int', get: (r) => r.p?.attributionsDropped ?? 0 },
  { name: 'attributions_added', type: 'int', get: (r) => r.p?.attributionsAdded ?? 0 },
  { name: 'headline_changed', type: 'bool', get: (r) => (r.p ? r.p.headlineChanged : false) },
  { name: 'wording_added', type: 'int', get: (r) => r.p?.wordingAdded ?? 0 },
  { name: 'wording_removed', type: 'int', get: (r) => r.p?.wordingRemoved ?? 0 },
  { name: 'wording_added_reporter', type: 'int', get: (r) => r.p?.wordingAddedByVoice.reporter ?? 0 },
  { name: 'wording_added_quoted', type: 'int', get: (r) => r.p?.wordingAddedByVoice.quoted ?? 0 },
  { name: 'wording_added_editorial', type: 'int', get: (r) => r.p?.wordingAddedByVoice.editorial ?? 0 },
  { name: 'edits', type: 'int', get: (r) => r.p?.edits ?? 0 },
];

/** Story `k`'s rows of versions.csv: the reference first, then every version. */
export function versionCells(s: Story, k: number): Cell[][] {
  const ref = s.members[s.reference]!;
  const base = { cluster: clusterId(k), referenceId: ref.id, basis: s.choice.basis };
  const rows: VersionRow[] = [
    {
      ...base,
      id: ref.id,
      outlet: ref.outlet,
      date: ref.date,
      role: 'reference',
      words: s.versions[0]?.comparison.a.words ?? 0,
      p: null,
    },
    ...s.versions.map((v) => ({
      ...base,
      id: v.member.id,
      outlet: v.member.outlet,
      date: v.member.date,
      role: 'version' as const,
      words: v.profile.words,
      p: v.profile,
    })),
  ];
  return rows.map((r) => VERSION_COLUMNS.map((c) => c.get(r) as Cell));
}

export const EDIT_COLUMNS = [
  'cluster',
  'version_id',
  'reference_id',
  'edit',
  'class',
  'kind',
  'bracketed',
  'silent',
  'elided',
  'substitution',
  'reference_start',
  'reference_end',
  'version_start',
  'version_end',
  'reference_text',
  'version_text',
  'wording_added',
  'wording_removed',
] as const;

/** Story `k`'s rows of edits.parquet (trivial edits left out). */
export function editCells(s: Story, k: number): Cell[][] {
  const rows: Cell[][] = [];
  const ref = s.members[s.reference]!;
  for (const v of s.versions) {
    for (const ce of v.edits) {
      if (ce.class === 'trivial') continue;
      const e = ce.edit;
      rows.push([
        clusterId(k),
        v.member.id,
        ref.id,
        e.id,
        ce.class,
        e.kind,
        e.bracketed,
        e.silent,
        e.elided,
        e.substitution,
        e.a ? e.a.range[0] : null,
        e.a ? e.a.range[1] : null,
        e.b ? e.b.range[0] : null,
        e.b ? e.b.range[1] : null,
        e.a?.text ?? null,
        e.b?.text ?? null,
        e.findings.added.filter((f) => f.family === 'wording').length,
        e.findings.removed.filter((f) => f.family === 'wording').length,
      ]);
    }
  }
  return rows;
}

/** The story's side-by-side page. */
export function storyHtml(s: Story): string {
  const ref = s.members[s.reference]!;
  return formatCompareHtml({
    title: s.headline,
    reference: { label: ref.outlet ?? ref.id, why: s.choice.why },
    versions: s.versions.map((v) => ({
      comparison: v.comparison,
      profile: v.profile,
      edits: v.edits,
      label: v.member.outlet ?? v.member.id,
      date: v.member.date,
    })),
  });
}

/** A member of a story as the main thread sends it to be compared. */
export interface MemberText {
  id: string;
  outlet: string | null;
  date: string | null;
  columns: Record<string, unknown>;
  text: string;
}

/** What one compared story leaves: see the file's comment. */
export interface StoryResult {
  k: number;
  cluster: VersionsCluster;
  versions: Cell[][];
  edits: Cell[][];
  html: string | null;
}

/** Parses, analyses and compares story `k`'s members (the reference is chosen) into its result. */
export function storyResult(k: number, members: readonly MemberText[], html: boolean): StoryResult {
  const list: StoryMember[] = members.map((m) => {
    const doc = parseDocument(m.text);
    return { id: m.id, outlet: m.outlet, date: m.date, doc, analysis: analyzeDocument(doc) };
  });
  const story = compareStory(list);
  const columns = new Map(members.map((m) => [m.id, m.columns]));
  return {
    k,
    cluster: versionsCluster(story, k, (id) => columns.get(id) ?? {}),
    versions: versionCells(story, k),
    edits: editCells(story, k),
    html: html ? storyHtml(story) : null,
  };
}
