import { defineRule, docsUrl, reportMatches, WIKI_PUFFERY } from '../_shared.ts';
import { puffery as entries } from './data.ts';

/** Peacock terms (Wikipedia's MOS:PUFFERY): praise the writer asserts rather than shows; names are skipped. */
export const puffery = defineRule({
  id: 'puffery',
  category: 'puffery',
  family: 'wording',
  severity: 'info',
  description:
    'Peacock and puffery words (“renowned”, “prestigious”, “iconic”, “award-winning”) that praise instead of inform.',
  url: docsUrl('puffery'),
  source: WIKI_PUFFERY,
  confidence: 0.5,
  lexicon: entries,
  examples: {
    ok: ['The author has written twelve novels.'],
    notOk: [
      { text: 'The renowned author gave a talk.', output: ['1:5: “renowned” praises instead of informing'] },
    ],
  },
  run(ctx) {
    reportMatches(ctx, (_m, actual) => `“${actual}” praises instead of informing`, { skipNames: true });
  },
});
