import { defineRule, docsUrl, reportMatches, WIKI_GNL } from '../_shared.ts';
import { gendered } from './data.ts';

/** Gendered job titles and terms (APA bias-free language; Wikipedia MOS:GNL), with the neutral title. */
export const genderedTitle = defineRule({
  id: 'gendered-title',
  category: 'gendered-language',
  family: 'wording',
  severity: 'info',
  description:
    'Gendered job titles and terms (“spokesman”, “comedienne”, “mankind”) where a neutral one exists.',
  url: docsUrl('gendered-title'),
  source: WIKI_GNL,
  confidence: 0.45,
  lexicon: gendered,
  examples: {
    ok: ['The comedian and the firefighter spoke.'],
    notOk: [
      {
        text: 'The comedienne thanked the firemen.',
        output: [
          '1:5: “comedienne” marks sex where the role has none',
          '1:28: “firemen” marks sex where the role has none',
        ],
      },
    ],
  },
  run(ctx) {
    reportMatches(ctx, (_m, actual) => `“${actual}” marks sex where the role has none`, { skipNames: true });
  },
});
