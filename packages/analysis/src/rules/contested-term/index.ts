import { defineRule, docsUrl, GENTZKOW, reportMatches } from '../_shared.ts';
import { terms } from './data.ts';

export const contestedTerm = defineRule({
  id: 'contested-term',
  category: 'word-choice',
  family: 'wording',
  severity: 'warning',
  description:
    'Partisan names for policies and issues (“death tax”, “tax breaks for the rich”, “voter suppression”, “witch hunt”).',
  url: docsUrl('contested-term'),
  source: GENTZKOW,
  confidence: 0.75,
  lexicon: terms,
  examples: {
    ok: ['The Senate voted to repeal the estate tax.'],
    notOk: [
      {
        text: 'The Senate voted to repeal the death tax.',
        output: ['1:32: “death tax” is a partisan name for an issue (typically used by the right)'],
      },
    ],
  },
  run(ctx) {
    reportMatches(
      ctx,
      (m, actual) =>
        `“${actual}” is a partisan name for an issue${m.entry.lean && m.entry.lean !== 'none' ? ` (typically used by the ${m.entry.lean})` : ''}`,
    );
  },
});
