import { defineRule, docsUrl, reportMatches, SPINDE } from '../_shared.ts';
import { modifiers } from './data.ts';

export const chargedModifier = defineRule({
  id: 'charged-modifier',
  category: 'charged-language',
  family: 'wording',
  severity: 'warning',
  description:
    'Emotionally charged and sensational adjectives, adverbs and nouns (“chilling”, “massive”, “draconian”, “chaos”).',
  url: docsUrl('charged-modifier'),
  source: SPINDE,
  confidence: 0.65,
  lexicon: modifiers,
  examples: {
    ok: ['The company raised prices by 40 percent.'],
    notOk: [
      {
        text: 'The company announced a massive price rise with a chilling effect on sales.',
        output: [
          '1:25: “massive” tells the reader how to feel',
          '1:51: “chilling” tells the reader how to feel',
        ],
      },
    ],
  },
  run(ctx) {
    reportMatches(ctx, (_m, actual) => `“${actual}” tells the reader how to feel`, { skipNames: true });
  },
});
