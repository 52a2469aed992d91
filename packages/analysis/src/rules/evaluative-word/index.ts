import { defineRule, docsUrl, inName, SPINDE } from '../_shared.ts';
import { evaluative } from './data.ts';

/**
 * The subjectivity pass: evaluative words from published lexicons, reported only
 * outside quotations (a quoted person’s judgement is theirs to make) and only
 * when no more specific wording rule already covers the word.
 */
export const evaluativeWord = defineRule({
  id: 'evaluative-word',
  category: 'subjectivity',
  family: 'wording',
  severity: 'info',
  description:
    'Opinion and evaluative words outside quotations, from the Spinde et al. bias lexicon and strongly negative VADER words.',
  url: docsUrl('evaluative-word'),
  source: SPINDE,
  confidence: 0.5,
  lexicon: evaluative,
  examples: {
    ok: ['“This is an arrogant decision,” the mayor said.', 'The council approved the budget.'],
    notOk: [
      {
        text: 'The council’s arrogant decision angered residents.',
        output: [
          '1:15: “arrogant” is an evaluative word in the writer’s voice',
          '1:33: “angered” is an evaluative word in the writer’s voice',
        ],
      },
    ],
  },
  run(ctx) {
    for (const m of ctx.matches) {
      if (ctx.voice(m.range).voice === 'quoted' || inName(ctx.text, m.range)) continue;
      const e = m.entry;
      const actual = ctx.text.slice(m.range[0], m.range[1]);
      ctx.report({
        range: m.range,
        entry: e.id,
        expected: [],
        expectedNote: e.expectedNote ?? '',
        reason: `“${actual}” is an evaluative word in the ${ctx.voice(m.range).voice === 'editorial' ? 'editor’s' : 'writer’s'} voice`,
        note: e.note ?? '',
        source: e.source,
        ...(e.url === undefined ? {} : { url: e.url }),
        ...(e.confidence === undefined ? {} : { confidence: e.confidence }),
      });
    }
  },
});
