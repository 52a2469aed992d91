/**
 * The syntax the lead rules share: the main verb group of a sentence (outside relative clauses,
 * appositives and parentheses), where its object ends, and the place names of a span. Pure
 * functions over compromise's terms; no state.
 */
import { PLACE_NAMES, type Range } from '@gloss/document';
import { MONTHS, WEEKDAYS } from './data.ts';
import type { Tagged, Term } from './nlp.ts';
import type { Entity, LeadRole } from './types.ts';

const PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'to',
  'for',
  'from',
  'during',
  'by',
  'near',
  'with',
  'of',
  'into',
  'over',
  'since',
]);
const PARTICIPLE = /(?:ed|en|wn|ught|ade|ung)$/i;
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);
const VERBISH = (t: Term) =>
  t.tags.has('Verb') ||
  t.tags.has('Auxiliary') ||
  t.tags.has('Modal') ||
  t.tags.has('Copula') ||
  t.tags.has('Negative');
const ROLE_NOUNS =
  /\b(?:officials?|executives?|officers?|leaders?|agents?|representatives?|ministers?|staff)\b/i;
export const PURPOSE =
  /^(?:,\s*)?(?:as a way (?:for [^,]{1,60}? )?to|in order to|so as to|so that|to (?:mark|celebrate|help|prevent|stop|support|protect|ensure|avoid|assist|boost|co-ordinate|coordinate|fight|raise|promote)|because|after|following|amid|due to|in response to|since|on (?:speculation|fears?|hopes?|concerns?|worries|reports?|news) (?:that|of|about|over))\b/i;
/** Cause clauses end the "what" even straight after the verb ("have risen on speculation that …"). */
const CAUSE =
  /^(?:because|after|following|amid|due to|in response to|on (?:speculation|fears?|hopes?|concerns?|worries|reports?|news) (?:that|of|about|over))\b/i;
const HOW = /^(?:,\s*)?(?:by (?:\w+ing)|using|through|via|with the help of)\b/i;
const PLACES: ReadonlySet<string> = new Set(PLACE_NAMES);

/**
 * A verb whose object is a claim ("says the plan will fail"): "what" is the claim. Narrower than
 * the cue verbs of quotation: "announced a plan", "reported a loss" are the action itself.
 */
export function isCueVerb(word: string): boolean {
  return /^(?:says?|said|claims?|claimed|believes?|warns?|warned)$/i.test(word);
}

/** A stop that is a place, not a time (times keep "the" in the object: "its 2006 autumn conference"). */
const ctxPlace = (stop: Range, times: Range[]) => !times.some((t) => t[0] === stop[0]);

/** Where the "what" ends, and the who / why / how phrases met on the way. */
export interface ObjectEnd {
  end: number;
  extras: { role: LeadRole; range: Range; rule: string }[];
}

export interface VerbGroup {
  start: number;
  end: number;
  head: string;
}

/** The first finite verb group outside relative clauses and parentheses. */
export function mainVerb(terms: Term[], start: number): VerbGroup | null {
  let waitComma = false;
  let afterRelative = false;
  let seenNoun = false;
  let depth = 0;
  let inRelative = false;
  let inAppositive = false;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.range[0] < start) continue;
    if (terms[i - 1]?.after.includes('(')) depth++;
    if (depth > 0) {
      if (t.after.includes(')')) {
        depth--;
        // `…, who is running to succeed Sen. Tom Harkin (D-Iowa), faced`: the comma after the
        // parenthesis closes the relative clause, as it would without the parenthesis.
        if (depth === 0 && waitComma && /\)\s*,/.test(t.after)) {
          waitComma = false;
          inRelative = false;
          afterRelative = false;
        }
      }
      continue;
    }
    if (waitComma) {
      // ", which attends the G7 meeting …, is": the main clause resumes after the closing comma
      if (t.after.includes(',')) {
        waitComma = false;
        inRelative = false;
        afterRelative = false;
      }
      continue;
    }
    // "China's efforts to stop …": an infinitive after "to" is no finite verb
    if (terms[i - 1]?.normal === 'to' && t.tags.has('Infinitive')) continue;
    if (RELATIVE.has(t.normal) && seenNoun) {
      inRelative = true;
      if (terms[i - 1]?.after.includes(',')) waitComma = true;
      continue;
    }
    const prevText = terms[i - 1];
    if (prevText && seenNoun && !inRelative && prevText.after.includes(',') && /^(?:a|an|the)$/i.test(t.text))
      inAppositive = true;
    const auxLed = t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal');
    const reducedRelative =
      t.tags.has('PastTense') &&
      !auxLed &&
      /^(?:by|for|in|at|with|as|from)$/i.test(terms[i + 1]?.normal ?? '') &&
      terms.slice(i + 2).some((x) => (x.tags.has('Auxiliary') || x.tags.has('Copula')) && !/,/.test(x.text));
    if (
      VERBISH(t) &&
      !t.tags.has('Gerund') &&
      seenNoun &&
      !t.tags.has('Adjective') &&
      !reducedRelative &&
      !(afterRelative && !auxLed && !t.tags.has('PastTense'))
    ) {
      // a verb group: verbs, adverbs, particles, "to" + infinitive
      let j = i;
      while (j + 1 < terms.length) {
        const n = terms[j + 1]!;
        if (
          VERBISH(n) ||
          n.tags.has('Adverb') ||
          n.tags.has('Particle') ||
          (n.normal === 'to' && terms[j + 2] && terms[j + 2]!.tags.has('Infinitive')) ||
          n.normal === 'be' ||
          n.normal === 'been'
        )
          j++;
        else break;
      }
      if (inRelative || inAppositive) {
        // the relative clause's verb; the main verb comes after a noun
        inRelative = false;
        inAppositive = false;
        afterRelative = true;
        i = j;
        // keep scanning: a following noun re-arms seenNoun
        seenNoun = false;
        continue;
      }
      const head =
        terms
          .slice(i, j + 1)
          .filter((x) => x.tags.has('Verb') && !x.tags.has('Auxiliary'))
          .pop()?.text ?? t.text;
      return { start: t.range[0], end: terms[j]!.range[1], head };
    }
    if (t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('Value') || t.tags.has('ProperNoun')) {
      seenNoun = true;
      if (t.after.includes(',') && inAppositive) inAppositive = false;
    }
    if (
      t.after.includes(',') &&
      seenNoun &&
      !inRelative &&
      terms[i + 1] &&
      /^(?:a|an|the)$/i.test(terms[i + 1]!.text)
    )
      inAppositive = true;
  }
  return null;
}

/** End of the "what": the first time/place stop, recipient, purpose or manner phrase, or clause punctuation. */
export function whatStop(
  text: string,
  from: number,
  end: number,
  stops: Range[],
  entities: Entity[],
  times: Range[] = [],
): ObjectEnd {
  const extras: ObjectEnd['extras'] = [];
  const found = (role: LeadRole, range: Range, rule: string) => extras.push({ role, range, rule });
  const done = (at: number): ObjectEnd => ({ end: at, extras });
  let i = from;
  let beforePrep = from;
  // "has been bought by X" is passive; "has postponed by two weeks the …" is not
  const passive = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?\p{L}+\s*$/iu.test(
    text.slice(Math.max(0, from - 40), from),
  );
  // the verb group's last word, so "has been bought by X" sees the participle before "by"
  let prevWord = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, from - 30), from))?.[1] ?? '';
  let objectSeen = false;
  const re = /[\p{L}\p{N}$£€%]+(?:['’\-.,][\p{L}\p{N}]+)*|[,;:()[\]—–]|\s-\s/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const at = m.index;
    const w = m[0];
    const rest = text.slice(at, end);
    const stop = stops.find((s) => s[0] === at || (s[0] <= at && at < s[1]));
    // a time or place inside the object ("its 2006 autumn conference") is not a stop
    // "voted on Tuesday to close the library": a time straight after the verb, before "to" + verb, is stepped over
    if (
      stop &&
      !objectSeen &&
      times.some((t) => t[0] === stop[0]) &&
      /^\s+to\s+\p{Ll}+/u.test(text.slice(stop[1], end))
    ) {
      re.lastIndex = stop[1];
      i = stop[1];
      prevWord = '';
      continue;
    }
    // "will be established in the UK": a place after "in the" ends the object before "in"
    const prepThe = /\b(?:in|at|near|from)\s+the\s+$/i.exec(text.slice(Math.max(from, at - 12), at));
    if (stop && prepThe && ctxPlace(stop, times)) return done(at - prepThe[0].length);
    if (stop && !/^(?:its|his|her|their|the|a|an|our|my)$/i.test(prevWord))
      return done(PREPOSITIONS.has(prevWord.toLowerCase()) ? beforePrep : i);
    if (objectSeen && /^(?:that|which|who|as part of|as well as|while|whereas|but)\b/i.test(rest))
      return done(i);
    if (
      (objectSeen || passive) &&
      /^by\s+(?![\d£$€])(?:the\s+|a\s+)?[^,.;]*\p{Lu}/u.test(rest) &&
      PARTICIPLE.test(prevWord)
    ) {
      const np = /^by\s+([^,.;]*?)(?=\s+-\s|[,.;]|$)/u.exec(rest);
      if (np) {
        const s0 = at + np[0].indexOf(np[1]!);
        found('who', [s0, s0 + np[1]!.length], 'who-agent');
      }
      return done(i);
    }
    if (/^[;:(—–]/.test(w) || /^\s-\s$/.test(w) || (w === '[' && objectSeen)) return done(i);
    if (w === ',') {
      if (objectSeen) return done(i);
      i = at;
      continue;
    }
    if ((objectSeen || CAUSE.test(rest)) && PURPOSE.test(rest)) {
      const c = /^[^,;]*/.exec(rest)![0];
      found('why', [at, at + c.length], 'why-purpose');
      return done(i);
    }
    if (objectSeen && HOW.test(rest)) {
      const c = /^[^,;]*/.exec(rest)![0];
      found('how', [at, at + c.length], 'how-means');
      return done(i);
    }
    const rec =
      /^(?:to|with)\s+((?:the\s+)?(?:[\p{Lu}][\p{L}’'-]*|and\b|of\b|\([\p{Lu}]{2,}\)|\s)+(?:\s*\p{Ll}+)?)/u.exec(
        rest,
      );
    if (objectSeen && rec) {
      const np = rec[1]!.trimEnd();
      const npStart = at + rec[0].indexOf(rec[1]!);
      const named = entities.some((e) =>
        e.mentions.some((mm) => mm.range[0] >= npStart && mm.range[0] < npStart + np.length),
      );
      if (named && (ROLE_NOUNS.test(np) || /\p{Lu}/u.test(np))) {
        const lastWord = /\s(\p{Ll}+)$/u.exec(np);
        const npEnd =
          lastWord && !ROLE_NOUNS.test(lastWord[1]!)
            ? npStart + np.length - lastWord[0].length
            : npStart + np.length;
        found('who', [npStart, npEnd], 'who-recipient');
        return done(i);
      }
    }
    objectSeen = objectSeen || (i > from && /[\p{L}\p{N}]/u.test(w));
    if (!PREPOSITIONS.has(w.toLowerCase())) beforePrep = at + w.length;
    prevWord = w;
    i = at + w.length;
  }
  return done(i);
}

/**
 * Places in a range: names after in / at / near / from that compromise tags as places, that an
 * entity is a place, or that the gazetteer lists (countries, capitals, US states, large cities);
 * and an unknown name after "in" ("in Lievin") only when compromise knows none of its words as
 * a common noun, number or date ("in Formula One", "in Game stores" are no places).
 */
export function placeSpans(text: string, start: number, end: number, t: Tagged, entities: Entity[]): Range[] {
  const out: Range[] = [];
  const src = text.slice(start, end);
  const hits = (list: Range[], r: Range) => list.some((p) => p[0] < r[1] && r[0] < p[1]);
  const entityHits = (r: Range, kinds: (k: Entity['kind']) => boolean) =>
    entities.some((e) => kinds(e.kind) && e.mentions.some((mm) => mm.range[0] < r[1] && r[0] < mm.range[1]));
  for (const m of src.matchAll(
    /\b(?:in|at|near|from)\s+(the\s+)?((?:\p{Lu}[\p{L}’'-]*)(?:\s+\p{Lu}[\p{L}’'-]*)*(?:[’']s(?:\s+(?:\p{Lu}[\p{L}-]*|[\p{Ll}-]+)){1,4})?)/gu,
  )) {
    const name = m[2]!;
    const s = start + m.index + m[0].length - name.length;
    const r: Range = [s, s + name.length];
    if (/\b(?:Championships?|Cup|Games|Awards?|Festival|Olympics)\b/.test(name)) continue;
    // after in / at / near / from, a listed name is the place even when it is also a first name ("in Chad")
    const listed = PLACES.has(name) && !entityHits(r, (k) => k === 'agency');
    // "in the UK": after "the", only a listed name (not "in the Senate")
    const isPlace = !m[1] && (hits(t.places, r) || entityHits(r, (k) => k === 'place'));
    const isOrg = entityHits(r, (k) => k !== 'place');
    const words = t.terms.filter((x) => x.range[0] >= r[0] && x.range[1] <= r[1]);
    const nextWord = t.terms.find((x) => x.range[0] >= r[1]);
    const unknownPlace =
      /^in\s/.test(m[0]) &&
      !m[1] &&
      !/[’']s\b/.test(name) &&
      !hits(t.people, r) &&
      !hits(t.organizations, r) &&
      !NOT_PLACE_WORDS.has(name.split(/\s/)[0]!) &&
      words.length > 0 &&
      words.every((x) => !COMMON_WORD_TAGS.some((tg) => x.tags.has(tg))) &&
      // "in Game stores": a name before a noun modifies it
      !(
        nextWord &&
        /^\s+$/.test(text.slice(r[1], nextWord.range[0])) &&
        /^\p{Ll}/u.test(nextWord.text) &&
        nextWord.tags.has('Noun')
      );
    // an unknown name is "organization" by default in entities; only a body or person with evidence blocks it here
    const isNamedBody = entityHits(r, (k) => k === 'agency' || k === 'person');
    if (listed || (isPlace && !isOrg) || (unknownPlace && !isNamedBody)) out.push(r);
  }
  for (const p of t.places) {
    const before = text.slice(Math.max(start, p[0] - 6), p[0]);
    if (
      p[0] >= start &&
      p[1] <= end &&
      /\b(?:in|at|near|from)\s+$/.test(before) &&
      !out.some((o) => o[0] < p[1] && p[0] < o[1]) &&
      !entityHits(p, (k) => k !== 'place')
    )
      out.push(p);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** compromise tags of words it knows as ordinary vocabulary, not as names. */
const COMMON_WORD_TAGS = ['Singular', 'Plural', 'Value', 'Date', 'Adjective', 'Verb', 'Acronym'];
/** Capitalised words after "in" that are times or languages, not places. */
const NOT_PLACE_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  'English',
  'French',
  'Spanish',
  'German',
]);
