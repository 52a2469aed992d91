/**
 * The lead's who / what / where / when (and why / how when it says them).
 * Rules, in order: a dateline gives "where"; a trailing attribution
 * (", the Secretary has said.") gives "who" and "what"; otherwise the subject
 * before the main verb is "who", the verb group and its object up to the first
 * time, place, recipient or purpose phrase is "what"; "to"/"with" + a named body
 * after the verb is a second "who"; time expressions are "when"; places after
 * "in"/"at" (or compromise places) are "where"; "as a way to", "to mark", "after",
 * "because" clauses are "why"; "by -ing", "using" are "how". When the lead is silent
 * on where/when, a scene-setting opener of the next paragraph ("At the June meeting
 * in Silicon Valley, …") or its first place fills in, at lower confidence.
 */
import type { GlossDocument, Range } from '@gloss/document';
import { type Tagged, type Term, tag, trimRange } from './nlp.ts';
import { findTimes } from './time.ts';
import type { Entity, Lead, LeadRole } from './types.ts';

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
const PEOPLE_NOUNS =
  /\b(?:authorities|officials|police|government|ministers?|officers|troops|forces|regulators|investigators|prosecutors|company|firm)\b/i;
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);
const VERBISH = (t: Term) =>
  t.tags.has('Verb') ||
  t.tags.has('Auxiliary') ||
  t.tags.has('Modal') ||
  t.tags.has('Copula') ||
  t.tags.has('Negative');
const ROLE_NOUNS =
  /\b(?:officials?|executives?|officers?|leaders?|agents?|representatives?|ministers?|staff)\b/i;
const PURPOSE =
  /^(?:,\s*)?(?:as a way (?:for [^,]{1,60}? )?to|in order to|so as to|so that|to (?:mark|celebrate|help|prevent|stop|support|protect|ensure|avoid|assist|boost|co-ordinate|coordinate|fight|raise|promote)|because|after|following|amid|due to|since|on (?:speculation|fears?|hopes?|concerns?|worries|reports?|news) (?:that|of|about|over))\b/i;
/** Cause clauses end the "what" even straight after the verb ("have risen on speculation that …"). */
const CAUSE =
  /^(?:because|after|following|amid|due to|on (?:speculation|fears?|hopes?|concerns?|worries|reports?|news) (?:that|of|about|over))\b/i;
/** Nationality adjectives before a noun ("British triple jumper"): the actor's place. Morphology, not a list of countries. */
const DEMONYM =
  /\b(?:\p{Lu}\p{Ll}+(?:ish|ese|ian|ean|an|i)|French|Dutch|Greek|Swiss|Thai|Welsh|Irish|Scottish)(?=\s+\p{Ll})/gu;
const HOW = /^(?:,\s*)?(?:by (?:\w+ing)|using|through|via|with the help of)\b/i;

export function findLead(doc: GlossDocument, entities: Entity[], tagged?: Tagged): Lead {
  const text = doc.text;
  const bodies = doc.blocks.map((b, i) => ({ b, i })).filter((x) => x.b.kind === 'body');
  const empty: Lead = { block: null, range: null, who: [], what: [], where: [], when: [], why: [], how: [] };
  const first = bodies[0];
  if (!first) return empty;
  const lead: Lead = { ...empty, block: first.i, range: first.b.range };
  const sentences = doc.sentences.filter((s) => s.block === first.i);
  const sRange: Range = sentences[0]?.range ?? first.b.range;
  const t = tagged?.terms.some((x) => x.range[0] >= sRange[0] && x.range[1] <= sRange[1])
    ? tagged
    : tag(text, ...sRange);
  const terms = t.terms.filter((x) => x.range[0] >= sRange[0] && x.range[1] <= sRange[1]);
  const push = (
    role: LeadRole,
    range: Range | null,
    confidence: number,
    rule: string,
    note: string,
    block = first.i,
    from: 'lead' | 'later' = 'lead',
  ) => {
    if (!range) return;
    const r = trimRange(text, range[0], range[1]);
    if (!r) return;
    const list = lead[role];
    if (list.some((x) => x.range[0] < r[1] && r[0] < x.range[1])) return;
    list.push({ role, range: r, text: text.slice(...r), confidence, from, block, rule, note });
  };

  let start = sRange[0];
  // a dateline the document model split off as a credit block right before the lead: "LONDON (Reuters) -"
  const prevBlock = doc.blocks[first.i - 1];
  if (prevBlock?.kind === 'credit' && !/\n\s*\n/.test(text.slice(prevBlock.range[1], first.b.range[0]))) {
    const m = /^([\p{Lu}][\p{Lu} .'-]{2,40}?)(?=\s*(?:,|\(|[-–—]))/u.exec(text.slice(...prevBlock.range));
    if (m && /\p{Lu}{3,}/u.test(m[1]!)) {
      push(
        'where',
        [prevBlock.range[0], prevBlock.range[0] + m[1]!.length],
        0.95,
        'where-dateline',
        'The dateline names the place the story was filed from.',
        first.i - 1,
      );
    }
  }
  // 1. dateline: "LONDON (Reuters) - ", "WASHINGTON — "
  const dl =
    /^([\p{Lu}][\p{Lu} .'-]{2,40}?)(?:,\s*[\p{Lu}][\p{L}. ]{1,30})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s+/u.exec(
      text.slice(start, sRange[1]),
    );
  if (dl && /\p{Lu}{3,}/u.test(dl[1]!)) {
    push(
      'where',
      [start, start + dl[1]!.length],
      0.95,
      'where-dateline',
      'The dateline names the place the story was filed from.',
    );
    start += dl[0].length;
  }
  const sentence = text.slice(start, sRange[1]);

  // 2. when and where inside the lead sentence
  const times = findTimes(text, start, sRange[1]);
  for (const tm of times) push('when', tm.range, tm.confidence, tm.rule, 'A time expression in the lead.');
  const places = placeSpans(text, start, sRange[1], t, entities);
  for (const p of places) push('where', p, 0.85, 'where-place', 'A place named in the lead.');

  // 3. trailing attribution: "…, the Trade and Industry Secretary has said."
  const attr =
    /,\s+((?:the |a |an )?[^,]{2,80}?)\s+(?:has |have |had )?(said|says|announced|confirmed|reported|told [\w ]{1,30}?|added|warned|shows|showed|suggests|suggested|finds|found|reveals|revealed|claims|claimed)\s*[.!]?\s*$/iu.exec(
      sentence,
    ) ??
    // inverted: "…, say the Tories."
    /,\s+(?:say|says|said|claim|claims|claimed)\s+((?:the |a |an )?[^,]{2,60}?)\s*[.!]?\s*$/iu.exec(sentence);
  const stops: Range[] = [...lead.when.map((x) => x.range), ...lead.where.map((x) => x.range)];
  if (attr && !/^it\b/i.test(attr[1]!)) {
    const whoStart = start + attr.index + attr[0].indexOf(attr[1]!);
    push(
      'who',
      [whoStart, whoStart + attr[1]!.length],
      0.8,
      'who-attribution',
      'The person or body the lead attributes the statement to.',
    );
    // the reported clause may have its own actor: "Chinese authorities closed …, the government said"
    const inner = mainVerb(terms, start);
    const innerSubject = inner && inner.start < start + attr.index ? text.slice(start, inner.start) : '';
    if (
      inner &&
      (PEOPLE_NOUNS.test(innerSubject) ||
        entities.some(
          (e) =>
            e.kind !== 'place' && e.mentions.some((m) => m.range[0] >= start && m.range[1] <= inner.start),
        ))
    ) {
      lead.who[0]!.confidence = 0.6;
      push(
        'who',
        [start, inner.start],
        0.8,
        'who-reported-subject',
        'The subject of the reported statement: who acts.',
      );
      const e = whatStop(
        text,
        inner.end,
        start + attr.index,
        stops,
        entities,
        (role, r, rule, note) => push(role, r, 0.65, rule, note),
        lead.when.map((x) => x.range),
      );
      push(
        'what',
        [inner.start, e],
        0.75,
        'what-verb-object',
        'The main verb of the reported statement and its object: what happened.',
      );
    } else {
      push('what', [start, start + attr.index], 0.7, 'what-reported', 'What the lead reports them saying.');
    }
  } else {
    const verb = mainVerb(terms, start);
    if (verb) {
      const subject: Range = [start, verb.start];
      const subjectText = text.slice(...subject);
      const named = entities.some((e) =>
        e.mentions.some((m) => m.range[0] >= subject[0] && m.range[1] <= subject[1]),
      );
      const hasAttr = /,\s*$/.test(subjectText) && false;
      if (!hasAttr)
        push(
          'who',
          subject,
          named ? 0.9 : 0.7,
          named ? 'who-subject-entity' : 'who-subject',
          'The subject of the lead’s main verb: who acts.',
        );
      // what: verb group + object, up to the first stop
      const isCue = /^(?:says?|said|claims?|claimed|believes?|warns?|warned)$/i.test(verb.head);
      let whatStart = verb.start;
      if (isCue) {
        whatStart = verb.end;
        const that = /^\s*that\b/i.exec(text.slice(whatStart, whatStart + 8));
        if (that) whatStart += that[0].length;
      }
      const whatEnd = whatStop(
        text,
        verb.end,
        sRange[1],
        stops,
        entities,
        (role, r, rule, note) => push(role, r, 0.65, rule, note),
        lead.when.map((x) => x.range),
      );
      if (!lead.who.some((w) => w.rule === 'who-recipient')) {
        const tail = text.slice(whatEnd, sRange[1]);
        const rec =
          /\b(?:to|with)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|and\b|of\b|\(\p{Lu}{2,}\)))*(?:\s+(?:officials|executives|officers|leaders|agents|representatives|staff))?)/u.exec(
            tail,
          );
        if (rec && !PURPOSE.test(tail.slice(0, rec.index).trim())) {
          const s0 = whatEnd + rec.index + rec[0].indexOf(rec[1]!);
          const named = entities.some(
            (e) =>
              e.kind !== 'place' &&
              e.mentions.some((mm) => mm.range[0] >= s0 && mm.range[0] < s0 + rec[1]!.length),
          );
          if (named)
            push(
              'who',
              [s0, s0 + rec[1]!.length],
              0.7,
              'who-recipient',
              'The body the action is directed to (to / with …): also who.',
            );
        }
      }
      if (!lead.who.some((w) => w.rule === 'who-agent')) {
        const tail = text.slice(whatEnd, sRange[1]);
        const ag =
          /\b\p{L}+(?:ed|en|wn|ade)\s+by\s+((?:the\s+|a\s+)?[^,.;]*?\p{Lu}[^,.;]*?)(?=\s+-\s|[,.;]|$)/u.exec(
            tail,
          );
        if (ag) {
          const s0 = whatEnd + ag.index + ag[0].lastIndexOf(ag[1]!);
          push(
            'who',
            [s0, s0 + ag[1]!.length],
            0.6,
            'who-agent',
            'The agent of a passive verb ("… by X"): who acts.',
          );
        }
      }
      push(
        'what',
        [whatStart, whatEnd],
        isCue ? 0.65 : 0.75,
        isCue ? 'what-reported' : 'what-verb-object',
        isCue
          ? 'What the subject says or claims.'
          : 'The main verb of the lead and its object: what happened.',
      );
    }
  }
  // where of the actor when the event has none: "US media giant TimeWarner", "Chinese authorities"
  if (!lead.where.length) {
    for (const w of lead.who) {
      const adjectives = [...text.slice(...w.range).matchAll(DEMONYM)].map(
        (m): Range => [w.range[0] + m.index!, w.range[0] + m.index! + m[0].length],
      );
      const inWho = [...t.places, ...t.demonyms, ...adjectives]
        .filter((p) => p[0] >= w.range[0] && p[1] <= w.range[1])
        .sort((a, b) => a[0] - b[0]);
      if (inWho[0])
        push(
          'where',
          inWho[0],
          0.5,
          'where-actor',
          'The lead names no place for the event; this is where the actor is from.',
        );
    }
  }
  // 4. why / how anywhere in the lead sentence (if step 3 did not find them)
  if (!lead.why.length) {
    const m =
      /(?:,\s*|\s)((?:as a way (?:for [^,]{1,60}? )?to|in order to|so that|to (?:mark|prevent|help|protect|ensure|co-ordinate|coordinate|fight|stop|assist))\b[^,;]*)/i.exec(
        sentence,
      );
    if (m) {
      const s = start + m.index + m[0].indexOf(m[1]!);
      push('why', [s, s + m[1]!.length], 0.6, 'why-purpose', 'A purpose clause in the lead: why.');
    }
  }
  // a cause clause after the "what": "… after a budget shortfall of $2 million"
  const whatEnd = lead.what[0]?.range[1];
  if (!lead.why.length && whatEnd !== undefined && whatEnd < sRange[1]) {
    const tail = text.slice(whatEnd, sRange[1]);
    const c =
      /(?:^|[\s,\]])((?:because|after|following|amid|due to|on (?:speculation|fears?|hopes?|concerns?|worries|reports?|news) (?:that|of|about|over))\b[^,;]*?)(?=[,;]|[.!?]?\s*$)/i.exec(
        tail,
      );
    if (c) {
      const s = whatEnd + c.index + c[0].indexOf(c[1]!);
      push('why', [s, s + c[1]!.length], 0.5, 'why-cause', 'A cause clause after the action: why.');
    }
  }
  // 5. fallbacks from the next paragraph
  const next = bodies[1];
  if (next) {
    const ns = doc.sentences.find((s) => s.block === next.i)?.range ?? next.b.range;
    const opener = /^(?:At|In|During|On|Inside|Outside)\b[^,]{3,120},/u.exec(text.slice(ns[0], ns[1]));
    if (opener) {
      const oRange: Range = [ns[0], ns[0] + opener[0].length];
      for (const tm of findTimes(text, ...oRange)) {
        push(
          'when',
          tm.range,
          0.5,
          `${tm.rule}-next`,
          'The next paragraph opens by setting the scene in time.',
          next.i,
          'later',
        );
      }
      if (!lead.where.length) {
        for (const p of placeSpans(text, ...oRange, tag(text, ...oRange), entities)) {
          push(
            'where',
            p,
            0.55,
            'where-place-next',
            'The lead names no place; the next paragraph opens with one.',
            next.i,
            'later',
          );
        }
      }
    }
  }
  for (const role of ['who', 'what', 'where', 'when', 'why', 'how'] as const) {
    lead[role].sort((a, b) => (a.from === b.from ? a.range[0] - b.range[0] : a.from === 'lead' ? -1 : 1));
  }
  return lead;
}

interface VerbGroup {
  start: number;
  end: number;
  head: string;
}

/** The first finite verb group outside relative clauses and parentheses. */
function mainVerb(terms: Term[], start: number): VerbGroup | null {
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
      if (t.after.includes(')')) depth--;
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
function whatStop(
  text: string,
  from: number,
  end: number,
  stops: Range[],
  entities: Entity[],
  found: (role: LeadRole, r: Range, rule: string, note: string) => void,
  times: Range[] = [],
): number {
  let i = from;
  let beforePrep = from;
  let prevWord = '';
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
    if (stop && !/^(?:its|his|her|their|the|a|an|our|my)$/i.test(prevWord))
      return PREPOSITIONS.has(prevWord.toLowerCase()) ? beforePrep : i;
    if (objectSeen && /^(?:that|which|who|as part of|as well as|while|whereas|but)\b/i.test(rest)) return i;
    if (objectSeen && /^by\s+(?:the\s+|a\s+)?[^,.;]*\p{Lu}/u.test(rest) && PARTICIPLE.test(prevWord)) {
      const np = /^by\s+([^,.;]*?)(?=\s+-\s|[,.;]|$)/u.exec(rest);
      if (np) {
        const s0 = at + np[0].indexOf(np[1]!);
        found(
          'who',
          [s0, s0 + np[1]!.length],
          'who-agent',
          'The agent of a passive verb ("… by X"): who acts.',
        );
      }
      return i;
    }
    if (/^[;:(—–]/.test(w) || /^\s-\s$/.test(w) || (w === '[' && objectSeen)) return i;
    if (w === ',') {
      if (objectSeen) return i;
      i = at;
      continue;
    }
    if ((objectSeen || CAUSE.test(rest)) && PURPOSE.test(rest)) {
      const c = /^[^,;]*/.exec(rest)![0];
      found('why', [at, at + c.length], 'why-purpose', 'A purpose or cause clause after the action: why.');
      return i;
    }
    if (objectSeen && HOW.test(rest)) {
      const c = /^[^,;]*/.exec(rest)![0];
      found('how', [at, at + c.length], 'how-means', 'A means clause after the action: how.');
      return i;
    }
    const rec =
      /^(?:to|with)\s+((?:the\s+)?(?:[\p{Lu}][\p{L}’'-]*|and\b|of\b|\([\p{Lu}]{2,}\)|\s)+(?:\s+\p{Ll}+)?)/u.exec(
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
        found(
          'who',
          [npStart, npEnd],
          'who-recipient',
          'The body the action is directed to (to / with …): also who.',
        );
        return i;
      }
    }
    objectSeen = objectSeen || (i > from && /[\p{L}\p{N}]/u.test(w));
    if (!PREPOSITIONS.has(w.toLowerCase())) beforePrep = at + w.length;
    prevWord = w;
    i = at + w.length;
  }
  return i;
}

/** Places in a range: compromise places and agency-free capitalised names after in/at/near. */
function placeSpans(text: string, start: number, end: number, t: Tagged, entities: Entity[]): Range[] {
  const out: Range[] = [];
  const src = text.slice(start, end);
  const placeEntities = entities.filter((e) => e.kind === 'place');
  for (const m of src.matchAll(
    /\b(?:in|at|near|from)\s+((?:\p{Lu}[\p{L}’'-]*)(?:\s+\p{Lu}[\p{L}’'-]*)*(?:[’']s(?:\s+(?:\p{Lu}[\p{L}-]*|[\p{Ll}-]+)){1,4})?)/gu,
  )) {
    const s = start + m.index + m[0].indexOf(m[1]!);
    const r: Range = [s, s + m[1]!.length];
    if (/\b(?:Championships?|Cup|Games|Awards?|Festival|Olympics)\b/.test(m[1]!)) continue;
    const isPlace =
      t.places.some((p) => p[0] < r[1] && r[0] < p[1]) ||
      placeEntities.some((e) => e.mentions.some((mm) => mm.range[0] < r[1] && r[0] < mm.range[1]));
    const isOrg = entities.some(
      (e) => e.kind !== 'place' && e.mentions.some((mm) => mm.range[0] < r[1] && r[0] < mm.range[1]),
    );
    // "in Lievin": a capitalised name after "in" that is no organisation, person or time is a place
    const unknownPlace =
      /^in\s/.test(m[0]) &&
      !/[’']s\b/.test(m[1]!) &&
      !t.people.some((p) => p[0] < r[1] && r[0] < p[1]) &&
      !t.organizations.some((p) => p[0] < r[1] && r[0] < p[1]) &&
      !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|French|Spanish|German)\b/.test(
        m[1]!,
      );
    // an unknown name is "organization" by default in entities; only a body or person with evidence blocks it here
    const isNamedBody = entities.some(
      (e) =>
        (e.kind === 'agency' || e.kind === 'person') &&
        e.mentions.some((mm) => mm.range[0] < r[1] && r[0] < mm.range[1]),
    );
    if ((isPlace && !isOrg) || (unknownPlace && !isNamedBody)) out.push(r);
  }
  for (const p of t.places) {
    const before = text.slice(Math.max(start, p[0] - 6), p[0]);
    if (
      p[0] >= start &&
      p[1] <= end &&
      /\b(?:in|at|near|from)\s+$/.test(before) &&
      !out.some((o) => o[0] < p[1] && p[0] < o[1])
    ) {
      const isOrg = entities.some(
        (e) => e.kind !== 'place' && e.mentions.some((mm) => mm.range[0] < p[1] && p[0] < mm.range[1]),
      );
      if (!isOrg) out.push(p);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}
