import { AP, AP_URL, defineRule, docsUrl } from '../_shared.ts';

/**
 * Scare quotes: a short quoted word or phrase that no one in the sentence is
 * said to have said. The document model classifies quotes; this rule reports
 * the ones of kind `scare` on the words inside the marks.
 */
export const scareQuote = defineRule({
  id: 'scare-quote',
  category: 'attribution',
  family: 'framing',
  severity: 'warning',
  description:
    'Scare quotes around a word or short phrase that nobody is quoted as saying (the seed’s “undocumented” students).',
  url: docsUrl('scare-quote'),
  source: AP,
  confidence: 0.7,
  examples: {
    ok: ['“We are ready,” the official wrote.', 'He funds scholarships for undocumented students.'],
    notOk: [
      {
        text: 'He funds scholarships for “undocumented” students.',
        output: [
          '1:28: Scare quotes around “undocumented” distance the writer from the word without saying who used it',
        ],
      },
    ],
  },
  run(ctx) {
    for (const q of ctx.doc.quotes) {
      if (q.kind !== 'scare' || q.inner[1] <= q.inner[0]) continue;
      const word = ctx.text.slice(q.inner[0], q.inner[1]);
      ctx.report({
        range: q.inner,
        // The neutral wording is the same word without the marks: the note says so; repeating the
        // word as an alternative reads as if nothing should change.
        expected: [],
        expectedNote: 'Drop the quotation marks, or say who uses the word.',
        reason: `Scare quotes around “${word}” distance the writer from the word without saying who used it`,
        note: 'Quotation marks around a single word or short phrase signal doubt or irony; the AP asks to avoid them.',
        source: 'AP Stylebook, “quotation marks”: avoid unnecessary fragmentary quotes and scare quotes',
        url: AP_URL,
      });
    }
  },
});
