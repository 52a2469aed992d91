/** Time expressions ("in the summer", "next month's", "for the three months to December", "in 2016"). */
import type { Range } from '@gloss/document';
import { DEICTIC_TIMES, MONTHS, SEASONS, TIME_UNITS, WEEKDAYS } from './data.ts';

const NUM = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple of)';
const DEIXIS =
  '(?:last|next|this|past|coming|previous|same|closing|opening|recent|following|early|late|mid|earlier|later)';
const PREP = '(?:in|on|at|during|since|until|by|for|from|before|after|throughout|within|over|of)';
const MONTH = `(?:${MONTHS.filter((m) => m !== 'May').join('|')}|May(?=\\s+\\d))`;
const DAY = `(?:${WEEKDAYS.join('|')})`;
const SEASON = `(?:${SEASONS.join('|')})`;
// "weekend" before "week", and a word end after, so "this weekend's" is not "this week"
const UNIT = `(?:${[...TIME_UNITS].sort((a, b) => b.length - a.length).join('|')})s?(?:[’']s?)?(?![\\p{L}])`;
const YEAR = '(?:1[89]|20)\\d\\d';

const PATTERNS: { id: string; re: RegExp; confidence: number }[] = [
  // "for the three months to December", "in the closing months of 2004"
  {
    id: 'when-period',
    re: new RegExp(
      `\\b(?:${PREP}\\s+)?(?:the\\s+)?(?:${DEIXIS}\\s+)?(?:${NUM}\\s+)?${UNIT}\\s+(?:to|of|ending)\\s+(?:${MONTH}|${YEAR})(?:\\s+${YEAR})?\\b`,
      'giu',
    ),
    confidence: 0.85,
  },
  // "last week", "next month's", "this summer", "earlier this year", "two weeks ago"
  {
    id: 'when-deictic',
    re: new RegExp(
      `\\b(?:${PREP}\\s+)?(?:the\\s+)?(?:(?:earlier|later)\\s+)?${DEIXIS}\\s+(?:${NUM}\\s+)?(?:${UNIT}|${SEASON}\\b|${DAY}\\b)|\\b${NUM}\\s+${UNIT}\\s+(?:ago|earlier)\\b`,
      'giu',
    ),
    confidence: 0.85,
  },
  // "in June", "on 12 March 2005", "the June meeting", "June 5"
  {
    id: 'when-month',
    re: new RegExp(
      `\\b(?:${PREP}\\s+)?(?:(?:early|late|mid)[- ])?(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+${YEAR})?\\b`,
      'gu',
    ),
    confidence: 0.8,
  },
  // "in the summer", "2006 autumn", "last summer"
  {
    id: 'when-season',
    re: new RegExp(
      `\\b(?:${PREP}\\s+)?(?:(?:the|this|last|next|early|late)\\s+)?(?:${YEAR}\\s+)?${SEASON}\\b`,
      'giu',
    ),
    confidence: 0.75,
  },
  {
    id: 'when-weekday',
    re: new RegExp(`\\b(?:(?:on|by|since|until|last|next|this)\\s+)?${DAY}\\b`, 'gu'),
    confidence: 0.8,
  },
  {
    id: 'when-deixis',
    re: new RegExp(`\\b(?:${DEICTIC_TIMES.filter((w) => w !== 'earlier').join('|')})\\b`, 'giu'),
    confidence: 0.7,
  },
  {
    id: 'when-year',
    re: new RegExp(`\\b(?:(?:in|into|since|by|until|during|before|after)\\s+)?${YEAR}\\b(?![,.]?\\d)`, 'gu'),
    confidence: 0.7,
  },
];

export interface TimeSpan {
  range: Range;
  rule: string;
  confidence: number;
  /**
   * The time modifies a noun instead of placing the event: a possessive ("Tuesday's election",
   * "next month's championships") or a time after a determiner ("the June meeting", "its 2006
   * conference"). A time adverbial ("on Saturday", "last week") is not.
   */
  modifier: boolean;
}

/**
 * A bare day, month or year that is part of a name, not a time: "the Sunday Telegraph", "the
 * Guardian First Book Award 2004", "Euro 2004" (a capitalised word right before a year, or right
 * after a day or month, with no preposition of its own).
 */
function inName(text: string, s: number, e: number): boolean {
  const span = text.slice(s, e);
  if (/\s/.test(span)) return false;
  if (/^\d{4}$/.test(span)) return /\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, s - 30), s));
  return /^\s+\p{Lu}\p{Ll}/u.test(text.slice(e, e + 3));
}

const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+$/i;

/** Time expressions in `text[start, end)`, longest first where they overlap, in text order. */
export function findTimes(text: string, start: number, end: number): TimeSpan[] {
  const src = text.slice(start, end);
  const found: TimeSpan[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(src); m; m = p.re.exec(src)) {
      let s = m.index;
      let e = s + m[0].length;
      while (e > s && /[\s,.]/.test(src[e - 1]!)) e--;
      while (s < e && /\s/.test(src[s]!)) s++;
      // "Tuesday’s election": the possessive may sit just after the match
      const possessive = /[’']s$/.test(src.slice(s, e)) || /^[’']s\b/.test(src.slice(e, e + 3));
      // a possessive time modifies a noun ("next month's championships"): the preposition belongs to that noun
      if (possessive)
        s += /^(?:(?:in|on|at|during|for|from|by|of)\s+)?(?:the\s+)?/i.exec(src.slice(s, e))![0].length;
      const modifier =
        possessive || DETERMINER_BEFORE.test(text.slice(Math.max(0, start + s - 8), start + s));
      if (e > s && !inName(text, start + s, start + e))
        found.push({ range: [start + s, start + e], rule: p.id, confidence: p.confidence, modifier });
    }
  }
  found.sort((a, b) => b.range[1] - b.range[0] - (a.range[1] - a.range[0]) || a.range[0] - b.range[0]);
  const kept: TimeSpan[] = [];
  for (const f of found) {
    if (kept.some((k) => k.range[0] < f.range[1] && f.range[0] < k.range[1])) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.range[0] - b.range[0]);
}
