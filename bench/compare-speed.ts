/**
 * Speed of `compare` on long versions: A is real BBC News text (articles joined
 * until the word count is reached), B is A with known edits about every fifth
 * sentence (generated as in packages/compare/test/generate.ts). Also a worst case
 * for the anchors: the seed body repeated, so no sentence is unique.
 * Times the document parse and the comparison separately; median of 5 runs after a warm-up.
 *
 *   node --import tsx --conditions source bench/compare-speed.ts
 *
 * Writes its section of docs/benchmarks.md between the compare-speed markers.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compareVersions } from '@gloss/compare';
import { countWords, parseDocument } from '@gloss/document';
import { generatePair, hasBbc, readBbc, score } from '../packages/compare/test/generate.ts';
import { writeDocSection } from './doc-section.ts';

const docsPath = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const seedPath = fileURLToPath(new URL('../corpus/amazon-ice-rekognition.txt', import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)]!;
}

function textOf(words: number): string {
  if (hasBbc) {
    const parts: string[] = [];
    let n = 0;
    for (const art of readBbc()) {
      parts.push(art.text.trim());
      n += countWords(art.text);
      if (n >= words) break;
    }
    return `${parts.join('\n\n')}\n`;
  }
  return repeated(words);
}

function repeated(words: number): string {
  const seed = readFileSync(seedPath, 'utf8');
  // The body without the reprinter's brackets and ellipses: plain wire text.
  const body = seed
    .slice(seed.indexOf('Amazon pitched'), seed.indexOf('From washingtonpost'))
    .replace(/ ?\[[^\]]*\]/g, '')
    .replace(/…/g, '')
    .trim();
  const parts: string[] = [];
  let n = 0;
  while (n < words) {
    parts.push(body);
    n += countWords(body);
  }
  return `${parts.join('\n\n')}\n`;
}

interface Row {
  label: string;
  words: [number, number];
  sentences: [number, number];
  parseMs: number;
  compareMs: number;
  compareCpuMs: number;
  edits: number;
  recall: number | null;
  precision: number | null;
}

function measure(label: string, a: string, seed: number): Row {
  const { b, truth } = generatePair(a, seed, 0.2);
  const parseTimes: number[] = [];
  const compareTimes: number[] = [];
  const compareCpu: number[] = [];
  let result = null as ReturnType<typeof compareVersions> | null;
  for (let run = 0; run < 6; run++) {
    const t0 = performance.now();
    const da = parseDocument(a);
    const db = parseDocument(b);
    const t1 = performance.now();
    const cpu0 = process.cpuUsage();
    result = compareVersions({ label: 'A', doc: da }, { label: 'B', doc: db });
    const cpu = process.cpuUsage(cpu0);
    const t2 = performance.now();
    if (run > 0) {
      parseTimes.push(t1 - t0);
      compareTimes.push(t2 - t1);
      compareCpu.push((cpu.user + cpu.system) / 1000);
    }
  }
  const s = score(result!, truth);
  return {
    label,
    words: [countWords(a), countWords(b)],
    sentences: [result!.a.sentences.length, result!.b.sentences.length],
    parseMs: median(parseTimes),
    compareMs: median(compareTimes),
    compareCpuMs: median(compareCpu),
    edits: result!.edits.length,
    recall: s.truth > 0 ? s.matched / s.truth : null,
    precision: s.found > 0 ? (s.found - s.falsePositives) / s.found : null,
  };
}

const rows: Row[] = [];
const load0 = loadavg()[0]!;
for (const words of [5_000, 10_000, 20_000, 40_000]) {
  rows.push(
    measure(
      `${hasBbc ? 'BBC News text' : 'seed body repeated'}, ${words.toLocaleString('en')} words`,
      textOf(words),
      words,
    ),
  );
}
rows.push(measure('seed body repeated (no unique sentences), 20,000 words', repeated(20_000), 7));

const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(3));
const table = [
  '| input | words A / B | sentences A / B | parse both (ms) | compare wall (ms) | compare CPU (ms) | edits | recall | precision |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.words[0].toLocaleString('en')} / ${r.words[1].toLocaleString('en')} | ${r.sentences[0]} / ${r.sentences[1]} | ${r.parseMs.toFixed(0)} | ${r.compareMs.toFixed(0)} | ${r.compareCpuMs.toFixed(0)} | ${r.edits} | ${fmt(r.recall)} | ${fmt(r.precision)} |`,
  ),
];
const section = `<!-- compare-speed:start -->
## Compare: two long versions

\`node --import tsx --conditions source bench/compare-speed.ts\` — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores). B is A with a known edit in about one sentence in five (silent word inserted or replaced, bracketed insertion or substitution, cut with or without an ellipsis, move, two sentences merged into one, two paragraphs joined, quote/dash style only). Median of 5 runs after a warm-up; "compare" is \`compareVersions\` alone (alignment, word diff, classification), wall-clock and CPU time of this process (the CPU figure is the one to read when the machine is shared); "parse" is \`parseDocument\` of both versions. Load average ${load0.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end.

${table.join('\n')}

The alignment anchors on sentences unique to both sides and aligns the stretches between anchors in a band, so the time grows with the text, not with its square; the repeated-text row is the case with no anchors at all.
<!-- compare-speed:end -->`;

writeDocSection(
  docsPath,
  '<!-- compare-speed:start -->',
  '<!-- compare-speed:end -->',
  section,
  '# Benchmarks\n',
);
console.log(table.join('\n'));
