/**
 * The lead's rules, in the order they run: each is metadata (`id`, `role`, `confidence`, a
 * `note` a teacher can read) and a pure `find(ctx)` that returns spans for its role. A rule may
 * read what earlier rules found (`ctx.found`); a span overlapping an earlier one of the same role
 * is dropped. `lead.ts` builds the context; `lead-syntax.ts` has the shared syntax.
 */
import type { GlossDocument, Range } from '@gloss/document';
import { type ObjectEnd, PURPOSE, placeSpans, type VerbGroup } from './lead-syntax.ts';
import { type Tagged, type Term, tag } from './nlp.ts';
import { findTimes } from './time.ts';
import type { Entity, Lead, LeadRole } from './types.ts';

export interface LeadContext {
  text: string;
  doc: GlossDocument;
  entities: Entity[];
  tagged: Tagged;
  /** compromise's terms of the lead sentence. */
  terms: Term[];
  /** Index of the lead paragraph in `doc.blocks`. */
  block: number;
  /** The lead sentence. */
  sentence: Range;
  /** The dateline's place (`WASHINGTON —`), in the lead or a credit block just before it. */
  dateline: { place: Range; block: number; end: number } | null;
  /** Where the sentence proper starts, after a dateline. */
  start: number;
  /** Where the subject starts, after a fronted adverbial ("In a call with donors, …"). */
  clause: number;
  /** The next body paragraph, and its scene-setting opener ("At the June meeting in X,"). */
  next: { block: number; opener: Range | null } | null;
  /** What the rules before this one found. */
  found: Lead;
  /** A trailing attribution (", the minister said."): who says it, and where it starts. */
  attribution(): { speaker: Range; at: number } | null;
  /** The main verb group after the subject. */
  verb(): VerbGroup | null;
  /** Where the subject ends: the verb, or a relative clause set off by a comma before it. */
  subjectEnd(): number | null;
  /** With a trailing attribution: the reported clause's own subject, when it names people. */
  reportedSubject(): Range | null;
  /** Where the verb's object ends, and the who / why / how phrases met on the way. */
  object(): ObjectEnd | null;
  /** Where the "what" starts: the verb, or for a verb of saying the reported clause. */
  whatStart(): number | null;
}

export interface Found {
  range: Range;
  confidence?: number;
  /** A finer id than the rule's (the time pattern that matched: `when-weekday`). */
  rule?: string;
  block?: number;
  from?: 'lead' | 'later';
}

export interface LeadRule {
  id: string;
  role: LeadRole;
  confidence: number;
  note: string;
  find(ctx: LeadContext): Found[];
}

const inLead = (ctx: LeadContext, role: LeadRole) => ctx.found[role].some((s) => s.from === 'lead');
const extras = (ctx: LeadContext, rule: string): Found[] =>
  (ctx.object()?.extras ?? [])
    .filter((x) => x.rule === rule)
    .map((x) => ({ range: x.range, confidence: 0.65 }));
const namesSomeone = (
  ctx: LeadContext,
  r: Range,
  kinds: (k: Entity['kind']) => boolean = (k) => k !== 'place',
) =>
  ctx.entities.some((e) => kinds(e.kind) && e.mentions.some((m) => m.range[0] >= r[0] && m.range[1] <= r[1]));
/** "US media giant TimeWarner", "British triple jumper": nationality adjectives by morphology, not a country list. */
const DEMONYM =
  /\b(?:\p{Lu}\p{Ll}+(?:ish|ese|ian|ean|an|i)|French|Dutch|Greek|Swiss|Thai|Welsh|Irish|Scottish)(?=\s+\p{Ll})/gu;

export const LEAD_RULES: readonly LeadRule[] = [
  {
    id: 'where-dateline',
    role: 'where',
    confidence: 0.95,
    note: 'The dateline names the place the story was filed from.',
    find: (ctx) => (ctx.dateline ? [{ range: ctx.dateline.place, block: ctx.dateline.block }] : []),
  },
  {
    // "on Saturday", "last week", "in the summer": the time of the event
    id: 'when-adverbial',
    role: 'when',
    confidence: 0.8,
    note: 'A time expression in the lead.',
    find: (ctx) =>
      findTimes(ctx.text, ctx.start, ctx.sentence[1])
        .filter((t) => !t.modifier)
        .map((t) => ({ range: t.range, confidence: t.confidence, rule: t.rule })),
  },
  {
    // "Tuesday's election", "the June meeting": a date that names something, used only when the lead has no time adverbial
    id: 'when-modifier',
    role: 'when',
    confidence: 0.5,
    note: 'The lead dates something it names; it gives no other time.',
    find: (ctx) =>
      inLead(ctx, 'when')
        ? []
        : findTimes(ctx.text, ctx.start, ctx.sentence[1])
            .filter((t) => t.modifier)
            .map((t) => ({ range: t.range })),
  },
  {
    id: 'where-place',
    role: 'where',
    confidence: 0.85,
    note: 'A place named in the lead.',
    find: (ctx) =>
      placeSpans(ctx.text, ctx.start, ctx.sentence[1], ctx.tagged, ctx.entities).map((range) => ({ range })),
  },
  {
    // "…, the Trade and Industry Secretary has said."
    id: 'who-attribution',
    role: 'who',
    confidence: 0.8,
    note: 'The person or body the lead attributes the statement to.',
    find: (ctx) => {
      const a = ctx.attribution();
      return a ? [{ range: a.speaker, confidence: ctx.reportedSubject() ? 0.6 : 0.8 }] : [];
    },
  },
  {
    // "Chinese authorities closed …, the government said": the reported clause's own actor
    id: 'who-reported-subject',
    role: 'who',
    confidence: 0.8,
    note: 'The subject of the reported statement: who acts.',
    find: (ctx) => {
      const r = ctx.reportedSubject();
      return r ? [{ range: r }] : [];
    },
  },
  {
    id: 'who-subject-entity',
    role: 'who',
    confidence: 0.9,
    note: 'The subject of the lead’s main verb: who acts.',
    find: (ctx) => {
      const end = ctx.subjectEnd();
      if (end === null || ctx.attribution()) return [];
      const r: Range = [ctx.clause, end];
      return namesSomeone(ctx, r, () => true) ? [{ range: r }] : [];
    },
  },
  {
    id: 'who-subject',
    role: 'who',
    confidence: 0.7,
    note: 'The subject of the lead’s main verb: who acts.',
    find: (ctx) => {
      const end = ctx.subjectEnd();
      return end !== null && !ctx.attribution() ? [{ range: [ctx.clause, end] }] : [];
    },
  },
  {
    // "pitched its system to Immigration and Customs Enforcement officials"
    id: 'who-recipient',
    role: 'who',
    confidence: 0.7,
    note: 'The body the action is directed to (to / with …): also who.',
    find: (ctx) => {
      const found = extras(ctx, 'who-recipient');
      const obj = ctx.object();
      if (found.length || !obj || ctx.attribution()) return found;
      const tail = ctx.text.slice(obj.end, ctx.sentence[1]);
      const rec =
        /\b(?:to|with)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|and\b|of\b|\(\p{Lu}{2,}\)))*(?:\s+(?:officials|executives|officers|leaders|agents|representatives|staff))?)/u.exec(
          tail,
        );
      if (!rec || PURPOSE.test(tail.slice(0, rec.index).trim())) return [];
      const s0 = obj.end + rec.index + rec[0].indexOf(rec[1]!);
      const r: Range = [s0, s0 + rec[1]!.length];
      const named = ctx.entities.some(
        (e) => e.kind !== 'place' && e.mentions.some((m) => m.range[0] >= r[0] && m.range[0] < r[1]),
      );
      return named ? [{ range: r }] : [];
    },
  },
  {
    // "… was bought by the US media giant": the agent of a passive
    id: 'who-agent',
    role: 'who',
    confidence: 0.6,
    note: 'The agent of a passive verb ("… by X"): who acts.',
    find: (ctx) => {
      const found = extras(ctx, 'who-agent');
      const obj = ctx.object();
      if (found.length || !obj || ctx.attribution()) return found;
      const tail = ctx.text.slice(obj.end, ctx.sentence[1]);
      const ag =
        /\b\p{L}+(?:ed|en|wn|ade)\s+by\s+((?:the\s+|a\s+)?[^,.;]*?\p{Lu}[^,.;]*?)(?=\s+-\s|[,.;]|$)/u.exec(
          tail,
        );
      if (!ag) return [];
      const s0 = obj.end + ag.index + ag[0].lastIndexOf(ag[1]!);
      return [{ range: [s0, s0 + ag[1]!.length] }];
    },
  },
  {
    id: 'what-verb-object',
    role: 'what',
    confidence: 0.75,
    note: 'The main verb and its object: what happened.',
    find: (ctx) => {
      const v = ctx.verb();
      const obj = ctx.object();
      if (!v || !obj) return [];
      if (ctx.attribution()) return [{ range: [v.start, obj.end] }];
      return ctx.whatStart() === v.start ? [{ range: [v.start, obj.end] }] : [];
    },
  },
  {
    // "…, the minister said." / "X said on Saturday that …": the claim reported
    id: 'what-reported',
    role: 'what',
    confidence: 0.7,
    note: 'What the lead reports someone saying or claiming.',
    find: (ctx) => {
      const a = ctx.attribution();
      if (a) return ctx.reportedSubject() ? [] : [{ range: [ctx.clause, a.at] }];
      const v = ctx.verb();
      const from = ctx.whatStart();
      const obj = ctx.object();
      return v && obj && from !== null && from !== v.start
        ? [{ range: [from, Math.max(from, obj.end)], confidence: 0.65 }]
        : [];
    },
  },
  {
    // "US media giant TimeWarner", "Chinese authorities": the actor's place, when the event has none
    id: 'where-actor',
    role: 'where',
    confidence: 0.5,
    note: 'The lead names no place for the event; this is where the actor is from.',
    find: (ctx) => {
      if (ctx.found.where.length) return [];
      for (const w of ctx.found.who) {
        const adjectives = [...ctx.text.slice(...w.range).matchAll(DEMONYM)].map(
          (m): Range => [w.range[0] + m.index!, w.range[0] + m.index! + m[0].length],
        );
        const inWho = [...ctx.tagged.places, ...ctx.tagged.demonyms, ...adjectives]
          .filter((p) => p[0] >= w.range[0] && p[1] <= w.range[1])
          .sort((a, b) => a[0] - b[0]);
        if (inWho[0]) return [{ range: inWho[0] }];
      }
      return [];
    },
  },
  {
    // "as a way for the agency to target …", "to mark the anniversary"
    id: 'why-purpose',
    role: 'why',
    confidence: 0.6,
    note: 'A purpose clause in the lead: why.',
    find: (ctx) => {
      const found = extras(ctx, 'why-purpose');
      if (found.length) return found;
      const m =
        /(?:,\s*|\s)((?:as a way (?:for [^,]{1,60}? )?to|in order to|so that|to (?:mark|prevent|help|protect|ensure|co-ordinate|coordinate|fight|stop|assist))\b[^,;]*)/i.exec(
          ctx.text.slice(ctx.start, ctx.sentence[1]),
        );
      if (!m) return [];
      const s = ctx.start + m.index + m[0].indexOf(m[1]!);
      return [{ range: [s, s + m[1]!.length] }];
    },
  },
  {
    // "… after a budget shortfall of $2 million"
    id: 'why-cause',
    role: 'why',
    confidence: 0.5,
    note: 'A cause clause after the action: why.',
    find: (ctx) => {
      const whatEnd = ctx.found.what[0]?.range[1];
      if (ctx.found.why.length || whatEnd === undefined || whatEnd >= ctx.sentence[1]) return [];
      const c =
        /(?:^|[\s,\]])((?:because|after|following|amid|due to|on (?:speculation|fears?|hopes?|concerns?|worries|reports?|news) (?:that|of|about|over))\b[^,;]*?)(?=[,;]|[.!?]?\s*$)/i.exec(
          ctx.text.slice(whatEnd, ctx.sentence[1]),
        );
      if (!c) return [];
      const s = whatEnd + c.index + c[0].indexOf(c[1]!);
      return [{ range: [s, s + c[1]!.length] }];
    },
  },
  {
    id: 'how-means',
    role: 'how',
    confidence: 0.65,
    note: 'A means clause after the action: how.',
    find: (ctx) => extras(ctx, 'how-means'),
  },
  {
    // "At the June meeting in Silicon Valley, …": the next paragraph sets the scene
    id: 'when-next',
    role: 'when',
    confidence: 0.5,
    note: 'The next paragraph opens by setting the scene in time.',
    find: (ctx) => {
      const n = ctx.next;
      if (!n?.opener) return [];
      return findTimes(ctx.text, ...n.opener).map((t) => ({
        range: t.range,
        rule: `${t.rule}-next`,
        block: n.block,
        from: 'later' as const,
      }));
    },
  },
  {
    id: 'where-place-next',
    role: 'where',
    confidence: 0.55,
    note: 'The lead names no place; the next paragraph opens with one.',
    find: (ctx) => {
      const n = ctx.next;
      if (!n?.opener || ctx.found.where.length) return [];
      const t = tag(ctx.text, ...n.opener);
      return placeSpans(ctx.text, ...n.opener, t, ctx.entities).map((range) => ({
        range,
        block: n.block,
        from: 'later' as const,
      }));
    },
  },
];
