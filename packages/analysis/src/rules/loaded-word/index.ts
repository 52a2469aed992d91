import { defineRule, docsUrl, MBIC_MODEL, SPINDE_URL } from '../_shared.ts';

/**
 * Below this the model's guess is noise even for `--min-confidence 0` users; not reported at all.
 * 0.2 since model 1.2.0: a word compromise's lexicon lacks (most rare nouns, so ordinary ones such
 * as “council” too) starts near 0.15, about the share of such words MBIC's annotators mark.
 */
const FLOOR = 0.2;

/**
 * The model-only pass: words the trained model (src/model) scores as likely loaded
 * that no word list holds, one finding per word (a neighbour below the threshold is
 * not loaded just for standing next to one); its confidence is the word's calibrated
 * probability, and its note says what made the model fire. Word-list findings on the same words win (dedupe),
 * since they carry a neutral alternative and a style-guide citation.
 */
export const loadedWord = defineRule({
  id: 'loaded-word',
  category: 'learned',
  family: 'wording',
  severity: 'info',
  description:
    'Words the trained loaded-wording model flags though no word list holds them, with the evidence that made it fire.',
  url: docsUrl('loaded-word'),
  source: MBIC_MODEL,
  confidence: 0.5,
  examples: {
    ok: ['The council met on Tuesday.'],
    notOk: [
      {
        text: 'The radical scheme is a disastrous giveaway to greedy donors.',
        output: [
          '1:5: “radical” reads as loaded wording in the reporter’s voice',
          '1:25: “disastrous” reads as loaded wording in the reporter’s voice',
          '1:36: “giveaway” reads as loaded wording in the reporter’s voice',
          '1:48: “greedy” reads as loaded wording in the reporter’s voice',
        ],
      },
    ],
  },
  run(ctx) {
    const model = ctx.model();
    if (model === null) return;
    const { tokens } = ctx;
    const p = model.probability;
    // Words below this run's minimum would be filtered out: skip their (costly) explanation.
    const floor = Math.max(FLOOR, model.minimum);
    const report = (first: number, last: number, top: number) => {
      if (p[top]! < floor) return;
      const range = [tokens.starts[first]!, tokens.ends[last]!] as const;
      const actual = ctx.text.slice(range[0], range[1]);
      const v = ctx.voice(range).voice;
      const why = model.explain(top);
      ctx.report({
        range,
        expected: [],
        expectedNote: 'Replace the judgement with the fact behind it, or attribute it to a named source.',
        reason: `“${actual}” reads as loaded wording in the ${VOICE[v]}`,
        note: `What made the model flag it: ${[...why, `in the ${VOICE[v]}`].join(', ')}.`,
        url: SPINDE_URL,
      });
    };
    for (let i = 0; i < tokens.count; i++) {
      let last = i;
      while (last + 1 < tokens.count && tokens.joined[last + 1] === 1) last++;
      let top = i;
      let listed = false;
      for (let j = i; j <= last; j++) {
        if (p[j]! > p[top]!) top = j;
        listed ||= model.listed(j);
      }
      // A hyphenated compound (`tight-lipped`, `so-called`) is one word to a reader, and
      // annotators mark it whole: one finding over all of it, from its likeliest part. Where a
      // word list holds a part (`anti-terror`), that list's finding explains it; the other parts
      // are weighed one by one, as any word.
      if (last > i && !listed) report(i, last, top);
      else for (let j = i; j <= last; j++) report(j, j, j);
      i = last;
    }
  },
});

const VOICE: Record<string, string> = {
  reporter: 'reporter’s voice',
  quoted: 'quoted speaker’s voice',
  editorial: 'editor’s voice',
  question: 'question’s voice',
  'other-source': 'second source’s voice',
};
