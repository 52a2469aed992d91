import type { LexiconEntry } from '../../rule.ts';
import { AP, AP_URL, WIKI_WTW, WIKI_WTW_URL } from '../sources.ts';

export const distancing: readonly LexiconEntry[] = [
  {
    id: 'so-called',
    phrases: ['so-called'],
    expected: ['known as', '(drop it and name the thing)'],
    note: 'Signals that the writer rejects the name that follows.',
    source: AP,
    url: AP_URL,
    lean: 'none',
    inflect: false,
    confidence: 0.75,
  },
  {
    id: 'self-styled',
    phrases: ['self-styled', 'self-proclaimed', 'would-be', 'wannabe'],
    expected: ['(the title, attributed)'],
    note: 'Questions a title without saying why.',
    source: WIKI_WTW,
    url: WIKI_WTW_URL,
    lean: 'none',
    inflect: false,
    confidence: 0.65,
  },
  {
    id: 'purported',
    phrases: ['purported', 'purportedly', 'supposed', 'ostensible', 'ostensibly', 'pseudo'],
    expected: ['reported', 'described as'],
    note: 'Casts doubt without evidence.',
    source: WIKI_WTW,
    url: WIKI_WTW_URL,
    lean: 'none',
    inflect: false,
    confidence: 0.45,
  },
];
