import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  analyzeDocument,
  defaultEngine,
  foldOf,
  gapUpper,
  tokenProbabilities,
  type WordingModelFile,
  wilson,
  wordingModel,
  wordingModelInfo,
} from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import { describe, expect, it } from 'vitest';
import { matchAll } from '../src/engine/automaton.ts';
import { tokenize } from '../src/engine/tokens.ts';
import { wordClasses } from '../src/model/clusters.ts';
import { partOfSpeech, WORD_CACHE_GENERATION, WordCache } from '../src/model/features.ts';
import { modelContext } from '../src/model/stage.ts';

const file = JSON.parse(
  readFileSync(new URL('../src/model/weights.json', import.meta.url), 'utf8'),
) as WordingModelFile;
const seed = readFileSync(new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url), 'utf8');

describe('the wording model file', () => {
  it('carries its own hash, the hashes of its training data, and a calibration that only rises', () => {
    const { hash, ...body } = file;
    expect(createHash('sha256').update(JSON.stringify(body)).digest('hex')).toBe(hash);
    expect(wordingModelInfo()).toEqual({ version: file.version, hash });
    expect(JSON.stringify(file.training)).toMatch(/"mbic\/mbic\.jsonl":"[0-9a-f]{64}"/);
    const { x, y } = file.calibration;
    expect(x.length).toBe(y.length);
    for (let i = 1; i < x.length; i++) {
      expect(x[i]!).toBeGreaterThanOrEqual(x[i - 1]!);
      expect(y[i]!).toBeGreaterThanOrEqual(y[i - 1]!);
    }
    expect(file.threshold).toBeGreaterThan(0.2);
    expect(file.threshold).toBeLessThan(0.9);
  });

  it('was trained on the generated tables the features read now', () => {
    const tables = (file.training as { tables: Record<string, string> }).tables;
    expect(Object.keys(tables).sort()).toEqual([
      'packages/analysis/src/model/word-clusters.json',
      'packages/document/src/verb-tagger-data.ts',
    ]);
    for (const [name, digest] of Object.entries(tables)) {
      const bytes = readFileSync(new URL(`../../../${name}`, import.meta.url));
      expect(createHash('sha256').update(bytes).digest('hex'), `${name}: retrain after regenerating it`).toBe(
        digest,
      );
    }
  });

  it('holds numbers only: no word of the training data', () => {
    const text = JSON.stringify(file.weights);
    expect(text).toMatch(/^\{"index":\[[\d,]*\],"value":\[[-\d,]*\],"scale":\d+\}$/);
  });
});

describe('the model stage', () => {
  const text = 'The radical scheme is a disastrous giveaway to greedy donors. The council met on Tuesday.';

  it('scores every token with a probability, higher for loaded words than for plain ones', () => {
    const { ranges, probability } = tokenProbabilities(defaultEngine(), parseDocument(text));
    expect(ranges.length).toBe(probability.length);
    const p = (w: string) => probability[ranges.findIndex((r) => text.slice(r[0], r[1]) === w)]!;
    for (const v of probability) expect(v >= 0 && v <= 1).toBe(true);
    expect(p('disastrous')).toBeGreaterThan(wordingModel().threshold);
    expect(p('greedy')).toBeGreaterThan(wordingModel().threshold);
    expect(p('council')).toBeLessThan(0.2);
    expect(p('Tuesday')).toBeLessThan(0.2);
  });

  it('scores from cached weights exactly as the features training sees would', () => {
    const engine = defaultEngine();
    const model = wordingModel();
    const texts = [
      seed,
      text,
      '“So-called experts,” he said, [slamming] the REGIME’s massive, radical plan… Critics (anonymous) claim it.',
      'A\n\nB. c d\u00a0e — “f”',
    ];
    for (const t of texts) {
      const doc = parseDocument(t);
      const tokens = tokenize(t);
      const ctx = modelContext(engine.rules, doc, tokens, matchAll(engine.automaton, tokens));
      const counts = model.sentenceCounts(ctx, doc.sentences.length);
      const fast = model.margins(ctx, counts);
      expect(fast.length).toBe(tokens.count);
      expect(Array.from(fast)).toEqual(Array.from(model.slowMargins(ctx, counts)));
    }
  });

  it('applies the default threshold to wording findings; --min-confidence moves along the curve', () => {
    const doc = parseDocument(seed);
    const byDefault = analyzeDocument(doc).findings.filter((f) => f.family === 'wording');
    const all = analyzeDocument(doc, { minConfidence: 0 }).findings.filter((f) => f.family === 'wording');
    const strict = analyzeDocument(doc, { minConfidence: 0.7 }).findings.filter(
      (f) => f.family === 'wording',
    );
    expect(all.length).toBeGreaterThan(byDefault.length);
    expect(byDefault.length).toBeGreaterThan(strict.length);
    const t = wordingModel().threshold;
    // Below the threshold only lists a teacher always sees (contested labels), and only in the editor's words.
    for (const f of byDefault)
      if (f.confidence < t) expect([f.ruleId, f.layer]).toEqual(['contested-label', 'editorial']);
    for (const f of strict) expect(f.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('keeps the seed’s labels in the editor’s voice', () => {
    const found = analyzeDocument(parseDocument(seed)).findings.filter(
      (f) => f.ruleId === 'contested-label' && f.voice === 'editorial',
    );
    expect(found.map((f) => f.actual)).toEqual(
      expect.arrayContaining(['illegal immigrants', 'Communist rulers']),
    );
  });

  it('reports a listed label in the reporter’s words by default, in reported speech too', () => {
    for (const t of [
      'The plan would help illegal immigrants find work.',
      'Officials said the plan would help illegal immigrants find work.',
    ]) {
      const found = analyzeDocument(parseDocument(t)).findings.filter((f) => f.ruleId === 'contested-label');
      expect(
        found.map((f) => [f.actual, f.voice]),
        t,
      ).toEqual([['illegal immigrants', 'reporter']]);
    }
  });

  it('a contested label the model scores low is reported in an editorial insertion, not in the wire text', () => {
    const label = (t: string) =>
      analyzeDocument(parseDocument(t), { rules: ['contested-label'] }).findings.map((f) => [
        f.actual,
        f.layer,
      ]);
    const low = analyzeDocument(parseDocument('The regime fell.'), {
      rules: ['contested-label'],
      minConfidence: 0,
    }).findings;
    expect(low.map((f) => f.confidence < wordingModel().threshold)).toEqual([true]);
    expect(label('The regime fell.')).toEqual([]);
    expect(label('The [regime] fell.')).toEqual([['regime', 'editorial']]);
  });

  it('explains a model-only flag by its strongest features and its voice; the rule id filters it', () => {
    const { findings } = analyzeDocument(parseDocument(text), { rules: ['loaded-word'], minConfidence: 0 });
    const f = findings.find((x) => x.actual === 'disastrous')!;
    expect(f.ruleId).toBe('loaded-word');
    expect(f.reason).toBe('“disastrous” reads as loaded wording in the reporter’s voice');
    expect(f.note).toMatch(/^What made the model flag it: .+, outside quotation, in the reporter’s voice\.$/);
    expect(
      analyzeDocument(parseDocument(text), { disable: ['loaded-word'] }).findings.map((x) => x.ruleId),
    ).not.toContain('loaded-word');
    expect(
      analyzeDocument(parseDocument(text), { allow: ['learned'] }).findings.map((x) => x.ruleId),
    ).not.toContain('loaded-word');
  });

  it('flags a hyphenated compound once, whole, unless a word list holds a part of it', () => {
    const flagged = (t: string) =>
      analyzeDocument(parseDocument(t), { rules: ['loaded-word'], minConfidence: 0 }).findings.map(
        (f) => f.actual,
      );
    const compound = flagged('The tight-lipped minister left.');
    expect(compound).toContain('tight-lipped');
    expect(compound.filter((w) => /tight|lipped/.test(w))).toEqual(['tight-lipped']);
    // `so-called` is on the distancing list: its parts are weighed one by one, as before.
    expect(flagged('The so-called experts disagreed.')).not.toContain('so-called');
  });

  it('sums the probabilities into the expected number of loaded words', () => {
    const a = analyzeDocument(parseDocument(text));
    const { probability } = tokenProbabilities(defaultEngine(), parseDocument(text));
    const sum = probability.reduce((s, p) => s + p, 0);
    expect(a.summary.wordingExpected).toBeCloseTo(sum, 2);
    expect(a.summary.wordingExpected!).toBeGreaterThan(2);
  });
});

describe("a word's part of speech (compromise's lexicon, as the bracket check reads it)", () => {
  it.each([
    ['met', 'PastTense'],
    ['greedy', 'Adjective'],
    ['xyzzyq', ''],
    ['', ''],
  ])('%j → %j', (word, tags) => {
    expect(partOfSpeech(word)).toBe(tags);
  });
});

describe('the word classes (word-clusters.json)', () => {
  it.each([
    // Words of like use share a class; words of unlike use do not.
    ['radical', 'fringe', true],
    ['radical', 'tuesday', false],
    ['knee', 'ankle', true],
  ])('%j and %j share the finest class (1,024): %j', (a, b, same) => {
    expect(wordClasses(a)[1] === wordClasses(b)[1]).toBe(same);
  });

  it('gives a class in each of the four sets, within its count, and none to a word it lacks', () => {
    const classes = wordClasses('council');
    expect(classes).toHaveLength(4);
    [128, 1024, 256, 512].forEach((count, set) => {
      expect(classes[set]).toBeGreaterThanOrEqual(0);
      expect(classes[set]).toBeLessThan(count);
    });
    expect(wordClasses('xyzzyq')).toEqual([]);
  });
});

describe('the folds', () => {
  it('split by a stable hash: about 55 / 15 / 30', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `mbic-${String(i).padStart(4, '0')}`);
    const n = (fold: string) => ids.filter((id) => foldOf(id) === fold).length / ids.length;
    expect(n('train')).toBeCloseTo(0.55, 1);
    expect(n('dev')).toBeCloseTo(0.15, 1);
    expect(n('test')).toBeCloseTo(0.3, 1);
    expect(foldOf('mbic-0001')).toBe(foldOf('mbic-0001'));
  });
});

describe('the per-word cache', () => {
  it('keeps a word seen lately across a change of generation, and drops one not seen for two', () => {
    const cache = new WordCache();
    const frequent = cache.get('frequent');
    const rare = cache.get('rare');
    // Three generations' worth of other words, with the frequent one among them.
    for (let i = 0; i < 3 * WORD_CACHE_GENERATION; i++) {
      cache.get(`w${i}`);
      if (i % 1000 === 0) cache.get('frequent');
    }
    expect(cache.get('frequent')).toBe(frequent);
    const again = cache.get('rare');
    expect(again).not.toBe(rare);
    expect(again).toEqual(rare); // recomputed, the same values
  });
});

describe('confidence intervals of the false-alarm bars', () => {
  // Published values: Wilson's interval as tabulated by Newcombe (1998, table I), and the
  // worked example of his method 10 for the difference of 56/70 and 48/80.
  it.each([
    [5, 10, 1.96, 0.2366, 0.7634],
    [0, 10, 1.96, 0, 0.2775],
    [10, 10, 1.96, 0.7225, 1],
    [81, 263, 1.96, 0.2553, 0.3662],
  ])('wilson(%i, %i, %f) is [%f, %f]', (k, n, z, lo, hi) => {
    const [a, b] = wilson(k, n, z);
    expect(a).toBeCloseTo(lo, 4);
    expect(b).toBeCloseTo(hi, 4);
  });

  it('gives the widest relative gap Newcombe’s interval allows', () => {
    // 56/70 − 48/80 = 0.2, interval 0.0524 to 0.3339: the far end over the larger rate, 0.8.
    expect(gapUpper({ k: 56, n: 70 }, { k: 48, n: 80 })).toBeCloseTo(0.3339 / 0.8, 3);
    expect(gapUpper({ k: 48, n: 80 }, { k: 56, n: 70 })).toBeCloseTo(0.3339 / 0.8, 3);
    // Equal rates still leave a gap of sampling error, narrower on larger samples.
    expect(gapUpper({ k: 12, n: 100 }, { k: 12, n: 100 })).toBeGreaterThan(
      gapUpper({ k: 120, n: 1000 }, { k: 120, n: 1000 }),
    );
  });
});
