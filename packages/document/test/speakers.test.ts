import { describe, expect, it } from 'vitest';
import { classifySpeaker } from '../src/index.ts';

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
