/**
 * The site's reading questions: each numbered question and lettered item,
 * classed recall / inference / opinion, linked to ranked evidence sentences
 * (BM25 over the article's sentences, with a boost for shared entities), and
 * audited: leading wording, false choices, loaded words (from the analysis),
 * and claims the article does not support (figures, quotes, names, absolutes,
 * whole statements).
 */
import type { Analysis } from '@gloss/analysis';
import type { GlossDocument, Range } from '@gloss/document';
import { articleBlocks, entitiesIn, entityForms } from './entities.ts';
import { contentStems, normalizeForMatch, overlaps, within } from './text.ts';
import type {
  Attribution,
  AuditItem,
  Entity,
  Evidence,
  Lead,
  LessonQuestion,
  LessonQuote,
  QuestionKind,
  Span,
} from './types.ts';

const K1 = 1.2;
const B = 0.75;
const ENTITY_BOOST = 1.5;
const MAX_EVIDENCE = 3;

interface Indexed {
  sentence: number;
  range: Range;
  stems: string[];
  entities: Set<string>;
  block: number;
}

/** A BM25 index over the article's body sentences. */
export class SentenceIndex {
  readonly docs: Indexed[];
  private readonly df = new Map<string, number>();
  private readonly avg: number;
  constructor(
    private readonly doc: GlossDocument,
    entities: Entity[],
  ) {
    const body = new Set(articleBlocks(doc).filter((b) => doc.blocks[b]!.kind === 'body'));
    this.docs = [];
    doc.sentences.forEach((s, i) => {
      if (!body.has(s.block)) return;
      const ents = new Set<string>();
      for (const e of entities) if (e.mentions.some((m) => within(m.range, s.range))) ents.add(e.id);
      this.docs.push({
        sentence: i,
        range: s.range,
        stems: contentStems(doc.text, ...s.range),
        entities: ents,
        block: s.block,
      });
    });
    for (const d of this.docs) for (const t of new Set(d.stems)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.avg = this.docs.reduce((n, d) => n + d.stems.length, 0) / Math.max(1, this.docs.length);
  }

  /** Sentences ranked for weighted query stems; `entities` boosts sentences that mention them. */
  /** Stems of who speaks in each sentence (quotes and attributions), for the speaker boost. */
  readonly speakers = new Map<number, Set<string>>();

  rank(
    query: Map<string, number>,
    entities: Set<string>,
  ): { doc: Indexed; score: number; matched: string[] }[] {
    const n = this.docs.length;
    const out: { doc: Indexed; score: number; matched: string[] }[] = [];
    for (const d of this.docs) {
      let score = 0;
      const matched: string[] = [];
      for (const [term, weight] of query) {
        const tf = d.stems.filter((s) => s === term).length;
        if (!tf) continue;
        const df = this.df.get(term) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += weight * idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.stems.length) / this.avg)));
        matched.push(term);
      }
      const shared = [...entities].filter((e) => d.entities.has(e)).length;
      if (score > 0) score += shared * ENTITY_BOOST;
      const speaker = this.speakers.get(d.sentence);
      if (score > 0 && speaker && [...speaker].filter((x) => query.has(x)).length >= 1) score += ENTITY_BOOST;
      if (score > 0) out.push({ doc: d, score, matched });
    }
    return out.sort((a, b) => b.score - a.score || a.doc.range[0] - b.doc.range[0]);
  }

  layerOf(range: Range): 'wire' | 'editorial' {
    const inside = this.doc.insertions
      .filter((i) => within(i.range, range))
      .reduce((n, i) => n + (i.range[1] - i.range[0]), 0);
    return inside * 2 > range[1] - range[0] || this.doc.blocks[this.blockAt(range)]?.layer === 'editorial'
      ? 'editorial'
      : 'wire';
  }

  private blockAt(range: Range): number {
    return this.doc.blocks.findIndex((b) => within(range, b.range));
  }
}

export function findQuestions(
  doc: GlossDocument,
  entities: Entity[],
  analysis: Analysis | null,
  lead: Lead,
  quotes: LessonQuote[],
  attributions: Attribution[],
): LessonQuestion[] {
  const text = doc.text;
  const index = new SentenceIndex(doc, entities);
  for (const d of index.docs) {
    const speakers = [
      ...quotes
        .filter((q) => q.speaker && q.kind === 'direct' && within(q.range, d.range))
        .map((q) => q.speaker!.range),
      ...attributions.filter((a) => within(a.speaker.range, d.range)).map((a) => a.speaker.range),
    ];
    if (speakers.length)
      index.speakers.set(d.sentence, new Set(speakers.flatMap((r) => contentStems(text, ...r))));
  }
  const forms = entityForms(entities);
  const articleText = normalizeForMatch(
    articleBlocks(doc)
      .map((b) => text.slice(...doc.blocks[b]!.range))
      .join('\n'),
  );
  const articleFigures = figuresIn(articleText);
  const whoStems = new Set(
    lead.who.filter((w) => w.from === 'lead').flatMap((w) => contentStems(text, ...w.range)),
  );
  const out: LessonQuestion[] = [];

  doc.blocks.forEach((block, bi) => {
    if (block.kind !== 'question' || !block.question) return;
    const num = /^\s*\(?\d+[.)]?\s*/.exec(text.slice(block.range[0], block.range[1]));
    const bodyStart = block.range[0] + (num ? num[0].length : 0);
    const items = block.question.items;
    const entries: { label: string | null; range: Range }[] = [];
    let stem: Span | null = null;
    if (!items.length) {
      entries.push({ label: null, range: trim(text, [bodyStart, block.range[1]]) });
    } else {
      const stemRange = trim(text, [bodyStart, items[0]!.range[0]]);
      if (stemRange[1] > stemRange[0]) stem = { range: stemRange, text: text.slice(...stemRange) };
      for (const it of items) {
        const lab = /^\s*\(?[a-z][).]\s*/i.exec(text.slice(it.range[0], it.range[1]));
        entries.push({
          label: it.label,
          range: trim(text, [it.range[0] + (lab ? lab[0].length : 0), it.range[1]]),
        });
      }
    }
    const stemAudit = stem ? audit(stem.range, 'stem', block.question.number) : [];
    entries.forEach((entry, ei) => {
      const qText = text.slice(...entry.range);
      const id = `${block.question!.number}${entry.label ?? ''}`;
      // query: the question's words, the stem's at half weight, a previous item's when this one says "they"/"it"
      const query = new Map<string, number>();
      const add = (r: Range, w: number) => {
        for (const s of contentStems(text, ...r)) query.set(s, Math.max(query.get(s) ?? 0, w));
      };
      add(entry.range, 1);
      if (stem) add(stem.range, 0.5);
      if (ei > 0 && /\b(?:they|them|their|it|its|he|she|this|these)\b/i.test(qText))
        add(entries[ei - 1]!.range, 0.5);
      const qEntities = entitiesIn(text, entry.range, forms);
      let evidence: Evidence[];
      const para = /\b(first|opening|second|third|last|final) paragraph\b/i.exec(qText);
      if (para) evidence = paragraphEvidence(doc, index, para[1]!.toLowerCase(), lead);
      else {
        const ranked = index.rank(query, qEntities);
        const top = ranked[0]?.score ?? 0;
        evidence = ranked
          .filter((r) => r.score >= top * 0.35 && r.matched.length >= (query.size >= 4 ? 2 : 1))
          .slice(0, MAX_EVIDENCE)
          .map((r, i) => ({
            range: r.doc.range,
            text: text.slice(...r.doc.range),
            sentence: r.doc.sentence,
            rank: i + 1,
            score: Math.round(r.score * 100) / 100,
            matched: r.matched,
            layer: index.layerOf(r.doc.range),
          }));
      }
      const { kind, reason } = classify(qText, evidence, quotes, attributions);
      out.push({
        id,
        number: block.question!.number,
        label: entry.label,
        block: bi,
        range: entry.range,
        text: qText,
        stem,
        kind,
        kindReason: reason,
        evidence,
        audit: [...stemAudit, ...audit(entry.range, 'question', id)],
      });
    });
  });
  return out;

  function audit(range: Range, where: 'question' | 'stem', id: string): AuditItem[] {
    const items: AuditItem[] = [];
    const src = text.slice(...range);
    const add = (
      kind: AuditItem['kind'],
      ruleId: string,
      r: Range,
      reason: string,
      articleSays: Span | null,
      suggestion: string | null,
    ) => {
      if (items.some((x) => x.ruleId === ruleId && overlaps(x.range, r))) return;
      items.push({
        id: `${id}-${kind}-${r[0]}`,
        kind,
        ruleId,
        in: where,
        range: r,
        actual: text.slice(...r),
        reason,
        articleSays,
        suggestion,
      });
    };
    const closest = (r: Range): Span | null => {
      const q = new Map<string, number>();
      for (const s of contentStems(text, ...r)) q.set(s, 1);
      const best = index.rank(q, entitiesIn(text, r, forms))[0];
      // one shared word is not "what the article says instead"
      return best && best.matched.length >= 2
        ? { range: best.doc.range, text: text.slice(...best.doc.range) }
        : null;
    };
    const sentences = splitSentences(src, range[0]);
    for (const s of sentences) {
      const sText = text.slice(...s);
      const isQuestion = /\?\s*$/.test(sText);
      // false choice: "A, or does he want B?" with no third way offered
      const yesNo =
        /^\s*(?:in your (?:opinion|view),\s*)?(?:do|does|did|is|are|was|were|will|would|should|has|have|can|could)\b/i.test(
          sText,
        );
      const fc =
        /,?\s+or\s+(?:do|does|did|is|are|was|were|will|would|should|has|have|can|could)\b[^?]*\?/i.exec(
          sText,
        ) ?? (yesNo ? /,\s*or\s+[^?]+\?/i.exec(sText) : null);
      if (
        isQuestion &&
        fc &&
        !/\b(?:both|neither|either|or not|something else|other reasons?)\b/i.test(sText)
      ) {
        const from = /\b(?:do you think|is|are|does|do)\b/i.exec(sText);
        const s0 = s[0] + (from ? from.index : 0);
        add(
          'false-choice',
          'audit-either-or',
          trim(text, [s0, s[1]]),
          'Offers two answers as if they were the only ones and could not both be true; a reader may hold both, or neither.',
          null,
          'Ask an open question, e.g. "What reasons might there be? Which does the article support?"',
        );
      }
      // leading: presupposition and steering words
      const lead1 =
        /\b(?:don['’]t|doesn['’]t|isn['’]t|aren['’]t|wouldn['’]t|shouldn['’]t|won['’]t)\s+(?:you|it|he|she|they|this|that)\b/i.exec(
          sText,
        );
      if (isQuestion && lead1)
        add(
          'leading',
          'audit-negative-question',
          [s[0] + lead1.index, s[0] + lead1.index + lead1[0].length],
          'A negative question ("isn\'t it…") tells the reader which answer is expected.',
          null,
          'Ask it positively and neutrally.',
        );
      const lead2 =
        /\bhow\s+(?:comfortable|worried|concerned|afraid|scared|upset|angry|happy)\s+are\s+you\s+that\b/i.exec(
          sText,
        );
      if (isQuestion && lead2)
        add(
          'leading',
          'audit-presupposition',
          [s[0] + lead2.index, s[0] + lead2.index + lead2[0].length],
          'Takes for granted what follows "that", and asks only how the reader feels about it.',
          closest(s),
          'Ask first whether the article says it will happen.',
        );
      const lead3 = /\b(?:truly|really|actually|honestly|seriously)\s+\p{L}+/iu.exec(sText);
      if (isQuestion && lead3)
        add(
          'leading',
          'audit-steering-adverb',
          [s[0] + lead3.index, s[0] + lead3.index + lead3[0].length],
          `"${lead3[0].split(/\s+/)[0]}" hints that the answer is no.`,
          null,
          lead3[0].split(/\s+/).slice(1).join(' '),
        );
      // unsupported: absolutes in statements
      if (!isQuestion) {
        for (const m of sText.matchAll(
          /\b(?:every|all|always|never|nobody|no one|everyone|everybody)\s+\p{L}+/giu,
        )) {
          if (articleText.includes(normalizeForMatch(m[0]))) continue;
          const r: Range = [s[0] + m.index!, s[0] + m.index! + m[0].length];
          add(
            'unsupported-claim',
            'audit-absolute',
            r,
            `"${m[0]}" is an absolute the article never states.`,
            closest(s),
            null,
          );
        }
        // whole statements about the article's people the article does not make
        // about the article's actors: an entity, a pronoun, or a word of the lead's "who" ("the council")
        const names =
          entitiesIn(text, s, forms).size > 0 ||
          /^\s*(?:he|she|it|they)\b/i.test(sText) ||
          contentStems(text, ...s).some((x) => whoStems.has(x));
        const stems = [...new Set(contentStems(text, ...s))];
        if (
          names &&
          stems.length >= 3 &&
          !/^\s*(?:list|explain|describe|name|compare|consider|read|note)\b/i.test(sText)
        ) {
          let best = 0;
          let bestSpan: Span | null = null;
          for (const d of index.docs) {
            const have = new Set(d.stems);
            const share = stems.filter((x) => have.has(x)).length / stems.length;
            if (share > best) {
              best = share;
              bestSpan = { range: d.range, text: text.slice(...d.range) };
            }
          }
          const shared = Math.round(best * stems.length);
          if (best < 0.6 && shared < 3)
            add(
              'unsupported-claim',
              'audit-unstated-statement',
              trim(text, s),
              "The article does not say this; it is the question writer's claim.",
              best >= 0.15 ? bestSpan : null,
              null,
            );
        }
      }
    }
    // figures the article does not give
    for (const f of figureSpans(src)) {
      const r: Range = [range[0] + f.start, range[0] + f.end];
      if (f.values.some((v) => articleFigures.has(v))) continue;
      const s = sentences.find((x) => x[0] <= r[0] && r[1] <= x[1]) ?? range;
      add(
        'unsupported-claim',
        'audit-unsupported-figure',
        r,
        `The article gives no figure "${text.slice(...r)}".`,
        closest(s),
        null,
      );
    }
    // quotations the article does not contain
    for (const q of doc.quotes) {
      if (!within(q.range, range) || q.kind === 'scare') continue;
      const inner = normalizeForMatch(text.slice(...q.inner)).replace(/[\s.,;:!?]+$/, '');
      if (inner.length > 3 && !articleText.includes(inner)) {
        add(
          'unsupported-claim',
          'audit-misquote',
          q.range,
          'These words are quoted, but the article does not contain them.',
          closest(q.range),
          null,
        );
      }
    }
    // names of bodies the article never mentions ("In addition to the Department of Homeland Security")
    for (const m of src.matchAll(
      /\b(?:the\s+)?((?:\p{Lu}[\p{L}’'-]+)(?:\s+(?:of|and|for|on)\s+|\s+)(?:\p{Lu}[\p{L}’'-]+)(?:\s+(?:(?:of|and|for|on)\s+)?\p{Lu}[\p{L}’'-]+)*)/gu,
    )) {
      const name = m[1]!;
      if (/^(?:Do|Does|Did|Why|How|What|Which|Who|When|Where|Is|Are|In|Mr|Mrs|Ms|Dr)\b/.test(name)) continue;
      if (articleText.includes(normalizeForMatch(name))) continue;
      if (name.split(/\s+and\s+/).every((part) => articleText.includes(normalizeForMatch(part)))) continue;
      const s0 = range[0] + m.index! + m[0].indexOf(name);
      add(
        'unsupported-claim',
        'audit-unnamed-body',
        [s0, s0 + name.length],
        `The article never names "${name}".`,
        closest([s0, s0 + name.length]),
        null,
      );
    }
    // loaded wording the analysis found inside the question
    // (words inside a quotation in the question are the speaker's, not the question writer's)
    const quoted = doc.quotes.filter((q) => q.kind !== 'scare' && within(q.range, range));
    for (const f of analysis?.findings ?? []) {
      if (!within(f.range, range) || f.family !== 'wording' || f.voice !== 'question') continue;
      if (quoted.some((q) => within(f.range, q.inner))) continue;
      items.push({
        id: `${id}-loaded-wording-${f.range[0]}-${f.ruleId}`,
        kind: 'loaded-wording',
        ruleId: f.ruleId,
        in: where,
        range: f.range,
        actual: f.actual,
        reason: f.reason,
        articleSays: null,
        suggestion: f.expected[0] ?? null,
      });
    }
    return items.sort((a, b) => a.range[0] - b.range[0] || a.kind.localeCompare(b.kind));
  }
}

function paragraphEvidence(doc: GlossDocument, index: SentenceIndex, which: string, lead: Lead): Evidence[] {
  const bodies = doc.blocks.map((b, i) => ({ b, i })).filter((x) => x.b.kind === 'body');
  const pick =
    which === 'last' || which === 'final'
      ? bodies[bodies.length - 1]
      : bodies[which === 'second' ? 1 : which === 'third' ? 2 : 0];
  const blockIndex = which === 'first' || which === 'opening' ? (lead.block ?? pick?.i) : pick?.i;
  if (blockIndex === undefined) return [];
  return index.docs
    .filter((d) => d.block === blockIndex)
    .map((d, i) => ({
      range: d.range,
      text: doc.text.slice(...d.range),
      sentence: d.sentence,
      rank: i + 1,
      score: 1,
      matched: [`${which} paragraph`],
      layer: index.layerOf(d.range),
    }));
}

function classify(
  q: string,
  evidence: Evidence[],
  quotes: LessonQuote[],
  attributions: Attribution[],
): { kind: QuestionKind; reason: string } {
  const op =
    /\b(?:do you (?:think|believe|feel|agree|oppose|support|consider)|in your (?:opinion|view)|how (?:comfortable|concerned|worried|likely|important) (?:are|would|is) you|would you|what would you|your (?:own )?(?:opinion|view)|should (?:we|you|people)|do you oppose)\b/i.exec(
      q,
    );
  if (op) return { kind: 'opinion', reason: `asks for the reader's view ("${op[0]}")` };
  const why =
    /^\s*(?:why|how (?:does|do|did|might|could|would)|what (?:might|could|would)|explain why)\b/i.exec(q);
  if (why) {
    const top = evidence[0];
    const stated = evidence.some(
      (e) =>
        e.matched.length >= 2 &&
        (quotes.some((x) => x.kind === 'direct' && within(x.range, e.range)) ||
          attributions.some((a) => overlaps(a.range, e.range)) ||
          /\b(?:because|so that|in order to|worr(?:y|ies)|refuse|saying)\b/i.test(e.text)),
    );
    if (stated && top)
      return {
        kind: 'recall',
        reason: `asks "${why[0].trim()}", and the best evidence states the reason in an attributed sentence`,
      };
    return {
      kind: 'inference',
      reason: `asks "${why[0].trim()}"; the article does not state the reason outright`,
    };
  }
  if (/\b(?:suggest|imply|infer|conclude|compare|what (?:does|do) .* (?:show|mean))\b/i.test(q))
    return { kind: 'inference', reason: 'asks the reader to draw a conclusion' };
  return { kind: 'recall', reason: 'asks for facts stated in the article' };
}

function splitSentences(src: string, at: number): Range[] {
  const out: Range[] = [];
  const re = /[^.?!]+(?:[.?!]+["”’)]*|$)/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (!m[0].trim()) continue;
    // "Mr. Bezos": do not split after an honorific or initial
    if (out.length && /\b(?:Mr|Mrs|Ms|Dr|St|U\.S|[A-Z])\.$/.test(src.slice(0, m.index).trimEnd())) {
      out[out.length - 1] = [out[out.length - 1]![0], at + m.index + m[0].length];
      continue;
    }
    out.push([at + m.index, at + m.index + m[0].length]);
  }
  return out.map((r) => trimR(src, at, r));
}

function trimR(src: string, at: number, r: Range): Range {
  let s = r[0];
  let e = r[1];
  while (s < e && /\s/.test(src[s - at]!)) s++;
  while (e > s && /\s/.test(src[e - at - 1]!)) e--;
  return [s, e];
}

function trim(text: string, r: Range): Range {
  let s = r[0];
  let e = r[1];
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

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
function figureSpans(src: string): { start: number; end: number; values: string[] }[] {
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

function figuresIn(text: string): Set<string> {
  return new Set(figureSpans(text).flatMap((f) => f.values));
}
