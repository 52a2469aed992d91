import { defineRule, docsUrl, reportMatches, WIKI_WTW } from '../_shared.ts';
import { intensifiers } from './data.ts';

export const intensifier = defineRule({
  id: 'intensifier',
  category: 'certainty',
  family: 'framing',
  severity: 'info',
  description:
    'Intensifiers and absolutes that ask the reader to take a degree on trust (“truly”, “every citizen”, “all of them”).',
  url: docsUrl('intensifier'),
  source: WIKI_WTW,
  confidence: 0.4,
  lexicon: intensifiers,
  examples: {
    ok: ['Sales rose by 3 percent.'],
    notOk: [
      {
        text: 'Are his motives truly altruistic?',
        output: ['1:17: “truly” intensifies or generalises without evidence'],
      },
      {
        text: 'The system can track every citizen.',
        output: ['1:22: “every citizen” intensifies or generalises without evidence'],
      },
    ],
  },
  run(ctx) {
    reportMatches(ctx, (_m, actual) => `“${actual}” intensifies or generalises without evidence`);
  },
});
