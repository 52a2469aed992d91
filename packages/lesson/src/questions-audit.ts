/**
 * The audit of the site's questions as a table of small rules, in the order they run: each is
 * metadata (`id`, the `kind` of problem, `confidence`, a `note` on what it looks for) and a pure
 * `find(ctx)` over one question (or shared stem). Leading wording and false choices are read in
 * the question's own words; claims are checked against the article (figures, quotations, names,
 * absolutes, whole statements); loaded wording comes from the analysis.
 */
import type { Analysis } from '@gloss/analysis';
import type { GlossDocument, Range } from '@gloss/document';
import { contentStems, normalizeForMatch, within } from './text.ts';
import type { AuditKind, Span } from './types.ts';

export interface AuditContext {
  text: string;
  doc: GlossDocument;
  analysis: Analysis | null;
  /** The question's (or stem's) own text. */
  range: Range;
  /** Its sentences, clipped to `range`. */
  sentences: Range[];
  /** The article's text (body blocks), normalised for matching. */
  articleText: string;
  /** Values of the figures the article gives ("10000000", "12%"). */
  articleFigures: ReadonlySet<string>;
  /** Sentences of the article with their content stems. */
  articleSentences: readonly { range: Range; stems: readonly string[] }[];
  /** Whether a span names one of the article's people or bodies (an entity, or a word of the lead's who). */
  namesActor(r: Range): boolean;
  /** The article's sentence closest to a span (two content words shared at least), or null. */
  closest(r: Range): Span | null;
}

export interface AuditHit {
  range: Range;
  reason: string;
  articleSays?: Span | null;
  suggestion?: string | null;
  /** For loaded wording, the analysis rule that found it (`contested-label`). */
  ruleId?: string;
}

export interface AuditRule {
  id: string;
  kind: AuditKind;
  confidence: number;
  note: string;
  find(ctx: AuditContext): AuditHit[];
}

const isQuestion = (ctx: AuditContext, s: Range) => /\?\s*$/.test(ctx.text.slice(...s));
/** Each match of `re` in each question sentence, as hits built by `hit`. */
function inQuestions(
  ctx: AuditContext,
  re: RegExp,
  hit: (m: RegExpExecArray, r: Range, s: Range) => AuditHit,
) {
  const out: AuditHit[] = [];
  for (const s of ctx.sentences) {
    if (!isQuestion(ctx, s)) continue;
    const m = re.exec(ctx.text.slice(...s));
    if (m) out.push(hit(m, [s[0] + m.index, s[0] + m.index + m[0].length], s));
  }
  return out;
}
const trim = (text: string, r: Range): Range => {
  let [s, e] = r;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
};

const YES_NO =
  /^\s*(?:in your (?:opinion|view),\s*)?(?:do|does|did|is|are|was|were|will|would|should|has|have|can|could)\b/i;
const OR_QUESTION =
  /,?\s+or\s+(?:do|does|did|is|are|was|were|will|would|should|has|have|can|could)\b[^?]*\?/i;
const OTHER_WAY = /\b(?:both|neither|either|or not|something else|other reasons?)\b/i;
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const FIGURE =
  /(?:(?:over|more than|nearly|almost|about|around|some|up to|at least|roughly)\s+)?(?:[$£€]\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|mn|tn|m|k|b)\b)?|(\d[\d,]*(?:\.\d+)?)\s?(%|percent|per cent|thousand|million|billion|trillion)\b)/gi;

/** Money, percentages and scaled numbers, with their values (for comparing "$10bn" and "$10 billion"). */
export function figureSpans(src: string): { start: number; end: number; values: string[] }[] {
  const out: { start: number; end: number; values: string[] }[] = [];
  for (const m of src.matchAll(FIGURE)) {
    const num = Number.parseFloat((m[1] ?? m[3] ?? '0').replace(/,/g, ''));
    const unit = (m[2] ?? m[4] ?? '').toLowerCase();
    const pct = /%|percent|per cent/.test(unit);
    const value = pct ? `${num}%` : String(num * (SCALE[unit] ?? 1));
    out.push({ start: m.index!, end: m.index! + m[0].length, values: [value] });
  }
  return out;
}

export const AUDIT_RULES: readonly AuditRule[] = [
  {
    // "Do you think his motives are altruistic, or does he want the contract?"
    id: 'audit-either-or',
    kind: 'false-choice',
    confidence: 0.7,
    note: 'A question offering two answers ("A, or B?") with no third way ("both", "neither").',
    find: (ctx) =>
      ctx.sentences.flatMap((s) => {
        const src = ctx.text.slice(...s);
        const fc = OR_QUESTION.exec(src) ?? (YES_NO.test(src) ? /,\s*or\s+[^?]+\?/i.exec(src) : null);
        if (!isQuestion(ctx, s) || !fc || OTHER_WAY.test(src)) return [];
        const from = /\b(?:do you think|is|are|does|do)\b/i.exec(src);
        return [
          {
            range: trim(ctx.text, [s[0] + (from ? from.index : 0), s[1]]),
            reason:
              'Offers two answers as if they were the only ones and could not both be true; a reader may hold both, or neither.',
            suggestion:
              'Ask an open question, e.g. "What reasons might there be? Which does the article support?"',
          },
        ];
      }),
  },
  {
    id: 'audit-negative-question',
    kind: 'leading',
    confidence: 0.8,
    note: 'A negative question ("Isn’t it …?") that expects the answer yes.',
    find: (ctx) =>
      inQuestions(
        ctx,
        /\b(?:don['’]t|doesn['’]t|isn['’]t|aren['’]t|wouldn['’]t|shouldn['’]t|won['’]t)\s+(?:you|it|he|she|they|this|that)\b/i,
        (_m, range) => ({
          range,
          reason: 'A negative question ("isn\'t it…") tells the reader which answer is expected.',
          suggestion: 'Ask it positively and neutrally.',
        }),
      ),
  },
  {
    id: 'audit-presupposition',
    kind: 'leading',
    confidence: 0.75,
    note: '"How worried are you that …": asks for a feeling about what it takes for granted.',
    find: (ctx) =>
      inQuestions(
        ctx,
        /\bhow\s+(?:comfortable|worried|concerned|afraid|scared|upset|angry|happy)\s+are\s+you\s+that\b/i,
        (_m, range, s) => ({
          range,
          reason: 'Takes for granted what follows "that", and asks only how the reader feels about it.',
          articleSays: ctx.closest(s),
          suggestion: 'Ask first whether the article says it will happen.',
        }),
      ),
  },
  {
    id: 'audit-steering-adverb',
    kind: 'leading',
    confidence: 0.6,
    note: '"truly", "really", "actually" before a word: a hint that the answer is no.',
    find: (ctx) =>
      inQuestions(ctx, /\b(?:truly|really|actually|honestly|seriously)\s+\p{L}+/iu, (m, range) => ({
        range,
        reason: `"${m[0].split(/\s+/)[0]}" hints that the answer is no.`,
        suggestion: m[0].split(/\s+/).slice(1).join(' '),
      })),
  },
  {
    id: 'audit-absolute',
    kind: 'unsupported-claim',
    confidence: 0.6,
    note: 'An absolute ("every immigrant", "never") in a statement, which the article does not state.',
    find: (ctx) =>
      ctx.sentences.flatMap((s) =>
        isQuestion(ctx, s)
          ? []
          : [
              ...ctx.text
                .slice(...s)
                .matchAll(/\b(?:every|all|always|never|nobody|no one|everyone|everybody)\s+\p{L}+/giu),
            ]
              .filter((m) => !ctx.articleText.includes(normalizeForMatch(m[0])))
              .map((m) => ({
                range: [s[0] + m.index!, s[0] + m.index! + m[0].length] as Range,
                reason: `"${m[0]}" is an absolute the article never states.`,
                articleSays: ctx.closest(s),
              })),
      ),
  },
  {
    // a statement about the article's people sharing fewer than three content words with any of its sentences
    id: 'audit-unstated-statement',
    kind: 'unsupported-claim',
    confidence: 0.5,
    note: 'A statement about the article’s people that no sentence of the article makes.',
    find: (ctx) =>
      ctx.sentences.flatMap((s) => {
        const src = ctx.text.slice(...s);
        const stems = [...new Set(contentStems(ctx.text, ...s))];
        if (isQuestion(ctx, s) || !ctx.namesActor(s) || stems.length < 3) return [];
        if (/^\s*(?:list|explain|describe|name|compare|consider|read|note)\b/i.test(src)) return [];
        let best = 0;
        let bestSpan: Span | null = null;
        for (const d of ctx.articleSentences) {
          const have = new Set(d.stems);
          const share = stems.filter((x) => have.has(x)).length / stems.length;
          if (share > best) {
            best = share;
            bestSpan = { range: d.range, text: ctx.text.slice(...d.range) };
          }
        }
        if (best >= 0.6 || Math.round(best * stems.length) >= 3) return [];
        return [
          {
            range: trim(ctx.text, s),
            reason: "The article does not say this; it is the question writer's claim.",
            articleSays: best >= 0.15 ? bestSpan : null,
          },
        ];
      }),
  },
  {
    id: 'audit-unsupported-figure',
    kind: 'unsupported-claim',
    confidence: 0.8,
    note: 'A sum, percentage or scaled number the article does not give ("$10bn" = "$10 billion").',
    find: (ctx) =>
      figureSpans(ctx.text.slice(...ctx.range))
        .filter((f) => !f.values.some((v) => ctx.articleFigures.has(v)))
        .map((f) => {
          const r: Range = [ctx.range[0] + f.start, ctx.range[0] + f.end];
          const s = ctx.sentences.find((x) => within(r, x)) ?? ctx.range;
          return {
            range: r,
            reason: `The article gives no figure "${ctx.text.slice(...r)}".`,
            articleSays: ctx.closest(s),
          };
        }),
  },
  {
    id: 'audit-misquote',
    kind: 'unsupported-claim',
    confidence: 0.8,
    note: 'Words the question puts in quotation marks that the article does not contain.',
    find: (ctx) =>
      ctx.doc.quotes
        .filter((q) => within(q.range, ctx.range) && q.kind !== 'scare')
        .filter((q) => {
          const inner = normalizeForMatch(ctx.text.slice(...q.inner)).replace(/[\s.,;:!?]+$/, '');
          return inner.length > 3 && !ctx.articleText.includes(inner);
        })
        .map((q) => ({
          range: q.range,
          reason: 'These words are quoted, but the article does not contain them.',
          articleSays: ctx.closest(q.range),
        })),
  },
  {
    // "In addition to the Department of Homeland Security, …" when the article never names it
    id: 'audit-unnamed-body',
    kind: 'unsupported-claim',
    confidence: 0.6,
    note: 'A capitalised name of two or more words the article never mentions.',
    find: (ctx) => {
      const src = ctx.text.slice(...ctx.range);
      const out: AuditHit[] = [];
      for (const m of src.matchAll(
        /\b(?:the\s+)?((?:\p{Lu}[\p{L}’'-]+)(?:\s+(?:of|and|for|on)\s+|\s+)(?:\p{Lu}[\p{L}’'-]+)(?:\s+(?:(?:of|and|for|on)\s+)?\p{Lu}[\p{L}’'-]+)*)/gu,
      )) {
        const name = m[1]!;
        if (/^(?:Do|Does|Did|Why|How|What|Which|Who|When|Where|Is|Are|In|Mr|Mrs|Ms|Dr)\b/.test(name))
          continue;
        if (ctx.articleText.includes(normalizeForMatch(name))) continue;
        if (name.split(/\s+and\s+/).every((part) => ctx.articleText.includes(normalizeForMatch(part))))
          continue;
        const s0 = ctx.range[0] + m.index! + m[0].indexOf(name);
        const r: Range = [s0, s0 + name.length];
        out.push({ range: r, reason: `The article never names "${name}".`, articleSays: ctx.closest(r) });
      }
      return out;
    },
  },
  {
    // words inside a quotation in the question are the speaker's, not the question writer's
    id: 'audit-loaded-wording',
    kind: 'loaded-wording',
    confidence: 0.7,
    note: 'Loaded wording the analysis found in the question writer’s own words.',
    find: (ctx) => {
      const quoted = ctx.doc.quotes.filter((q) => q.kind !== 'scare' && within(q.range, ctx.range));
      return (ctx.analysis?.findings ?? [])
        .filter((f) => within(f.range, ctx.range) && f.family === 'wording' && f.voice === 'question')
        .filter((f) => !quoted.some((q) => within(f.range, q.inner)))
        .map((f) => ({
          range: f.range,
          reason: f.reason,
          // A model-only flag has no replacement word, only advice (`expectedNote`): show that.
          suggestion: f.expected[0] ?? f.expectedNote ?? null,
          ruleId: f.ruleId,
        }));
    },
  },
];
