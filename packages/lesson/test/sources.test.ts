import { parseDocument } from '@gloss/document';
import { describe, expect, it } from 'vitest';
import { buildLesson } from '../src/index.ts';

const lessonOf = (text: string) => buildLesson(parseDocument(text), null);

// A short story written for this test: one archbishop named three ways, a spokesman, a group.
const story = [
  'Church leader criticises new law',
  '',
  'Archbishop Desmond Tutu has criticised the new security law passed by parliament on Monday.',
  '',
  '“This law takes away the freedoms people fought for,” the archbishop said.',
  '',
  'Whilst the debate went on, Foreign Secretary Jack Straw met Helen Carter, who runs a rights group. Following Mr Straw’s visit, US-led talks resumed.',
  '',
  '“We will keep talking to everyone,” Mr Straw told reporters.',
  '',
  '“The law is a mistake,” Tutu said. “It will be challenged in the courts.”',
  '',
  '“The minister has listened,” a spokesman said.',
  '',
  'Critics said the law went too far.',
].join('\n');

describe('sources on a story written for the test', () => {
  const lesson = lessonOf(story);
  const byName = Object.fromEntries(lesson.sources.map((s) => [s.name, s]));

  it('merges a person named, surnamed and described into one named source', () => {
    const tutu = lesson.sources.filter((s) => /Tutu|archbishop/i.test(s.name));
    expect(tutu).toHaveLength(1);
    expect(tutu[0]!.class).toBe('named');
    expect(tutu[0]!.quotes).toBe(3);
  });
  it('classes a role with no name as anonymous and a group as vague', () => {
    expect(byName['a spokesman']?.class).toBe('anonymous');
    expect(byName.Critics?.class).toBe('vague');
  });
  it('says who speaks most from the merged sources', () => {
    const most = lesson.sources.find((s) => s.id === lesson.sourcing.most);
    expect(most?.name).toMatch(/Tutu/);
  });
  it('lists entities without openers, adverbs or adjectives made from names', () => {
    const names = lesson.entities.map((e) => e.name);
    for (const bad of ['Whilst', 'US-led', 'Following Mr Straw', 'On Monday'])
      expect(names).not.toContain(bad);
    expect(names.some((n) => /^(?:Jack Straw|Mr Straw)$/.test(n))).toBe(true);
    expect(lesson.entities.find((e) => e.name === 'Helen Carter')?.kind).toBe('person');
  });
});

describe('the headline', () => {
  it('is not taken for the lead when it ends in an ellipsis', () => {
    for (const dots of ['...', '…']) {
      const l = lessonOf(
        `Mayor says the bridge will reopen${dots}\n\nThe mayor of the town said on Monday that the old bridge would reopen in May.`,
      );
      expect(l.lead.range && l.lead.block).toBe(1);
    }
  });
});

// Short texts written for these tests, one phenomenon of sourcing per row: the sources expected
// as `name class quotes+attributions`, in order of first appearance.
const sourceCases: [name: string, text: string, expected: string[]][] = [
  [
    'a descriptor with an adjective is the named person',
    'Archbishop Desmond Tutu criticised the measures on Monday, saying they went too far.\n\n“This law takes away our freedoms,” the South African archbishop said.',
    ['Desmond Tutu named 2'],
  ],
  [
    'a fronted date is not part of the source',
    'On Tuesday Foreign Secretary Jack Straw said the law was needed. “We have no choice,” he told MPs.',
    ['Jack Straw named 2'],
  ],
  [
    'a name opening a sentence with an appositive, then with a title',
    'Shami Chakrabarti, director of Liberty, said the plan was dangerous.\n\n“It is a step too far,” Ms Chakrabarti said.',
    ['Shami Chakrabarti named 2'],
  ],
  [
    'a title before the name in a paraphrase and a descriptor after it',
    'Senator John Smith said he would vote against it. “I cannot support this,” the senator said.',
    ['John Smith named 2'],
  ],
  [
    'a role with no name stays anonymous, a group vague',
    '“The office will close,” a company spokeswoman said.\n\nCritics said the plan was rushed.',
    ['a company spokeswoman anonymous 1', 'Critics vague 1'],
  ],
  [
    'a title written with a capital names its holder',
    'Hundreds gathered outside the cathedral.\n\n“We are glad of the step they have taken,” the Archbishop said.',
    ['the Archbishop named 1'],
  ],
  [
    'the shares of a poll are its findings, not sources',
    'A poll of 1,200 voters was published on Friday. Some 47% believe the tax should go, and 30% say it should stay.',
    [],
  ],
  [
    'a share of a poll quoted is not a source either',
    'Voters were asked about the tax. About four in 10 said they were “angry” about it, and 21 percent said “not at all.”',
    [],
  ],
];

describe('one source per real-world speaker', () => {
  for (const [name, text, expected] of sourceCases) {
    it(name, () => {
      const l = lessonOf(`Headline for the test\n\n${text}`);
      expect(l.sources.map((s) => `${s.name} ${s.class} ${s.quotes + s.attributions}`)).toEqual(expected);
    });
  }
});

// What each entity kind means is in docs/lesson.md; the rows are texts written for these tests.
const entityCases: [name: string, text: string, expected: string[], absent: string[]][] = [
  [
    'sentence adverbs, prepositional openers and adjectives made from names are not entities',
    'Whilst the talks went on, Jack Straw flew to Brussels. Following Mr Straw’s visit, US-led talks resumed.',
    ['Jack Straw:person', 'Brussels:place'],
    ['Whilst', 'Following Mr Straw', 'US-led'],
  ],
  [
    'a person with an unusual first name is a person',
    'Shami Chakrabarti, director of Liberty, said the plan was dangerous.',
    ['Shami Chakrabarti:person', 'Liberty:organization'],
    [],
  ],
  [
    'a name taken up by `who` is a person (an organisation takes `which`)',
    'Xandra Pellow, who wrote a book about the scheme, was not surprised. Northfield Council, which ran it, said nothing.',
    ['Xandra Pellow:person', 'Northfield Council:agency'],
    [],
  ],
  [
    'a demonym of two words before a noun is not an entity',
    'The South African archbishop spoke in Cape Town on Monday.',
    [],
    ['South African'],
  ],
];

describe('entities that are entities', () => {
  for (const [name, text, present, absent] of entityCases) {
    it(name, () => {
      const got = lessonOf(`Headline for the test\n\n${text}`).entities.map((e) => `${e.name}:${e.kind}`);
      for (const p of present) expect(got).toContain(p);
      for (const a of absent) expect(got.map((g) => g.split(':')[0])).not.toContain(a);
    });
  }
});
