import { defineRule, docsUrl, reportMatches, WIKI_WTW } from '../_shared.ts';
import { hedgeWords } from './data.ts';

export const hedge = defineRule({
  id: 'hedge',
  category: 'certainty',
  family: 'framing',
  severity: 'info',
  description:
    'Hedges that let the writer avoid standing behind a claim (“reportedly”, “apparently”, “arguably”).',
  url: docsUrl('hedge'),
  source: WIKI_WTW,
  confidence: 0.35,
  lexicon: hedgeWords,
  examples: {
    ok: ['The company said the system was ready.'],
    notOk: [{ text: 'The system is reportedly ready.', output: ['1:15: “reportedly” hedges the claim'] }],
  },
  run(ctx) {
    reportMatches(ctx, (_m, actual) => `“${actual}” hedges the claim`);
  },
});
