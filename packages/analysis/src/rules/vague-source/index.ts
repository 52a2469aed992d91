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
    notOk: ['Experts believe that prices will rise.', 'Critics argue the plan is unfair.'],
  },
  run(ctx) {
    reportMatches(ctx, (_m, actual) => `“${actual}” does not say who holds the view`);
  },
});
