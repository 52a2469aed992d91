import type { LexiconEntry } from '../../rule.ts';
import { SPINDE, SPINDE_URL, VADER, VADER_URL } from '../sources.ts';
import { EXCLUDED, NEWS_WORDS, SPINDE_WORDS, VADER_NEGATIVE } from './words.ts';

const excluded = new Set([...EXCLUDED, ...NEWS_WORDS]);
const NOTE = 'An evaluative word: it judges rather than describes.';
const EXPECTED_NOTE = 'Replace the judgement with the fact behind it, or attribute it to a named source.';

function entries(
  words: readonly string[],
  source: string,
  url: string,
  confidence: number,
  prefix: string,
): LexiconEntry[] {
  return words
    .filter((w) => !excluded.has(w))
    .map((w) => ({
      id: `${prefix}-${w.replaceAll(/[^a-z0-9]+/g, '-')}`,
      phrases: [w],
      expected: [],
      expectedNote: EXPECTED_NOTE,
      note: NOTE,
      source,
      url,
      lean: 'none' as const,
      confidence,
      inflect: false,
    }));
}

/** One entry per word; ids are `spinde-<word>` and `vader-<word>`, stable across releases. */
export const evaluative: readonly LexiconEntry[] = [
  ...entries(SPINDE_WORDS, SPINDE, SPINDE_URL, 0.5, 'spinde'),
  ...entries(VADER_NEGATIVE, VADER, VADER_URL, 0.4, 'vader'),
];
