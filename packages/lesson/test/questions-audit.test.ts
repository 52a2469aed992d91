import { analyzeDocument } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import { describe, expect, it } from 'vitest';
import { buildLesson } from '../src/index.ts';
import { AUDIT_RULES } from '../src/questions-audit.ts';

// An article of our own, and one reading question after it per case.
const ARTICLE = [
  'Council backs stadium',
  'The city council voted on Tuesday to spend $5 million on a new stadium, Mayor Ann Lee said.',
  '“We are proud of this decision,” Lee said. Critics said the money should go to schools instead.',
  'Questions:',
].join('\n\n');

/** What a rule flagged in the question: `actual` of each item. */
function flagged(question: string, rule: string): string[] {
  const text = `${ARTICLE}\n\n1. ${question}`;
  const doc = parseDocument(text);
  const lesson = buildLesson(doc, analyzeDocument(doc));
  const items = lesson.questions.flatMap((q) => q.audit);
  return items
    .filter((a) => (rule === 'audit-loaded-wording' ? a.kind === 'loaded-wording' : a.ruleId === rule))
    .map((a) => a.actual);
}

const CASES: { rule: string; question: string; match?: string[]; none?: true }[] = [
  {
    rule: 'audit-either-or',
    question: 'Do you think the council cares about children, or only about sports?',
    match: ['Do you think the council cares about children, or only about sports?'],
  },
  {
    rule: 'audit-either-or',
    question: 'Does the council care about children, sports, both or neither?',
    none: true,
  },
  {
    rule: 'audit-negative-question',
    question: 'Isn’t it clear the stadium is a mistake?',
    match: ['Isn’t it'],
  },
  { rule: 'audit-negative-question', question: 'Is the stadium a good use of money?', none: true },
  {
    rule: 'audit-presupposition',
    question: 'How worried are you that the stadium will fail?',
    match: ['How worried are you that'],
  },
  { rule: 'audit-presupposition', question: 'How did the mayor describe the decision?', none: true },
  {
    rule: 'audit-steering-adverb',
    question: 'Is the mayor truly proud of the vote?',
    match: ['truly proud'],
  },
  { rule: 'audit-steering-adverb', question: 'Is the mayor proud of the vote?', none: true },
  {
    rule: 'audit-absolute',
    question: 'Every council wastes money on sport. Why did the mayor back it?',
    match: ['Every council'],
  },
  {
    rule: 'audit-absolute',
    question: 'The council voted on Tuesday. Why did the mayor back it?',
    none: true,
  },
  {
    rule: 'audit-unstated-statement',
    question: 'Lee took bribes from the builders of the stadium. What should happen to her?',
    match: ['Lee took bribes from the builders of the stadium.'],
  },
  {
    rule: 'audit-unstated-statement',
    question: 'The city council voted to spend $5 million on a new stadium. Why?',
    none: true,
  },
  {
    rule: 'audit-unsupported-figure',
    question: 'Why did the council spend $8 million?',
    match: ['$8 million'],
  },
  { rule: 'audit-unsupported-figure', question: 'Why did the council spend $5m?', none: true },
  { rule: 'audit-misquote', question: 'Why did Lee say “we are sorry”?', match: ['“we are sorry”'] },
  { rule: 'audit-misquote', question: 'Why did Lee say “we are proud of this decision”?', none: true },
  {
    rule: 'audit-unnamed-body',
    question: 'What did the Parks Department say about the vote?',
    match: ['Parks Department'],
  },
  { rule: 'audit-unnamed-body', question: 'What did Mayor Ann Lee say about the vote?', none: true },
  {
    rule: 'audit-loaded-wording',
    // A word the model scores well above its threshold (model 1.3.0 puts `lucrative` at 0.51, just below).
    question: 'Why was the wasteful stadium deal approved?',
    match: ['wasteful'],
  },
  { rule: 'audit-loaded-wording', question: 'Why was the stadium deal approved?', none: true },
];

describe('question audit rules: contract', () => {
  it('has unique audit-* ids, a confidence in (0, 1] and a note', () => {
    const ids = AUDIT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of AUDIT_RULES) {
      expect(r.id).toMatch(/^audit-[a-z]+(?:-[a-z]+)*$/);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.note.length).toBeGreaterThan(10);
    }
  });
  it('has a question that must be flagged and one that must not, for every rule', () => {
    for (const r of AUDIT_RULES) {
      expect(
        CASES.some((c) => c.rule === r.id && c.match),
        `${r.id}: no must-match text`,
      ).toBe(true);
      expect(
        CASES.some((c) => c.rule === r.id && c.none),
        `${r.id}: no must-not-match text`,
      ).toBe(true);
    }
  });
});

describe('question audit rules: must and must not flag', () => {
  for (const c of CASES) {
    it(`${c.rule} ${c.none ? 'passes' : 'flags'}: ${c.question}`, () => {
      expect(flagged(c.question, c.rule)).toEqual(c.match ?? []);
    });
  }
});
