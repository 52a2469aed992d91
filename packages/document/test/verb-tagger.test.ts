import { describe, expect, it } from 'vitest';
import { compromise, holdsVerb } from '../src/index.ts';
import { lexiconTags, switchForm } from '../src/verb-tagger.ts';

/** Fragments as editors bracket them, each with whether it holds a verb (and which step decides it). */
const CASES: [string, boolean, string][] = [
  ['used by departments', true, 'Adj|Past switch before a preposition'],
  ['employees oppose', true, 'lexicon: base form'],
  ['the governor', false, 'lexicon: determiner and noun'],
  ['for poor families', false, 'no verb'],
  ['refused to explain', true, 'lexicon: past tense'],
  ['the wake', false, 'a base form after a determiner is a noun'],
  ['attack the city', true, 'Noun|Verb switch before a determiner'],
  ['the attack', false, 'Noun|Verb switch after a determiner'],
  ['quickly', false, 'an adverb alone'],
  ['in 2004', false, 'a number'],
  ["it's over", true, "'s after a pronoun is `is`"],
  ["can't", true, "n't opens into a modal and `not`"],
  ['so-called', false, 'a hyphenated pair'],
  ['Will Fitzgibbon, The Guardian', false, 'a capitalised modal before a name'],
  ['blorfed', true, 'an unknown word by its suffix'],
  ['Senate Blorfed', false, 'an unknown title-case word is a name'],
  ['had been', true, 'auxiliaries'],
  ['a major new study', false, 'adjectives and a noun'],
  ['prospective members need', true, 'a Noun|Verb switch after a plural guessed by its -s'],
  ['their lives', false, 'a present-tense -s form after a possessive is a plural noun'],
];

describe('holdsVerb: whether a bracketed fragment holds a verb', () => {
  it.each(CASES)('%s → %s (%s)', (words, verb) => {
    expect(holdsVerb(words)).toBe(verb);
  });

  it("gives compromise's tagger's answer on every case", () => {
    const nlp = compromise();
    const disagree = CASES.filter(([w]) => {
      const doc = nlp(w);
      return doc.has('#Verb') !== holdsVerb(w);
    }).map(([w]) => w);
    expect(disagree).toEqual([]);
  });

  it('finds no verb in empty or punctuation-only text', () => {
    expect(holdsVerb('')).toBe(false);
    expect(holdsVerb(' … ')).toBe(false);
  });
});

describe("the generated table holds compromise's data", () => {
  const model = compromise().model() as unknown as {
    one: { lexicon: Record<string, string | string[]> };
    two: { switches: Record<string, string> };
  };

  it('finds every one-word lexicon entry with its tags, and nothing else', () => {
    const wrong: string[] = [];
    for (const [word, tags] of Object.entries(model.one.lexicon)) {
      if (/\s/.test(word) || word !== word.toLowerCase()) continue;
      if (String(lexiconTags(word)) !== String(tags)) wrong.push(word);
    }
    expect(wrong).toEqual([]);
    for (const word of ['', 'blorfed', 'zzzz', 'aaa', '\u{10FFFF}'])
      expect(lexiconTags(word)).toBeUndefined();
  });

  it('finds every switch word with its form', () => {
    const wrong = Object.entries(model.two.switches).filter(
      ([w, form]) => !/\s/.test(w) && switchForm(w) !== form,
    );
    expect(wrong).toEqual([]);
  });
});
