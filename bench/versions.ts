/**
 * `gloss versions` on a generated corpus (packages/compare/test/versions-corpus.ts: BBC News
 * articles, each printed by the agency and by 3–6 outlets with known edits, mixed with unrelated
 * articles sharing the outlets' footers and a standard paragraph):
 *
 * - clusters: purity and recall (inverse purity) over every document, and unrelated articles
 *   joined (targets ≥ 0.98, ≥ 0.98, 0);
 * - per-version edit counts against the gold, summed over the versions (target within ±5 % each);
 * - time of the clustering and of the whole run (clustering, analysis, comparison) for the
 *   corpus ×1 and ×10 (target ×10 within 12× the time of ×1);
 * - the real command (`gloss versions FILE.jsonl --out DIR`, a process of its own) at ×1 and ×10
 *   with 1 and 2 worker threads: wall time, peak resident memory (the manifest's `peakRssBytes`:
 *   main thread and workers), and whether the outputs are the same bytes.
 *
 *   node --import tsx --conditions source bench/versions.ts
 *
 * Writes its sections of docs/accuracy.md and docs/benchmarks.md between the versions markers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '@gloss/analysis';
import { clusterTexts, findStories, type VersionProfile } from '@gloss/compare';
import { hasBbc, readBbc } from '../packages/compare/test/generate.ts';
import { writeDocSection } from './doc-section.ts';
import {
  type CorpusDoc,
  clusterScores,
  type GoldCounts,
  generateVersionsCorpus,
} from '../packages/compare/test/versions-corpus.ts';

if (!hasBbc) {
  console.error('bench/versions: ../shared/data/bbc-news is absent; nothing to measure');
  process.exit(0);
}

const STORIES = 20;
const UNRELATED = 100;
const articles = readBbc();

const MEASURES: { name: string; gold: (g: GoldCounts) => number; found: (p: VersionProfile) => number }[] = [
  { name: 'cuts marked by an ellipsis', gold: (g) => g.cutsElided, found: (p) => p.cutsElided },
  { name: 'silent cuts', gold: (g) => g.cutsSilent, found: (p) => p.cutsSilent },
  { name: 'silent word changes', gold: (g) => g.silentChanges, found: (p) => p.silentChanges },
  { name: 'bracketed insertions', gold: (g) => g.bracketed, found: (p) => p.bracketed },
  { name: 'sentences added', gold: (g) => g.addedSentences, found: (p) => p.addedSentences },
  { name: 'sentences moved', gold: (g) => g.movedSentences, found: (p) => p.movedSentences },
  {
    name: 'headlines changed',
    gold: (g) => (g.headlineChanged ? 1 : 0),
    found: (p) => (p.headlineChanged ? 1 : 0),
  },
];

function run(docs: CorpusDoc[], analyse: boolean) {
  const input = docs.map((d) => ({ id: d.id, text: d.text, outlet: d.outlet, date: d.date }));
  const t0 = performance.now();
  const clustered = clusterTexts(input.map((d) => d.text));
  const tCluster = performance.now() - t0;
  const t1 = performance.now();
  const result = analyse ? findStories(input, analyzeDocument) : null;
  const tAll = performance.now() - t1;
  return { clustered, result, tCluster, tAll };
}

// ×1: accuracy and time
const small = generateVersionsCorpus(articles, { stories: STORIES, unrelated: UNRELATED, seed: 14 });
run(small.slice(0, 30), true); // warm-up: compromise and the rules load once
const one = run(small, true);
const scores1 = clusterScores(small, one.clustered.clusters);

// accuracy on a larger corpus (×10), gold edit counts from it too
const large = generateVersionsCorpus(articles, {
  stories: STORIES * 10,
  unrelated: UNRELATED * 10,
  seed: 14,
});
const ten = run(large, true);
const scores10 = clusterScores(large, ten.clustered.clusters);

const byId = new Map(large.map((d) => [d.id, d]));
const totals = MEASURES.map(() => ({ gold: 0, found: 0 }));
let versions = 0;
let wrongReference = 0;
for (const story of ten.result!.stories) {
  const ref = byId.get(story.members[story.reference]!.id)!;
  if (!ref.wire) {
    wrongReference++;
    continue;
  }
  for (const v of story.versions) {
    const gold = byId.get(v.member.id)!.gold;
    versions++;
    MEASURES.forEach((m, k) => {
      totals[k]!.gold += m.gold(gold);
      totals[k]!.found += m.found(v.profile);
    });
  }
}

// The command itself, in a process of its own, on the two corpora written as JSONL (in a
// temporary folder: the BBC text is never kept).
const work = mkdtempSync(join(tmpdir(), 'gloss-bench-versions-'));
const bin = fileURLToPath(new URL('../packages/cli/bin/gloss.js', import.meta.url));
spawnSync(
  process.execPath,
  [fileURLToPath(new URL('../packages/cli/scripts/build.js', import.meta.url)), '--if-stale'],
  {
    stdio: 'inherit',
  },
);
interface CliRun {
  corpus: string;
  documents: number;
  workers: number;
  seconds: number;
  rssMb: number;
  cpuSeconds: number;
  outputs: string;
}
const cliRuns: CliRun[] = [];
for (const [name, docs] of [
  ['×1', small],
  ['×10', large],
] as const) {
  const file = join(work, `${name === '×1' ? 'one' : 'ten'}.jsonl`);
  writeFileSync(
    file,
    docs.map((d) => JSON.stringify({ id: d.id, outlet: d.outlet, date: d.date, text: d.text })).join('\n'),
  );
  for (const workers of [1, 2]) {
    const out = join(work, `${name === '×1' ? 'one' : 'ten'}-${workers}`);
    const t = performance.now();
    const r = spawnSync(
      process.execPath,
      [bin, 'versions', file, '--out', out, '--workers', String(workers), '-q'],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    const seconds = (performance.now() - t) / 1000;
    if (r.status !== 0) throw new Error(`gloss versions failed: ${r.stderr}`);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    cliRuns.push({
      corpus: name,
      documents: docs.length,
      workers,
      seconds,
      rssMb: manifest.peakRssBytes / 1048576,
      cpuSeconds: manifest.cpuSeconds,
      outputs: JSON.stringify(manifest.outputs),
    });
  }
}
rmSync(work, { recursive: true, force: true });
const sameBytes = ['×1', '×10'].every(
  (c) => new Set(cliRuns.filter((r) => r.corpus === c).map((r) => r.outputs)).size === 1,
);
const cli = (corpus: string, workers: number) =>
  cliRuns.find((r) => r.corpus === corpus && r.workers === workers)!;

const f3 = (x: number) => x.toFixed(3);
const ratio = ten.tAll / one.tAll;
const clusterRatio = ten.tCluster / one.tCluster;
const date = new Date().toISOString().slice(0, 10);
const accuracy = [
  `Generated corpus (${date}; seed 14): ${large.length} documents — ${STORIES * 10} stories, each printed by its agency and 3–6 outlets, and ${UNRELATED * 10} unrelated articles carrying the same outlet footers and, for half, a three-sentence standard paragraph.`,
  '',
  '| what | ×1 | ×10 | target |',
  '| --- | ---: | ---: | --- |',
  `| documents | ${small.length} | ${large.length} | |`,
  `| cluster purity | ${f3(scores1.purity)} | ${f3(scores10.purity)} | ≥ 0.98 |`,
  `| cluster recall | ${f3(scores1.recall)} | ${f3(scores10.recall)} | ≥ 0.98 |`,
  `| clusters joining unrelated articles | ${scores1.boilerplateJoins} | ${scores10.boilerplateJoins} | 0 |`,
  `| reference is the agency's original | ${one.result!.stories.length - one.result!.stories.filter((s) => !small.find((d) => d.id === s.members[s.reference]!.id)!.wire).length}/${one.result!.stories.length} | ${ten.result!.stories.length - wrongReference}/${ten.result!.stories.length} | all |`,
  '',
  `Edit counts of the ${versions} outlet versions (×10 corpus) against the gold, summed:`,
  '',
  '| edit | gold | found | found / gold | target |',
  '| --- | ---: | ---: | ---: | --- |',
  ...MEASURES.map((m, k) => {
    const t = totals[k]!;
    return `| ${m.name} | ${t.gold} | ${t.found} | ${t.gold ? f3(t.found / t.gold) : '—'} | 0.95–1.05 |`;
  }),
].join('\n');
const speed = [
  `\`bench/versions.ts\` (${date}; ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}; one thread): clustering alone (shingles, MinHash, LSH, verification by alignment) and the whole run (clustering, then parsing, analysing and comparing every clustered version).`,
  '',
  '| corpus | documents | clustering | whole run |',
  '| --- | ---: | ---: | ---: |',
  `| ×1 | ${small.length} | ${(one.tCluster / 1000).toFixed(2)} s | ${(one.tAll / 1000).toFixed(2)} s |`,
  `| ×10 | ${large.length} | ${(ten.tCluster / 1000).toFixed(2)} s | ${(ten.tAll / 1000).toFixed(2)} s |`,
  `| ×10 / ×1 | | ${clusterRatio.toFixed(1)}× | ${ratio.toFixed(1)}× (target ≤ 12×) |`,
  '',
  `Pairs compared by signature at ×10: ${ten.clustered.stats.estimated}; aligned to verify: ${ten.clustered.stats.verified}; joined: ${ten.clustered.stats.joined} (all pairs: ${((large.length * (large.length - 1)) / 2).toLocaleString('en-US')}).`,
  '',
  'The command (`gloss versions corpus.jsonl --out DIR --workers N`, a process each, start-up and every output file included; peak resident memory of the process, workers included, from the manifest):',
  '',
  '| corpus | documents | workers | wall time | CPU time (all threads) | peak RSS |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...cliRuns.map(
    (r) =>
      `| ${r.corpus} | ${r.documents} | ${r.workers} | ${r.seconds.toFixed(1)} s | ${r.cpuSeconds.toFixed(1)} s | ${r.rssMb.toFixed(0)} MB |`,
  ),
  '',
  `×10 with 2 workers against 1: ${(cli('×10', 1).seconds / cli('×10', 2).seconds).toFixed(2)}× as fast; ×10 against ×1 (1 worker): ${(cli('×10', 1).seconds / cli('×1', 1).seconds).toFixed(1)}× the time, ${(cli('×10', 1).rssMb / cli('×1', 1).rssMb).toFixed(2)}× the memory. Outputs the same bytes with 1 and 2 workers: ${sameBytes ? 'yes' : 'NO'}.`,
].join('\n');
console.log(`${accuracy}\n\n${speed}`);

/** Its section of a docs page; where the page has no markers yet, with the heading they sit under. */
function writeSection(file: string, body: string): void {
  const path = fileURLToPath(new URL(`../docs/${file}`, import.meta.url));
  const [start, end] = ['<!-- versions:start -->', '<!-- versions:end -->'];
  const hasMarkers = readFileSync(path, 'utf8').includes(start);
  const heading = hasMarkers ? '' : '## Versions of a story (`gloss versions`)\n\n';
  writeDocSection(path, start, end, `${heading}${start}\n${body}\n${end}`);
}
if (!process.argv.includes('--no-write')) {
  writeSection('accuracy.md', accuracy);
  writeSection('benchmarks.md', speed);
}
