import { AP, defineRule, docsUrl, reportMatches } from '../_shared.ts';
import { distancing } from './data.ts';

export const soCalled = defineRule({
  id: 'so-called',
  category: 'attribution',
  family: 'framing',
  severity: 'warning',
  description:
    'Distancing words that cast doubt on the name that follows (“so-called”, “self-styled”, “purported”).',
  url: docsUrl('so-called'),
  source: AP,
  confidence: 0.7,
  lexicon: distancing,
  examples: {
    ok: ['The program, known as JEDI, is worth $10 billion.'],
    notOk: [
      {
        text: 'The so-called experts disagreed.',
        output: ['1:5: “so-called” distances the writer from the name that follows'],
      },
    ],
  },
  run(ctx) {
    reportMatches(ctx, (_m, actual) => `“${actual}” distances the writer from the name that follows`);
  },
});
