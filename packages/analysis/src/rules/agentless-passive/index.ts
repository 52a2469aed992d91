import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { defineRule, docsUrl, RECASENS, RECASENS_URL, type RuleContext } from '../_shared.ts';
import { BE, BETWEEN, IRREGULAR, STATIVE } from './data.ts';

const be = new Set(BE);
const between = new Set(BETWEEN);
const irregular = new Set(IRREGULAR);
const stative = new Set(STATIVE);

/**
 * The nlcst parser of retext-english, built once and frozen: parsing is pure.
 * It is asked only for the verb groups where the token scan found “be”
 * followed by a participle and no “by” later in the sentence, which keeps the
 * parse off the hot path (see docs/analysis.md). The parse confirms that the
 * two are words of one sentence with only adverbs between them.
 */
const english = unified().use(retextEnglish).freeze();

interface NlcstNode {
  type: string;
  value?: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

function isParticiple(w: string): boolean {
  if (stative.has(w)) return false;
  if (irregular.has(w)) return true;
  return w.length > 4 && w.endsWith('ed');
}

function wordText(node: NlcstNode): string {
  if (node.value !== undefined) return node.value;
  return (node.children ?? []).map(wordText).join('');
}

function* sentencesOf(node: NlcstNode): Generator<NlcstNode> {
  if (node.type === 'SentenceNode') {
    yield node;
    return;
  }
  for (const c of node.children ?? []) yield* sentencesOf(c);
}

/**
 * Cheap pre-filter on tokens: verb groups from a form of “be” to a participle,
 * with no “by” later in the sentence. Only these spans are parsed.
 */
function candidateSpans(ctx: RuleContext): [number, number][] {
  const { tokens } = ctx;
  const out: [number, number][] = [];
  let covered = -1;
  for (let i = 0; i + 1 < tokens.count; i++) {
    if (tokens.starts[i]! < covered || !be.has(tokens.norms[i]!)) continue;
    for (let j = i + 1; j < tokens.count && j <= i + 3; j++) {
      const w = tokens.norms[j]!;
      if (isParticiple(w)) {
        const sentence = ctx.sentenceAt(tokens.starts[i]!);
        const end = sentence === -1 ? ctx.text.length : ctx.doc.sentences[sentence]!.range[1];
        let agent = false;
        for (let k = j + 1; k < tokens.count && tokens.starts[k]! < end; k++) {
          if (tokens.norms[k] === 'by') {
            agent = true;
            break;
          }
        }
        if (!agent) {
          // The parse needs only the verb group: “be”, the words between, the participle.
          out.push([tokens.starts[i]!, tokens.ends[j]!]);
          covered = tokens.ends[j]!;
        }
        break;
      }
      if (!between.has(w) && !w.endsWith('ly')) break;
    }
  }
  return out;
}

export const agentlessPassive = defineRule({
  id: 'agentless-passive',
  category: 'sourcing',
  family: 'sourcing',
  severity: 'info',
  description:
    'Passive voice without an agent (“mistakes were made”, “it was decided”), which hides who acted.',
  url: docsUrl('agentless-passive'),
  source: RECASENS,
  confidence: 0.4,
  examples: {
    ok: ['The committee approved the plan.', 'The plan was approved by the committee.'],
    notOk: [
      {
        text: 'The plan was approved last week.',
        output: ['1:10: “was approved” is passive with no agent: who acted is not said'],
      },
    ],
  },
  run(ctx) {
    const spans = candidateSpans(ctx);
    if (spans.length === 0) return;
    // One parse per document: the verb groups joined as paragraphs, offsets mapped back.
    const SEP = '\n\n';
    const bases: number[] = [];
    const starts: number[] = [];
    let joined = '';
    for (const [a, b] of spans) {
      if (joined !== '') joined += SEP;
      starts.push(joined.length);
      bases.push(a);
      joined += ctx.text.slice(a, b);
    }
    const toInput = (offset: number): number => {
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > offset) k--;
      return bases[k]! + offset - starts[k]!;
    };
    const tree = english.parse(joined) as NlcstNode;
    for (const sentence of sentencesOf(tree)) {
      const words = (sentence.children ?? []).filter((c) => c.type === 'WordNode');
      const norm = words.map((w) => wordText(w).toLowerCase().replaceAll('’', "'"));
      for (let i = 0; i + 1 < words.length; i++) {
        if (!be.has(norm[i]!)) continue;
        let j = i + 1;
        while (
          j < words.length &&
          j <= i + 3 &&
          !isParticiple(norm[j]!) &&
          (between.has(norm[j]!) || norm[j]!.endsWith('ly'))
        )
          j++;
        if (j >= words.length || !isParticiple(norm[j]!)) continue;
        const s0 = words[i]!.position?.start.offset;
        const e0 = words[j]!.position?.end.offset;
        if (s0 === undefined || e0 === undefined) continue;
        const start = toInput(s0);
        const end = toInput(e0 - 1) + 1;
        const actual = ctx.text.slice(start, end);
        ctx.report({
          range: [start, end],
          expected: [],
          expectedNote: 'Name who did it: “(who) decided”, not “it was decided”.',
          reason: `“${actual}” is passive with no agent: who acted is not said`,
          note: 'An agentless passive can hide responsibility.',
          source: RECASENS,
          url: RECASENS_URL,
        });
        // One verb group, one finding: “are being held” holds “being held”, which is not reported again.
        i = j;
      }
    }
  },
});
