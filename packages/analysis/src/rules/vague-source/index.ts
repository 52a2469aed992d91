import { defineRule, docsUrl, reportMatches, WIKI_WTW } from '../_shared.ts';
import { vagueSources } from './data.ts';

export const vagueSource = defineRule({
  id: 'vague-source',
  category: 'vagueness',
  family: 'sourcing',
  severity: 'warning',
  description: 'Weasel words and vague sources (“some say”, “critics argue”, “experts believe”).',
  url: docsUrl('vague-source'),
  source: WIKI_WTW,
  confidence: 0.6,
  lexicon: vagueSources,
  examples: {
    ok: ['Jane Smith, an economist at the university, said prices would rise.'],
    notOk: [
      {
        text: 'Experts believe that prices will rise.',
        output: ['1:1: “Experts believe” does not say who holds the view'],
      },
      {
        text: 'Critics argue the plan is unfair.',
        output: ['1:1: “Critics argue” does not say who holds the view'],
      },
    ],
  },
  run(ctx) {
    reportMatches(ctx, (_m, actual) => `“${actual}” does not say who holds the view`);
  },
});
