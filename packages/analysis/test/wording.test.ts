import { describe, expect, it } from 'vitest';
import { lint, run } from './helpers.ts';

describe('wording rules: valid and invalid texts', () => {
  it('contested-label flags labels from every direction, with alternatives', () => {
    expect(lint('contested-label', 'Officials detained 40 immigrants who crossed without papers.')).toEqual(
      [],
    );
    expect(lint('contested-label', 'Police arrested illegal aliens and pro-choice activists.')).toEqual([
      '1:17-1:31: “illegal aliens” is a contested label for people (typically used by the right)',
      '1:36-1:46: “pro-choice” is a contested label for people (typically used by the left)',
    ]);
    expect(lint('contested-label', 'The far-right group met the radical left.')).toEqual([
      '1:5-1:14: “far-right” is a contested label for people (typically used by the left)',
      '1:29-1:41: “radical left” is a contested label for people (typically used by the right)',
    ]);
    expect(lint('contested-label', 'The pro life movement and anti-choice groups.')).toEqual([
      '1:5-1:13: “pro life” is a contested label for people (typically used by the right)',
      '1:27-1:38: “anti-choice” is a contested label for people (typically used by the left)',
    ]);
    const [f] = run('The regime fell.', { rules: ['contested-label'], minConfidence: 0 }).findings;
    expect(f?.expected).toEqual(['government', 'administration']);
    expect(f?.source).toMatch(/Reuters/);
  });

  it('contested-term flags partisan issue names on both sides', () => {
    expect(lint('contested-term', 'Congress debated the estate tax.')).toEqual([]);
    expect(lint('contested-term', 'Congress debated the death tax and tax cuts for the rich.')).toEqual([
      '1:22-1:31: “death tax” is a partisan name for an issue (typically used by the right)',
      '1:36-1:57: “tax cuts for the rich” is a partisan name for an issue (typically used by the left)',
    ]);
  });

  it('charged-verb matches inflected forms of a base verb', () => {
    expect(lint('charged-verb', 'The senator criticised the bill.')).toEqual([]);
    expect(lint('charged-verb', 'She slammed the bill; he slams it too, blasting it.')).toEqual([
      '1:5-1:12: “slammed” is a sensational verb',
      '1:26-1:31: “slams” is a sensational verb',
      '1:40-1:48: “blasting” is a sensational verb',
    ]);
  });

  it('charged-modifier flags sensational adjectives', () => {
    expect(lint('charged-modifier', 'Prices rose 40 percent.')).toEqual([]);
    expect(lint('charged-modifier', 'A chilling, massive rise.')).toEqual([
      '1:3-1:11: “chilling” tells the reader how to feel',
      '1:13-1:20: “massive” tells the reader how to feel',
    ]);
  });

  it('euphemism flags softened wording', () => {
    expect(lint('euphemism', 'The strike killed twelve civilians.')).toEqual([]);
    expect(lint('euphemism', 'The strike caused collateral damage.')).toEqual([
      '1:19-1:36: “collateral damage” renames an act to change how it feels',
    ]);
  });

  it('evaluative-word skips quotations: the speaker owns their words', () => {
    expect(lint('evaluative-word', '“It is an arrogant decision,” Mayor Jane Smith said.')).toEqual([]);
    expect(lint('evaluative-word', 'The arrogant decision stood.')).toEqual([
      '1:5-1:13: “arrogant” is an evaluative word in the writer’s voice',
    ]);
  });

  it('generic lists skip capitalised words inside a sentence (names), not at its start', () => {
    expect(lint('evaluative-word', 'They wrote to the Project on Government Oversight.')).toEqual([]);
    expect(lint('charged-modifier', 'He moved to Great Falls.')).toEqual([]);
    expect(lint('evaluative-word', 'Arrogant officials met them.')).toEqual([
      '1:1-1:9: “Arrogant” is an evaluative word in the writer’s voice',
    ]);
  });

  it('a specific label wins over a generic word on the same span', () => {
    const { findings } = run('They called them thugs.', { minConfidence: 0 });
    expect(findings.filter((f) => f.family === 'wording').map((f) => f.ruleId)).toEqual(['contested-label']);
  });
});
