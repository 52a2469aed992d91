/**
 * Who a quotation's speaker is: the noun-phrase check on a candidate span, the one decision
 * whether a speaker is named (the `anonymous-source` rule and the lesson read it from here), and
 * the resolution of pronouns and descriptors (`he`, `the archbishop`) to the nearest compatible
 * earlier mention. Everything here is linear in the text: mentions are found in one pass, and a
 * resolution looks back over a bounded number of them.
 */
import {
  CUE_VERBS,
  FIRST_NAME_GENDER,
  GENDER_WORDS,
  GROUP_NOUNS,
  isPersonPlural,
  NOT_SPEAKER_END,
  NOT_SPEAKER_START,
  ORG_WORDS,
  PERSON_NOUNS,
  PRONOUN_GENDER,
  ROLE_NOUNS,
  TITLES,
} from './speaker-data.ts';
import { PLACE_NAMES } from './gazetteer-data.ts';
import { lastEndingAtOrBefore } from './spans.ts';
import type { Block, Range, Speaker } from './types.ts';

export type SpeakerClass = 'named' | 'anonymous' | 'vague';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;
const RELATIVE = new Set(['who', 'whose', 'which', 'that']);
const PREPOSITION = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to', 'by']);
const ANONYMOUS = /\b(?:anonymous|unnamed|unidentified)\b/i;
/** Said of a speaker right after the phrase: `…, whose name was redacted`. */
const WITHHELD =
  /^[^.;]{0,60}?\b(name (?:was|were) (?:redacted|withheld)|(?:asked|requested|declined) (?:not )?to be (?:named|identified)|on (?:the )?condition of anonymity|(?:was|were) not authori[sz]ed to speak|requested anonymity|spoke anonymously)/i;

/** Lower case, without a trailing full stop, apostrophe or possessive `'s`. */
function lower(w: string): string {
  let e = w.length;
  while (e > 0 && (w[e - 1] === '.' || w[e - 1] === '’' || w[e - 1] === "'")) e--;
  if (e > 2 && (w[e - 1] === 's' || w[e - 1] === 'S') && (w[e - 2] === '’' || w[e - 2] === "'")) e -= 2;
  return w.slice(0, e).toLowerCase();
}

// Maps, not object look-ups: a word such as `constructor` must not hit Object.prototype.
const TITLE = new Map(Object.entries(TITLES));
const GENDER = new Map(Object.entries(GENDER_WORDS));
const PRONOUN = new Map(Object.entries(PRONOUN_GENDER));
const isCap = (w: string) => /^\p{Lu}/u.test(w);

/** A share of those polled, with what it is a share of: `About four in 10 voters`, `21 percent`. */
export const POLL_SHARE =
  /^(?:(?:about|nearly|almost|roughly|just|only|some|over|under|at least|more than|fewer than|less than)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per cent)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+(?:10|ten|\d+)|half|two-thirds|three-quarters|a (?:majority|third|quarter|fifth|plurality))(?:\s+of\s+(?:the\s+|those\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}|(?:\s+[\p{Lu}][\p{L}-]*)*\s+(?:voters|respondents|adults|americans|people|democrats|republicans|independents))?(?=\s*$|\s+(?:said|say|says|told|think|thought|believe|believed)\b)/iu;
/**
 * Whether a speaker phrase is a share of those polled (`About four in 10`, `21 percent of
 * voters`): the poll is the source, so no one is left unnamed.
 */
export function isPollShare(phrase: string): boolean {
  return POLL_SHARE.test(phrase);
}

/**
 * The one decision whether a speaker phrase names someone, and if not, whether it is a role
 * (`an Amazon official`, `a spokesman for the club`: anonymous) or a group (`critics`,
 * `hundreds of workers`: vague). `after` is the text that follows the phrase, where a withheld
 * name is said (`, whose name was redacted`).
 */
export function classifySpeaker(phrase: string, after = ''): { class: SpeakerClass; reason: string } {
  const ws = phrase.match(WORD) ?? [];
  if (ws.length === 0) return { class: 'vague', reason: 'no words' };
  const anonymous = ANONYMOUS.exec(phrase);
  if (anonymous) return { class: 'anonymous', reason: `described as “${anonymous[0]}”` };
  const withheld = /anonym|name|identif|authori/.test(after) ? WITHHELD.exec(after) : null;
  if (withheld) return { class: 'anonymous', reason: `described as “${withheld[1]}”` };
  if (ws.length === 1 && PRONOUN.has(lower(ws[0]!)))
    return { class: 'vague', reason: 'a pronoun that refers to nobody named before it' };
  if (isPollShare(phrase)) return { class: 'vague', reason: 'a share of those polled' };
  const headPart = beforePreposition(ws);
  const head = lower(headPart[headPart.length - 1]!);
  if (GROUP_NOUNS.has(head)) return { class: 'vague', reason: `a group (“${head}”) with no names` };
  if (ROLE_NOUNS.has(head)) return { class: 'anonymous', reason: `a role (“${head}”) with no name` };
  const proper = ws.some(
    (w, i) =>
      isCap(w) &&
      !(i === 0 && (NOT_NAME_START.has(lower(w)) || GROUP_NOUNS.has(lower(w)) || ROLE_NOUNS.has(lower(w)))) &&
      !TITLE.has(lower(w)),
  );
  if (proper) return { class: 'named', reason: 'named in the text' };
  if (titleNamesHolder(ws)) return { class: 'named', reason: 'a title that names its holder' };
  // Any other noun for a person or people (WordNet's: `the retired surgeon`, `campaigners`), once
  // no capital has named anyone (`the Archbishop`, `The Courier`, `the England captain`).
  if (isPersonPlural(head)) return { class: 'vague', reason: `a group (“${head}”) with no names` };
  if (PERSON_NOUNS.has(head)) return { class: 'anonymous', reason: `a role (“${head}”) with no name` };
  return { class: 'vague', reason: NO_ONE_REASON };
}

/** A phrase's words up to its first preposition or relative word: `the Archbishop` of `… of Canterbury`. */
function beforePreposition(ws: readonly string[]): readonly string[] {
  const cut = ws.findIndex((w, i) => i > 0 && (PREPOSITION.has(lower(w)) || RELATIVE.has(lower(w))));
  return cut === -1 ? ws : ws.slice(0, cut);
}

/**
 * `The Queen`, `the Archbishop of Canterbury`: a title written with a capital names its holder,
 * as a name does (a named source, and no description of someone named before), unlike `the
 * Texas governor`. The one check both classing and resolving use.
 */
function titleNamesHolder(ws: readonly string[]): boolean {
  const headPart = beforePreposition(ws);
  const last = headPart[headPart.length - 1] ?? '';
  return headPart.length >= 2 && isCap(last) && TITLE.has(lower(last));
}

/** A noun for a role a person plays (`spokesman`, `surgeon`, `attendee`). */
export const isRoleWord = (w: string) => ROLE_NOUNS.has(w) || PERSON_NOUNS.has(w);

/** What {@link classifySpeaker} says of a phrase with no name, role, group or pronoun in it. */
export const NO_ONE_REASON = 'no name or role that identifies the speaker';

/** Whether a speaker phrase names someone: the decision of {@link classifySpeaker}. */
export function isNamedSpeaker(phrase: string, after = ''): boolean {
  return classifySpeaker(phrase, after).class === 'named';
}

/**
 * Whether an unnamed speaker stands for people whose names the reader is not given: a role
 * (`a spokesman`), a group (`critics`), a pronoun with no one before it, a share of them (`one of
 * the officials briefed`). Not a document (`the report`, `the indictment`), a body most likely
 * named before (`the company`, `the ministry`), nor a description of someone named before (`the
 * 30-year-old`): those speak for no one withheld, and are no anonymous source.
 */
export function isUnnamedPeople(phrase: string, after = ''): boolean {
  // `21 percent said …`: the poll speaks for those it asked. `it`: a thing or a body, never a person.
  if (isPollShare(phrase) || /^it(?:['’]s)?$/i.test(phrase.trim())) return false;
  const c = classifySpeaker(phrase, after);
  if (c.class === 'named') return false;
  if (c.reason !== NO_ONE_REASON) return true;
  const ws = (phrase.match(WORD) ?? []).map(lower);
  return ws.some((w) => GROUP_NOUNS.has(w) || isRoleWord(w) || isPersonPlural(w));
}

const AUXILIARY = new Set(['will', 'may', 'can', 'should', 'must', 'might']);
const NOT_NAME_START = new Set([
  'the',
  'a',
  'an',
  'some',
  'many',
  'several',
  'one',
  'two',
  'three',
  // `His response`, `Their lawyer`: a capitalised possessive opening a sentence names no one.
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
]);

/**
 * `Will wrote`, `May said`: a capitalised auxiliary alone before a verb in the past or in `-s`,
 * which no auxiliary takes, is a surname (George Will, Theresa May).
 */
export function isAuxiliaryName(word: string, after: string): boolean {
  return (
    AUXILIARY.has(lower(word)) &&
    isCap(word) &&
    /^\s*(?:\p{Ll}+(?:ed|[^s]s)|said|wrote|told|spoke|thought|felt|knew)\b/u.test(after)
  );
}

/**
 * A candidate speaker span (`text.slice(start, end)`) narrowed to a noun phrase, or null when it
 * is not one: it may not hold a quote mark, open with a preposition, conjunction, wh-word or a
 * verb form (`During`, `and`, `who`, `In`, `adding`), or end with a function word. An opening
 * `and`/`but` is dropped (`and he said`); so are relative clauses and appositives after a comma.
 */
export function speakerPhrase(text: string, start: number, end: number): Range | null {
  let s = start;
  let e = end;
  const raw = text.slice(s, e);
  if (/[“”"«»‘]/.test(raw)) return null;
  // Cut at a comma, a relative clause or a participle: `An official, whose name …`, `Smith, who …`.
  const stop = /,|;|\(|\s(?:who|whose|which|that|specializing|working|speaking|based)\b/.exec(raw);
  if (stop) e = s + stop.index;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (
    e > s &&
    /[\s.,:;]/.test(text[e - 1]!) &&
    !/\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St)\.$/.test(text.slice(Math.max(s, e - 4), e))
  )
    e--;
  if (e <= s) return null;
  const first = /^\S+/.exec(text.slice(s, e))![0];
  if (/^(?:and|but)$/i.test(first)) return speakerPhrase(text, s + first.length, e);
  const ws = text.slice(s, e).match(WORD) ?? [];
  if (ws.length === 0 || ws.length > 9) return null;
  const f = lower(ws[0]!);
  // `Will Doyle`, `May Lee`: an auxiliary's spelling opening a run of capitals is a first name.
  const firstName =
    AUXILIARY.has(f) &&
    isCap(ws[0]!) &&
    (ws.length > 1 ? isCap(ws[1]!) : isAuxiliaryName(ws[0]!, text.slice(e, e + 20)));
  if (NOT_SPEAKER_START.has(f) && !firstName) return null;
  if (/ing$/.test(f) && !isCap(ws[0]!) && ws.length > 0) return null;
  if (NOT_SPEAKER_END.has(lower(ws[ws.length - 1]!)) && !firstName) return null;
  // A phrase of lower-case words must have a determiner, a pronoun or a role head to be a speaker.
  if (
    !ws.some(isCap) &&
    ws.length > 1 &&
    !/^(?:the|a|an|one|two|three|some|many|several|his|her|their|its|our|my)$/i.test(ws[0]!)
  )
    return null;
  return [s, e];
}

// ------------------------------------------------------------------ mentions and resolution

export interface Referent {
  /** The fullest name known (`Archbishop Desmond Tutu`), or the phrase as written. */
  name: string;
  range: Range;
  named: boolean;
  gender: 'm' | 'f' | null;
  /** `other`: a single capitalised word not yet known as a person (`Amazon`, `Monday`). */
  kind: 'person' | 'org' | 'group' | 'other';
  /** Title and role words said of it (`archbishop`, `senator`, `spokesman`). */
  roles: Set<string>;
  /** Lower-cased name words, for surname links. */
  words: string[];
  /** Opens its sentence or has spoken: more salient for a later `he`/`she` than an object. */
  subject?: boolean;
}

/**
 * Runs of capitalised words (with `de`, `van`, … between them), not inside a word. A single word
 * is a mention only as the surname of a name met earlier (`Murray says …` after `Ed Murray`).
 */
const NAME_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:de|van|von|bin|al|la|le|da|di|del|du)\s+)?\p{Lu}[\p{L}’'.-]*)*/gu;
const APPOSITIVE =
  /^,\s+(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)\s*(?:,|\.|\bof\b|\bfor\b|\bat\b|\bin\b)/u;

/**
 * Names of people and organisations in the blocks, in text order: one regex pass. Title words
 * before a name and an appositive after it (`Desmond Tutu, the South African archbishop,`)
 * become its roles; a surname alone links to the earlier full name.
 */
export function findMentions(text: string, blocks: readonly Block[]): Referent[] {
  const out: Referent[] = [];
  const bySurname = new Map<string, Referent>();
  for (const block of blocks) {
    if (block.kind !== 'body' && block.kind !== 'title') continue;
    const [bs, be] = block.range;
    // A headline in title case (`Obama Defends NSA Programs`) runs its words into one false name.
    if (block.kind === 'title' && isTitleCase(text.slice(bs, be))) continue;
    // Runs of two or more capitalised words; a surname alone is known through the speakers.
    // Searched in the block's own text: a search from the block's start over the whole text
    // runs to the end whenever the block has no name, which made the pass quadratic.
    const blockText = text.slice(bs, be);
    NAME_RUN.lastIndex = 0;
    for (let r = NAME_RUN.exec(blockText); r !== null; r = NAME_RUN.exec(blockText)) {
      if (!/\s/.test(r[0])) {
        const w = lower(r[0]);
        const earlier = bySurname.get(w);
        if (earlier !== undefined) {
          const ref = surnameMention(text, r[0], bs + r.index, bs, be, earlier);
          if (ref) out.push(ref);
          continue;
        }
        // Most capitalised words stand alone and are no surname met before: nothing to do.
        if (!TITLE.has(w)) continue;
      }
      for (const piece of namePieces(r[0], bs + r.index)) {
        const ref = mentionAt(text, piece, bs, be, bySurname);
        if (ref) out.push(ref);
      }
    }
  }
  return out;
}

/** Whether most words of a line are capitalised, as in a title-case headline. */
function isTitleCase(line: string): boolean {
  const ws = line.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
  let caps = 0;
  for (const w of ws) if (isCap(w)) caps++;
  return ws.length >= 3 && caps / ws.length > 0.6;
}

/** The word right after a name, for {@link isVerbAfter}. */
const WORD_AFTER = /^\s+(?:(?:also|then|later)\s+)?(\p{Ll}+)/u;
const CUE_SET: ReadonlySet<string> = new Set(CUE_VERBS);
/** A verb right after a name: a regular past, or a verb of saying (`Clinton criticized`, `Tal told`). */
function isVerbAfter(after: string): boolean {
  const w = WORD_AFTER.exec(after)?.[1];
  return w !== undefined && ((w.length > 3 && w.endsWith('ed')) || CUE_SET.has(w));
}

/** A country's initials before a name: `U.S. Consulate`, `US Internet`, not a person. */
const COUNTRY_INITIALS = /^(?:u\.s|us|u\.k|uk|u\.n|un|eu)$/;

/**
 * A surname alone (`Murray says …`) after the full name: the earlier referent at this place,
 * a subject when it opens its sentence or comes right before its verb. The common case of
 * {@link mentionAt}, kept short because it runs for every repeated surname.
 */
function surnameMention(
  text: string,
  word: string,
  at: number,
  bs: number,
  be: number,
  earlier: Referent,
): Referent | null {
  let end = at + word.length;
  if (/['’]s$/.test(word)) end -= 2;
  while (end > at && /[.’',;:]/.test(text[end - 1]!)) end--;
  const after = text.slice(end, Math.min(be, end + 32));
  // `the Trump administration`, `Smith campaign`: a modifier, not a mention.
  const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  if (next !== undefined && (ROLE_NOUNS.has(next) || GROUP_NOUNS.has(next) || TITLE.has(next))) return null;
  const subject = at === bs || SENTENCE_OPEN.test(text.slice(Math.max(bs, at - 3), at)) || isVerbAfter(after);
  return { ...earlier, range: [at, end], subject };
}

/** A word of a capitalised run, with its offset in the text. */
interface RunWord {
  w: string;
  at: number;
}

/** The text just before a word that opens a sentence. */
const SENTENCE_OPEN = /(?:[.!?]["”’]?\s+|\n\s*)$/;
/** Abbreviations that end in a full stop inside a name; any other word ending in one ends a sentence. */
const NAME_ABBR =
  /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Prof|Ft|Mt|U\.S|U\.K|D\.C)\.$/u;
/** Days and months: a run holding one is a date (`Super Tuesday`, `Last March`), not a name. */
const DATE_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/**
 * A capitalised run cut where a sentence ends inside it (`Tennessee. She`), and at brackets
 * (`WASHINGTON (AP)`): the pieces that may be names.
 */
function namePieces(seq: string, at0: number): RunWord[][] {
  const pieces: RunWord[][] = [];
  let cur: RunWord[] = [];
  for (const m of seq.matchAll(/\S+/g)) {
    const w = m[0];
    if (/[()]/.test(w)) {
      if (cur.length > 0) pieces.push(cur);
      cur = [];
      continue;
    }
    cur.push({ w, at: at0 + m.index });
    // `Netanyahu's Capitol Hill speech`: a possessive ends the name.
    if ((w.endsWith('.') && !NAME_ABBR.test(w)) || /['’]s$/.test(w)) {
      pieces.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) pieces.push(cur);
  return pieces;
}

/** One mention from a piece of a capitalised run, or null when it names nobody. */
function mentionAt(
  text: string,
  run: RunWord[],
  bs: number,
  be: number,
  bySurname: Map<string, Referent>,
): Referent | null {
  let piece = run;
  // Shouted headlines and datelines (`WASHINGTON`, `HILLARY CLINTON IS …`) are not mentions.
  if (piece.every((p) => p.w.length > 1 && p.w === p.w.toUpperCase() && /\p{Lu}{2}/u.test(p.w))) return null;
  // `On Tuesday Foreign Secretary Jack Straw`: a date opens the run, the name follows it;
  // `Super Tuesday` is a date, not a name.
  const lastDate = piece.findLastIndex((p) => DATE_WORDS.has(lower(p.w)));
  if (lastDate === piece.length - 1) return null;
  if (lastDate >= 0) piece = piece.slice(lastDate + 1);
  // `the South African archbishop`, `the Amazon official`: a modifier of a role noun, not a name.
  const runEnd = piece[piece.length - 1]!.at + piece[piece.length - 1]!.w.length;
  // A short window: slicing to the block's end for every name made the pass slow.
  const after = /^\s+([\p{Ll}]+)/u.exec(text.slice(runEnd, Math.min(be, runEnd + 32)));
  if (after && (ROLE_NOUNS.has(after[1]!) || GROUP_NOUNS.has(after[1]!) || TITLE.has(after[1]!))) return null;
  // Drop a sentence-initial function word (`The`, `But`, `In`, `Speaking`) and keep title words as roles.
  const roles = new Set<string>();
  let gender: 'm' | 'f' | null = null;
  let ws = piece;
  // `Texas Gov. Rick Perry`, `House Speaker Nancy Pelosi`: a title inside the run starts the
  // name; the words before it say where or what (a role, not part of the name).
  for (let k = ws.length - 2; k > 0; k--) {
    if (TITLE.has(lower(ws[k]!.w)) && !TITLE_MODIFIERS.has(lower(ws[k]!.w))) {
      ws = ws.slice(k);
      break;
    }
  }
  while (ws.length > 0) {
    const w = lower(ws[0]!.w);
    const title = TITLE.get(w);
    if (title !== undefined) roles.add(title);
    else if (TITLE_MODIFIERS.has(w)) roles.add(w);
    else if (!isOpenerWord(w) && !NOT_NAME_START.has(w) && !/ing$/.test(w)) break;
    gender ??= GENDER.get(w) ?? null;
    ws = ws.slice(1);
  }
  // `Former US`: an acronym left alone after its title is a country or an organisation.
  if (ws.length === 0 || (ws.length === 1 && /^\p{Lu}{2,}$/u.test(ws[0]!.w))) return null;
  const at = ws[0]!.at;
  const last = ws[ws.length - 1]!;
  let end = Math.min(last.at + last.w.length, be);
  // `Bob Menendez's response`: the possessive is not part of the name.
  if (/^\S+['’]s$/.test(last.w)) end -= 2;
  while (end > at && /[.’',;:]/.test(text[end - 1]!)) end--;
  if (end <= at) return null;
  const words = ws.map((x) => lower(x.w));
  const surname = words[words.length - 1]!;
  const earlier = words.length === 1 ? bySurname.get(surname) : undefined;
  if (words.length === 1 && !earlier && roles.size === 0) return null;
  const m = { index: piece[0]!.at };
  const nameText = text.slice(at, end);
  // Lower-case role words just before the name (`actress America Ferrera`) and an appositive after it.
  let k = m.index;
  for (let n = 0; n < 3; n++) {
    let j = k - 1;
    while (j >= bs && text[j] === ' ') j--;
    // `his wife, Huma Abedin`: a role set off by a comma right before the name, also with what
    // it is a role of (`a spokesman for the ministry, John Reed`).
    if (n === 0 && j > bs && text[j] === ',') {
      const of = ROLE_OF.exec(text.slice(Math.max(bs, j - 60), j));
      const role = of !== null && (TITLE.has(of[1]!) || isRoleWord(of[1]!));
      j -= role ? of[0].length - of[1]!.length + 1 : 1;
      while (j >= bs && text[j] === ' ') j--;
    }
    let i = j;
    while (i >= bs && /[\p{Ll}-]/u.test(text[i]!)) i--;
    if (i === j) break;
    const w = text.slice(i + 1, j + 1);
    if (TITLE.has(w) || isRoleWord(w)) roles.add(TITLE.get(w) ?? w);
    k = i + 1;
  }
  if (text.charCodeAt(end) === 44) {
    const app = APPOSITIVE.exec(text.slice(end, Math.min(be, end + 80)));
    if (app) for (const w of app[1]!.toLowerCase().split(/\s+/)) roles.add(TITLE.get(w) ?? w);
  }
  for (const r of roles) gender ??= GENDER.get(r) ?? null;
  // A subject opens its sentence, or comes right before its verb (`While in the Senate, Clinton
  // criticized …`, `Netanyahu told …`): more salient for a later `he`/`she` than an object.
  // After a preposition (`Of Tom Brown, he said`, `In Ann Lee's view`) a name opening its
  // sentence is no subject.
  const subject =
    ((SENTENCE_OPEN.test(text.slice(Math.max(bs, piece[0]!.at - 3), piece[0]!.at)) || piece[0]!.at === bs) &&
      !FRONT_PREPOSITION.test(piece[0]!.w)) ||
    isVerbAfter(text.slice(end, Math.min(be, end + 24)));
  if (earlier) {
    for (const r of roles) earlier.roles.add(r);
    // `Mr. Rose` after `Charlie Rose`: a title tells the gender of the name met before.
    earlier.gender ??= gender;
    return { ...earlier, range: [at, end], subject };
  }
  const org = words.some((w) => ORG_WORDS.has(w));
  // `New York`, `Salem, New Hampshire`: a place, never the antecedent of `he` or `she`; nor is
  // `U.S. Consulate`, or `Trump Tower` (a person's surname naming a thing).
  const thing =
    COUNTRY_INITIALS.test(words[0]!) || (words.length > 1 && bySurname.has(words[0]!) && roles.size === 0);
  const place = isPlace(words.join(' ')) || thing;
  gender ??= FIRST_NAME_GENDER.get(words[0]!) ?? null;
  const ref: Referent = {
    subject,
    name: nameText,
    range: [at, end],
    named: true,
    gender,
    kind: org ? 'org' : place ? 'other' : 'person',
    roles,
    words,
  };
  // `… Values Americans Believe In`: a function word closing a run is no surname.
  if (!org && !place && !isOpenerWord(surname) && !NOT_NAME_START.has(surname) && !isPlace(surname))
    bySurname.set(surname, ref);
  return ref;
}

/** `For` is left out: `For Ann Lee, the need grew out of frustration` is her view, and she speaks next. */
const FRONT_PREPOSITION =
  /^(?:Of|About|For|At|From|With|In|On|To|By|After|Before|Against|Unlike|Like|Despite)$/;

/**
 * Places, never the antecedent of `he` or `she` nor a person's surname: the gazetteer's countries,
 * capitals, US states and large cities, and the places and bodies of more than one word that news
 * names often and the gazetteer does not list (lower case, `’s` dropped).
 */
let places: ReadonlySet<string> | null = null;
/** Built on first use: only a pronoun or a descriptor to resolve needs the mentions that read it. */
function isPlace(lowerName: string): boolean {
  places ??= new Set([
    ...PLACE_NAMES.map((p) => p.toLowerCase()),
    ...`new orleans|des moines|st. louis|salt lake city|tel aviv|white house|capitol hill|wall street|united nations|european union|middle east|silicon valley|super tuesday`.split(
      '|',
    ),
  ]);
  return places.has(lowerName);
}

/** Words that go with a title before a name: `Foreign Secretary`, `former President`. */
const TITLE_MODIFIERS = new Set(
  'foreign home prime state defence defense health deputy former shadow chief attorney vice'.split(' '),
);

const LOOK_BACK = 40;

/** A role and what it is a role of, ending where a name's comma follows (`spokesman for the ministry`). */
const ROLE_OF = /([\p{Ll}-]+)\s+(?:for|of|at|to)\s+(?:the\s+)?[\p{L}\s’'.-]{1,40}$/u;

/** Titles a reporter uses for a person already named (`the senator`), not anonymous roles. */
const TITLE_HEADS: ReadonlySet<string> = new Set(
  [...TITLE.values()].filter((t) => !ROLE_NOUNS.has(t) && !/^(?:mr|mrs|ms|miss|sir|lady|lord|dame)$/.test(t)),
);

/**
 * The mentions and speakers that end by `at`, the latest first (both lists are sorted by
 * position), at most {@link LOOK_BACK} of them.
 */
function* newestFirst(
  mentions: readonly Referent[],
  speakers: readonly Referent[],
  at: number,
): Generator<Referent> {
  let i = lastBefore(mentions, at);
  let j = lastBefore(speakers, at);
  for (let n = 0; n < LOOK_BACK && (i >= 0 || j >= 0); n++) {
    if (i >= 0 && (j < 0 || mentions[i]!.range[0] >= speakers[j]!.range[0])) yield mentions[i--]!;
    else yield speakers[j--]!;
  }
}

/**
 * The referent a pronoun or a descriptor written at `at` stands for: the nearest earlier
 * mention or speaker that fits (gender and number where known; a descriptor's head word among
 * the referent's titles and roles), looking back over at most {@link LOOK_BACK} of them.
 */
export function resolveReferent(
  written: string,
  at: number,
  allMentions: () => readonly Referent[],
  speakers: readonly Referent[],
  exclude: Range | null = null,
): Referent | null {
  const ws = written.match(WORD) ?? [];
  const pronoun = ws.length === 1 ? PRONOUN.get(lower(ws[0]!)) : undefined;
  let head: string | null = null;
  if (pronoun === undefined) {
    if (!/^(?:the|this|that)$/i.test(ws[0] ?? '') || ws.length < 2) return null;
    head = lower(ws[ws.length - 1]!);
    head = TITLE.get(head) ?? head;
  }
  const fits = (r: Referent): boolean => {
    if (head !== null) return r.roles.has(head) && r.kind !== 'group';
    switch (pronoun) {
      case 'm':
      case 'f':
        return r.kind === 'person' && (r.gender === null || r.gender === pronoun);
      case 'plural':
        return r.kind === 'org' || r.kind === 'group';
      case 'thing':
        return r.kind === 'org';
      default:
        return r.kind === 'person';
    }
  };
  const mentions = allMentions();
  let nearest: Referent | null = null;
  let chosen: Referent | null = null;
  for (const r of newestFirst(mentions, speakers, at)) {
    if (!fits(r) || (exclude !== null && r.range[0] >= exclude[0] && r.range[1] <= exclude[1])) continue;
    // `Smith attacked Jones. “…,” he said.`: a subject (or an earlier speaker) a little further
    // back is meant, rather than the object nearer the pronoun.
    if (nearest === null) {
      nearest = r;
      if (r.subject || head !== null) break;
    } else if (r.subject && nearest.range[0] - r.range[0] <= SALIENT_SPAN && !sameReferent(r, nearest)) {
      chosen = r;
      break;
    } else if (nearest.range[0] - r.range[0] > SALIENT_SPAN) break;
  }
  const r =
    chosen ??
    nearest ??
    (head !== null && !titleNamesHolder(ws) ? titledFallback(head, at, mentions, speakers) : null);
  if (r && (pronoun === 'm' || pronoun === 'f') && r.gender === null) r.gender = pronoun;
  return r;
}

/** How far back (in characters) a title descriptor looks for the person it describes. */
const TITLED_SPAN = 1500;

/**
 * `“…,” the Texas governor continues.` after quotes of `Perry`, whose title the text never
 * gave: a title (not an anonymous role such as `spokesman` or `official`) describes the nearest
 * named person who was a subject or spoke, of a compatible gender, with no other title.
 */
function titledFallback(
  head: string,
  at: number,
  mentions: readonly Referent[],
  speakers: readonly Referent[],
): Referent | null {
  if (!TITLE_HEADS.has(head)) return null;
  const gender = GENDER.get(head) ?? null;
  for (const r of newestFirst(mentions, speakers, at)) {
    if (at - r.range[1] > TITLED_SPAN) break;
    if (r.kind !== 'person' || !r.named || !r.subject) continue;
    // A capitalised word opening a sentence (`Talks`, `Anger`) or a title (`Da Vinci Code`) can
    // pass for a name: a person known by a first name, a courtesy title or a pronoun, or one
    // who has spoken, and one only (`Princes William and Harry` are two).
    if ((r.gender === null && !speakers.includes(r)) || r.words.includes('and')) continue;
    if (gender !== null && r.gender !== null && r.gender !== gender) continue;
    if ([...r.roles].some((x) => TITLE_HEADS.has(x) && x !== head)) continue;
    return r;
  }
  return null;
}

/** How far (in characters) before the nearest fitting mention a more salient subject is looked for. */
const SALIENT_SPAN = 200;
const sameReferent = (a: Referent, b: Referent) => a.words.join(' ') === b.words.join(' ');

const rangeOfReferent = (r: Referent) => r.range;
/** The last referent of `list` (in text order) that ends at or before `at`, or -1. */
const lastBefore = (list: readonly Referent[], at: number) => lastEndingAtOrBefore(list, rangeOfReferent, at);

/** A possessive and a noun for what someone said: the speaker is the possessor. */
const OWN_WORDS =
  /^(his|her)\s+(?:response|reply|answer|retort|message|words|statement|comment|comments|remarks|reaction|verdict|explanation|view|advice)$/i;

/**
 * A phrase with no verb of its own fronted before a pronoun subject (`Of Obama, he said`,
 * `Asked about Lee, she said`, `Commenting on Mr Reed's case, he said`): the names in it are what
 * the subject speaks of, never the subject itself. Its range, or null.
 */
const FRONTED =
  /^\s*(?:(?:Of|About|Regarding|Concerning|As for|As to|Asked about|Asked of|Speaking of|Speaking about|Commenting on|Referring to|Responding to|Turning to|Praising|Criticizing|Criticising|Defending|Attacking|Describing)\s)[^,;:.!?“”"]{1,80},\s*$/u;
const SENTENCE_START = /[.!?]["”’)]*\s+|\n/g;
function frontedPhrase(text: string, at: number): Range | null {
  const from = Math.max(0, at - 120);
  const before = text.slice(from, at);
  let s = 0;
  SENTENCE_START.lastIndex = 0;
  for (let m = SENTENCE_START.exec(before); m !== null; m = SENTENCE_START.exec(before))
    s = m.index + m[0].length;
  if (s === 0 && from > 0) return null;
  return FRONTED.test(before.slice(s)) ? [from + s, at] : null;
}

/** A speaker as the model stores it: resolved to its referent when the written form is a pronoun or descriptor. */
export function makeSpeaker(
  text: string,
  range: Range,
  mentions: () => readonly Referent[],
  speakers: Referent[],
): Speaker {
  const written = text.slice(range[0], range[1]);
  // `His response: “…”`, `her reply`: the words of the one the possessive stands for.
  const own = OWN_WORDS.exec(written);
  const referent = resolveReferent(
    own ? (own[1]!.toLowerCase() === 'his' ? 'he' : 'she') : written,
    range[0],
    mentions,
    speakers,
    frontedPhrase(text, range[0]),
  );
  if (referent) {
    return {
      // The nearest mention as written (`Bezos`), so the name and its range agree.
      name: text.slice(referent.range[0], referent.range[1]),
      range: referent.range,
      named: referent.named,
      resolvedFrom: { text: written, range },
    };
  }
  const after = text.slice(range[1], Math.min(text.length, range[1] + 90));
  const cls = classifySpeaker(written, after);
  const ws = (written.match(WORD) ?? []).map(lower);
  const pronoun = ws.length === 1 && PRONOUN.has(ws[0]!);
  if (!pronoun) {
    // Remember the speaker so a later `he` or `the spokesman` can refer back to it.
    const roles = new Set<string>();
    let gender: 'm' | 'f' | null = null;
    for (const w of ws) {
      const role = TITLE.get(w) ?? (isRoleWord(w) ? w : undefined);
      if (role) roles.add(role);
      gender ??= GENDER.get(w) ?? null;
    }
    const firstName = ws.find((w) => FIRST_NAME_GENDER.has(w));
    if (firstName) gender ??= FIRST_NAME_GENDER.get(firstName)!;
    const head = ws[ws.length - 1] ?? '';
    speakers.push({
      subject: true,
      name: written,
      range,
      named: cls.class === 'named',
      gender,
      // `The Hill`, `The Huffington Post`: `the` and capitalised words name a title or a body.
      kind:
        ws.some((w) => ORG_WORDS.has(w)) || /^the(?:\s+\p{Lu}[\p{L}’'.-]*)+$/iu.test(written)
          ? 'org'
          : GROUP_NOUNS.has(head)
            ? 'group'
            : // `His response`, `the statement`: a phrase naming no one and headed by no role
              // or title speaks, but is no `he` or `she`.
              cls.class === 'vague' && roles.size === 0 && !GENDER.has(head)
              ? 'other'
              : 'person',
      roles,
      words: ws,
    });
  }
  return { name: written, range, named: cls.class === 'named' };
}

/** Participles that open a sentence but never a name: `Following Mr Straw`, `Speaking on Monday`. */
const OPENER_VERBS = new Set(
  'following according including regarding concerning speaking adding saying asked asking given despite excluding considering'.split(
    ' ',
  ),
);

/** Whether a word never opens a name or a speaker: a preposition, conjunction, wh-word or adverb (`During`, `Whilst`, `Following`). */
export function isOpenerWord(word: string): boolean {
  const w = lower(word);
  return NOT_SPEAKER_START.has(w) || OPENER_VERBS.has(w);
}

/** The gender a common first name tells (`m` or `f`), or null. */
export function firstNameGender(word: string): 'm' | 'f' | null {
  return FIRST_NAME_GENDER.get(lower(word)) ?? null;
}

/** A title written before a name (`Archbishop`, `Sen.`, `Foreign` in `Foreign Secretary`). */
export function isTitleWord(word: string): boolean {
  const w = lower(word);
  return TITLE.has(w) || TITLE_MODIFIERS.has(w);
}
