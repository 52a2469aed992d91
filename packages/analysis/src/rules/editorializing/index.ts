import { defineRule, docsUrl, reportMatches, WIKI_EDITORIAL } from '../_shared.ts';
import { editorial } from './data.ts';

/** The writer's comment on the facts (Wikipedia's MOS:EDITORIALIZING), outside quotations only. */
export const editorializing = defineRule({
  id: 'editorializing',
  category: 'editorializing',
  family: 'wording',
  severity: 'info',
  description:
    'Editorialising words (“unfortunately”, “ironically”, “of course”) by which the writer comments on the facts.',
  url: docsUrl('editorializing'),
  source: WIKI_EDITORIAL,
  confidence: 0.5,
  lexicon: editorial,
  examples: {
    ok: ['“Unfortunately, we lost,” the coach said.', 'The team lost on Sunday.'],
    notOk: [
      {
        text: 'Unfortunately, the team lost on Sunday.',
        output: ['1:1: “Unfortunately” comments on the facts in the writer’s voice'],
      },
    ],
  },
  run(ctx) {
    reportMatches(
      {
        ...ctx,
        // A quoted speaker may comment; the rule is about the writer's voice.
        matches: ctx.matches.filter((m) => ctx.voice(m.range).voice !== 'quoted'),
      },
      (_m, actual) => `“${actual}” comments on the facts in the writer’s voice`,
    );
  },
});
