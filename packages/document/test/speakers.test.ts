import { describe, expect, it } from 'vitest';
import { classifySpeaker, isUnnamedPeople } from '../src/index.ts';

// How a speaker phrase is classed (named, anonymous, vague), one phrase per row, with the reason
// the lesson's sourcing profile shows. Phrases written for this test.
const cases: [phrase: string, expected: string][] = [
  ['Jane Smith', 'named: named in the text'],
  ['an Amazon official', 'anonymous: a role (“official”) with no name'],
  ['the retired surgeon', 'anonymous: a role (“surgeon”) with no name'],
  ['the attendee', 'anonymous: a role (“attendee”) with no name'],
  ['critics', 'vague: a group (“critics”) with no names'],
  ['pensioners', 'vague: a group (“pensioners”) with no names'],
  ['local deputies', 'vague: a group (“deputies”) with no names'],
  ['the chairmen', 'vague: a group (“chairmen”) with no names'],
  ['the Archbishop', 'named: a title that names its holder'],
  ['the England captain', 'named: named in the text'],
  ['About four in 10', 'vague: a share of those polled'],
  ['21 percent', 'vague: a share of those polled'],
  ['the statement', 'vague: no name or role that identifies the speaker'],
];

describe('classifySpeaker', () => {
  for (const [phrase, expected] of cases) {
    it(phrase, () => {
      const c = classifySpeaker(phrase);
      expect(`${c.class}: ${c.reason}`).toBe(expected);
    });
  }
});

// Whether an unnamed speaker is people the reader is not given names for (the anonymous-source
// rule flags only these), or a document, a body or a description of someone named before.
const people: [phrase: string, unnamedPeople: boolean][] = [
  ['an Amazon official', true],
  ['critics', true],
  ['he', true],
  ['one of the officials briefed on the talks', true],
  ['Jane Smith', false],
  ['the report', false],
  ['the indictment', false],
  ['the company', false],
  ['the 30-year-old', false],
  ['it', false],
  ['21 percent', false],
];

describe('isUnnamedPeople', () => {
  for (const [phrase, expected] of people) {
    it(`${phrase} → ${expected}`, () => {
      expect(isUnnamedPeople(phrase)).toBe(expected);
    });
  }
});
