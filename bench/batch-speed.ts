/**
 * Speed and memory of `gloss batch` on the BBC News corpus (2,225 articles, 4.97 MB of text),
 * with the retext baseline (retext + equality, intensify, passive, simplify, profanities) run in
 * the same script. Every measurement runs in its own child process; peak memory is that
 * process's maximum resident set size (worker threads live in the same process, so it covers them).
 *
 *   [GLOSS_BBC_CORPUS=PATH] node --import tsx bench/batch-speed.ts [--runs 3] [--repeat-runs 3] [--no-baseline] [--no-repeat]
 *     [--before-worker OTHER/packages/cli/dist/batch-worker.js]   (per-worker warm-up, before/after)
 *     [--warmup-young MB]   (per-worker warm-up and warm pass with this young generation, alternating)
 *     [--warmup-v8-flags '--max-inlined-bytecode-size=460 --max-inlined-bytecode-size-cumulative=920']
 *       (per-worker warm-up with these V8 flags set after BATCH_V8_FLAGS too, alternating: the
 *        example puts back V8's own inlining budget, to see what the batch's smaller one saves)
 *
 * Writes its section of docs/benchmarks.md between the batch-speed markers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance as perfHooks } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeDocSection } from './doc-section.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// GLOSS_BBC_CORPUS: another copy of the corpus (a git worktree is not beside ../shared/data).
const corpus =
  process.env.GLOSS_BBC_CORPUS ??
  fileURLToPath(new URL('../../shared/data/bbc-news/bbc-news.jsonl', import.meta.url));
const self = fileURLToPath(import.meta.url);

interface Sample {
  wallMs: number;
  analysisMs: number;
  firstResultMs: number;
  finalizeMs: number;
  textBytes: number;
  documents: number;
  errors: number;
  maxRssMb: number;
  /** CPU time of the whole process (every thread), user + system, seconds. */
  cpuS: number;
  /** Resident set size every 2 s, MB (gloss runs only). */
  rssTrace?: number[];
  /** ms from pool start until each tenth of the documents was written (gloss runs only). */
  tenths?: number[];
  /** ms the main thread was busy (not waiting) from the start until the last document was written. */
  mainBusyMs?: number;
  /** The whole child process, spawn to exit, as the parent saw it (node and tsx start-up included). */
  processMs?: number;
}

interface WarmUp {
  /** Per pass over the corpus in one thread: wall ms and CPU ms of the whole process (all threads). */
  passes: { wallMs: number; cpuMs: number }[];
}

interface Stages {
  documents: number;
  textBytes: number;
  parseMs: number;
  analyzeMs: number;
  measuresMs: number;
  serializeMs: number;
}

/** The article texts of the BBC News corpus, in order. */
function corpusTexts(): string[] {
  return readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Where one thread's time goes, stage by stage, over the whole corpus (after one warm-up document). */
async function stages(): Promise<Stages> {
  const { parseDocument } = await import('@gloss/document');
  const { analyzeDocument, toAnalysisRecord } = await import('@gloss/analysis');
  const { computeMetrics } = await import('@gloss/batch');
  const texts = corpusTexts();
  analyzeDocument(parseDocument(texts[0]!));
  const out: Stages = {
    documents: texts.length,
    textBytes: 0,
    parseMs: 0,
    analyzeMs: 0,
    measuresMs: 0,
    serializeMs: 0,
  };
  for (const text of texts) {
    const a = performance.now();
    const doc = parseDocument(text);
    const b = performance.now();
    const analysis = analyzeDocument(doc);
    const c = performance.now();
    const metrics = computeMetrics(doc, analysis);
    const d = performance.now();
    JSON.stringify(metrics);
    JSON.stringify(toAnalysisRecord(doc, analysis, { includeText: false }));
    const e = performance.now();
    out.parseMs += b - a;
    out.analyzeMs += c - b;
    out.measuresMs += d - c;
    out.serializeMs += e - d;
    out.textBytes += Buffer.byteLength(text);
  }
  return out;
}

/**
 * What a fresh worker thread pays before it runs at full speed: one worker thread started as
 * `gloss batch` starts them (the shipped worker, or `workerUrl`: another build's, for a
 * before/after), analysing the corpus three times in a row, in batches of 64 as the pool hands
 * them out. CPU of the whole process per pass (the main thread waits meanwhile): V8 compiles the
 * hot functions with its optimising compiler on background threads during the first pass, and
 * compromise loads at the first bracket; every new worker thread pays this again.
 */
async function warmUp(workerUrl?: string, youngMb?: number): Promise<WarmUp> {
  const { Worker } = await import('node:worker_threads');
  const { setFlagsFromString } = await import('node:v8');
  const { BATCH_V8_FLAGS, BATCH_WORKER_OPTIONS, workerEntry } = await import('@gloss/batch');
  for (const flag of BATCH_V8_FLAGS) setFlagsFromString(flag);
  const url = workerUrl ?? (await workerEntry()).url;
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    import(workerData.url).then(async ({ default: handle }) => {
      const passes = [];
      for (let pass = 0; pass < 3; pass++) {
        const cpu = process.cpuUsage();
        const start = performance.now();
        for (let i = 0; i < workerData.texts.length; i += 64) {
          const docs = workerData.texts.slice(i, i + 64).map((text) => ({ payload: { type: 'text', text }, id: '', head: '{', columns: [] }));
          await handle({ kind: 'analyse', docs, keepText: false, slot: -1 });
        }
        const used = process.cpuUsage(cpu);
        passes.push({ wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
      }
      parentPort.postMessage(passes);
    });`;
  const passes = await new Promise<WarmUp['passes']>((resolve, reject) => {
    const worker = new Worker(code, {
      eval: true,
      ...BATCH_WORKER_OPTIONS,
      ...(youngMb
        ? { resourceLimits: { ...BATCH_WORKER_OPTIONS.resourceLimits, maxYoungGenerationSizeMb: youngMb } }
        : {}),
      workerData: { url, texts: corpusTexts() },
    });
    worker.once('message', (p: WarmUp['passes']) => void worker.terminate().then(() => resolve(p)));
    worker.once('error', reject);
  });
  return { passes };
}

/** CPU-seconds a fresh worker spends warming up: its first pass less a warm pass. */
const warmUpCpuS = (w: WarmUp): number =>
  (w.passes[0]!.cpuMs - Math.min(...w.passes.slice(1).map((p) => p.cpuMs))) / 1000;

/**
 * The ceiling for any pipeline: `jobs` plain worker threads run the batch workers' own code
 * (the same bundle, thread options and heap setting) over their shares of the corpus, handed over up front:
 * no reading, ordering or writing. Wall and CPU ms from starting the threads to the last one done.
 */
async function threads(jobs: number, copies: number): Promise<{ wallMs: number; cpuMs: number }> {
  const { Worker } = await import('node:worker_threads');
  const { setFlagsFromString } = await import('node:v8');
  const { BATCH_V8_FLAGS, BATCH_WORKER_OPTIONS, workerEntry } = await import('@gloss/batch');
  for (const flag of BATCH_V8_FLAGS) setFlagsFromString(flag);
  const { url } = await workerEntry();
  const texts = corpusTexts();
  const all = Array.from({ length: copies }, () => texts).flat();
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    import(workerData.url).then(async ({ default: handle }) => {
      const { texts } = workerData;
      for (let i = 0; i < texts.length; i += 64) {
        const docs = texts.slice(i, i + 64).map((text) => ({ payload: { type: 'text', text }, id: '', head: '{', columns: [] }));
        await handle({ kind: 'analyse', docs, keepText: false, slot: -1 });
      }
      parentPort.postMessage('done');
    });`;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    Array.from(
      { length: jobs },
      (_, k) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(code, {
            eval: true,
            ...BATCH_WORKER_OPTIONS,
            workerData: { url, texts: all.filter((_, i) => i % jobs === k) },
          });
          worker.once('message', () => resolve(worker.terminate()));
          worker.once('error', reject);
        }),
    ),
  );
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * What two cores give at all: the same fixed integer loop in `jobs` plain worker threads at once
 * (no allocation, no memory traffic), wall ms from starting them to the last one done. On an idle
 * machine two threads take as long as one; each point below 2× is lost to the machine (other
 * processes, shared caches, clock boost), not to Gloss.
 */
async function loop(jobs: number): Promise<{ wallMs: number; cpuMs: number }> {
  const { Worker } = await import('node:worker_threads');
  const code = `
    const { parentPort } = require('node:worker_threads');
    let x = 1;
    for (let i = 0; i < 2e8; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
    parentPort.postMessage(x);`;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    Array.from(
      { length: jobs },
      () =>
        new Promise((resolve, reject) => {
          const worker = new Worker(code, { eval: true, execArgv: [] });
          worker.once('message', () => resolve(worker.terminate()));
          worker.once('error', reject);
        }),
    ),
  );
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

async function child(
  config:
    | { kind: 'gloss'; inputs: string[]; jobs: number; out: string; expected?: number }
    | { kind: 'retext' }
    | { kind: 'stages' }
    | { kind: 'warmup'; worker?: string; flags?: string; young?: number }
    | { kind: 'threads'; jobs: number; copies: number }
    | { kind: 'loop'; jobs: number },
) {
  const t0 = performance.now();
  if (config.kind === 'stages') {
    process.stdout.write(`${JSON.stringify(await stages())}\n`);
    return;
  }
  if (config.kind === 'warmup') {
    if (config.flags) {
      const { setFlagsFromString } = await import('node:v8');
      for (const flag of config.flags.split(/\s+/).filter(Boolean)) setFlagsFromString(flag);
    }
    process.stdout.write(`${JSON.stringify(await warmUp(config.worker, config.young))}\n`);
    return;
  }
  if (config.kind === 'loop') {
    process.stdout.write(`${JSON.stringify(await loop(config.jobs))}\n`);
    return;
  }
  if (config.kind === 'threads') {
    process.stdout.write(`${JSON.stringify(await threads(config.jobs, config.copies))}\n`);
    return;
  }
  if (config.kind === 'retext') {
    const { retext } = await import('retext');
    const plugins = await Promise.all(
      ['retext-equality', 'retext-intensify', 'retext-passive', 'retext-simplify', 'retext-profanities'].map(
        async (name) => (await import(name)).default,
      ),
    );
    let processor = retext();
    for (const plugin of plugins) processor = processor.use(plugin);
    const texts = corpusTexts();
    const start = performance.now();
    let bytes = 0;
    let messages = 0;
    for (const text of texts) {
      const file = await processor.process(text);
      messages += file.messages.length;
      bytes += Buffer.byteLength(text);
    }
    const end = performance.now();
    const sample: Sample = {
      wallMs: end - t0,
      analysisMs: end - start,
      firstResultMs: 0,
      finalizeMs: 0,
      textBytes: bytes,
      documents: texts.length,
      errors: messages,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      cpuS: cpuSeconds(),
    };
    process.stdout.write(`${JSON.stringify(sample)}\n`);
    return;
  }
  const { runBatch } = await import('@gloss/batch');
  const rssTrace: number[] = [];
  const sampler = setInterval(() => rssTrace.push(Math.round(process.memoryUsage().rss / 1048576)), 2000);
  const tenths: number[] = [];
  const { eventLoopUtilization } = perfHooks;
  const loopStart = eventLoopUtilization();
  let mainBusy = 0;
  let poolStart = 0;
  let total = 0;
  const result = await runBatch({
    inputs: config.inputs,
    out: config.out,
    jobs: config.jobs,
    progress: 'none',
    onProgress: (state) => {
      mainBusy = eventLoopUtilization(loopStart).active;
      if (poolStart === 0) {
        // The first call comes with the first results; the pool started firstResult ms before.
        poolStart = performance.now();
        total = config.expected ?? 0;
      }
      while (total > 0 && tenths.length < 10 && state.documents >= (total * (tenths.length + 1)) / 10)
        tenths.push(performance.now() - poolStart);
    },
  });
  clearInterval(sampler);
  const end = performance.now();
  const sample: Sample = {
    wallMs: end - t0,
    analysisMs: result.timings.analysis,
    firstResultMs: result.timings.firstResult,
    finalizeMs: result.timings.finalize,
    textBytes: result.textBytes,
    documents: result.documents,
    errors: result.errors,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    cpuS: cpuSeconds(),
    rssTrace,
    tenths: tenths.map((t) => t + result.timings.firstResult),
    mainBusyMs: mainBusy,
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

function cpuSeconds(): number {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1e6;
}

function measure(config: object): Sample {
  const start = performance.now();
  const sample = runChild(config) as Sample;
  return { ...sample, processMs: performance.now() - start };
}

/** CPU-seconds of this process's finished children (Linux: /proc/self/stat's cutime + cstime). */
function childrenCpuS(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // Fields 16 and 17 of the stat line (cutime, cstime), in clock ticks of 1/100 s.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const cliBin = join(root, 'packages/cli/bin/gloss.js');

/**
 * The `gloss batch` command as a user runs it (the compiled CLI, one worker, every table
 * written): wall time of the whole process, from spawning it to its exit, and its CPU time.
 */
function command(out: string): { processMs: number; cpuS: number } {
  const cpu = childrenCpuS();
  const start = performance.now();
  const r = spawnSync(process.execPath, [cliBin, 'batch', corpus, '--out', out, '--jobs', '1', '--quiet'], {
    cwd: root,
    encoding: 'utf8',
  });
  const processMs = performance.now() - start;
  if (r.status !== 0) throw new Error(`gloss batch failed (${r.status}): ${r.stderr}`);
  return { processMs, cpuS: childrenCpuS() - cpu };
}

function runChild(config: object): unknown {
  const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', JSON.stringify(config)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function medianSample(samples: Sample[]): Sample {
  const pick = (k: Exclude<keyof Sample, 'rssTrace' | 'tenths' | 'mainBusyMs' | 'processMs'>) =>
    median(samples.map((s) => s[k]));
  return {
    wallMs: pick('wallMs'),
    analysisMs: pick('analysisMs'),
    firstResultMs: pick('firstResultMs'),
    finalizeMs: pick('finalizeMs'),
    textBytes: samples[0]!.textBytes,
    documents: samples[0]!.documents,
    errors: samples[0]!.errors,
    maxRssMb: pick('maxRssMb'),
    cpuS: pick('cpuS'),
    rssTrace: samples[0]!.rssTrace ?? [],
    tenths: samples[0]!.tenths ?? [],
    mainBusyMs: median(samples.map((s) => s.mainBusyMs ?? Number.NaN)),
    processMs: median(samples.map((s) => s.processMs ?? Number.NaN)),
  };
}

const mbps = (s: Sample): number => s.textBytes / 1e6 / (s.analysisMs / 1000);
/** Excluding worker start-up (pool start to first result): the rate once the workers are warm. */
const steady = (s: Sample): number => s.textBytes / 1e6 / ((s.analysisMs - s.firstResultMs) / 1000);
const f = (n: number, d = 2): string => n.toFixed(d);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const childIndex = args.indexOf('--child');
  if (childIndex !== -1) {
    await child(JSON.parse(args[childIndex + 1]!));
    return;
  }
  if (!existsSync(corpus)) {
    console.error(
      `batch-speed: ${corpus} is not here; this benchmark needs the BBC News corpus beside the repository`,
    );
    process.exitCode = 2;
    return;
  }
  const runsAt = args.indexOf('--runs');
  const runs = runsAt === -1 ? 3 : Number(args[runsAt + 1]);
  const work = mkdtempSync(join(tmpdir(), 'gloss-bench-'));
  const ten: string[] = [];
  for (let i = 0; i < 10; i++) {
    const link = join(work, `bbc-${i}.jsonl`);
    symlinkSync(corpus, link);
    ten.push(link);
  }
  const repeatAt = args.indexOf('--repeat-runs');
  const repeatRuns = repeatAt === -1 ? 3 : Number(args[repeatAt + 1]);
  let n = 0;
  const gloss = (inputs: string[], jobs: number, count = runs): Sample[] =>
    Array.from({ length: count }, () => {
      const out = join(work, `out-${n++}`);
      const s = measure({ kind: 'gloss', inputs, jobs, out, expected: inputs.length * 2225 });
      rmSync(out, { recursive: true, force: true });
      console.error(
        `  gloss ${inputs.length}x jobs=${jobs}: ${f(mbps(s))} MB/s (analysis ${f(s.analysisMs / 1000)} s, first result ${f(s.firstResultMs / 1000)} s, finalize ${f(s.finalizeMs / 1000)} s), peak RSS ${f(s.maxRssMb, 0)} MB`,
      );
      return s;
    });

  // Build (or find) the workers' bundle first, so no measured run pays for it.
  const { workerEntry, BATCH_WORKER_OPTIONS } = await import('@gloss/batch');
  console.error(`  workers: ${(await workerEntry()).kind}`);
  const results: Record<string, Sample> = {};
  if (!args.includes('--no-baseline')) {
    results.retext = medianSample(
      Array.from({ length: runs }, () => {
        const s = measure({ kind: 'retext' });
        console.error(`  retext baseline: ${f(mbps(s))} MB/s (${f(s.analysisMs / 1000)} s)`);
        return s;
      }),
    );
  }
  // One and two workers alternate, so that load from other processes falls on both alike.
  const ones: Sample[] = [];
  const twos: Sample[] = [];
  const commands: { processMs: number; cpuS: number }[] = [];
  if (!existsSync(join(root, 'packages/cli/dist/gloss.js')))
    throw new Error('batch-speed: the CLI is not built; run `npx --yes pnpm@12.4.2 build` first');
  for (let i = 0; i < runs; i++) {
    ones.push(...gloss([corpus], 1, 1));
    twos.push(...gloss([corpus], 2, 1));
    const out = join(work, `out-${n++}`);
    const c = command(out);
    rmSync(out, { recursive: true, force: true });
    commands.push(c);
    console.error(`  gloss batch command, 1 worker: ${f(c.processMs / 1000)} s, CPU ${f(c.cpuS, 1)} s`);
  }
  const commandMs = median(commands.map((c) => c.processMs));
  const commandCpuS = median(commands.map((c) => c.cpuS));
  results.one = medianSample(ones);
  results.two = medianSample(twos);
  const best = (xs: Sample[]): number => Math.max(...xs.map(mbps));
  const bigTwos: Sample[] = [];
  const bigOnes: Sample[] = [];
  if (!args.includes('--no-repeat')) {
    // Alternating, as above.
    for (let i = 0; i < repeatRuns; i++) {
      bigTwos.push(...gloss(ten, 2, 1));
      bigOnes.push(...gloss(ten, 1, 1));
    }
    results.oneBig = medianSample(bigTwos);
    results.oneBigOneWorker = medianSample(bigOnes);
  }
  rmSync(work, { recursive: true, force: true });
  // The same analysis in plain threads, without the pipeline: one and two alternating.
  const ideal: Record<string, { wallMs: number; cpuMs: number }[]> = {};
  for (let i = 0; i < runs; i++) {
    for (const [copies, jobs] of [
      [1, 1],
      [1, 2],
      ...(args.includes('--no-repeat') ? [] : [[10, 1] as const, [10, 2] as const]),
    ] as const) {
      const t = runChild({ kind: 'threads', jobs, copies }) as { wallMs: number; cpuMs: number };
      const key = `${copies}x${jobs}`;
      ideal[key] = [...(ideal[key] ?? []), t];
      console.error(
        `  plain threads ${copies}x jobs=${jobs}: ${f(t.wallMs / 1000)} s, CPU ${f(t.cpuMs / 1000)} s`,
      );
    }
  }
  // The machine's own ceiling: a CPU loop in one thread and in two, alternating.
  const loops: Record<number, number[]> = { 1: [], 2: [] };
  for (let i = 0; i < runs; i++) {
    for (const jobs of [1, 2] as const) {
      const t = runChild({ kind: 'loop', jobs }) as { wallMs: number };
      loops[jobs]!.push(t.wallMs);
      console.error(`  CPU loop, ${jobs} thread(s): ${f(t.wallMs / 1000)} s`);
    }
  }
  // Two threads do twice the work of one: the speed-up is 2 × one's time / two's time.
  const loopScale = (2 * median(loops[1]!)) / median(loops[2]!);
  const idealWall = (key: string): number => median((ideal[key] ?? []).map((t) => t.wallMs));
  const stage = runChild({ kind: 'stages' }) as Stages;
  // Per-worker warm-up, alternating with another build's worker when `--before-worker FILE` names one.
  const beforeAt = args.indexOf('--before-worker');
  const beforeWorker = beforeAt === -1 ? null : pathToFileURL(resolve(args[beforeAt + 1]!)).href;
  const warms: WarmUp[] = [];
  const warmsBefore: WarmUp[] = [];
  const flagsAt = args.indexOf('--warmup-v8-flags');
  const warmupFlags = flagsAt === -1 ? null : args[flagsAt + 1]!;
  const warmsFlags: WarmUp[] = [];
  const youngAt = args.indexOf('--warmup-young');
  const warmupYoung = youngAt === -1 ? null : Number(args[youngAt + 1]);
  const warmsYoung: WarmUp[] = [];
  for (let i = 0; i < runs; i++) {
    warms.push(runChild({ kind: 'warmup' }) as WarmUp);
    if (beforeWorker) warmsBefore.push(runChild({ kind: 'warmup', worker: beforeWorker }) as WarmUp);
    if (warmupFlags) warmsFlags.push(runChild({ kind: 'warmup', flags: warmupFlags }) as WarmUp);
    if (warmupYoung) warmsYoung.push(runChild({ kind: 'warmup', young: warmupYoung }) as WarmUp);
  }
  // The run whose warm-up is the median one.
  const byWarmUp = [...warms].sort((a, b) => warmUpCpuS(a) - warmUpCpuS(b));
  const warm = byWarmUp[byWarmUp.length >> 1]!;
  const load = loadavg();

  const one = results.one!;
  const two = results.two!;
  const lines: string[] = [];
  lines.push('<!-- batch-speed:start -->');
  lines.push('## gloss batch: speed and memory');
  lines.push('');
  lines.push(
    `Measured by \`node --import tsx bench/batch-speed.ts\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, availableParallelism ${availableParallelism()}. Corpus: BBC News, ${one.documents.toLocaleString('en-US')} articles, ${f(one.textBytes / 1e6)} MB of article text. Median of ${runs} runs (the ×10 corpus: ${repeatRuns}), each in a fresh process. MB/s = article text bytes / time from starting the worker pool to the last document written (worker start-up included; finalising the CSV/Parquet/outlet files is reported apart).`,
  );
  lines.push('');
  lines.push(
    `Load average when the script ended: ${load.map((x) => x.toFixed(1)).join(', ')} (1, 5, 15 min) — other processes on the machine share the cores and slow every row alike.`,
  );
  lines.push('');
  lines.push(
    '| run | MB/s | MB/s warm | analysis s | first result s | finalize s | whole process s | CPU s (all threads) | peak RSS MB |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const row = (name: string, s: Sample | undefined, final = true): void => {
    if (!s) return;
    lines.push(
      `| ${name} | ${f(mbps(s))} | ${final ? f(steady(s)) : '–'} | ${f(s.analysisMs / 1000)} | ${final ? f(s.firstResultMs / 1000) : '–'} | ${final ? f(s.finalizeMs / 1000) : '–'} | ${f(s.wallMs / 1000)} | ${f(s.cpuS, 1)} | ${f(s.maxRssMb, 0)} |`,
    );
  };
  row('retext + 5 plugins (baseline, one thread)', results.retext, false);
  lines.push(
    `| \`gloss batch --jobs 1\` command (compiled CLI, every table written) | – | – | – | – | – | ${f(commandMs / 1000)} | ${f(commandCpuS, 1)} | – |`,
  );
  row('gloss batch, 1 worker', one);
  row('gloss batch, 2 workers', two);
  row('gloss batch, 1 worker, corpus ×10 (streamed)', results.oneBigOneWorker);
  row('gloss batch, 2 workers, corpus ×10 (streamed)', results.oneBig);
  lines.push('');
  const checks: string[] = [];
  checks.push(
    `- one worker: **${f(mbps(one))} MB/s** median, best of ${runs} ${f(best(ones))} MB/s, warm ${f(steady(one))} MB/s (target ≥ 1 MB/s: ${mbps(one) >= 1 ? 'met' : 'NOT met'})`,
  );
  if (results.retext) {
    // Issue 12's target: the whole command (start-up, warm-up, analysis, every table) against
    // the whole retext process, both timed from spawn to exit by this script.
    const retextMs = results.retext.processMs ?? results.retext.wallMs;
    const whole = retextMs / commandMs;
    checks.push(
      `- \`gloss batch --jobs 1\` against the retext stack, whole processes in the same run: ${f(retextMs / 1000, 1)} s / ${f(commandMs / 1000, 2)} s = **${f(whole, 1)}×** (target ≥ 10×, issue 12: ${whole >= 10 ? 'met' : 'NOT met'}). On the analysis alone (MB/s, pool start to last document against retext's loop over the texts): ${f(mbps(one) / mbps(results.retext), 1)}×.`,
    );
  }
  const scale = mbps(two) / mbps(one);
  const [cold, ...warmPasses] = warm.passes;
  const warmCpu = median(warmPasses.map((p) => p.cpuMs));
  const warmWall = median(warmPasses.map((p) => p.wallMs));
  checks.push(
    `- two workers / one worker on the corpus: **${f(scale)}×** median (best runs: ${f(best(twos) / best(ones))}×) (issue 12's 1.7× is asked of the corpus ×10, below; a run without \`--jobs\` starts one worker for this corpus, docs/batch.md). CPU time of the whole process: ${f(one.cpuS, 1)} s with one worker, ${f(two.cpuS, 1)} s with two.`,
  );
  checks.push(
    `- why: every worker thread warms up on its own. One thread analysing the corpus three times in a row: the first pass takes ${f(cold!.wallMs / 1000)} s and ${f(cold!.cpuMs / 1000)} CPU-seconds (${f(cold!.cpuMs / cold!.wallMs)} cores busy: V8 compiles the hot code on background threads), the next ones ${f(warmWall / 1000)} s and ${f(warmCpu / 1000)} CPU-s. So a fresh thread spends about ${f((cold!.cpuMs - warmCpu) / 1000, 1)} CPU-s warming up, more than the ${f(warmCpu / 1000, 1)} CPU-s the whole corpus costs once warm. With two workers that is paid twice on two cores; on this corpus a second worker cannot gain much, whatever the scheduling.`,
  );
  const medianWarmUp = (ws: WarmUp[]): number => median(ws.map(warmUpCpuS));
  checks.push(
    `- per-worker warm-up (the shipped worker in a thread of its own, first pass over the corpus less a warm pass, median of ${warms.length}): **${f(medianWarmUp(warms))} CPU-s** (runs: ${warms.map((w) => f(warmUpCpuS(w))).join(', ')})${warmsBefore.length > 0 ? `; the \`--before-worker\` build, alternating with it: **${f(medianWarmUp(warmsBefore))} CPU-s** (runs: ${warmsBefore.map((w) => f(warmUpCpuS(w))).join(', ')})` : ''}${warmsFlags.length > 0 ? `; with \`${warmupFlags}\`, alternating with it: **${f(medianWarmUp(warmsFlags))} CPU-s** (runs: ${warmsFlags.map((w) => f(warmUpCpuS(w))).join(', ')}; warm pass ${f(median(warmsFlags.map((w) => Math.min(...w.passes.slice(1).map((p) => p.cpuMs)))) / 1000)} against ${f(median(warms.map((w) => Math.min(...w.passes.slice(1).map((p) => p.cpuMs)))) / 1000)} CPU-s)` : ''}.`,
  );
  checks.push(
    `- the ceiling, measured: the same analysis in plain worker threads, each handed its share of the documents up front (no reading, ordering or writing), takes ${f(idealWall('1x1') / 1000)} s in one thread and ${f(idealWall('1x2') / 1000)} s in two: **${f(idealWall('1x1') / idealWall('1x2'))}×**. No scheduling of this analysis reaches 1.7× on this corpus on this machine; the pipeline's ${f(scale)}× is ${f((100 * scale) / (idealWall('1x1') / idealWall('1x2')), 0)}% of that ceiling.${ideal['10x1'] ? ` On the corpus ×10: ${f(idealWall('10x1') / 1000)} s and ${f(idealWall('10x2') / 1000)} s, **${f(idealWall('10x1') / idealWall('10x2'))}×**.` : ''}`,
  );
  checks.push(
    `- what the machine gives two threads: a plain CPU loop (no memory traffic) in one worker thread and in two, each doing the loop's whole work, alternating (median of ${runs}): two do twice the work in ${f(median(loops[2]!) / 1000)} s against ${f(median(loops[1]!) / 1000)} s for one, **${f(loopScale)}×** (2× on an idle machine with two free cores).`,
  );
  const warmPassCpu = (ws: WarmUp[]): number =>
    median(ws.map((w) => Math.min(...w.passes.slice(1).map((p) => p.cpuMs)))) / 1000;
  if (warmsYoung.length > 0) {
    checks.push(
      `- the workers' young generation: ${BATCH_WORKER_OPTIONS.resourceLimits.maxYoungGenerationSizeMb} MB (shipped) against ${warmupYoung} MB, alternating (median of ${warms.length}): warm pass ${f(warmPassCpu(warms))} against ${f(warmPassCpu(warmsYoung))} CPU-s, warm-up ${f(medianWarmUp(warms))} against ${f(medianWarmUp(warmsYoung))} CPU-s.`,
    );
  }
  const bigTwo = results.oneBig;
  const bigOne = results.oneBigOneWorker;
  if (bigTwo && bigOne) {
    const bigScale = mbps(bigTwo) / mbps(bigOne);
    // The second half of a run, when every worker is warm: text of five tenths / their time.
    const secondHalf = (x: Sample): number => {
      const t = x.tenths ?? [];
      return t.length === 10 ? x.textBytes / 2 / 1e6 / ((t[9]! - t[4]!) / 1000) : Number.NaN;
    };
    const warmTwo = median(bigTwos.map(secondHalf));
    const warmOne = median(bigOnes.map(secondHalf));
    const wholeOf = (x: Sample): number => x.processMs ?? x.wallMs;
    const bigWhole = wholeOf(bigOne) / wholeOf(bigTwo);
    checks.push(
      `- two workers / one worker on the corpus ×10, whole processes (spawn to exit, every table written, node and tsx start-up included): ${f(wholeOf(bigOne) / 1000, 1)} s / ${f(wholeOf(bigTwo) / 1000, 1)} s = **${f(bigWhole)}×** (target ≥ 1.7×, issue 12: ${bigWhole >= 1.7 ? 'met' : 'NOT met'}).`,
    );
    checks.push(
      `- two workers / one worker on the corpus ×10, analysis only (MB/s), where the warm-up is paid once per 50 MB: **${f(bigScale)}×** (${f(mbps(bigTwo))} against ${f(mbps(bigOne))} MB/s; median of ${repeatRuns} runs each). In the second half of these runs, with every worker warm: ${f(warmTwo)} against ${f(warmOne)} MB/s, **${f(warmTwo / warmOne)}×**.`,
    );
  }
  const big = results.oneBig;
  if (big) {
    const plain = big.analysisMs / (10 * two.analysisMs);
    const tenths = big.tenths ?? [];
    const slices = tenths.map((t, i) => t - (i === 0 ? 0 : tenths[i - 1]!));
    // The second half of the run, when the workers are warm: does each tenth cost the same?
    const steadySlices = slices.slice(5);
    const mid = median(steadySlices);
    const spread = steadySlices.length
      ? Math.max(...steadySlices.map((x) => Math.abs(x / mid - 1)))
      : Number.NaN;
    const slowest = Math.max(...slices.slice(1).map((x, i) => x / slices[i]!));
    const memRatio = big.maxRssMb / two.maxRssMb;
    checks.push(
      `- corpus ×10 with 2 workers, time: ten times the text took **${f(plain)}×** ten times the single corpus's analysis time (target within 0.85–1.15: ${plain >= 0.85 && plain <= 1.15 ? 'met' : 'NOT met'}; far below, because the single corpus is mostly warm-up). Within the ×10 run, each tenth of the documents took (s) ${slices.map((x) => f(x / 1000)).join(', ')}: the warm-up fills the first tenths, then every tenth of the second half is within ${f(spread * 100, 0)}% of their median ${f(mid / 1000)} s, and no tenth took more than ${f(slowest)}× the one before it. Time grows linearly once warm; nothing slows down as the corpus grows.`,
    );
    if (big.mainBusyMs) {
      const ceiling = big.textBytes / 1e6 / (big.mainBusyMs / 1000);
      checks.push(
        `- the main thread (reading, hashing, handing out batches, writing in order) was busy ${f(big.mainBusyMs / 1000, 1)} s of the ×10 run's ${f(big.analysisMs / 1000, 1)} s, start-up included: it would keep up with about ${f(ceiling, 0)} MB/s, some ${f(ceiling / (mbps(bigOne ?? big) || 1), 0)} workers at this machine's one-worker ×10 rate, before it became the limit on a machine with more cores.`,
      );
    }
    checks.push(
      `- corpus ×10 with 2 workers, memory: peak RSS ${f(big.maxRssMb, 0)} MB vs ${f(two.maxRssMb, 0)} MB = **${memRatio >= 1 ? '+' : ''}${f((memRatio - 1) * 100, 1)}%** (target < 20%: ${memRatio < 1.2 ? 'met' : 'NOT met'}); CPU time ${f(big.cpuS, 1)} s = ${f(big.cpuS / (10 * two.cpuS))}× ten times the single corpus's ${f(two.cpuS, 1)} s.`,
    );
  }
  const bigOneRss = results.oneBigOneWorker;
  if (bigOneRss) {
    const oneRatio = bigOneRss.maxRssMb / one.maxRssMb;
    checks.push(
      `- corpus ×10 with 1 worker, memory: peak RSS ${f(bigOneRss.maxRssMb, 0)} MB vs ${f(one.maxRssMb, 0)} MB = **${oneRatio >= 1 ? '+' : ''}${f((oneRatio - 1) * 100, 1)}%** (one worker meets the whole vocabulary on the single corpus already, so its per-word cache is full at ×1 too).`,
    );
  }
  lines.push(...checks);
  if (big?.rssTrace && big.rssTrace.length > 2) {
    const trace = big.rssTrace;
    const peakAt = trace.indexOf(Math.max(...trace));
    lines.push('');
    lines.push(
      `Resident memory of the ×10 run every 2 s (MB): ${trace.join(' ')}. It rises while V8 sizes the heaps of the main thread and the workers, peaks at ${Math.max(...trace)} MB at ${2 * (peakAt + 1)} s of ${f(big.wallMs / 1000, 0)} s and then stays level: memory follows the warm-up, not the corpus (the last samples are the single-threaded finalising step, after the workers have stopped).`,
    );
  }
  const total = stage.parseMs + stage.analyzeMs + stage.measuresMs + stage.serializeMs;
  const pct = (x: number): string => `${((100 * x) / total).toFixed(0)}%`;
  lines.push('');
  lines.push(
    `Where one thread's time goes (in-process, all ${stage.documents.toLocaleString('en-US')} articles after a warm-up, ${f(stage.textBytes / 1e6 / (total / 1000))} MB/s overall): document model (\`parseDocument\`) ${f(stage.parseMs / 1000)} s (${pct(stage.parseMs)}), analysis (\`analyzeDocument\`) ${f(stage.analyzeMs / 1000)} s (${pct(stage.analyzeMs)}), batch measures ${f(stage.measuresMs / 1000)} s (${pct(stage.measuresMs)}), record + JSON ${f(stage.serializeMs / 1000)} s (${pct(stage.serializeMs)}).`,
  );
  lines.push('<!-- batch-speed:end -->');
  const section = lines.join('\n');
  writeDocSection(
    join(root, 'docs/benchmarks.md'),
    '<!-- batch-speed:start -->',
    '<!-- batch-speed:end -->',
    section,
    '# Benchmarks\n',
  );
  console.log(section);
}

await main();
