/**
 * Which version of a story to compare the others with: the wire original when a version says it is
 * the agency's own (its outlet is a news agency, or its credit line names one), else the fullest
 * version, the earliest of those that are about as full.
 */
import type { GlossDocument } from '@gloss/document';

/** News agencies whose copy outlets reprint, as they are named in outlet columns and credit lines. */
export const AGENCIES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Associated Press', pattern: /\b(?:[Aa]ssociated [Pp]ress|AP)\b/ },
  { name: 'Reuters', pattern: /\breuters\b/i },
  { name: 'Agence France-Presse', pattern: /\b(?:[Aa]gence [Ff]rance[- ][Pp]resse|AFP)\b/ },
  { name: 'PA Media', pattern: /\b(?:[Pp]ress [Aa]ssociation|PA [Mm]edia)\b/ },
  { name: 'United Press International', pattern: /\b(?:[Uu]nited [Pp]ress [Ii]nternational|UPI)\b/ },
  { name: 'Bloomberg', pattern: /\bbloomberg(?: news)?\b/i },
  { name: 'dpa', pattern: /\b(?:dpa|[Dd]eutsche [Pp]resse-[Aa]gentur)\b/ },
  { name: 'EFE', pattern: /\bEFE\b/ },
  { name: 'ANSA', pattern: /\bANSA\b/ },
  { name: 'Kyodo', pattern: /\bkyodo(?: news)?\b/i },
  { name: 'Xinhua', pattern: /\bxinhua\b/i },
  { name: 'Canadian Press', pattern: /\bcanadian press\b/i },
  { name: 'Australian Associated Press', pattern: /\b(?:[Aa]ustralian [Aa]ssociated [Pp]ress|AAP)\b/ },
  { name: 'Press Trust of India', pattern: /\b(?:[Pp]ress [Tt]rust of [Ii]ndia|PTI)\b/ },
];

/** The agency a name refers to, or null. */
export function agencyIn(text: string | null | undefined): string | null {
  if (!text) return null;
  for (const a of AGENCIES) if (a.pattern.test(text)) return a.name;
  return null;
}

export interface ReferenceCandidate {
  /** Outlet as the input's outlet column gives it, or null. */
  outlet: string | null;
  /** Publication date as given (ISO dates sort as text), or null. */
  date: string | null;
  /** Words of the story text (the wire layer: insertions and editorial blocks left out). */
  words: number;
  doc: GlossDocument;
}

export interface ReferenceChoice {
  /** Index into the candidates. */
  index: number;
  /** `agency-outlet`, `agency-credit`, `fullest`, or `given` (named by the user). */
  basis: 'agency-outlet' | 'agency-credit' | 'fullest' | 'given';
  /** For people: why this version, e.g. "the outlet is a news agency (Reuters)". */
  why: string;
}

/** Versions within this share of the fullest count as equally full; the earliest of them wins. */
const FULL_TOLERANCE = 0.02;

/** The credit line of a document (its `credit` block, or the wire source's name), for agency names. */
function creditText(doc: GlossDocument): string {
  const parts: string[] = [];
  for (const b of doc.blocks) if (b.kind === 'credit') parts.push(doc.text.slice(b.range[0], b.range[1]));
  for (const s of doc.sources) if (s.role === 'wire' && s.name) parts.push(s.name);
  return parts.join(' ');
}

const earlier = (x: ReferenceCandidate, y: ReferenceCandidate): number =>
  x.date && y.date ? (x.date < y.date ? -1 : x.date > y.date ? 1 : 0) : x.date ? -1 : y.date ? 1 : 0;

/** Picks the reference among a cluster's versions (in input order; ties keep the first). */
export function chooseReference(candidates: readonly ReferenceCandidate[]): ReferenceChoice {
  const pickBest = (idx: number[]): number => {
    const most = Math.max(...idx.map((i) => candidates[i]!.words));
    const full = idx.filter((i) => candidates[i]!.words >= most * (1 - FULL_TOLERANCE));
    return full.reduce((best, i) => (earlier(candidates[i]!, candidates[best]!) < 0 ? i : best), full[0]!);
  };
  const all = candidates.map((_, i) => i);
  const byOutlet = all.filter((i) => agencyIn(candidates[i]!.outlet) !== null);
  if (byOutlet.length > 0) {
    const i = pickBest(byOutlet);
    const c = candidates[i]!;
    return {
      index: i,
      basis: 'agency-outlet',
      why: `the outlet is a news agency (${c.outlet})${byOutlet.length > 1 ? `; the fullest and earliest of ${byOutlet.length} agency versions` : ''}`,
    };
  }
  const byCredit = all.filter((i) => agencyIn(creditText(candidates[i]!.doc)) !== null);
  // A credit line alone names the agency in reprints too: only the fullest of those counts as the original.
  if (byCredit.length > 0) {
    const i = pickBest(byCredit);
    const fullest = pickBest(all);
    // reprints keep the agency's credit line too: only a nearly complete one stands for the original
    if (candidates[i]!.words >= candidates[fullest]!.words * 0.9) {
      return {
        index: i,
        basis: 'agency-credit',
        why: `its credit line names the agency (${agencyIn(creditText(candidates[i]!.doc))}) (${candidates[i]!.words} words, the fullest or nearly)`,
      };
    }
  }
  const i = pickBest(all);
  const c = candidates[i]!;
  const tied = all.filter(
    (k) => candidates[k]!.words >= Math.max(...all.map((x) => candidates[x]!.words)) * (1 - FULL_TOLERANCE),
  );
  return {
    index: i,
    basis: 'fullest',
    why: `no version names a news agency; the fullest version (${c.words} words)${tied.length > 1 ? `, the earliest of ${tied.length} about as full${c.date ? ` (${c.date})` : ''}` : ''}`,
  };
}
