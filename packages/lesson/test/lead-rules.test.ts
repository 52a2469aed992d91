import { parseDocument } from '@gloss/document';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities.ts';
import { traceLead } from '../src/lead.ts';
import { LEAD_RULES } from '../src/lead-rules.ts';
import { tagText } from '../src/nlp.ts';
import { LEAD_ROLES } from '../src/types.ts';

/** What each rule kept on a text: `rule id → span texts`. */
function kept(text: string): Map<string, string[]> {
  const doc = parseDocument(text);
  const tagged = tagText(text);
  return traceLead(doc, findEntities(doc, tagged), tagged).kept;
}

// Own short texts, written for these tests. `match`: the rule must keep exactly these spans;
// `none`: the rule must keep nothing.
const CASES: { rule: string; text: string; match?: string[]; none?: true }[] = [
  {
    rule: 'where-dateline',
    text: 'BAGHDAD — Officials opened the new bridge on Monday.',
    match: ['BAGHDAD'],
  },
  {
    rule: 'where-dateline',
    text: 'Budget passes\n\nLONDON (Reuters) - The council approved the budget.',
    match: ['LONDON'],
  },
  { rule: 'where-dateline', text: 'A - The council approved the budget on Monday.', none: true },
  {
    rule: 'when-adverbial',
    text: 'The club sacked its manager on Saturday after a heavy defeat.',
    match: ['on Saturday'],
  },
  { rule: 'when-adverbial', text: 'The club said Tuesday’s match would go ahead.', none: true },
  {
    rule: 'when-adverbial',
    text: 'The Daily and Sunday Telegraph newspapers are axing 90 jobs.',
    none: true,
  },
  {
    rule: 'when-adverbial',
    text: 'A book on mutants has won the Guardian First Book Award 2004.',
    none: true,
  },
  {
    rule: 'when-modifier',
    text: 'McIlroy is confident he can win at this weekend’s indoor championships in Madrid.',
    match: ['this weekend'],
  },
  {
    rule: 'when-modifier',
    text: 'Voters were urged to turn out for Tuesday’s election in the city.',
    match: ['Tuesday'],
  },
  {
    rule: 'when-modifier',
    text: 'The senator said on Saturday that Tuesday’s election would be close.',
    none: true,
  },
  { rule: 'where-place', text: 'Engineers repaired the dam in Ravenna on Friday.', match: ['Ravenna'] },
  { rule: 'where-place', text: 'Lewis Hamilton took his first win in Formula One last year.', none: true },
  { rule: 'where-place', text: 'The firm sold its new console in Game stores last week.', none: true },
  { rule: 'where-place', text: 'The band played to a full house in Chad last night.', match: ['Chad'] },
  { rule: 'where-place', text: 'The network will be established in the UK next year.', match: ['UK'] },
  { rule: 'where-place', text: 'The bill was thrown out in the Senate on Monday.', none: true },
  {
    rule: 'who-attribution',
    text: 'Fuel prices will rise again next year, the energy minister has said.',
    match: ['the energy minister'],
  },
  { rule: 'who-attribution', text: 'The energy minister said fuel prices would rise.', none: true },
  {
    rule: 'who-reported-subject',
    text: 'Chinese authorities closed 1,600 internet cafes last year, the government said.',
    match: ['Chinese authorities'],
  },
  {
    rule: 'who-reported-subject',
    text: 'Fuel prices will rise again next year, the energy minister has said.',
    none: true,
  },
  {
    rule: 'who-subject-entity',
    text: 'In a conference call with financial supporters, Senator Mary Jones said she would stand again.',
    match: ['Senator Mary Jones'],
  },
  {
    rule: 'who-subject-entity',
    text: 'After a tense final day, the club clinched the title at home.',
    none: true,
  },
  {
    rule: 'who-subject-entity',
    text: 'Novelist Arthur Hailey, who has died at the age of 84, was known for his novels.',
    match: ['Novelist Arthur Hailey'],
  },
  {
    rule: 'who-subject',
    text: 'After a tense final day, the club clinched the title at home.',
    match: ['the club'],
  },
  {
    rule: 'who-subject',
    text: 'Prices rose sharply in March, the statistics office said.',
    none: true,
  },
  {
    rule: 'who-subject-entity',
    text: 'Speaking on Sunday, Kelly Holmes said she would race in Glasgow.',
    match: ['Kelly Holmes'],
  },
  {
    rule: 'who-subject-entity',
    text: 'Kelly Holmes, the Olympic champion, will race in Glasgow next month.',
    match: ['Kelly Holmes, the Olympic champion'],
  },
  {
    rule: 'who-recipient',
    text: 'Amazon pitched its software to Immigration and Customs Enforcement officials in the summer.',
    match: ['Immigration and Customs Enforcement officials'],
  },
  { rule: 'who-recipient', text: 'Amazon pitched its software to police in the summer.', none: true },
  {
    rule: 'who-agent',
    text: 'The struggling record label has been bought by the US media giant Warner Music.',
    match: ['the US media giant Warner Music'],
  },
  { rule: 'who-agent', text: 'The struggling record label has been sold for £10m.', none: true },
  {
    rule: 'who-agent',
    text: 'The governing body has postponed by two weeks the judgement on the Greek sprinters.',
    none: true,
  },
  {
    rule: 'who-reported-subject',
    text: 'The first attempt to sell the Millennium Dome failed, a report by the auditors says.',
    none: true,
  },
  {
    rule: 'what-verb-object',
    text: 'The city council approved a new budget on Tuesday.',
    match: ['approved a new budget'],
  },
  {
    rule: 'what-verb-object',
    text: 'The senator said on Saturday that the election would be close.',
    none: true,
  },
  {
    rule: 'what-reported',
    text: 'The senator said on Saturday that the election would be close.',
    match: ['the election would be close'],
  },
  { rule: 'what-reported', text: 'The city council approved a new budget on Tuesday.', none: true },
  {
    rule: 'where-actor',
    text: 'Chinese authorities have closed 1,600 internet cafes.',
    match: ['Chinese'],
  },
  { rule: 'where-actor', text: 'Chinese authorities have closed 1,600 cafes in Beijing.', none: true },
  {
    rule: 'where-actor',
    text: 'The Turkish president has rejected calls to resign after a week of protests.',
    match: ['Turkish'],
  },
  { rule: 'where-actor', text: 'US officials have warned that the deal could collapse.', match: ['US'] },
  {
    rule: 'why-purpose',
    text: 'The town will plant 500 trees next month to mark the anniversary of the flood.',
    match: ['to mark the anniversary of the flood'],
  },
  { rule: 'why-purpose', text: 'The town will plant 500 trees next month.', none: true },
  {
    rule: 'why-cause',
    text: 'Shares in the airline fell sharply on Monday after a profit warning.',
    match: ['after a profit warning'],
  },
  { rule: 'why-cause', text: 'Shares in the airline fell sharply on Monday.', none: true },
  {
    rule: 'how-means',
    text: 'The charity raised £2m for the hospital by selling old books.',
    match: ['by selling old books'],
  },
  { rule: 'how-means', text: 'The charity raised £2m for the hospital.', none: true },
  {
    rule: 'when-next',
    text: 'The company pitched its plan to the council.\n\nAt the June meeting in Leeds, officials listened.',
    match: ['June'],
  },
  {
    rule: 'when-next',
    text: 'The company pitched its plan to the council.\n\nOfficials listened in June.',
    none: true,
  },
  {
    rule: 'where-place-next',
    text: 'The company pitched its plan to the council.\n\nAt the June meeting in Leeds, officials listened.',
    match: ['Leeds'],
  },
  {
    rule: 'where-place-next',
    text: 'The company pitched its plan to the council in York.\n\nAt the June meeting in Leeds, officials listened.',
    none: true,
  },
];

describe('lead rules: contract', () => {
  it('has unique kebab-case ids, a known role, a confidence in (0, 1] and a note', () => {
    const ids = LEAD_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of LEAD_RULES) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
      expect(r.id.startsWith(`${r.role}-`)).toBe(true);
      expect(LEAD_ROLES).toContain(r.role);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.note).toMatch(/^[A-Z].*\.$/);
    }
  });
  it('has a text that must match and one that must not, for every rule', () => {
    for (const r of LEAD_RULES) {
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
  it('finds nothing in an empty text', () => {
    expect(kept('').size).toBe(0);
  });
  it('gives the same spans on a second run, each an exact slice of the input', () => {
    for (const c of CASES) {
      const doc = parseDocument(c.text);
      const tagged = tagText(c.text);
      const entities = findEntities(doc, tagged);
      const first = traceLead(doc, entities, tagged).lead;
      expect(traceLead(doc, entities, tagged).lead).toEqual(first);
      for (const role of LEAD_ROLES)
        for (const span of first[role]) expect(c.text.slice(...span.range)).toBe(span.text);
    }
  });
});

describe('lead rules: must and must not match', () => {
  for (const c of CASES) {
    it(`${c.rule} ${c.none ? 'ignores' : 'finds'}: ${c.text.replace(/\n/g, ' ¶ ')}`, () => {
      expect(kept(c.text).get(c.rule) ?? []).toEqual(c.match ?? []);
    });
  }
});

describe('lead: the whole sentence', () => {
  it('keeps a fronted phrase out of who and prefers the time adverbial', () => {
    const text =
      'Clinton says she will win…\n\nIn a conference call with financial supporters, the Democratic nominee said on Saturday that Tuesday’s election would be close.';
    const k = kept(text);
    expect(k.get('who-subject-entity') ?? k.get('who-subject')).toEqual(['the Democratic nominee']);
    expect(k.get('when-adverbial')).toEqual(['on Saturday']);
    expect(k.get('when-modifier')).toBeUndefined();
  });
  it('skips a headline left in the body, even one ending in an ellipsis', () => {
    const text =
      'By Jo Bloggs\n\nMinisters defend the plan...\n\nThe government defended its housing plan on Monday.';
    expect(kept(text).get('what-verb-object')).toEqual(['defended its housing plan']);
  });
});
