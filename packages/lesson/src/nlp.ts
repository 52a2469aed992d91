/**
 * The lesson's adapter to compromise (loaded once per process by the document
 * package): it only reads tags and character offsets back
 * (`json({ offset: true })`, UTF-16 code units, same as ours).
 */
import { compromise, type Range } from '@gloss/document';

export interface Term {
  text: string;
  /** Punctuation and spaces between this term and the next (", ", " (", "."). */
  after: string;
  normal: string;
  range: Range;
  tags: ReadonlySet<string>;
}

export interface Tagged {
  terms: Term[];
  people: Range[];
  places: Range[];
  organizations: Range[];
  demonyms: Range[];
}

interface RawTerm {
  text: string;
  normal?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
interface RawMatch {
  offset?: { start: number; length: number };
  terms?: RawTerm[];
}

/** Tags `text.slice(start, end)`; all ranges come back in offsets of `text`. */
export function tag(text: string, start = 0, end = text.length): Tagged {
  const slice = text.slice(start, end);
  const doc = compromise()(slice);
  const terms: Term[] = [];
  const raw = doc.json({ offset: true, terms: { offset: true } }) as RawMatch[];
  for (const sentence of raw) {
    for (const t of sentence.terms ?? []) {
      if (!t.offset || !t.text) continue;
      let s = t.offset.start;
      // compromise's offsets point at the term; trust them only when the slice matches.
      if (slice.slice(s, s + t.text.length) !== t.text) {
        const found = slice.indexOf(t.text, Math.max(0, s - 4));
        if (found < 0) continue;
        s = found;
      }
      terms.push({
        text: t.text,
        after: '',
        normal: t.normal ?? t.text.toLowerCase(),
        range: [start + s, start + s + t.text.length],
        tags: nameInLowerCase(t.text, t.tags ?? []) ? new Set(['Verb']) : new Set(t.tags ?? []),
      });
    }
  }
  for (let i = 0; i < terms.length; i++) {
    const end = terms[i]!.range[1];
    const next = terms[i + 1]?.range[0] ?? Math.min(start + slice.length, end + 3);
    terms[i]!.after = text.slice(end, Math.max(end, next));
  }
  const ranges = (matches: RawMatch[]): Range[] => {
    const out: Range[] = [];
    for (const m of matches) {
      if (!m.offset) continue;
      const r = trimRange(slice, m.offset.start, m.offset.start + m.offset.length);
      if (r) out.push([start + r[0], start + r[1]]);
    }
    return out;
  };
  return {
    terms,
    people: ranges(doc.people().json({ offset: true }) as RawMatch[]),
    places: ranges(doc.places().json({ offset: true }) as RawMatch[]),
    organizations: ranges(doc.organizations().json({ offset: true }) as RawMatch[]),
    demonyms: ranges(doc.match('#Demonym').json({ offset: true }) as RawMatch[]),
  };
}

/** Tags that only say a word is a first name (compromise's lexicon has `drew`, `mark` and `grant` as names). */
const NAME_ONLY = new Set([
  'Noun',
  'Singular',
  'ProperNoun',
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
]);

/**
 * A word written in lower case that compromise tagged only as a first name (`Steele … drew fierce
 * criticism`): a name is capitalised, so here it is the verb it is spelt like.
 */
function nameInLowerCase(text: string, tags: readonly string[]): boolean {
  return /^\p{Ll}/u.test(text) && tags.includes('FirstName') && tags.every((t) => NAME_ONLY.has(t));
}

/** Above this many characters, {@link tagText} tags paragraph-aligned chunks of {@link TAG_PIECE}. */
export const TAG_CHUNK = 64 * 1024;
/** The size (in characters, to the next paragraph break) of each piece of a long text. */
const TAG_PIECE = 16 * 1024;

/**
 * Tags the whole text. compromise's offset computation grows faster than the text (a 300 KB
 * article took 11 s, 2 MB nearly 3 minutes of CPU), so a long text is tagged in chunks that
 * end at a paragraph break, each with offsets into `text`. A text up to {@link TAG_CHUNK}
 * characters (every ordinary article) is tagged in one piece, exactly as before.
 */
export function tagText(text: string): Tagged {
  if (text.length <= TAG_CHUNK) return tag(text);
  const pieces: Range[] = [];
  const paragraphBreak = /\n[ \t\r]*\n/g;
  let start = 0;
  while (start < text.length) {
    paragraphBreak.lastIndex = start + TAG_PIECE;
    const found = start + TAG_PIECE < text.length ? paragraphBreak.exec(text) : null;
    const end = found ? found.index + found[0].length : text.length;
    pieces.push([start, end]);
    start = end;
  }
  return tagPieces(text, pieces);
}

/** Tags each piece `[s, e)` of `text` on its own, in order, with offsets into `text`. */
function tagPieces(text: string, pieces: readonly Range[]): Tagged {
  const out: Tagged = { terms: [], people: [], places: [], organizations: [], demonyms: [] };
  for (const [s, e] of pieces) {
    const part = tag(text, s, e);
    out.terms.push(...part.terms);
    out.people.push(...part.people);
    out.places.push(...part.places);
    out.organizations.push(...part.organizations);
    out.demonyms.push(...part.demonyms);
  }
  return out;
}

/**
 * Tags only the part of `text` a lesson reads: the sentences (as compromise splits them) that
 * overlap `ranges` (the article's title and body), each run of them with the one sentence after
 * it, whose first word is the next word after the run as in the whole text. compromise tags
 * every sentence on its own, and a run starts and ends where its own sentence split of the whole
 * text does, so each term's tags, offsets and the names found are those of {@link tagText}; the
 * questions, background and boilerplate of a reprint (two fifths of the seed) are not tagged.
 * A long text is tagged whole, in pieces, as {@link tagText} does.
 */
export function tagRanges(text: string, ranges: readonly Range[]): Tagged {
  if (text.length > TAG_CHUNK) return tagText(text);
  const sentences = splitSentences(text);
  const bounds: Range[] = [];
  let at = 0;
  for (const s of sentences) {
    bounds.push([at, at + s.length]);
    at += s.length;
  }
  // compromise's pieces always concatenate to its input; if a version ever did not, tag it all.
  if (at !== text.length) return tag(text);
  const runs: [number, number][] = [];
  for (let i = 0; i < bounds.length; i++) {
    const [s, e] = bounds[i]!;
    if (!ranges.some((r) => r[0] < e && s < r[1])) continue;
    const end = bounds[i + 1]?.[1] ?? e;
    const last = runs[runs.length - 1];
    if (last && last[1] >= s) last[1] = Math.max(last[1], end);
    else runs.push([s, end]);
  }
  if (runs.length === 1 && runs[0]![0] === 0 && runs[0]![1] === text.length) return tag(text);
  return tagPieces(text, runs);
}

/** compromise's own sentence split, the first step of `nlp(text)`: pieces that concatenate to `text`. */
function splitSentences(text: string): string[] {
  const nlp = compromise();
  const methods = nlp.methods() as {
    one: { tokenize: { splitSentences(text: string, world: object): string[] } };
  };
  return methods.one.tokenize.splitSentences(text, nlp.world());
}

const EDGE = /[\s.,;:!?()[\]"“”‘’'…—–-]/;

/** Drops punctuation, quotes and a possessive `’s` from both ends of a range. */
export function trimRange(text: string, start: number, end: number): Range | null {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(text[s]!)) s++;
  for (;;) {
    if (e - s > 2 && /^['’]s$/.test(text.slice(e - 2, e))) e -= 2;
    else if (
      s < e &&
      EDGE.test(text[e - 1]!) &&
      !(text[e - 1] === '.' && /\b[A-Z]\.$|\b(?:Mr|Ms|Mrs|Dr|St|Jr|Inc|Co|Ltd)\.$/.test(text.slice(s, e)))
    )
      e--;
    else break;
  }
  return s < e ? [s, e] : null;
}
