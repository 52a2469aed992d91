import type { LexiconEntry } from '../../rule.ts';
import { APA_BIAS_FREE, APA_BIAS_FREE_URL, WIKI_GNL, WIKI_GNL_URL } from '../sources.ts';

type Entry = { id: string; phrases: string[]; expected: string[]; apa?: boolean; confidence?: number };

/** Job titles and terms that mark sex where the job has none. */
const list: Entry[] = [
  {
    id: 'chairman',
    phrases: ['chairman', 'chairmen', 'chairwoman', 'chairwomen'],
    expected: ['chair', 'chairperson'],
    apa: true,
    confidence: 0.35,
  },
  {
    id: 'spokesman',
    phrases: ['spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen'],
    expected: ['spokesperson', 'representative'],
    apa: true,
    confidence: 0.35,
  },
  {
    id: 'congressman',
    phrases: ['congressman', 'congressmen', 'congresswoman', 'congresswomen'],
    expected: ['member of Congress', 'representative'],
    apa: true,
  },
  {
    id: 'businessman',
    phrases: ['businessman', 'businessmen', 'businesswoman', 'businesswomen'],
    expected: ['business executive', 'entrepreneur'],
    apa: true,
  },
  { id: 'fireman', phrases: ['fireman', 'firemen'], expected: ['firefighter'], apa: true },
  {
    id: 'policeman',
    phrases: ['policeman', 'policemen', 'policewoman', 'policewomen'],
    expected: ['police officer'],
    apa: true,
  },
  {
    id: 'mailman',
    phrases: ['mailman', 'mailmen', 'postman', 'postmen'],
    expected: ['mail carrier', 'postal worker'],
    apa: true,
  },
  { id: 'cameraman', phrases: ['cameraman', 'cameramen'], expected: ['camera operator'], apa: true },
  { id: 'anchorman', phrases: ['anchorman', 'anchormen', 'anchorwoman'], expected: ['anchor'], apa: true },
  {
    id: 'weatherman',
    phrases: ['weatherman', 'weathermen', 'weathergirl'],
    expected: ['meteorologist', 'weather forecaster'],
    apa: true,
  },
  {
    id: 'stewardess',
    phrases: ['stewardess', 'stewardesses', 'air hostess', 'air hostesses'],
    expected: ['flight attendant'],
    apa: true,
  },
  { id: 'foreman', phrases: ['foreman', 'foremen'], expected: ['supervisor'], apa: true, confidence: 0.35 },
  { id: 'comedienne', phrases: ['comedienne', 'comediennes'], expected: ['comedian'] },
  {
    id: 'poetess',
    phrases: ['poetess', 'authoress', 'sculptress', 'aviatrix', 'usherette'],
    expected: ['poet', 'author', 'sculptor', 'aviator', 'usher'],
  },
  {
    id: 'lady-doctor',
    phrases: [
      'lady doctor',
      'woman doctor',
      'female doctor',
      'male nurse',
      'female pilot',
      'woman driver',
      'lady lawyer',
    ],
    expected: ['doctor', 'nurse', 'pilot', 'driver', 'lawyer'],
  },
  {
    id: 'mankind',
    phrases: ['mankind', 'man-made', 'manpower', 'man-hours'],
    expected: ['humankind', 'artificial', 'workforce', 'work hours'],
    apa: true,
  },
];

export const gendered: readonly LexiconEntry[] = list.map((e) => ({
  id: e.id,
  phrases: e.phrases,
  expected: e.expected,
  note: 'Marks the sex of a person in a role that has none; use the neutral title unless sex is the point.',
  source: e.apa ? APA_BIAS_FREE : WIKI_GNL,
  url: e.apa ? APA_BIAS_FREE_URL : WIKI_GNL_URL,
  lean: 'none' as const,
  inflect: false,
  ...(e.confidence === undefined ? {} : { confidence: e.confidence }),
}));
