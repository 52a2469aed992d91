/**
 * Quote detection and speaker attribution on PolNeAR (../shared/data/polnear, read at run time,
 * never copied here), scored exactly as its README says:
 *
 * - quotes: Gloss quotes of kind `direct` or `partial` (scare quotes claim no speaker);
 * - exact span F1 on ranges trimmed of quote marks, spaces and edge punctuation;
 * - overlap F1 on word tokens `\w+(?:['’]\w+)*`;
 * - lenient detection (any overlap), with precision also given without the predictions that
 *   fall on the annotators' `unattributedQuoted` stretches;
 * - speaker accuracy over the found gold quotes that have a speaker, judged on the prediction
 *   with the largest overlap: right when its speaker range (or the mention actually written,
 *   `resolvedFrom`) overlaps the gold source span, or when the names match (titles and
 *   determiners dropped, one name's words a subset of the other's; for a pronoun source the
 *   gold name is `speakerResolved`); named and pronoun sources apart, and quotes of two or
 *   more sentences apart;
 * - end to end: a prediction is right when it overlaps a gold quote and names its speaker;
 *   P over predictions, R over gold quotes;
 * - the share of found quotes that get no speaker at all.
 *
 * A naive baseline is scored the same way: every double-quoted stretch, the speaker being the
 * capitalised name or pronoun next to the nearest speech verb.
 *
 * Then two checks on other data: BASIL's quoted bias spans and their speaker labels (a name
 * match, and a fairer one on the labels that name one person), and the BBC corpus (quotes found,
 * and the speed of the whole analysis in the same run).
 *
 *   node --conditions=source --import tsx bench/attribution.ts [--split train|dev] [--write]
 *        [--errors N] [--basil-errors N] [--quick]
 *
 * `--split` defaults to train (develop on train, report dev). `--write` runs both splits and
 * writes the attribution section of docs/accuracy.md between its markers. `--errors N` prints
 * train's first N speaker errors (`NO_SPEAKER_ONLY=1`: only those with no speaker), `--basil-errors N`
 * BASIL's person-label misses, `--quick` Gloss's figures on train alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeDocument } from '@gloss/analysis';
import { CUE_VERBS, formatCount, isTitleWord, parseDocument } from '@gloss/document';
import { writeDocSection } from './doc-section.ts';

const DATA = fileURLToPath(new URL('../../shared/data/polnear/', import.meta.url));
const OUT = fileURLToPath(new URL('../docs/accuracy.md', import.meta.url));
const START = '<!-- attribution:start -->';
const END = '<!-- attribution:end -->';

interface Role {
  start: number;
  end: number;
  text: string;
  parts?: [number, number][];
}

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: Role | null;
  speakerIsPronoun: boolean;
  speakerResolved: Role | null;
}

interface Article {
  id: string;
  text: string;
  quotes: GoldQuote[];
  unattributedQuoted: { start: number; end: number }[];
}

/** What a system says about one quote: its range and its speaker, if any. */
export interface Predicted {
  range: readonly [number, number];
  speaker: {
    name: string;
    range: readonly [number, number] | null;
    written: readonly [number, number] | null;
  } | null;
}

type System = (text: string) => Predicted[];

/** Gloss's direct and partial quotes, in any quotation marks, with their speakers. */
function glossQuotes(text: string, doubleOnly: boolean): Predicted[] {
  return parseDocument(text)
    .quotes.filter(
      (q) =>
        (q.kind === 'direct' || q.kind === 'partial') && !(doubleOnly && /['‘’]/.test(text[q.range[0]]!)),
    )
    .map((q) => ({
      range: q.range,
      speaker: q.speaker
        ? {
            name: q.speaker.name,
            range: q.speaker.range,
            written: q.speaker.resolvedFrom?.range ?? null,
          }
        : null,
    }));
}

/**
 * Gloss's quotes as PolNeAR defines its gold ones: between double marks (`“…”`, `"…"`).
 * Gloss also finds quotations in single marks (a UK paper's `‘…’`, a headline's claim) and in
 * an archive's `''…''`; PolNeAR's gold has none of those, so they are left out here rather
 * than counted as false alarms. BASIL's labels say which words are quoted, whatever the marks:
 * it is scored on all of them.
 */
const gloss: System = (text) => glossQuotes(text, true);

const CUE_RE = new RegExp(`\\b(?:${CUE_VERBS.join('|')})\\b`, 'g');
const NAME_BEFORE = /((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*|\b(?:he|she|they|we|I)\b)\s*$/u;
const NAME_AFTER = /^\s*((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*|(?:he|she|they|we|I)\b)/u;

/** The naive baseline: every double-quoted stretch; the name or pronoun next to the nearest cue verb. */
const naive: System = (text) => {
  const out: Predicted[] = [];
  const cues = [...text.matchAll(CUE_RE)].map((m) => m.index);
  const quoted = /“[^“”\n]*(?:”|(?=\n))|"[^"\n]*(?:"|(?=\n))/g;
  for (const m of text.matchAll(quoted)) {
    const s = m.index;
    const e = s + m[0].length;
    if (!/\w/.test(m[0])) continue;
    let best: number | null = null;
    for (const c of cues) {
      if (c >= s && c < e) continue;
      const d = c < s ? s - c : c - e;
      if (d < 200 && (best === null || d < Math.abs(best < s ? s - best : best - e))) best = c;
    }
    let speaker: Predicted['speaker'] = null;
    if (best !== null) {
      const verbEnd = best + (/^\w+/.exec(text.slice(best))?.[0].length ?? 0);
      const before = NAME_BEFORE.exec(text.slice(Math.max(0, best - 60), best));
      const after = NAME_AFTER.exec(text.slice(verbEnd, verbEnd + 60));
      if (before) {
        const at = best - before[0].length;
        speaker = { name: before[1]!, range: [at, at + before[1]!.length], written: null };
      } else if (after) {
        const at = verbEnd + after[0].indexOf(after[1]!);
        speaker = { name: after[1]!, range: [at, at + after[1]!.length], written: null };
      }
    }
    out.push({ range: [s, e], speaker });
  }
  return out;
};

// ------------------------------------------------------------------ scoring helpers

const EDGE = /[\s“”"‘’'.,;:!?—–\-…()[\]]/;
function trim(text: string, s: number, e: number): string {
  while (s < e && EDGE.test(text[s]!)) s++;
  while (e > s && EDGE.test(text[e - 1]!)) e--;
  return `${s}:${e}`;
}

const TOKEN = /\w+(?:['’]\w+)*/g;
function tokens(text: string): [number, number][] {
  return [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length]);
}

/** Count of tokens inside any of `ranges` (ranges sorted by start, may overlap). */
function inside(toks: [number, number][], ranges: readonly (readonly [number, number])[]): boolean[] {
  const marks = new Array<boolean>(toks.length).fill(false);
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let j = 0;
  for (const [s, e] of sorted) {
    while (j < toks.length && toks[j]![0] < s) j++;
    for (let k = j; k < toks.length && toks[k]![0] < e; k++) if (toks[k]![1] <= e) marks[k] = true;
  }
  return marks;
}

const overlap = (a: readonly [number, number], b: readonly [number, number]) =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

const DROP = new Set(
  'the a an mr mrs ms miss dr sen senator rep gov governor said says s of and former candidate nominee presidential republican democratic democrat gop u us jr sr lt gen col rev'.split(
    ' ',
  ),
);
function nameWords(name: string): Set<string> {
  const words = name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .match(/[\p{L}\p{N}]+/gu);
  return new Set((words ?? []).filter((w) => !DROP.has(w)));
}
function namesMatch(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.size === 0 || y.size === 0) return false;
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  for (const w of small) if (!big.has(w)) return false;
  return true;
}

function speakerRight(p: Predicted, g: GoldQuote): boolean {
  if (!p.speaker || !g.speaker) return false;
  const spans: [number, number][] = g.speaker.parts ?? [[g.speaker.start, g.speaker.end]];
  for (const r of [p.speaker.range, p.speaker.written]) {
    if (r && spans.some((sp) => overlap(r, sp) > 0)) return true;
  }
  const goldName = g.speakerIsPronoun ? g.speakerResolved?.text : g.speaker.text;
  return goldName !== undefined && namesMatch(p.speaker.name, goldName);
}

/** Sentences in a gold quote, by the same heuristic split as the data's README counts. */
function sentenceCount(quote: string): number {
  return 1 + (quote.match(/[.!?][”"’]?\s+[“"‘]?\p{Lu}/gu)?.length ?? 0);
}

interface Score {
  predicted: number;
  gold: number;
  exactTp: number;
  predTokens: number;
  predTokensIn: number;
  goldTokens: number;
  goldTokensIn: number;
  predOverlapping: number;
  predOnUnattributed: number;
  goldFound: number;
  speakerTotal: number;
  speakerRight: number;
  namedTotal: number;
  namedRight: number;
  pronounTotal: number;
  pronounRight: number;
  multiTotal: number;
  multiRight: number;
  noSpeaker: number;
  e2eP: number;
  e2eR: number;
}

function emptyScore(): Score {
  return {
    predicted: 0,
    gold: 0,
    exactTp: 0,
    predTokens: 0,
    predTokensIn: 0,
    goldTokens: 0,
    goldTokensIn: 0,
    predOverlapping: 0,
    predOnUnattributed: 0,
    goldFound: 0,
    speakerTotal: 0,
    speakerRight: 0,
    namedTotal: 0,
    namedRight: 0,
    pronounTotal: 0,
    pronounRight: 0,
    multiTotal: 0,
    multiRight: 0,
    noSpeaker: 0,
    e2eP: 0,
    e2eR: 0,
  };
}

/** Train errors printed by `--errors N` (develop on train: the flag refuses dev). */
const errors: string[] = [];
let errorLimit = 0;
const clip = (t: string, n: number) => (t.length > n ? `${t.slice(0, n)}…` : t).replace(/\n+/g, ' ¶ ');

function scoreArticle(a: Article, preds: Predicted[], s: Score): void {
  const gold = a.quotes;
  s.predicted += preds.length;
  s.gold += gold.length;
  const goldTrim = new Set(gold.map((g) => trim(a.text, g.start, g.end)));
  for (const p of preds) if (goldTrim.has(trim(a.text, p.range[0], p.range[1]))) s.exactTp++;

  const toks = tokens(a.text);
  const goldRanges = gold.map((g) => [g.start, g.end] as const);
  const inGold = inside(toks, goldRanges);
  const inPred = inside(
    toks,
    preds.map((p) => p.range),
  );
  for (let i = 0; i < toks.length; i++) {
    if (inPred[i]) {
      s.predTokens++;
      if (inGold[i]) s.predTokensIn++;
    }
    if (inGold[i]) {
      s.goldTokens++;
      if (inPred[i]) s.goldTokensIn++;
    }
  }

  // Lenient detection and end to end, from the prediction's side.
  for (const p of preds) {
    let best: GoldQuote | null = null;
    let bestOverlap = 0;
    for (const g of gold) {
      const o = overlap(p.range, [g.start, g.end]);
      if (o > bestOverlap) {
        best = g;
        bestOverlap = o;
      }
    }
    if (best) {
      s.predOverlapping++;
      if (speakerRight(p, best)) s.e2eP++;
    } else if (a.unattributedQuoted.some((u) => overlap(p.range, [u.start, u.end]) > 0)) {
      s.predOnUnattributed++;
    }
  }
  // From the gold side: found, speaker right.
  for (const g of gold) {
    let best: Predicted | null = null;
    let bestOverlap = 0;
    for (const p of preds) {
      const o = overlap(p.range, [g.start, g.end]);
      if (o > bestOverlap) {
        best = p;
        bestOverlap = o;
      }
    }
    if (!best) continue;
    s.goldFound++;
    if (!g.speaker) continue;
    const right = speakerRight(best, g);
    s.speakerTotal++;
    if (right) {
      s.speakerRight++;
      s.e2eR++;
    }
    if (!best.speaker) s.noSpeaker++;
    if (!right && errors.length < errorLimit && (!process.env.NO_SPEAKER_ONLY || !best.speaker)) {
      const sp = g.speaker;
      errors.push(
        [
          `${a.id} @${g.start} ${g.speakerIsPronoun ? 'pronoun' : 'named'} multi=${sentenceCount(g.text) >= 2}`,
          `  gold: ${clip(sp.text, 60)}${g.speakerIsPronoun ? ` → ${g.speakerResolved?.text ?? '?'}` : ''} @${sp.start}`,
          `  pred: ${best.speaker ? `${best.speaker.name} @${best.speaker.range?.[0]}` : '(none)'}`,
          `  text: ${clip(a.text.slice(Math.max(0, Math.min(g.start, sp.start) - 150), Math.max(g.end, sp.end) + 80), 900)}`,
        ].join('\n'),
      );
    }
    if (g.speakerIsPronoun) {
      s.pronounTotal++;
      if (right) s.pronounRight++;
    } else {
      s.namedTotal++;
      if (right) s.namedRight++;
    }
    if (sentenceCount(g.text) >= 2) {
      s.multiTotal++;
      if (right) s.multiRight++;
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

interface Figures {
  exact: { p: number; r: number; f1: number };
  overlap: { p: number; r: number; f1: number };
  detection: { p: number; pWithoutUnattributed: number; r: number };
  speaker: number;
  speakerNamed: number;
  speakerPronoun: number;
  speakerMulti: number;
  multiTotal: number;
  noSpeaker: number;
  endToEnd: { p: number; r: number; f1: number };
  counts: { gold: number; predicted: number; articles: number };
}

function figures(s: Score, articles: number): Figures {
  const ep = ratio(s.exactTp, s.predicted);
  const er = ratio(s.exactTp, s.gold);
  const op = ratio(s.predTokensIn, s.predTokens);
  const or = ratio(s.goldTokensIn, s.goldTokens);
  const xp = ratio(s.e2eP, s.predicted);
  const xr = ratio(s.e2eR, s.gold);
  return {
    exact: { p: ep, r: er, f1: f1(ep, er) },
    overlap: { p: op, r: or, f1: f1(op, or) },
    detection: {
      p: ratio(s.predOverlapping, s.predicted),
      pWithoutUnattributed: ratio(s.predOverlapping, s.predicted - s.predOnUnattributed),
      r: ratio(s.goldFound, s.gold),
    },
    speaker: ratio(s.speakerRight, s.speakerTotal),
    speakerNamed: ratio(s.namedRight, s.namedTotal),
    speakerPronoun: ratio(s.pronounRight, s.pronounTotal),
    speakerMulti: ratio(s.multiRight, s.multiTotal),
    multiTotal: s.multiTotal,
    noSpeaker: ratio(s.noSpeaker, s.speakerTotal),
    endToEnd: { p: xp, r: xr, f1: f1(xp, xr) },
    counts: { gold: s.gold, predicted: s.predicted, articles },
  };
}

/** The last run's counts behind its ratios, printed by `--quick` (a change of one quote shows). */
let lastCounts = '';

function run(split: 'train' | 'dev', system: System): Figures {
  const lines = readFileSync(`${DATA}${split}.jsonl`, 'utf8').split('\n').filter(Boolean);
  const s = emptyScore();
  for (const line of lines) {
    const a = JSON.parse(line) as Article;
    scoreArticle(a, system(a.text), s);
  }
  lastCounts = `speaker right ${s.speakerRight}, no speaker ${s.noSpeaker}, of ${s.speakerTotal}; ≥ 2 sentences right ${s.multiRight} of ${s.multiTotal}`;
  return figures(s, lines.length);
}

const n3 = (x: number) => x.toFixed(3);
const pc = (x: number) => `${(100 * x).toFixed(1)} %`;

function table(rows: [string, Figures][]): string {
  const head = `| measure | ${rows.map(([n]) => n).join(' | ')} | target (dev) |`;
  const sep = `| --- | ${rows.map(() => '---:').join(' | ')} | --- |`;
  const line = (label: string, f: (x: Figures) => string, target = '') =>
    `| ${label} | ${rows.map(([, x]) => f(x)).join(' | ')} | ${target} |`;
  return [
    head,
    sep,
    line(
      'quote spans, overlap F1 (P / R)',
      (x) => `${n3(x.overlap.f1)} (${n3(x.overlap.p)} / ${n3(x.overlap.r)})`,
      '≥ 0.95',
    ),
    line('quote spans, exact F1', (x) => n3(x.exact.f1)),
    line('detection (lenient) P / R', (x) => `${n3(x.detection.p)} / ${n3(x.detection.r)}`),
    line('detection P without unattributed quoted stretches', (x) => n3(x.detection.pWithoutUnattributed)),
    line('speaker accuracy, found quotes', (x) => n3(x.speaker), '≥ 0.85'),
    line('… named sources / pronoun sources', (x) => `${n3(x.speakerNamed)} / ${n3(x.speakerPronoun)}`),
    line('… quotes of ≥ 2 sentences', (x) => `${n3(x.speakerMulti)} (${x.multiTotal})`, '≥ 0.80'),
    line(
      'quote with the right speaker, F1 (P / R)',
      (x) => `${n3(x.endToEnd.f1)} (${n3(x.endToEnd.p)} / ${n3(x.endToEnd.r)})`,
      '≥ 0.80',
    ),
    line('found quotes with no speaker', (x) => pc(x.noSpeaker), '≤ 5 %'),
    line('gold quotes / predicted', (x) => `${x.counts.gold} / ${x.counts.predicted}`),
  ].join('\n');
}

// ------------------------------------------------------------------ BASIL, a second check

const BASIL = fileURLToPath(new URL('../../shared/data/basil/basil.jsonl', import.meta.url));

interface BasilFigures {
  spans: number;
  inGlossQuote: number;
  speakerRight: number;
  noSpeaker: number;
  /** The same on the spans whose label names one person, matched by the fairer rule below. */
  person: { spans: number; inGlossQuote: number; speakerRight: number; noSpeaker: number };
}

/**
 * Whether a BASIL speaker label names one person (`Donald_Trump`, `Trump`) rather than a group
 * or an organisation (`Democratic_lawmakers`, `House_Democrats`, `Obama_campaign`, `NAACP`):
 * a group label is right for any of its members, which a name match cannot check.
 */
function isPersonLabel(label: string): boolean {
  const ws = label.split('_').filter(Boolean);
  if (ws.length === 0 || ws.length > 4) return false;
  if (ws.some((w) => !/^\p{Lu}/u.test(w))) return false;
  if (ws.length === 1 && (/^\p{Lu}+$/u.test(ws[0]!) || /\p{Ll}\p{Lu}/u.test(ws[0]!) || /s$/.test(ws[0]!)))
    return false;
  return !ws.some((w) =>
    /^(?:Democrats|Republicans|Catholics|Lawmakers|Officials|Members|Party|Campaign)$/i.test(w),
  );
}

/** Name words with diacritics folded and titles dropped (`Justice Ginsburg`, `Mr. Calderón`). */
function fairWords(name: string): string[] {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s\b/g, '')
    .match(/[\p{L}\p{N}]+/gu);
  return (words ?? []).map((w) => w.toLowerCase()).filter((w) => !DROP.has(w) && !isTitleWord(w));
}

/**
 * The fairer name match: the words of the shorter name all in the longer one, a label word of
 * five letters or more matching as a prefix (BASIL's labels are cut at a letter outside ASCII:
 * `Felipe_Calder` for Calderón).
 */
function fairMatch(predicted: string, label: string): boolean {
  const p = fairWords(predicted);
  const l = fairWords(label);
  if (p.length === 0 || l.length === 0) return false;
  const same = (lw: string, pw: string) => lw === pw || (lw.length >= 5 && pw.startsWith(lw));
  return p.length <= l.length
    ? p.every((pw) => l.some((lw) => same(lw, pw)))
    : l.every((lw) => p.some((pw) => same(lw, pw)));
}

/** BASIL spans the fairer figure misses, printed by `--basil-errors N` (BASIL is for development). */
const basilErrors: string[] = [];
let basilErrorLimit = 0;

/**
 * BASIL's bias spans that lie in quoted speech with a named speaker label (`Michael_Steele`;
 * the `other_*` labels name nobody): the share inside a Gloss quote (direct or partial), and of
 * those, the share whose Gloss speaker matches the label by the same name rule as above. Second,
 * fairer figure: only labels that name one person, matched with titles and diacritics dropped.
 */
function runBasil(): BasilFigures | null {
  if (!existsSync(BASIL)) return null;
  const f: BasilFigures = {
    spans: 0,
    inGlossQuote: 0,
    speakerRight: 0,
    noSpeaker: 0,
    person: { spans: 0, inGlossQuote: 0, speakerRight: 0, noSpeaker: 0 },
  };
  for (const line of readFileSync(BASIL, 'utf8').split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line) as {
      id: string;
      text: string;
      spans: { start: number; end: number; inQuote: boolean; speaker: string | null }[];
    };
    const named = a.spans.filter((x) => x.inQuote && x.speaker && !x.speaker.startsWith('other'));
    if (named.length === 0) continue;
    const preds = glossQuotes(a.text, false);
    for (const sp of named) {
      const person = isPersonLabel(sp.speaker!);
      f.spans++;
      if (person) f.person.spans++;
      const p = preds.find((q) => q.range[0] <= sp.start && sp.end <= q.range[1]);
      const label = sp.speaker!.replace(/_/g, ' ');
      const written = p?.speaker?.written ? a.text.slice(p.speaker.written[0], p.speaker.written[1]) : '';
      const fair = p?.speaker
        ? fairMatch(p.speaker.name, label) || (written !== '' && fairMatch(written, label))
        : false;
      if (person && !fair && basilErrors.length < basilErrorLimit) {
        const [lo, hi] = p ? p.range : [sp.start, sp.end];
        basilErrors.push(
          `${a.id} @${sp.start} label=${label} pred=${p ? (p.speaker ? `${p.speaker.name}${written ? ` <- ${written}` : ''}` : '(none)') : '(no quote)'}\n  ${clip(a.text.slice(Math.max(0, lo - 300), hi + 100), 900)}`,
        );
      }
      if (!p) continue;
      f.inGlossQuote++;
      if (person) f.person.inGlossQuote++;
      if (!p.speaker) {
        f.noSpeaker++;
        if (person) f.person.noSpeaker++;
        continue;
      }
      if (namesMatch(p.speaker.name, label) || (written && namesMatch(written, label))) f.speakerRight++;
      if (person && fair) f.person.speakerRight++;
    }
  }
  return f;
}

function basilLine(f: BasilFigures | null): string {
  if (!f) return 'BASIL not found at ../shared/data/basil: second check skipped.';
  const p = f.person;
  return [
    `Second check on BASIL (Fan et al., EMNLP 2019; 300 articles from Fox News, The New York Times and HuffPost, none of them PolNeAR's): of the ${f.spans} bias spans in quoted speech with a named speaker, ${pc(ratio(f.inGlossQuote, f.spans))} lie inside a Gloss quote; of those, ${pc(ratio(f.speakerRight, f.inGlossQuote))} get the labelled speaker (name match, titles dropped) and ${pc(ratio(f.noSpeaker, f.inGlossQuote))} no speaker.`,
    `That figure counts as wrong every quote whose label is a group or an organisation (\`Democratic_lawmakers\`, \`House_Democrats\`, \`Obama_campaign\`: ${f.spans - p.spans} spans), which a member speaking for it (\`Sen. Schumer\`) cannot match, and names that differ only by a title or a diacritic (\`Justice Ginsburg\`; \`Felipe_Calder\`, a label cut at \`ó\`). On the ${p.spans} spans labelled with one person, matched with titles and diacritics dropped and a label word of five letters or more matching as a prefix: ${pc(ratio(p.inGlossQuote, p.spans))} inside a Gloss quote; of those, ${pc(ratio(p.speakerRight, p.inGlossQuote))} get the labelled speaker and ${pc(ratio(p.noSpeaker, p.inGlossQuote))} no speaker.`,
  ].join('\n\n');
}

// ------------------------------------------------------------------ BBC: quotes found, and speed

const BBC = fileURLToPath(new URL('../../shared/data/bbc-news/bbc-news.jsonl', import.meta.url));

interface BbcFigures {
  articles: number;
  bytes: number;
  quotes: number;
  withSpeaker: number;
  /** Of them, quotations in single marks (‘…’ or '…'). */
  single: number;
  /** Median of three passes of the analysis over the corpus, one core, after a warm-up pass. */
  mbPerSecond: number;
}

/**
 * The BBC corpus (double marks in its bodies; single marks in its headlines and scare quotes):
 * how many direct or partial quotes Gloss finds and how many get a speaker (no gold here; a count
 * to compare versions by, and samples to read), and the speed of the whole analysis over it in
 * the same run (`parseDocument` and `analyzeDocument`), which this work must not slow down.
 */
function runBbc(): BbcFigures | null {
  if (!existsSync(BBC)) return null;
  const docs = readFileSync(BBC, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const r = JSON.parse(l) as { title: string; text: string };
      return `${r.title}\n\n${r.text}`;
    });
  const f: BbcFigures = {
    articles: docs.length,
    bytes: 0,
    quotes: 0,
    withSpeaker: 0,
    single: 0,
    mbPerSecond: 0,
  };
  for (const d of docs) f.bytes += Buffer.byteLength(d);
  // A first pass counts the quotes and warms up (compromise, the rule tables, the JIT).
  for (const d of docs) {
    for (const q of parseDocument(d).quotes) {
      if (q.kind !== 'direct' && q.kind !== 'partial') continue;
      f.quotes++;
      if (q.speaker) f.withSpeaker++;
      if (/['‘’]/.test(d[q.range[0]]!)) f.single++;
    }
  }
  const times: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    // The whole analysis, as `gloss analyze` runs it: its speed is what must not slow down.
    for (const d of docs) analyzeDocument(parseDocument(d));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  f.mbPerSecond = f.bytes / 1e6 / (times[1]! / 1000);
  return f;
}

function bbcLine(f: BbcFigures | null): string {
  if (!f) return 'BBC corpus not found at ../shared/data/bbc-news: its count skipped.';
  return `BBC News corpus (${f.articles} articles, 2004–05, no gold): ${formatCount(f.quotes)} direct or partial quotes found, ${formatCount(f.single)} of them in single marks; ${pc(ratio(f.withSpeaker, f.quotes))} with a speaker. The analysis (\`parseDocument\` and \`analyzeDocument\`) over it in the same run: ${f.mbPerSecond.toFixed(2)} MB/s (median of 3 passes, one core, after a first pass that warms up; noisy on a shared machine).`;
}

function main() {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'train' },
      write: { type: 'boolean', default: false },
      errors: { type: 'string', default: '0' },
      'basil-errors': { type: 'string', default: '0' },
      quick: { type: 'boolean', default: false },
    },
  });
  if (!existsSync(`${DATA}train.jsonl`)) {
    console.log(`PolNeAR not found at ${DATA}: skipping the attribution bench.`);
    return;
  }
  const split = values.split === 'dev' ? 'dev' : 'train';
  if (values['basil-errors'] !== '0') {
    basilErrorLimit = Number(values['basil-errors']);
    runBasil();
    console.log(basilErrors.join('\n\n'));
    return;
  }
  if (values.errors !== '0') {
    if (split !== 'train') throw new Error('--errors looks at train only: develop on train, report dev');
    errorLimit = Number(values.errors);
    run('train', gloss);
    console.log(errors.join('\n\n'));
    return;
  }
  if (values.quick) {
    // Gloss on train alone, in seconds: the loop to run while developing.
    if (split !== 'train') throw new Error('--quick looks at train only: develop on train, report dev');
    console.log(table([['Gloss, train', run('train', gloss)]]));
    console.log(lastCounts);
    return;
  }
  if (!values.write) {
    const rows: [string, Figures][] = [
      [`Gloss, ${split}`, run(split, gloss)],
      [`naive, ${split}`, run(split, naive)],
    ];
    console.log(table(rows));
    console.log(`\n${basilLine(runBasil())}`);
    console.log(`\n${bbcLine(runBbc())}`);
    return;
  }
  const rows: [string, Figures][] = [
    ['Gloss, dev', run('dev', gloss)],
    ['naive, dev', run('dev', naive)],
    ['Gloss, train', run('train', gloss)],
  ];
  const body = [
    START,
    '',
    '## Quotes and their speakers (PolNeAR)',
    '',
    'Written by `bench/attribution.ts` on PolNeAR (Newell, Margolin & Ruths, LREC 2018; US political',
    'news from seven outlets, every attribution annotated by hand), scored as its README says: Gloss',
    'quotes of kind `direct` and `partial`; overlap F1 on word tokens; speaker accuracy over the found',
    'gold quotes that have a source (a speaker is right when its span overlaps the annotated source, or',
    'its name matches it with titles dropped; a pronoun source is matched by the nearest earlier named',
    'source); end to end, a quote found with the right speaker. Developed on train; dev reported. The',
    'naive baseline takes every double-quoted stretch and the name or pronoun next to the nearest',
    'speech verb.',
    '',
    table(rows),
    '',
    basilLine(runBasil()),
    '',
    bbcLine(runBbc()),
    '',
    END,
  ].join('\n');
  writeDocSection(OUT, START, END, body, '# Accuracy\n');
  console.log(table(rows));
  console.log(`wrote ${OUT}`);
}

main();
