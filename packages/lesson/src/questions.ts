/**
 * The site's reading questions: each numbered question and lettered item,
 * classed recall / inference / opinion, linked to ranked evidence sentences
 * (BM25 over the article's sentences, with a boost for shared entities), and
 * audited: leading wording, false choices, loaded words (from the analysis),
 * and claims the article does not support (figures, quotes, names, absolutes,
 * whole statements).
 */
import type { Analysis } from '@gloss/analysis';
import { blockIndexAt, type GlossDocument, type Range, sentenceIndexAt } from '@gloss/document';
import { articleBlocks, entitiesIn, entityForms } from './entities.ts';
import { type AuditContext, AUDIT_RULES, figureSpans } from './questions-audit.ts';
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
    return inside * 2 > range[1] - range[0] ||
      this.doc.blocks[blockIndexAt(this.doc, range[0])]?.layer === 'editorial'
      ? 'editorial'
      : 'wire';
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
    const ctx: AuditContext = {
      text,
      doc,
      analysis,
      range,
      sentences: sentencesIn(doc, range),
      articleText,
      articleFigures,
      articleSentences: index.docs,
      namesActor: (r) =>
        entitiesIn(text, r, forms).size > 0 ||
        /^\s*(?:he|she|it|they)\b/i.test(text.slice(...r)) ||
        contentStems(text, ...r).some((x) => whoStems.has(x)),
      closest: (r) => {
        const q = new Map<string, number>();
        for (const s of contentStems(text, ...r)) q.set(s, 1);
        const best = index.rank(q, entitiesIn(text, r, forms))[0];
        // one shared word is not "what the article says instead"
        return best && best.matched.length >= 2
          ? { range: best.doc.range, text: text.slice(...best.doc.range) }
          : null;
      },
    };
    const items: AuditItem[] = [];
    for (const rule of AUDIT_RULES) {
      for (const hit of rule.find(ctx)) {
        const ruleId = hit.ruleId ?? rule.id;
        if (items.some((x) => x.ruleId === ruleId && overlaps(x.range, hit.range))) continue;
        items.push({
          id: hit.ruleId
            ? `${id}-${rule.kind}-${hit.range[0]}-${hit.ruleId}`
            : `${id}-${rule.kind}-${hit.range[0]}`,
          kind: rule.kind,
          ruleId,
          in: where,
          range: hit.range,
          actual: text.slice(...hit.range),
          reason: hit.reason,
          articleSays: hit.articleSays ?? null,
          suggestion: hit.suggestion ?? null,
        });
      }
    }
    return items.sort((a, b) => a.range[0] - b.range[0] || a.kind.localeCompare(b.kind));
  }
}

/** The document's sentences inside `range` (a question or its stem), clipped to it. */
function sentencesIn(doc: GlossDocument, range: Range): Range[] {
  const out: Range[] = [];
  for (let i = Math.max(0, sentenceIndexAt(doc, range[0])); i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!.range;
    if (s[0] >= range[1]) break;
    const r = trim(doc.text, [Math.max(s[0], range[0]), Math.min(s[1], range[1])]);
    if (r[1] > r[0]) out.push(r);
  }
  return out;
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

function trim(text: string, r: Range): Range {
  let s = r[0];
  let e = r[1];
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

function figuresIn(text: string): Set<string> {
  return new Set(figureSpans(text).flatMap((f) => f.values));
}
