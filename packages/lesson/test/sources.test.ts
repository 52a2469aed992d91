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
