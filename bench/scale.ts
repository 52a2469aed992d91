/**
 * Scale check: does the time grow linearly with the input? For each crafted shape of
 * hostile or just large input, the time for n and for 2n characters; the ratio should
 * stay at or under 2.5 (2 is linear; a quadratic path gives 4). The shapes are the ones
 * that have been superlinear: one word repeated (`said said …`, every word a cue verb),
 * paragraphs that open a quotation and never close it, brackets never closed, many short
 * paragraphs with and without a quotation mark (each paragraph's scan once ran on to the
 * text's end, or over every quotation before it), background paragraphs each credited to a
 * second source (each credit counted the sources before it), one
 * paragraph with no sentence end, many ellipses and brackets, plain prose, the seed's
 * reprint (a finding every few lines), `lesson` on one enormous token, and two versions
 * compared. CPU time of this process (user + system), so a busy machine
 * inflates it less than wall-clock time; the best of 3 runs, or of more (up to 10) until they
 * add up to a second, so that a shape taking a tenth of a second is not one garbage collection
 * away from a ratio over the limit.
 *
 *   node --import tsx --conditions source bench/scale.ts [--kb N] [--only NAME,…] [--no-write]
 *
 * Writes its section of docs/benchmarks.md between the scale markers.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeDocument } from '@gloss/analysis';
import { compareVersions } from '@gloss/compare';
import { parseDocument } from '@gloss/document';
import { buildLesson } from '@gloss/lesson';
import { writeDocSection } from './doc-section.ts';

const docsPath = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const seedPath = fileURLToPath(new URL('../corpus/amazon-ice-rekognition.txt', import.meta.url));
const { values } = parseArgs({
  options: {
    kb: { type: 'string', default: '200' },
    only: { type: 'string' },
    'no-write': { type: 'boolean' },
  },
});
const base = Number(values.kb) * 1024;
const only = values.only?.split(',');
const RATIO_LIMIT = 2.5;
// A full collection before each run (not timed): every run starts from the same heap instead of
// paying, or not, for the garbage of the runs before it (the seed's reprint at 200 KB took
// 0.06–0.6 s from run to run without it, 0.14–0.19 s with it).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
/** Runs of one shape and size at most: at least 3, more while they add up to under a second. */
const MAX_RUNS = 10;

/** `unit` repeated to `size` characters (whole units). */
const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.round(size / unit.length)));

// The seed's wire body, brackets and ellipses left out: plain prose of a real story.
const seed = readFileSync(seedPath, 'utf8');
const prose = `${seed
  .slice(seed.indexOf('Amazon pitched'), seed.indexOf('From washingtonpost'))
  .replace(/ ?\[[^\]]*\]/g, '')
  .replace(/…/g, '')
  .trim()}\n\n`;

interface Shape {
  name: string;
  what: string;
  make: (size: number) => string;
  /** Compares the text with an edited copy instead of analysing it. */
  compare?: boolean;
  /** Builds the lesson as well (`gloss lesson`). */
  lesson?: boolean;
}

// The seed's body as printed, brackets, ellipses and questions included: many findings.
const reprint = `${seed.slice(seed.indexOf('Amazon pitched')).trim()}\n\n`;

const shapes: Shape[] = [
  {
    name: 'said',
    what: '`said said said …` (one paragraph, every word a cue verb)',
    make: (n) => fill('said ', n),
  },
  {
    name: 'said-lines',
    what: '`He said.` paragraphs, a cue and a pronoun in every sentence',
    make: (n) => fill('He said. She said “no.” They said so.\n\n', n),
  },
  {
    name: 'open-quote',
    what: 'paragraphs that open a curly quotation and never close it',
    make: (n) =>
      fill('“The council met on Tuesday and the mayor spoke about the budget for the year ahead.\n\n', n),
  },
  {
    name: 'open-quote-one',
    what: 'one paragraph of sentences that each open a quotation',
    make: (n) => fill('“The council met on Tuesday, the mayor said. ', n),
  },
  {
    name: 'lines',
    what: 'short paragraphs with no quotation mark (`No.`)',
    make: (n) => fill('No.\n\n', n),
  },
  {
    name: 'quote-lines',
    what: 'short paragraphs that each open a quotation (`“No.`)',
    make: (n) => fill('“No.\n\n', n),
  },
  {
    name: 'credits',
    what: 'short background paragraphs after the questions, each credited to a second source (`Aid. (From AP)`)',
    make: (n) => `A title\n\nThe council met on Tuesday.\n\nQuestions:\n\n${fill('Aid. (From AP)\n\n', n)}`,
  },
  {
    name: 'open-bracket',
    what: 'paragraphs that open a bracket and never close it',
    make: (n) => fill('The council [met on Tuesday and the mayor spoke about the budget.\n\n', n),
  },
  {
    name: 'brackets',
    what: 'one paragraph of short bracketed insertions',
    make: (n) => fill('The [local] council [met] on [Tuesday]. ', n),
  },
  {
    name: 'no-sentence-end',
    what: 'one paragraph of words with no sentence end',
    make: (n) => fill('the council met on tuesday and the mayor spoke ', n),
  },
  {
    name: 'ellipses',
    what: 'one paragraph of elisions (`word … word …`)',
    make: (n) => fill('officials … said … ', n),
  },
  { name: 'prose', what: 'plain prose (the seed’s wire body, repeated)', make: (n) => fill(prose, n) },
  {
    name: 'reprint',
    what: 'the seed’s reprinted body repeated (insertions, elisions, questions: a finding every few lines)',
    make: (n) => fill(reprint, n),
  },
  {
    name: 'lesson-token',
    what: '`lesson` on one line of letters with no space (one enormous token)',
    make: (n) => fill('abcdefghij', n),
    lesson: true,
  },
  {
    name: 'compare',
    what: '`compare`: the prose against a copy with every tenth sentence edited',
    make: (n) => fill(prose, n),
    compare: true,
  },
];

function edited(text: string): string {
  let k = 0;
  return text.replace(/\. (?=[A-Z])/g, (m) => (k++ % 10 === 3 ? '. [Note: disputed.] ' : m));
}

/** CPU milliseconds of one run: parse and analyse (or parse both and compare). */
function runOnce(text: string, other: string | null, lesson = false): number {
  const t0 = process.cpuUsage();
  if (lesson) {
    const doc = parseDocument(text);
    buildLesson(doc, analyzeDocument(doc));
  } else if (other !== null) {
    compareVersions({ label: 'A', doc: parseDocument(text) }, { label: 'B', doc: parseDocument(other) });
  } else {
    analyzeDocument(parseDocument(text));
  }
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

function best(shape: Shape, size: number): number {
  const text = shape.make(size);
  const other = shape.compare ? edited(text) : null;
  let min = Number.POSITIVE_INFINITY;
  let total = 0;
  for (let k = 0; k < MAX_RUNS && (k < 3 || total < 1000); k++) {
    collectGarbage();
    const t = runOnce(text, other, shape.lesson);
    min = Math.min(min, t);
    total += t;
    // A run far over any sane time is measured once: the ratio already shows the problem.
    if (min > 60_000) break;
  }
  return min;
}

// Warm-up: word lists compiled, the JIT settled.
analyzeDocument(parseDocument(seed));
const load0 = loadavg()[0]!;
const rows: { shape: Shape; t1: number; t2: number; ratio: number }[] = [];
for (const shape of shapes) {
  if (only && !only.includes(shape.name)) continue;
  const t1 = best(shape, base);
  const t2 = best(shape, 2 * base);
  const ratio = t2 / Math.max(t1, 1);
  rows.push({ shape, t1, t2, ratio });
  console.log(
    `${shape.name.padEnd(16)} ${(t1 / 1000).toFixed(2).padStart(7)} s ${(t2 / 1000).toFixed(2).padStart(7)} s  ×${ratio.toFixed(2)}`,
  );
}

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en-US')} KB`;
const table = [
  `| shape | ${kb(base)} | ${kb(2 * base)} | ratio (≤ ${RATIO_LIMIT}) |`,
  '| --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.shape.what} | ${(r.t1 / 1000).toFixed(2)} s | ${(r.t2 / 1000).toFixed(2)} s | ${r.ratio.toFixed(2)}${r.ratio > RATIO_LIMIT ? ' **over**' : ''} |`,
  ),
];
const section = `<!-- scale:start -->
## Scale: time for n and 2n of crafted input

\`node --import tsx --conditions source bench/scale.ts --kb ${values.kb}\` — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), load average ${load0.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end. \`parseDocument\` and \`analyzeDocument\` (or, for compare, parsing both versions and \`compareVersions\`) in one process, CPU time (user + system), best of 3 runs (of up to 10 while they add up to under a second), each after a full garbage collection, after a warm-up. Linear time doubles (ratio 2); a path quadratic in the document or a paragraph quadruples it.

${table.join('\n')}
<!-- scale:end -->`;
if (!values['no-write']) {
  writeDocSection(docsPath, '<!-- scale:start -->', '<!-- scale:end -->', section);
}
const over = rows.filter((r) => r.ratio > RATIO_LIMIT);
if (over.length > 0) console.log(`over ${RATIO_LIMIT}: ${over.map((r) => r.shape.name).join(', ')}`);
