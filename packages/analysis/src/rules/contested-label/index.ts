import { AP, defineRule, docsUrl, reportMatches } from '../_shared.ts';
import { labels } from './data.ts';

export const contestedLabel = defineRule({
  id: 'contested-label',
  category: 'word-choice',
  family: 'wording',
  alwaysReport: true,
  severity: 'warning',
  description:
    'Contested labels for people and groups, from every political direction (“illegal immigrants”, “pro-life”, “far-right”, “thugs”).',
  url: docsUrl('contested-label'),
  source: AP,
  confidence: 0.8,
  lexicon: labels,
  examples: {
    ok: ['Officials detained 40 immigrants who had crossed the border without permission.'],
    notOk: [
      {
        text: 'The agency wants to identify illegal immigrants at the border.',
        output: ['1:30: “illegal immigrants” is a contested label for people (typically used by the right)'],
      },
      {
        text: 'Communist rulers blocked the site.',
        output: ['1:1: “Communist rulers” is a contested label for people (typically used by the right)'],
      },
    ],
  },
  run(ctx) {
    reportMatches(
      ctx,
      (m, actual) =>
        `“${actual}” is a contested label for people${m.entry.lean && m.entry.lean !== 'none' ? ` (typically used by the ${m.entry.lean})` : ''}`,
    );
  },
});
