/**
 * Accuracy of the lead's 5W (`buildLesson(...).lead`) on the seed and on the first
 * paragraphs of 20 BBC News articles annotated by hand (bench/lead-annotations.json:
 * ids and spans only; the text is read at run time from ../shared/data/bbc-news).
 *
 * Scoring, per role (who, what, where, when; why reported apart, annotated only where the
 * lead states it): every predicted span of the role against every gold span. A predicted
 * span *matches* a gold span when their word-token F1 is at least 0.5 (strict), or when they
 * share any word (loose). Precision = matched predictions / predictions; recall = matched
 * gold spans / gold spans. "Silent" counts roles the lead does not state (empty gold) for
 * which Gloss also says nothing.
 *
 *   node --conditions=source --import tsx bench/lead-accuracy.ts [--no-write]
 *
 * Writes its section of docs/accuracy.md between the lead-accuracy markers (other sections
 * of that file belong to bench/accuracy.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeDocument } from '@gloss/analysis';
import { parseDocument, type Range } from '@gloss/document';
import { buildLesson, type Lead } from '@gloss/lesson';
import { writeDocSection } from './doc-section.ts';

const BBC = fileURLToPath(new URL('../../shared/data/bbc-news/bbc-news.jsonl', import.meta.url));
const GOLD = fileURLToPath(new URL('./lead-annotations.json', import.meta.url));
const GOLD2 = fileURLToPath(new URL('./lead-annotations-2.json', import.meta.url));
const SEED = fileURLToPath(new URL('../corpus/amazon-ice-rekognition.txt', import.meta.url));
const OUT = fileURLToPath(new URL('../docs/accuracy.md', import.meta.url));
const START = '<!-- lead-accuracy:start -->';
const END = '<!-- lead-accuracy:end -->';

type Role = 'who' | 'what' | 'where' | 'when' | 'why' | 'how';
const ROLES: Role[] = ['who', 'what', 'where', 'when', 'why', 'how'];

interface GoldArticle {
  id: string;
  set?: 'dev' | 'dev2' | 'held-out' | 'held-out-2';
  who: [number, number][];
  what: [number, number][];
  where: [number, number][];
  when: [number, number][];
  why?: [number, number][];
  how?: [number, number][];
}

interface Case {
  id: string;
  set?: 'dev' | 'dev2' | 'held-out' | 'held-out-2';
  text: string;
  gold: Partial<Record<Role, Range[]>>;
}

interface Tally {
  predicted: number;
  gold: number;
  strictP: number;
  strictR: number;
  looseP: number;
  looseR: number;
  silentRight: number;
  silentTotal: number;
  top1: number;
  top1Total: number;
}

const emptyTally = (): Tally => ({
  predicted: 0,
  gold: 0,
  strictP: 0,
  strictR: 0,
  looseP: 0,
  looseR: 0,
  silentRight: 0,
  silentTotal: 0,
  top1: 0,
  top1Total: 0,
});

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function tokenF1(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const pool = [...wb];
  let common = 0;
  for (const w of wa) {
    const i = pool.indexOf(w);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  if (!common) return 0;
  const p = common / wa.length;
  const r = common / wb.length;
  return (2 * p * r) / (p + r);
}

/** Spans per role: Gloss's lead, or (for agreement) another annotator's view of the same lead. */
type Predict = (c: Case) => Partial<Record<Role, string[]>>;

const glossLead: Predict = (c) => {
  const doc = parseDocument(c.text);
  const lead: Lead = buildLesson(doc, analyzeDocument(doc)).lead;
  return Object.fromEntries(ROLES.map((r) => [r, lead[r].map((s) => s.text)]));
};

function score(
  cases: Case[],
  predict: Predict = glossLead,
): { tallies: Record<Role, Tally>; misses: Record<Role, string[]> } {
  const tallies = Object.fromEntries(ROLES.map((r) => [r, emptyTally()])) as Record<Role, Tally>;
  const misses = Object.fromEntries(ROLES.map((r) => [r, [] as string[]])) as Record<Role, string[]>;
  for (const c of cases) {
    const predicted = predict(c);
    for (const role of ROLES) {
      const goldSpans = c.gold[role];
      if (goldSpans === undefined) continue; // why: not annotated for this article
      const t = tallies[role];
      const gold = goldSpans.map((r) => c.text.slice(...r));
      const pred = predicted[role] ?? [];
      t.predicted += pred.length;
      t.gold += gold.length;
      if (!gold.length) {
        t.silentTotal++;
        if (!pred.length) t.silentRight++;
        else misses[role].push(`${c.id} (said something where the lead is silent)`);
        continue;
      }
      t.strictP += pred.filter((p) => gold.some((g) => tokenF1(p, g) >= 0.5)).length;
      t.looseP += pred.filter((p) => gold.some((g) => tokenF1(p, g) > 0)).length;
      const strictR = gold.filter((g) => pred.some((p) => tokenF1(p, g) >= 0.5)).length;
      t.strictR += strictR;
      t.looseR += gold.filter((g) => pred.some((p) => tokenF1(p, g) > 0)).length;
      t.top1Total++;
      if (pred[0] !== undefined && gold.some((g) => tokenF1(pred[0]!, g) >= 0.5)) t.top1++;
      if (strictR < gold.length) misses[role].push(c.id);
    }
  }
  return { tallies, misses };
}

const f3 = (n: number, d: number) => (d ? (n / d).toFixed(3) : '—');
const f1 = (p: number, r: number) => (p + r ? ((2 * p * r) / (p + r)).toFixed(3) : '—');

function table(tallies: Record<Role, Tally>): string[] {
  const out = [
    '| role | gold spans | predicted | precision | recall | F1 | top-1 correct | loose precision | loose recall | silent, and Gloss silent too |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const total = emptyTally();
  for (const role of ROLES) {
    const t = tallies[role];
    if (!t.gold && !t.predicted && !t.silentTotal) continue;
    const p = t.predicted ? t.strictP / t.predicted : 0;
    const r = t.gold ? t.strictR / t.gold : 0;
    out.push(
      `| ${role} | ${t.gold} | ${t.predicted} | ${f3(t.strictP, t.predicted)} | ${f3(t.strictR, t.gold)} | ${f1(p, r)} | ${t.top1}/${t.top1Total} | ${f3(t.looseP, t.predicted)} | ${f3(t.looseR, t.gold)} | ${t.silentRight}/${t.silentTotal} |`,
    );
    if (role !== 'why' && role !== 'how')
      for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += t[k];
  }
  const p = total.predicted ? total.strictP / total.predicted : 0;
  const r = total.gold ? total.strictR / total.gold : 0;
  out.push(
    `| **who+what+where+when** | ${total.gold} | ${total.predicted} | ${f3(total.strictP, total.predicted)} | ${f3(total.strictR, total.gold)} | ${f1(p, r)} | ${total.top1}/${total.top1Total} | ${f3(total.looseP, total.predicted)} | ${f3(total.looseR, total.gold)} | ${total.silentRight}/${total.silentTotal} |`,
  );
  return out;
}

function seedCase(): Case {
  const text = readFileSync(SEED, 'utf8');
  const at = (s: string, from = 0): Range => {
    const i = text.indexOf(s, from);
    if (i < 0) throw new Error(`seed gold not found: ${s}`);
    return [i, i + s.length];
  };
  const lead = text.indexOf('Amazon pitched');
  return {
    id: 'seed',
    text,
    gold: {
      who: [at('Amazon', lead), at('Immigration and Customs Enforcement (ICE) officials', lead)],
      what: [at('pitched its facial-recognition system', lead)],
      where: [at('Silicon Valley', lead)],
      when: [at('in the summer', lead), at('June', lead)],
      why: [at('as a way for the agency to target or identify illegal immigrants', lead)],
    },
  };
}

/** The BBC leads a gold file annotates, with its spans moved past the headline Gloss is given. */
function loadCases(file: string): Case[] {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { articles: GoldArticle[] };
  const byId = new Map<string, { title: string; text: string }>();
  const want = new Set(gold.articles.map((a) => a.id));
  for (const line of readFileSync(BBC, 'utf8').split('\n')) {
    if (!line) continue;
    const row = JSON.parse(line) as { id: string; title: string; text: string };
    if (want.has(row.id)) byId.set(row.id, row);
  }
  return gold.articles.map((a) => {
    const row = byId.get(a.id);
    if (!row) throw new Error(`${a.id} not in ${BBC}`);
    const shift = row.title.length + 2;
    const text = `${row.title}\n\n${row.text}`;
    const move = (list: [number, number][] | undefined): Range[] | undefined =>
      list?.map(([s, e]) => [s + shift, e + shift] as const);
    const g: Partial<Record<Role, Range[]>> = {};
    for (const role of ROLES) {
      const m = move(a[role]);
      if (m) g[role] = m;
    }
    return { id: a.id, ...(a.set ? { set: a.set } : {}), text, gold: g };
  });
}

function main() {
  const { values } = parseArgs({ options: { 'no-write': { type: 'boolean' } } });
  const seed = score([seedCase()]);
  const lines: string[] = [START, '', '## The lead’s who / what / where / when (lesson)', ''];
  lines.push(
    'Generated by `node --conditions=source --import tsx bench/lead-accuracy.ts`; do not edit by hand.',
    '',
    '**Scoring:** each predicted span of a role against each hand-annotated gold span; a prediction *matches* when the word-token F1 of the two spans is at least 0.5 (the loose columns accept any shared word). Precision = matching predictions / predictions; recall = gold spans matched / gold spans; top-1 = the first (most confident) span matches, over leads that state the role. "Silent" counts leads that do not state the role (empty gold): Gloss is right to say nothing there. `why` is scored only where the annotation marks it.',
    '',
    '### The seed article',
    '',
    ...table(seed.tallies),
    '',
  );
  if (!existsSync(BBC)) {
    lines.push(`*BBC News data not found at ${BBC}; the BBC rows were not computed.*`, '');
  } else {
    const cases = loadCases(GOLD);
    const SETS = {
      dev: {
        numbers: '001–004',
        title: 'development set 1',
        note: 'The rules were written while looking at these leads (and the annotation of `bbc/business/003` where = "Russian" was made consistent with the guideline once), so these are development figures.',
      },
      dev2: {
        numbers: '005–008',
        title: 'development set 2',
        note: 'Annotated after the first rules were written and scored once as a held-out set (who+what+where+when F1 0.858: precision 0.852, recall 0.864); its misses then led to rule fixes (inverted and "a study shows" attributions, relative clauses set off by commas, cause clauses, unknown place names after "in", nationality adjectives), so it is development data now.',
      },
      'held-out': {
        numbers: '009–012',
        title: 'held-out set',
        note: 'Annotated after those fixes and not used to change any rule (issue 10’s fixes were made looking at 013–016 only; its annotator did read these leads to give the second view below): the honest estimate.',
      },
      'held-out-2': {
        numbers: '013–016',
        title: 'second held-out set',
        note: 'Annotated by another annotator (issue 10) after the rules were rewritten as a table with the fixes for fronted adverbials, dated nouns, headlines and places, and scored once as a held-out set (who+what+where+when F1 0.764: precision 0.750, recall 0.778); its misses then led to rule fixes (days and years inside names, "this weekend’s", "in the UK", a relative clause after the subject, an infinitive taken for the main verb, "…, state media report", agents only of passives, "in response to"), so it is development data now.',
      },
    } as const;
    for (const set of ['dev', 'dev2', 'held-out', 'held-out-2'] as const) {
      const chosen = cases.filter((c) => c.set === set);
      const bbc = score(chosen);
      lines.push(
        `### First paragraphs of ${chosen.length} BBC News articles — ${SETS[set].title}`,
        '',
        `Articles \`bbc/<section>/${SETS[set].numbers}\` of each of the five sections. ${SETS[set].note}`,
        '',
        ...table(bbc.tallies),
        '',
        `Leads where a gold span was missed (strict) or Gloss spoke where the lead is silent, by role: ${
          ROLES.filter((r) => bbc.misses[r].length)
            .map((r) => `**${r}** ${bbc.misses[r].join(', ')}`)
            .join('; ') || 'none'
        }.`,
        '',
      );
    }
    if (existsSync(GOLD2)) {
      // a second annotator's view of the held-out leads: Gloss against it, and the two views against each other
      const second = loadCases(GOLD2);
      const first = new Map(cases.map((c) => [c.id, c]));
      const firstView: Predict = (c) => {
        const f = first.get(c.id);
        return Object.fromEntries(ROLES.map((r) => [r, (f?.gold[r] ?? []).map((g) => c.text.slice(...g))]));
      };
      const gloss = score(second);
      const agree = score(second, firstView);
      lines.push(
        `### The held-out leads, second annotator`,
        '',
        `The same 20 held-out leads annotated again by a second annotator, independently, without looking at the first view or at Gloss's output (\`bench/lead-annotations-2.json\`, same guidelines). Gloss against the second view, strict (token F1 ≥ 0.5) and loose (any shared word):`,
        '',
        ...table(gloss.tallies),
        '',
        `Leads where a gold span of the second view was missed (strict) or Gloss spoke where that view is silent: ${
          ROLES.filter((r) => gloss.misses[r].length)
            .map((r) => `**${r}** ${gloss.misses[r].join(', ')}`)
            .join('; ') || 'none'
        }.`,
        '',
        'How far the two annotators agree (the first view scored against the second, as if it were a prediction): the ceiling a system can be expected to reach on either view.',
        '',
        ...table(agree.tallies),
        '',
      );
    }
    lines.splice(
      lines.indexOf('### The seed article'),
      0,
      `Input to Gloss for a BBC article: the headline, a blank line, the article text. Annotations: \`bench/lead-annotations.json\` (ids and offsets only; guidelines in its \`$comment\`), one annotator. No article text is stored in the repository.`,
      '',
    );
  }
  lines.push(END);
  const section = lines.join('\n');
  process.stdout.write(`${section}\n`);
  if (values['no-write']) return;
  writeDocSection(OUT, START, END, section);
}

main();
