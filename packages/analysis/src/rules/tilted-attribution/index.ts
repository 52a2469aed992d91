import { defineRule, docsUrl, reportMatches, WIKI_WTW } from '../_shared.ts';
import { attributionVerbs } from './data.ts';

export const tiltedAttribution = defineRule({
  id: 'tilted-attribution',
  category: 'attribution',
  family: 'framing',
  severity: 'warning',
  description:
    'Attribution verbs that tilt a report (“claimed”, “admitted”, “insisted”, “conceded”, “refused to”) where “said” would do.',
  url: docsUrl('tilted-attribution'),
  source: WIKI_WTW,
  confidence: 0.55,
  lexicon: attributionVerbs,
  examples: {
    ok: ['The minister said the figures were correct.'],
    notOk: [
      {
        text: 'The minister claimed the figures were correct.',
        output: ['1:14: “claimed” says more than “said”: it judges the statement'],
      },
      {
        text: 'The company refused to comment.',
        output: ['1:13: “refused to” says more than “said”: it judges the statement'],
      },
    ],
  },
  run(ctx) {
    reportMatches(ctx, (_m, actual) => `“${actual}” says more than “said”: it judges the statement`);
  },
});
