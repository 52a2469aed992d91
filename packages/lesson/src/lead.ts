/**
 * The lead's who / what / where / when (and why / how when it says them): the first sentence of
 * the first body paragraph that is not a stray headline, read by the table of small rules in
 * `lead-rules.ts`. This file builds what the rules share (the sentence, its dateline, the fronted
 * adverbial before the subject, the main verb and its object, each worked out once and only when
 * a rule asks) and runs the rules in order, each adding spans to one role.
 */
import type { GlossDocument, Range } from '@gloss/document';
import { type Found, LEAD_RULES, type LeadContext, type LeadRule } from './lead-rules.ts';
import { isCueVerb, mainVerb, type ObjectEnd, whatStop } from './lead-syntax.ts';
import { type Tagged, tag, trimRange } from './nlp.ts';
import { findTimes } from './time.ts';
import type { Entity, Lead } from './types.ts';

const ATTRIBUTION =
  /,\s+((?:the |a |an )?[^,]{2,80}?)\s+(?:has |have |had )?(said|says|say|announced|confirmed|reported|reports?|told [\w ]{1,30}?|added|warned|shows|showed|suggests|suggested|finds|found|reveals|revealed|claims|claimed)\s*[.!]?\s*$/iu;
/** Inverted: "…, say the Tories." */
const ATTRIBUTION_INVERTED =
  /,\s+(?:say|says|said|claim|claims|claimed)\s+((?:the |a |an )?[^,]{2,60}?)\s*[.!]?\s*$/iu;
/**
 * Words that open an adverbial put before the subject ("In a conference call with supporters,",
 * "After the vote,", "Speaking on Sunday,"). Source: the prepositions and subordinating
 * conjunctions of English grammar (Huddleston & Pullum, The Cambridge Grammar of the English
 * Language, 2002, ch. 7 and 11) and the linking adverbs news leads open with.
 */
const FRONTED_OPENER =
  /^(?:in|at|on|during|after|before|despite|following|with|without|amid|amidst|under|since|for|from|by|over|across|among|against|through|throughout|within|like|unlike|besides|beyond|near|outside|inside|ahead of|along with|according to|as|when|while|whilst|although|though|because|if|once|unless|until|whereas|however|meanwhile|earlier|later|separately|now|yesterday|today|overnight|elsewhere|instead|still|already|nevertheless|indeed|last|next|this)\b/iu;
/** A headline left in the body: one short line with no full stop (it may end in `…`). */
const HEADLINE_END = /(?:[^.!?"”’')\]]|\.\.\.|…)\s*$/u;

/** Finds the lead's 5W spans; `tagged`, when given, is the whole text's tags (reused if it covers the lead). */
export function findLead(doc: GlossDocument, entities: Entity[], tagged?: Tagged): Lead {
  return traceLead(doc, entities, tagged).lead;
}

/** {@link findLead}, with the spans each rule kept (by rule id): what the rules' contract test reads. */
export function traceLead(
  doc: GlossDocument,
  entities: Entity[],
  tagged?: Tagged,
): { lead: Lead; kept: Map<string, string[]> } {
  const kept = new Map<string, string[]>();
  const empty: Lead = { block: null, range: null, who: [], what: [], where: [], when: [], why: [], how: [] };
  const ctx = leadContext(doc, entities, tagged);
  if (!ctx) return { lead: empty, kept };
  const lead: Lead = { ...empty, block: ctx.block, range: doc.blocks[ctx.block]!.range };
  ctx.found = lead;
  for (const rule of LEAD_RULES) {
    for (const hit of rule.find(ctx)) {
      const span = add(doc.text, lead, rule, hit, ctx.block);
      if (span) kept.set(rule.id, [...(kept.get(rule.id) ?? []), span]);
    }
  }
  for (const role of ['who', 'what', 'where', 'when', 'why', 'how'] as const) {
    lead[role].sort((a, b) => (a.from === b.from ? a.range[0] - b.range[0] : a.from === 'lead' ? -1 : 1));
  }
  return { lead, kept };
}

/** Adds one rule's hit to its role, trimmed, unless an earlier span of that role overlaps it or says the same; returns its text. */
function add(text: string, lead: Lead, rule: LeadRule, hit: Found, block: number): string | null {
  const r = trimRange(text, hit.range[0], hit.range[1]);
  if (!r) return null;
  const list = lead[rule.role];
  // Nor the same words again (`FLINT` in the dateline, `Flint` in the story).
  const words = text.slice(...r).toLowerCase();
  if (list.some((x) => (x.range[0] < r[1] && r[0] < x.range[1]) || x.text.toLowerCase() === words))
    return null;
  list.push({
    role: rule.role,
    range: r,
    text: text.slice(...r),
    confidence: hit.confidence ?? rule.confidence,
    from: hit.from ?? 'lead',
    block: hit.block ?? block,
    rule: hit.rule ?? rule.id,
    note: rule.note,
  });
  return text.slice(...r);
}

/**
 * The lead block: the first body paragraph, skipping a headline the structure left in the body
 * and a label of three words or fewer (`ABSTRACT.`, `LETTERS.`, `7 p.m.`), which holds no clause.
 */
function leadBlock(doc: GlossDocument): { lead: number; next: number | null } | null {
  const bodies = doc.blocks.flatMap((b, i) => (b.kind === 'body' ? [i] : []));
  const skip = (p: string) => isHeadline(p) || (p.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 3;
  let k = 0;
  while (k + 1 < bodies.length && skip(doc.text.slice(...doc.blocks[bodies[k]!]!.range))) k++;
  const lead = bodies[k];
  return lead === undefined ? null : { lead, next: bodies[k + 1] ?? null };
}

function isHeadline(p: string): boolean {
  return !p.includes('\n') && p.split(/\s+/).length <= 20 && HEADLINE_END.test(p);
}

/** Everything the rules share about one lead; null when the article has no body. */
export function leadContext(doc: GlossDocument, entities: Entity[], tagged?: Tagged): LeadContext | null {
  const text = doc.text;
  const blocks = leadBlock(doc);
  if (!blocks) return null;
  const block = blocks.lead;
  const sentence: Range = doc.sentences.find((s) => s.block === block)?.range ?? doc.blocks[block]!.range;
  const t = tagged?.terms.some((x) => x.range[0] >= sentence[0] && x.range[1] <= sentence[1])
    ? tagged
    : tag(text, ...sentence);
  const terms = t.terms.filter((x) => x.range[0] >= sentence[0] && x.range[1] <= sentence[1]);
  const dateline = findDateline(doc, block, sentence);
  const start = dateline?.end ?? sentence[0];
  const clause = frontedEnd(text, start, sentence[1], terms);
  let next: LeadContext['next'] = null;
  if (blocks.next !== null) {
    const ns = doc.sentences.find((s) => s.block === blocks.next)?.range ?? doc.blocks[blocks.next]!.range;
    const opener = /^(?:At|In|During|On|Inside|Outside)\b[^,]{3,120},/u.exec(text.slice(...ns));
    next = { block: blocks.next, opener: opener ? [ns[0], ns[0] + opener[0].length] : null };
  }
  const memo = <T>(f: () => T): (() => T) => {
    let done = false;
    let value: T;
    return () => {
      if (!done) {
        value = f();
        done = true;
      }
      return value;
    };
  };
  const ctx: LeadContext = {
    text,
    doc,
    entities,
    tagged: t,
    terms,
    block,
    sentence,
    dateline,
    start,
    clause,
    next,
    found: { block, range: null, who: [], what: [], where: [], when: [], why: [], how: [] },
    attribution: memo(() => {
      const src = text.slice(clause, sentence[1]);
      const m = ATTRIBUTION.exec(src) ?? ATTRIBUTION_INVERTED.exec(src);
      if (!m || /^it\b/i.test(m[1]!)) return null;
      const s0 = clause + m.index + m[0].indexOf(m[1]!);
      return { speaker: [s0, s0 + m[1]!.length] as Range, at: clause + m.index };
    }),
    verb: memo(() => mainVerb(terms, clause)),
    subjectEnd: memo(() => {
      const v = ctx.verb();
      if (!v) return null;
      // "Novelist Arthur Hailey, who has died at 84, was known …": the relative clause is not the actor
      const rel = /,\s+(?:who|which|whose)\b/i.exec(text.slice(clause, v.start));
      if (rel) {
        // `Rep. Bruce Braley (D-Iowa), who …`: the party and state in brackets are not the actor.
        const paren = /\s*\([^()]*\)\s*$/.exec(text.slice(clause, clause + rel.index));
        return clause + (paren ? paren.index : rel.index);
      }
      // "Gov. Rick Perry of Texas on Tuesday said": the time before the verb is when, not who.
      const time = findTimes(text, clause, v.start).find(
        (t) => t.range[0] > clause && /^[\s,]*$/.test(text.slice(t.range[1], v.start)),
      );
      if (!time) return v.start;
      let end = time.range[0];
      while (end > clause && /[\s,]/.test(text[end - 1]!)) end--;
      return end;
    }),
    reportedSubject: memo(() => {
      const attr = ctx.attribution();
      const inner = ctx.verb();
      if (!attr || !inner || inner.start >= attr.at) return null;
      // the subject's head, before its first preposition: "The initial attempt to sell the Dome" names no people
      const subject = text.slice(clause, inner.start);
      const pp = /\s(?:to|of|in|on|for|with|by|from|about|at)\s/i.exec(subject);
      const headEnd = pp ? clause + pp.index : inner.start;
      const people =
        PEOPLE_NOUNS.test(text.slice(clause, headEnd)) ||
        entities.some(
          (e) => e.kind !== 'place' && e.mentions.some((m) => m.range[0] >= clause && m.range[1] <= headEnd),
        );
      return people ? ([clause, inner.start] as Range) : null;
    }),
    object: memo((): ObjectEnd | null => {
      const verb = ctx.verb();
      const attr = ctx.attribution();
      if (!verb || (attr && !ctx.reportedSubject())) return null;
      // a date that modifies a noun ("Tuesday’s election") is inside the object, not where it ends
      const adverbials = ctx.found.when.filter((w) => w.rule !== 'when-modifier');
      const stops = [...adverbials, ...ctx.found.where].map((x) => x.range);
      const times = adverbials.map((x) => x.range);
      // for a verb of saying the object is the reported clause, after "on Saturday that"
      const from = Math.max(verb.end, ctx.whatStart() ?? verb.end);
      return whatStop(text, from, attr ? attr.at : sentence[1], stops, entities, times);
    }),
    whatStart: memo(() => {
      const verb = ctx.verb();
      if (!verb) return null;
      if (ctx.attribution() || !isCueVerb(verb.head)) return verb.start;
      // "said on Saturday that …": the reported clause starts after the time and "that"
      let at = verb.end;
      const time = ctx.found.when.find(
        (w) => w.rule !== 'when-modifier' && /^\s*$/.test(text.slice(at, w.range[0])),
      );
      if (time) at = time.range[1];
      const that = /^\s*,?\s*that\b/i.exec(text.slice(at, at + 10));
      return that ? at + that[0].length : at;
    }),
  };
  return ctx;
}

const PEOPLE_NOUNS =
  /\b(?:authorities|officials|police|government|ministers?|officers|troops|forces|regulators|investigators|prosecutors|company|firm)\b/i;

/** The document's dateline, when it opens the lead or the credit block right before it. */
function findDateline(doc: GlossDocument, block: number, sentence: Range): LeadContext['dateline'] {
  const d = doc.sources.find((s) => s.role === 'wire')?.dateline;
  if (!d) return null;
  if (d.range[0] === sentence[0]) {
    let end = d.range[1];
    while (end < sentence[1] && /\s/.test(doc.text[end]!)) end++;
    return { place: d.place, block, end };
  }
  const prev = doc.blocks[block - 1];
  const joined = prev && !/\n\s*\n/.test(doc.text.slice(prev.range[1], doc.blocks[block]!.range[0]));
  return prev?.kind === 'credit' && joined && d.range[0] >= prev.range[0] && d.range[1] <= prev.range[1]
    ? { place: d.place, block: block - 1, end: sentence[0] }
    : null;
}

/**
 * Where the subject starts: after an adverbial put before it ("In a conference call with
 * financial supporters, the Democratic nominee said …"), when a verb still follows the comma.
 */
function frontedEnd(text: string, start: number, end: number, terms: LeadContext['terms']): number {
  const src = text.slice(start, end);
  const first = terms.find((t) => t.range[0] >= start);
  const opens =
    FRONTED_OPENER.test(src) ||
    findTimes(text, start, end)[0]?.range[0] === start ||
    // "Speaking on Sunday,", "Separately,": an -ing form or adverb, but not a name ("Kelly Holmes, …")
    (first !== undefined &&
      !first.tags.has('ProperNoun') &&
      (first.tags.has('Preposition') || first.tags.has('Gerund') || first.tags.has('Adverb')));
  if (!opens) return start;
  const comma = /^[^,;:“”"]{2,160}?,\s+/u.exec(src);
  if (!comma) return start;
  const after = start + comma[0].length;
  return mainVerb(terms, after) ? after : start;
}
