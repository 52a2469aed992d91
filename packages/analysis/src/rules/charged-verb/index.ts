import { defineRule, docsUrl, REUTERS, reportMatches } from '../_shared.ts';
import { verbs } from './data.ts';

export const chargedVerb = defineRule({
  id: 'charged-verb',
  category: 'charged-language',
  family: 'wording',
  severity: 'warning',
  description:
    'Sensational verbs of conflict, speech and change (“slammed”, “blasted”, “supercharge”, “caved”).',
  url: docsUrl('charged-verb'),
  source: REUTERS,
  confidence: 0.7,
  lexicon: verbs,
  examples: {
    ok: ['The senator criticised the plan on Tuesday.'],
    notOk: [
      { text: 'The senator slammed the plan on Tuesday.', output: ['1:13: “slammed” is a sensational verb'] },
    ],
  },
  run(ctx) {
    reportMatches(ctx, (_m, actual) => `“${actual}” is a sensational verb`, { skipNames: true });
  },
});
