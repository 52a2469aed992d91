import { hedges } from 'hedges';
import type { LexiconEntry } from '../../rule.ts';
import { WIKI_WTW, WIKI_WTW_URL } from '../sources.ts';

/**
 * Epistemic hedges taken from the `hedges` npm list (MIT). Most of that list
 * (“can”, “will”, “about”, “many”) is too common in news to flag; only the
 * words that distance the writer from a claim are kept.
 */
const PICK = [
  'allegedly',
  'apparently',
  'apparent',
  'presumably',
  'supposedly',
  'seemingly',
  'conceivably',
  'perhaps',
  'possibly',
  'probably',
  'seems',
  'seemed',
  'appears to',
  'appear to be',
  'may or may not',
  'reportedly',
  'arguably',
];
const fromList = PICK.filter((w) => hedges.includes(w));
const extra = PICK.filter((w) => !hedges.includes(w));

export const hedgeWords: readonly LexiconEntry[] = [
  {
    id: 'hedges-list',
    phrases: fromList,
    expected: [],
    expectedNote: 'Say what is known and who says so, or drop the claim.',
    note: 'A hedge keeps the writer from standing behind the claim.',
    source: 'hedges (npm, MIT), Titus Wormer, after Hyland (2005)',
    url: 'https://github.com/words/hedges',
    lean: 'none',
    inflect: false,
    confidence: 0.35,
  },
  {
    id: 'hedges-extra',
    phrases: extra,
    expected: [],
    expectedNote: 'Say who reports it, or drop the claim.',
    note: 'A hedge keeps the writer from standing behind the claim.',
    source: WIKI_WTW,
    url: WIKI_WTW_URL,
    lean: 'none',
    inflect: false,
    confidence: 0.35,
  },
];
