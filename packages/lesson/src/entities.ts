/**
 * Entities of the article (title and body): organisations, agencies, people and
 * places, every mention, aliases merged. Candidates are capitalised runs and
 * acronyms; compromise's people/places/organizations tags classify them; merging
 * uses acronym definitions (`Immigration and Customs Enforcement (ICE)`),
 * initials, known metonyms (`Pentagon`), inversions (`Defense Department` /
 * `Department of Defense`), company prefixes (`Amazon Web Services` / `Amazon`)
 * and surnames (`Jeff Bezos` / `Mr. Bezos`).
 */
import {
  firstNameGender,
  type GlossDocument,
  isOpenerWord,
  isTitleCase,
  isTitleWord,
  matchDateline,
  type Range,
  sentenceIndexAt,
} from '@gloss/document';
import {
  AGENCY_ACRONYMS,
  AGENCY_HEADS,
  METONYMS,
  MONTHS,
  NOT_NAMES,
  ORG_HEADS,
  PRODUCT_NOUNS,
  WEEKDAYS,
} from './data.ts';
import { type Tagged, tag } from './nlp.ts';
import { tokens } from './text.ts';
import type { Entity, EntityKind, Mention } from './types.ts';

const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'de', '&']);
const TITLES = new Set([
  'secretary',
  'minister',
  'president',
  'chairman',
  'chairwoman',
  'chief',
  'director',
  'officer',
  'governor',
  'mayor',
  'senator',
  'judge',
  'commissioner',
]);
/** Abbreviated titles (AP style) that a full stop cuts off from the name after them. */
const TITLE_ABBREVIATIONS = /^(?:gov|sen|rep|lt|gen|col|sgt|atty|rev|supt|insp|det|cllr|cmdr|adm|capt|maj)$/;
const NOT_ORG_HEADS = new Set([
  'act',
  'bill',
  'law',
  'award',
  'awards',
  'prize',
  'cup',
  'championship',
  'championships',
  'games',
]);
/** After a name: an appositive role or a verb of saying, which make it a person's. */
const PERSON_AFTER =
  /^(?:,\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}(?:director|chief|head|spokesman|spokeswoman|leader|president|secretary|minister|chairman|chairwoman|founder|editor|professor|author|executive|senator|governor|mayor|campaigner|activist|lawyer|judge|archbishop|bishop|actor|actress|singer|player|manager|coach|adviser|advisor|analyst|economist|researcher)\b|\s+(?:said|says|told|added|argued|warned)\b|,\s+who\b)/u;
const HONORIFIC = /(?:\b(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prof)\.?\s+)$/;
/** Months and days, and the months as news abbreviates them (`Oct. 4`). */
const TIME_NAMES = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '),
]);
/** A party named before a person's name (`Democrat Hillary Clinton`, `Republican Pat Toomey`). */
const PARTY_WORDS = new Set([
  'Democrat',
  'Democratic',
  'Republican',
  'Independent',
  'Labour',
  'Tory',
  'Conservative',
]);
/**
 * US states as the AP abbreviates them after a city (`Flint, Mich.`): places, not organisations.
 * Source: AP Stylebook, “state names”.
 */
const STATE_ABBREVIATIONS = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Vt Va Wash W.Va Wis Wyo'.split(
    ' ',
  ),
);

interface Candidate {
  range: Range;
  text: string;
  block: number;
  kind: EntityKind;
  product: boolean;
  /** A name the candidate stands for when it is not its own slice. */
  name?: string;
}

/** The blocks that make up the article itself. */
export function articleBlocks(doc: GlossDocument): number[] {
  const out: number[] = [];
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'title' || b.kind === 'body') out.push(i);
  });
  return out;
}

export function findEntities(doc: GlossDocument, tagged: Tagged): Entity[] {
  const text = doc.text;
  const cands: Candidate[] = [];
  const sentenceStarts = new Set(doc.sentences.map((s) => firstWordStart(text, s.range[0])));
  // Markup some corpora keep in the text (`<tweet author="JebBush">Praying for …</tweet>`): the
  // words of a tag are no names, and the word after one starts a sentence.
  const tags = [...text.matchAll(/<\/?[A-Za-z][^<>\n]{0,300}>/g)].map(
    (m): Range => [m.index ?? 0, (m.index ?? 0) + m[0].length],
  );
  for (const [, end] of tags) sentenceStarts.add(firstWordStart(text, end));
  let tagAt = 0;
  const inTag = (at: number) => {
    // Tokens come in text order within a block, and blocks in order: a pointer, not a search.
    if (tagAt > 0 && tags[tagAt - 1]![0] > at) tagAt = 0;
    while (tagAt < tags.length && tags[tagAt]![1] <= at) tagAt++;
    return tagAt < tags.length && tags[tagAt]![0] <= at;
  };
  const capitalisedMidSentence = new Set<string>();
  for (const b of articleBlocks(doc)) {
    for (const t of tokens(text, ...doc.blocks[b]!.range)) {
      if (/^\p{Lu}/u.test(t.text) && !sentenceStarts.has(t.range[0]))
        capitalisedMidSentence.add(bare(t.text));
    }
  }
  // The place a dateline names (`FLINT, Mich. —`) is a place wherever the story names it again.
  const datelinePlaces = new Set<string>();
  for (const b of doc.blocks.slice(0, 4)) {
    const d = b.kind === 'body' || b.kind === 'credit' ? matchDateline(text.slice(...b.range)) : null;
    if (d) datelinePlaces.add(text.slice(b.range[0] + d.place[0], b.range[0] + d.place[1]).toLowerCase());
  }
  const properAt = new Map<number, ReadonlySet<string>>();
  for (const term of tagged.terms) properAt.set(term.range[0], term.tags);

  for (const b of articleBlocks(doc)) {
    const block = doc.blocks[b]!;
    const toks = tokens(text, ...block.range);
    // A headline in title case (`White House Asked Bill Clinton to Urge Sestak`) capitalises
    // every word, so its runs of capitals are no names; the names it holds come again in the body.
    if (block.kind === 'title' && isTitleCase(text.slice(...block.range))) continue;
    let run: typeof toks = [];
    const flush = () => {
      // Connectors, and a title the full stop cut off from its name (`… and Maryland Gov.`), end no name.
      while (
        run.length &&
        (CONNECTORS.has(run[run.length - 1]!.lower) ||
          TITLE_ABBREVIATIONS.test(bare(run[run.length - 1]!.lower)))
      )
        run.pop();
      // Not part of a name: a sentence adverb or prepositional opener (`Whilst`, `Following Mr
      // Straw`, `On Tuesday Foreign Secretary …`), a day or month, a title before a person's name.
      for (;;) {
        const w = run[0] ? bare(run[0].text) : '';
        if (run.length === 0) break;
        if (NOT_NAMES.has(w) || /^the$/i.test(w) || isOpenerWord(w) || TIME_NAMES.has(w)) run.shift();
        else if (run.length > 2 && isTitleWord(w) && /^\p{Lu}/u.test(run[1]!.text)) run.shift();
        // `Democrat Hillary Clinton`, but `Republican National Committee` is a name.
        else if (run.length > 2 && PARTY_WORDS.has(w) && firstNameGender(bare(run[1]!.text)) !== null)
          run.shift();
        // `Secretary of State Hillary Clinton`: the whole title goes.
        else if (run.length > 3 && TITLES.has(w.toLowerCase()) && run[1]!.lower === 'of') run.splice(0, 3);
        else break;
      }
      // `Rick Perry of Texas`, `Joe Arpaio of Maricopa County`: a person and where they serve,
      // two names (an organisation keeps its `of`: `Department of Justice`).
      const of = run.findIndex((t) => t.lower === 'of');
      const parts =
        of >= 2 && of <= 3 && firstNameGender(bare(run[0]!.text)) !== null
          ? [run.slice(0, of), run.slice(of + 1)]
          : [run];
      for (const part of parts) {
        if (part.length === 0) continue;
        const c = candidateFrom(text, part, b, tagged);
        if (c && datelinePlaces.has(c.text.toLowerCase())) c.kind = 'place';
        if (c) cands.push(c);
      }
      run = [];
    };
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      // `@JebBush`, `#SanBernardino`, the end of a link: handles, tags and addresses are no names.
      if (/[@#/]/.test(text[t.range[0] - 1] ?? '') || inTag(t.range[0])) {
        flush();
        continue;
      }
      const prev = run[run.length - 1];
      const gap = prev ? text.slice(prev.range[1], t.range[0]) : '';
      if (prev && !/^[ \t]+$/.test(gap)) flush();
      const capital = /^\p{Lu}/u.test(t.text);
      if (capital) {
        const first = sentenceStarts.has(t.range[0]);
        const tags = properAt.get(t.range[0]);
        const isProper = (tg: ReadonlySet<string> | undefined) =>
          !!tg && (tg.has('ProperNoun') || tg.has('Person') || tg.has('Place') || tg.has('Organization'));
        const next = toks[i + 1];
        const proper =
          !first ||
          capitalisedMidSentence.has(bare(t.text)) ||
          /^\p{Lu}{2,}/u.test(t.text) ||
          isProper(tags) ||
          // `Shami Chakrabarti, director of …` opening a sentence: an unknown first name before a
          // surname is a name too.
          (!!next &&
            /^\p{Lu}\p{Ll}/u.test(next.text) &&
            /^[ \t]+$/.test(text.slice(t.range[1], next.range[0])) &&
            !isOpenerWord(bare(t.text)) &&
            !NOT_NAMES.has(bare(t.text)) &&
            (isProper(properAt.get(next.range[0])) || capitalisedMidSentence.has(bare(next.text))));
        if (!proper || TIME_NAMES.has(bare(t.text)) || (NOT_NAMES.has(bare(t.text)) && run.length === 0)) {
          flush();
          continue;
        }
        run.push(t);
        if (/[’']s$/.test(t.text)) flush();
      } else if (run.length && CONNECTORS.has(t.lower) && /^\p{Lu}/u.test(toks[i + 1]?.text ?? '')) {
        run.push(t);
      } else {
        flush();
      }
    }
    flush();
    // lowercase bodies of government: "police departments in Oregon and Florida"
    const src = text.slice(...block.range);
    const re =
      /\b(?:local |state |city )?police (?:departments?|forces?)(?: (?:in|of) \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?(?:(?:, | and | or )\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)*)?/gu;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      const s = block.range[0] + m.index;
      cands.push({ range: [s, s + m[0].length], text: m[0], block: b, kind: 'agency', product: false });
      // "... to police departments ..., and it is [used by departments] in Oregon and Florida"
      const sentence = doc.sentences[sentenceIndexAt(doc, s)];
      const rest = sentence ? text.slice(s + m[0].length, sentence.range[1]) : '';
      const where = /\bdepartments\]?\s+in\s+(\p{Lu}\p{L}+(?:(?:, | and | or )\p{Lu}\p{L}+)*)/u.exec(rest);
      if (where && !/ in /.test(m[0])) {
        const at = s + m[0].length + where.index;
        cands.push({
          range: [at, at + where[0].length],
          text: m[0],
          block: b,
          kind: 'agency',
          product: false,
          name: `${m[0]} in ${where[1]}`,
        });
        cands[cands.length - 2]!.name = `${m[0]} in ${where[1]}`;
      }
    }
  }
  return mergeCandidates(text, splitAnd(text, cands));
}

function firstWordStart(text: string, from: number): number {
  const m = /[\p{L}\p{N}]/u.exec(text.slice(from, from + 40));
  return m ? from + m.index : from;
}

function bare(word: string): string {
  return word.replace(/[’']s$/, '').replace(/\.$/, '');
}

function candidateFrom(
  text: string,
  run: { text: string; lower: string; range: Range }[],
  block: number,
  tagged: Tagged,
): Candidate | null {
  let start = run[0]!.range[0];
  let end = run[run.length - 1]!.range[1];
  if (/[’']s$/.test(text.slice(start, end))) end -= 2;
  const words = text.slice(start, end).split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  const lastBare = last.replace(/\.$/, '');
  // `Maryland Gov`: a title without its holder's name.
  if (TITLES.has(lastBare) || TITLE_ABBREVIATIONS.test(lastBare) || NOT_ORG_HEADS.has(lastBare)) return null;
  if (words.length === 1 && NOT_NAMES.has(words[0]!)) return null;
  // `J.`, `S`: an initial alone names no one.
  if (words.length === 1 && /^\p{L}\.?$/u.test(words[0]!)) return null;
  // `Rep.`, `Sen.`, `Gov.` cut off from the name after them by their full stop.
  if (words.length === 1 && isTitleWord(words[0]!)) return null;
  if (/[’'](?:d|ll|m|ve|re)$/.test(words[0]!)) return null;
  // `US-led`, `London-based`: an adjective made from a name, not a name.
  if (
    words.length === 1 &&
    /-(?:led|based|backed|born|style|made|owned|funded|run|bound|wide)$/i.test(words[0]!)
  )
    return null;
  // a one-word modifier before a common noun ("Communist rulers", "Chinese authorities") is not a name
  const nextWord = /^\s+([\p{L}-]+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
  const termTags = tagged.terms.find((t) => t.range[0] === start)?.tags;
  if (
    words.length === 1 &&
    /^\p{Ll}/u.test(nextWord) &&
    (/(?:ist|ism|ian|ese|ish)$/.test(words[0]!) || termTags?.has('Demonym') || termTags?.has('Adjective'))
  )
    return null;
  // `the South African archbishop`: a demonym of several words before a common noun is an adjective.
  const lastTags = tagged.terms.find((t) => t.range[1] === end)?.tags;
  if (words.length > 1 && /^\p{Ll}/u.test(nextWord) && lastTags?.has('Demonym')) return null;
  // a person's title before the name: "CEO Jeff Bezos" → "Jeff Bezos"
  while (
    /^(?:CEO|Chairman|Secretary|President|Senator)$/.test(
      text.slice(start, start + (text.slice(start).indexOf(' ') >>> 0)),
    )
  ) {
    const sp = text.indexOf(' ', start);
    if (sp < 0 || sp >= end) return null;
    start = sp + 1;
  }
  const range: Range = [start, end];
  const name = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const afterWords = after.toLowerCase().match(/[a-z]+(?:-[a-z]+)?/g) ?? [];
  const product =
    /\bits\s+$/i.test(before) ||
    /\bknown as\s+$/i.test(before) ||
    afterWords.slice(0, 2).some((w) => PRODUCT_NOUNS.has(w) || PRODUCT_NOUNS.has(w.split('-').pop()!)) ||
    /^,\s+an?\s+(?:[\p{L}-]+\s+){0,3}(?:initiative|program|programme|product|system|platform)\b/iu.test(
      after,
    );
  const overlapsAny = (rs: Range[]) => rs.some((r) => r[0] < end && start < r[1]);
  let kind: EntityKind;
  if (isAgencyName(name)) kind = 'agency';
  else if (
    HONORIFIC.test(before) ||
    overlapsAny(tagged.people) ||
    // `Shami Chakrabarti`: a common first name and a surname, with no organisation word.
    (words.length >= 2 &&
      words.length <= 3 &&
      !ORG_HEADS.has(lastBare) &&
      (firstNameGender(words[0]!) !== null ||
        // `Shami Chakrabarti, director of Liberty,` / `… said` / `…, who wrote`: a person's role,
        // speech or `who` (an organisation takes `which`) follows.
        PERSON_AFTER.test(text.slice(end, end + 60))))
  )
    kind = 'person';
  else if (
    (overlapsAny(tagged.places) && !ORG_HEADS.has(lastBare)) ||
    (words.length === 1 && STATE_ABBREVIATIONS.has(name.replace(/\.$/, '')))
  )
    kind = 'place';
  else kind = 'organization';
  if (kind === 'person' && HONORIFIC.test(before)) {
    const h = HONORIFIC.exec(before)!;
    return {
      range: [start - h[0].length, end],
      text: text.slice(start - h[0].length, end),
      block,
      kind,
      product,
    };
  }
  return { range, text: name, block, kind, product };
}

function isAgencyName(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase().replace(/\.$/, '');
  if (AGENCY_HEADS.has(last)) return true;
  if (/^(?:Department|Ministry|Office|Bureau) of\b/.test(name)) return true;
  if (Object.hasOwn(AGENCY_ACRONYMS, name.replace(/\./g, ''))) return true;
  return METONYMS.some((m) => m.forms.includes(name));
}

/** "Amazon and ICE" is two names; "Immigration and Customs Enforcement" is one. */
function splitAnd(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const m = / and /.exec(c.text);
    const after = text.slice(c.range[1], c.range[1] + 12);
    if (!m || c.kind === 'agency' || /^\s*\(\p{Lu}{2,}/u.test(after)) {
      out.push(c);
      continue;
    }
    const left: Range = [c.range[0], c.range[0] + m.index];
    const right: Range = [c.range[0] + m.index + 5, c.range[1]];
    for (const r of [left, right]) {
      const t = text.slice(...r);
      out.push({ ...c, range: r, text: t, kind: isAgencyName(t) ? 'agency' : c.kind });
    }
  }
  return out;
}

interface Group {
  forms: Map<string, number>;
  kinds: EntityKind[];
  mentions: Mention[];
  product: number;
}

function key(form: string): string {
  return form
    .replace(/^(?:The|the)\s+/, '')
    .replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '')
    .replace(/[’']s$/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function initials(form: string): string {
  return form
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function mergeCandidates(text: string, cands: Candidate[]): Entity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const link = (a: Group, b: Group) => {
    if (a === b) return;
    for (const [f, n] of b.forms) a.forms.set(f, (a.forms.get(f) ?? 0) + n);
    a.kinds.push(...b.kinds);
    a.mentions.push(...b.mentions);
    a.product += b.product;
    for (const [k, g] of byKey) if (g === b) byKey.set(k, a);
    groups.splice(groups.indexOf(b), 1);
  };
  for (const c of cands) {
    const k = key(c.text);
    if (!k) continue;
    let g = byKey.get(k);
    if (!g) {
      g = { forms: new Map(), kinds: [], mentions: [], product: 0 };
      groups.push(g);
      byKey.set(k, g);
    }
    g.forms.set(c.text, (g.forms.get(c.text) ?? 0) + 1);
    g.kinds.push(c.kind);
    g.mentions.push({ range: c.range, text: text.slice(...c.range), block: c.block });
    if (c.name) g.forms.set(c.name, (g.forms.get(c.name) ?? 0) + 100);
    if (c.product) g.product++;
  }
  const find = (k: string) => byKey.get(k);
  // 1. acronym definitions in the text: "Long Name (ACR)" and "ACR (Long Name)"
  for (const m of text.matchAll(
    /((?:\p{Lu}[\p{L}-]+|of|and|for|on)(?:\s+(?:\p{Lu}[\p{L}-]+|of|and|for|on))*)\s+\((\p{Lu}{2,})\)/gu,
  )) {
    const long = find(key(m[1]!.replace(/^(?:of|and|for|on)\s+/, '')));
    const acr = find(key(m[2]!));
    if (long && acr) link(long, acr);
  }
  // 2. initials, data-listed acronyms and metonyms
  for (const g of [...groups]) {
    if (!groups.includes(g)) continue;
    for (const form of [...g.forms.keys()]) {
      const compact = form.replace(/\./g, '');
      if (/^\p{Lu}{2,6}$/u.test(compact)) {
        for (const h of [...groups]) {
          if (h === g) continue;
          if ([...h.forms.keys()].some((f) => f.includes(' ') && initials(f) === compact)) link(h, g);
        }
        const expansion = AGENCY_ACRONYMS[compact];
        const hit = expansion && find(key(expansion));
        if (hit && groups.includes(g)) link(hit, g);
      }
    }
  }
  for (const m of METONYMS) {
    const hits = [m.name, ...m.forms]
      .map((f) => find(key(f)))
      .filter((g): g is Group => !!g && groups.includes(g));
    for (const h of hits.slice(1)) link(hits[0]!, h);
  }
  // 3. inversions: "Defense Department" / "Department of Defense"
  for (const g of [...groups]) {
    for (const form of g.forms.keys()) {
      const m = /^(\p{Lu}[\p{L} ]*?) (Department|Ministry|Office)$/u.exec(form);
      const other = m && find(key(`${m[2]} of ${m[1]}`));
      if (other && groups.includes(g) && groups.includes(other)) link(other, g);
    }
  }
  // 4. prefixes among organisations (company and division), surnames among people
  const kindOf = (g: Group): EntityKind => majorityKind(g.kinds);
  for (const g of [...groups].sort((a, b) => shortest(a) - shortest(b))) {
    if (!groups.includes(g)) continue;
    const gk = kindOf(g);
    for (const h of [...groups]) {
      // Once `g` has joined another group it is gone: it must not join a second one too.
      if (!groups.includes(g)) break;
      if (h === g || !groups.includes(h)) continue;
      const hk = kindOf(h);
      const gForms = [...g.forms.keys()].map(key);
      const hForms = [...h.forms.keys()].map(key);
      if (hk === 'person' && (gk === 'person' || gForms.every((a) => !a.includes(' ')))) {
        // A surname joins the person it names; two people who share it (`Bill Clinton` and
        // `Hillary Clinton`, once `Clinton` has joined one of them) stay two.
        const full = (forms: string[]) => forms.filter((f) => f.includes(' '));
        // Two full names agree when one ends with the other (`film-maker spike lee`, `spike
        // lee`), they begin alike (`hillary rodham clinton`) or either begins with a title.
        const agree = (a: string, b: string) =>
          a.endsWith(` ${b}`) ||
          b.endsWith(` ${a}`) ||
          a.split(' ')[0] === b.split(' ')[0] ||
          isTitleWord(a.split(' ')[0]!) ||
          isTitleWord(b.split(' ')[0]!);
        const [gFull, hFull] = [full(gForms), full(hForms)];
        if (gFull.length > 0 && hFull.length > 0 && !gFull.some((a) => hFull.some((b) => agree(a, b))))
          continue;
        if (gForms.some((a) => !a.includes(' ') && hForms.some((b) => b.endsWith(` ${a}`)))) {
          // The surname alone (`Sestak`, read as an organisation's one-word name) is that person.
          g.kinds.fill('person');
          link(h, g);
        }
      } else if (gk === 'person' || hk === 'person') {
        // people merge only by surname
      } else if (gk !== 'place' && hk !== 'place') {
        if (gForms.some((a) => hForms.some((b) => b.startsWith(`${a} `)))) link(g, h);
      }
    }
  }
  const entities: Entity[] = [];
  for (const g of groups) {
    if (g.product > 0 && majorityKind(g.kinds) === 'organization') continue;
    const forms = [...g.forms.entries()];
    const isAcr = (f: string) => /^\p{Lu}{2,6}$/u.test(f.replace(/\./g, ''));
    const nonAcr = forms.filter(([f]) => !isAcr(f) && !/^(?:Mr|Mrs|Ms|Dr)\.?\s/.test(f));
    const pool = nonAcr.length ? nonAcr : forms;
    pool.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]));
    let name = pool[0]![0];
    const kind = g.kinds.includes('agency') ? 'agency' : majorityKind(g.kinds);
    if (kind === 'person')
      name = [...pool]
        .sort((a, b) => b[0].length - a[0].length)[0]![0]
        .replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '');
    if (kind === 'agency') {
      // the fullest non-acronym form names a body best ("Department of Defense" over "Pentagon")
      const official = pool.find(([f]) => /^(?:Department|Ministry|Office|Bureau) of\b/.test(f));
      if (official) name = official[0];
      else if (pool.length > 1) name = [...pool].sort((a, b) => b[0].length - a[0].length)[0]![0];
    }
    const mentions = [...g.mentions].sort((a, b) => a.range[0] - b.range[0]);
    const aliases = [...new Set(forms.map(([f]) => f))]
      .filter((f) => key(f) !== key(name))
      .sort((a, b) => a.localeCompare(b));
    entities.push({ id: entityId(kind, name), kind, name, aliases: dedupeKeys(aliases), mentions });
  }
  entities.sort((a, b) => a.mentions[0]!.range[0] - b.mentions[0]!.range[0]);
  const seen = new Map<string, number>();
  for (const e of entities) {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    if (n) e.id = `${e.id}-${n + 1}`;
  }
  return entities;
}

function dedupeKeys(forms: string[]): string[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const k = key(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function shortest(g: Group): number {
  return Math.min(...[...g.forms.keys()].map((f) => f.length));
}

function majorityKind(kinds: EntityKind[]): EntityKind {
  const counts = new Map<EntityKind, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  const order: EntityKind[] = ['agency', 'person', 'place', 'organization'];
  return (
    [...counts.entries()].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0]?.[0] ??
    'organization'
  );
}

function entityId(kind: EntityKind, name: string): string {
  const prefix = kind === 'organization' ? 'org' : kind;
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${slug}`;
}

/** All forms of all entities, longest first, for finding entities in other text (questions). */
export function entityForms(entities: Entity[]): { form: string; entity: string }[] {
  const out: { form: string; entity: string }[] = [];
  for (const e of entities) {
    for (const f of new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)])) {
      out.push({ form: f.replace(/^(?:The|the)\s+/, '').replace(/[’']s$/, ''), entity: e.id });
    }
  }
  return out.sort((a, b) => b.form.length - a.form.length);
}

/** Entity ids mentioned in `text[start, end)`, by exact word-bounded match of any form. */
export function entitiesIn(
  text: string,
  range: Range,
  forms: { form: string; entity: string }[],
): Set<string> {
  const hay = text.slice(...range);
  const found = new Set<string>();
  for (const { form, entity } of forms) {
    // The expression matches only where the form occurs as it is; most forms do not, and
    // compiling an expression for each of them was most of the questions' time.
    if (form.length < 2 || !hay.includes(form)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(form)}(?![\\p{L}\\p{N}])`, 'u');
    if (re.test(hay)) found.add(entity);
  }
  return found;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export { tag };
