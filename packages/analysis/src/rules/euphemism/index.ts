import { defineRule, docsUrl, ORWELL, reportMatches } from '../_shared.ts';
import { euphemisms } from './data.ts';

export const euphemism = defineRule({
  id: 'euphemism',
  category: 'word-choice',
  family: 'wording',
  severity: 'warning',
  description:
    'Euphemisms that soften an act (“collateral damage”) and dysphemisms that harshen one (“concentration camps” for detention centres).',
  url: docsUrl('euphemism'),
  source: ORWELL,
  confidence: 0.65,
  lexicon: euphemisms,
  examples: {
    ok: ['Twelve civilians were killed in the strike.'],
    notOk: [
      {
        text: 'The strike caused some collateral damage.',
        output: ['1:24: “collateral damage” renames an act to change how it feels'],
      },
    ],
  },
  run(ctx) {
    reportMatches(ctx, (_m, actual) => `“${actual}” renames an act to change how it feels`, {
      skipNames: true,
    });
  },
});
