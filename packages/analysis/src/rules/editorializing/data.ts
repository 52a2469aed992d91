import type { LexiconEntry } from '../../rule.ts';
import { WIKI_EDITORIAL, WIKI_EDITORIAL_URL } from '../sources.ts';

type Group = { id: string; words: string[]; note: string; confidence?: number };

/** Words by which the writer comments on the facts (MOS:EDITORIALIZING). */
const groups: Group[] = [
  {
    id: 'unfortunately',
    words: [
      'unfortunately',
      'fortunately',
      'sadly',
      'tragically',
      'happily',
      'luckily',
      'regrettably',
      'thankfully',
      'mercifully',
    ],
    note: 'The writer says how to feel about the fact.',
  },
  {
    id: 'notably',
    words: [
      'notably',
      'interestingly',
      'ironically',
      'remarkably',
      'amazingly',
      'surprisingly',
      'astonishingly',
      'it should be noted',
      'it is worth noting',
      'it must be said',
    ],
    note: 'The writer points at what to think of the fact.',
  },
  {
    id: 'of-course',
    words: [
      'of course',
      'obviously',
      'undoubtedly',
      'undeniably',
      'unquestionably',
      'without a doubt',
      'needless to say',
      'inevitably',
      'arguably',
    ],
    note: 'Presents a judgement as settled, or as the writer’s.',
  },
];

export const editorial: readonly LexiconEntry[] = groups.map((g) => ({
  id: g.id,
  phrases: g.words,
  expected: [],
  expectedNote: 'Leave it out, or attribute the judgement to a named source.',
  note: g.note,
  source: WIKI_EDITORIAL,
  url: WIKI_EDITORIAL_URL,
  lean: 'none' as const,
  inflect: false,
  ...(g.confidence === undefined ? {} : { confidence: g.confidence }),
}));
