import { isUnnamedPeople } from '@gloss/document';
import { AP, AP_URL, defineRule, docsUrl } from '../_shared.ts';
import { anonymousPatterns } from './data.ts';

/**
 * The union of the ranges reported so far, as sorted disjoint intervals: whether a new range
 * overlaps one is a binary search, not a scan of every finding (an article of a thousand
 * unnamed speakers made the rule quadratic).
 */
class ReportedRanges {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** How many intervals start before `offset`. */
  private before(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(a: number, b: number): boolean {
    const i = this.before(b) - 1;
    return i >= 0 && this.ends[i]! > a;
  }

  add(a: number, b: number): void {
    // Merge with every interval that overlaps [a, b) (touching ones stay apart, as `overlaps` reads them).
    let i = this.before(a);
    if (i > 0 && this.ends[i - 1]! > a) i--;
    let j = i;
    while (j < this.starts.length && this.starts[j]! < b) j++;
    const start = j > i ? Math.min(a, this.starts[i]!) : a;
    const end = j > i ? Math.max(b, this.ends[j - 1]!) : b;
    this.starts.splice(i, j - i, start);
    this.ends.splice(i, j - i, end);
  }
}

/** Nouns that an `anonymous`/`unnamed` phrase may run through: `anonymous Amazon workers`. */
const HEADS = new Set([
  'workers',
  'employees',
  'staff',
  'officials',
  'official',
  'sources',
  'source',
  'people',
  'person',
  'aides',
  'aide',
  'members',
  'executives',
  'executive',
  'engineers',
  'insiders',
  'diplomats',
  'diplomat',
  'officers',
  'agents',
  'lawmakers',
  'donors',
  'users',
  'writers',
  'author',
  'authors',
  'whistleblower',
  'whistleblowers',
  'man',
  'woman',
  'men',
  'women',
  'residents',
  'witnesses',
  'witness',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'analysts',
  'experts',
  'scientists',
  'doctors',
  'students',
  'teachers',
  'parents',
]);

export const anonymousSource = defineRule({
  id: 'anonymous-source',
  category: 'sourcing',
  family: 'sourcing',
  severity: 'warning',
  description:
    'Anonymous or unnamed sources: “whose name was redacted”, “anonymous Amazon workers”, “officials said”, and quotations whose speaker is not named.',
  url: docsUrl('anonymous-source'),
  source: AP,
  confidence: 0.7,
  lexicon: anonymousPatterns,
  examples: {
    ok: [
      '“We are ready,” said Jane Smith, the company’s chief executive.',
      'About four in 10 said they were “angry” with the government.',
      '“The plan breaks no law,” the report said.',
    ],
    notOk: [
      {
        text: 'Hundreds of anonymous Amazon workers wrote a letter.',
        output: ['1:13: “anonymous Amazon workers”: an anonymous or unnamed source'],
      },
      {
        text: 'An official, whose name was redacted, wrote that the talks went well.',
        output: ['1:14: “whose name was redacted”: an anonymous or unnamed source'],
      },
    ],
  },
  run(ctx) {
    const { tokens, text } = ctx;
    const reported = new ReportedRanges();
    for (const m of ctx.matches) {
      let end = m.range[1];
      if (m.entry.id === 'anonymous') {
        // Extend over the noun phrase: capitalised names and a head noun, at most four tokens.
        let j = m.last + 1;
        let headAt = -1;
        for (let k = 0; k < 4 && j < tokens.count; k++, j++) {
          const norm = tokens.norms[j]!;
          const first = text.charCodeAt(tokens.starts[j]!);
          if (HEADS.has(norm)) {
            headAt = j;
            break;
          }
          if (!(first >= 65 && first <= 90)) break;
        }
        if (headAt === -1) continue;
        end = tokens.ends[headAt]!;
      }
      const range = [m.range[0], end] as const;
      reported.add(range[0], range[1]);
      ctx.report({
        range,
        entry: m.entry.id,
        expected: m.entry.expected,
        reason: `“${text.slice(range[0], range[1])}”: an anonymous or unnamed source`,
        ...(m.entry.note === undefined ? {} : { note: m.entry.note }),
        source: m.entry.source,
        url: m.entry.url ?? AP_URL,
        ...(m.entry.confidence === undefined ? {} : { confidence: m.entry.confidence }),
      });
    }
    // Quotations whose speaker the document model marks as not named.
    for (const q of ctx.doc.quotes) {
      const s = q.speaker;
      if (s === null || s.named || s.range === null) continue;
      // Flag the mention as written (`the Amazon official`), not the earlier one it refers to.
      const at = s.resolvedFrom ?? { text: s.name, range: s.range };
      // `21 percent said …` (a poll's share), `the report said`, `the company said`: no person is
      // left unnamed (document/src/speakers.ts).
      if (!isUnnamedPeople(at.text)) continue;
      const [a0, a1] = at.range;
      if (reported.overlaps(a0, a1)) continue;
      reported.add(a0, a1);
      ctx.report({
        range: at.range,
        entry: 'unnamed-speaker',
        expected: ['(name the speaker, or say why the name is withheld)'],
        reason: `The quotation is attributed to “${at.text}”, who is not named`,
        note: 'Readers cannot weigh words whose speaker they cannot identify.',
        source: 'AP Stylebook, “anonymous sources”',
        url: AP_URL,
        confidence: 0.65,
      });
    }
  },
});
