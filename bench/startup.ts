/**
 * Start-up: whole `gloss` processes as a user runs them (the compiled CLI), medians of `--runs`
 * (default 5), with the peers in the same run: the retext stack (retext + equality, intensify,
 * passive, simplify, profanities, whole process on the seed) and alex (its CLI). Then a
 * `--cpu-prof` start-up profile of `gloss analyze SEED --format json`, summarised by where the
 * time goes. `--before BIN` measures another gloss binary as well (an older checkout's
 * `packages/cli/bin/gloss.js`), for the before/after table.
 *
 *   node --conditions=source --import tsx bench/startup.ts [--runs 5] [--before PATH/bin/gloss.js]
 *
 * CPU seconds (user + system, from /usr/bin/time where present) are given next to wall time:
 * on a shared machine they move much less than wall time. Writes its section of
 * docs/benchmarks.md between the startup markers (bench/doc-section.ts).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeDocSection } from './doc-section.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const docPath = join(root, 'docs/benchmarks.md');
const seed = join(root, 'corpus/amazon-ice-rekognition.txt');
const bin = join(root, 'packages/cli/bin/gloss.js');
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Sample {
  wall: number;
  cpu: number | null;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * The checkout a gloss binary belongs to, as its working directory (tsx, which the old binary
 * ran on, reads the tsconfig there); the repository for anything else.
 */
function checkoutOf(command: string[]): string {
  const glossBin = command.find((c) => c.endsWith('packages/cli/bin/gloss.js'));
  return glossBin ? join(glossBin, '../../../..') : root;
}

/** One whole process; wall time seen from outside, CPU from /usr/bin/time. */
function once(command: string[], okCodes: number[] = [0], env: NodeJS.ProcessEnv = process.env): Sample {
  const argv = time ? [time, '-f', '@@%U %S', ...command] : command;
  const t0 = performance.now();
  const r = spawnSync(argv[0]!, argv.slice(1), {
    cwd: checkoutOf(command),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env,
  });
  const wall = (performance.now() - t0) / 1000;
  const timing = /@@([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
  if (!okCodes.includes(r.status ?? -1)) {
    throw new Error(`${command.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(0, 500)}`);
  }
  return { wall, cpu: timing ? Number(timing[1]) + Number(timing[2]) : null };
}

/**
 * The terminal view in a pseudo-terminal (`script`): seconds until its first frame (the title and
 * loading line), and until the full view (the status line); then `q`.
 */
async function tuiOnce(
  glossBin: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ first: number; full: number } | null> {
  if (!existsSync('/usr/bin/script')) return null;
  const t0 = performance.now();
  const child: ChildProcess = spawn(
    '/usr/bin/script',
    ['-qfec', `stty cols 160 rows 48; ${process.execPath} ${glossBin} tui ${seed}`, '/dev/null'],
    {
      cwd: checkoutOf([glossBin]),
      env: { ...env, TERM: 'xterm-256color' },
      stdio: ['pipe', 'pipe', 'ignore'],
    },
  );
  let screen = '';
  let first = 0;
  let full = 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the terminal view did not open within 120 s'));
    }, 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
      const now = (performance.now() - t0) / 1000;
      // The old binary drew nothing before the view: its first frame is the view.
      if (first === 0 && (screen.includes('Reading and analysing') || screen.includes('focus B')))
        first = now;
      if (full === 0 && screen.includes('focus B')) {
        full = now;
        child.stdin!.write('q');
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(full > 0 ? { first, full } : null);
    });
  });
}

/** The retext stack on the seed, as a plain ES module script (no tsx): what a user of it runs. */
const retextScript = `
import { readFileSync } from 'node:fs';
import { retext } from 'retext';
import equality from 'retext-equality';
import intensify from 'retext-intensify';
import passive from 'retext-passive';
import simplify from 'retext-simplify';
import profanities from 'retext-profanities';
const file = await retext().use(equality).use(intensify).use(passive).use(simplify).use(profanities)
  .process(readFileSync(process.argv[1], 'utf8'));
process.stdout.write(String(file.messages.length) + '\\n');
`;

/** The profile's samples by where they ran: package, Node's module loader, GC, and the rest. */
function summariseProfile(dir: string): { total: number; rows: [string, number][]; top: [string, number][] } {
  // One profile per process: with the start-up snapshot, the launcher's and the analysing one's.
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error('no profile written');
  const buckets = new Map<string, number>();
  const self = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number } }[];
      samples: number[];
      timeDeltas: number[];
    };
    total += addProfile(profile, buckets, self);
  }
  const rows = [...buckets].sort((a, b) => b[1] - a[1]);
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return { total, rows, top };
}

/** Adds one profile's samples to the buckets (by where they ran) and to self time by function; its total ms. */
function addProfile(
  profile: {
    nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number } }[];
    samples: number[];
    timeDeltas: number[];
  },
  buckets: Map<string, number>,
  self: Map<string, number>,
): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const { url, functionName } = byId.get(id)!.callFrame;
    let bucket: string;
    if (functionName === '(idle)') return;
    total += ms;
    if (functionName === '(garbage collector)') bucket = 'garbage collection';
    else if (/node_modules\/\.pnpm\/([^/]+)@/.test(url)) {
      const name = /node_modules\/\.pnpm\/(@?[^@/]+(?:\+[^@/]+)?)@/.exec(url)![1]!.replace('+', '/');
      bucket =
        name === 'tsx' || name === 'esbuild' || name === 'get-tsconfig' ? 'tsx (compiling TypeScript)' : name;
    } else if (url.includes('node:internal/modules') || url.includes('node:internal/source_map')) {
      bucket = "Node's module loader";
    } else if (url.includes('packages/cli/dist/') || url.includes('/packages/')) bucket = 'Gloss code';
    else if (url.startsWith('node:') || url === '') bucket = 'Node internals, other';
    else bucket = 'other';
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + ms);
    const where = url.replace(/^.*\/node_modules\/\.pnpm\/([^/]+)\/.*$/, '$1').replace(/^.*\//, '');
    const name = `${functionName || '(anonymous)'} (${where || 'native'})`;
    self.set(name, (self.get(name) ?? 0) + ms);
  });
  return total;
}

type Profile = ReturnType<typeof summariseProfile>;

function profileOf(glossBin: string, env: NodeJS.ProcessEnv = process.env): Profile {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-prof-'));
  try {
    const r = spawnSync(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-dir', dir, glossBin, 'analyze', seed, '--format', 'json'],
      { cwd: checkoutOf([glossBin]), encoding: 'utf8', maxBuffer: 64 << 20, env },
    );
    if (r.status !== 0) throw new Error(`profiled run exited ${r.status}: ${r.stderr}`);
    return summariseProfile(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      before: { type: 'string' },
      'no-write': { type: 'boolean' },
    },
  });
  const runs = Number(values.runs);
  const loadBefore = loadavg()[0]!;
  const node = process.execPath;
  // The seed without its square brackets (`tr -d '[]'`): beside the seed, what classifying its
  // brackets costs (both run in the first process, from the code cache; the verb test of a
  // bracket no longer loads compromise, so neither starts from the snapshot).
  const work = mkdtempSync(join(tmpdir(), 'gloss-startup-'));
  const plainSeed = join(work, 'seed-without-brackets.txt');
  writeFileSync(plainSeed, readFileSync(seed, 'utf8').replace(/[[\]]/g, ''));
  const cases: { what: string; command: (b: string) => string[]; target: string }[] = [
    { what: '`gloss --version`', command: (b) => [node, b, '--version'], target: '≤ 0.15 s' },
    {
      what: 'analyse the 7 KB seed, JSON',
      command: (b) => [node, b, 'analyze', seed, '--format', 'json'],
      target: '≤ 0.35 s',
    },
    {
      what: 'the same without its square brackets',
      command: (b) => [node, b, 'analyze', plainSeed, '--format', 'json'],
      target: '—',
    },
    {
      what: '`gloss lesson --format html` on the seed',
      command: (b) => [node, b, 'lesson', seed, '--format', 'html'],
      target: '≤ 0.5 s',
    },
  ];
  // The same build without its start-up snapshot (GLOSS_NO_SNAPSHOT), and without its code cache
  // as well (GLOSS_NO_CODE_CACHE: the ES module build): each one's gain, in the same run.
  const bins: { label: string; path: string; env: NodeJS.ProcessEnv }[] = [
    { label: 'now', path: bin, env: process.env },
    { label: 'no snapshot', path: bin, env: { ...process.env, GLOSS_NO_SNAPSHOT: '1' } },
    {
      label: 'neither',
      path: bin,
      env: { ...process.env, GLOSS_NO_SNAPSHOT: '1', GLOSS_NO_CODE_CACHE: '1' },
    },
  ];
  if (values.before) bins.push({ label: 'before', path: values.before, env: process.env });
  const measured = new Map<string, { wall: number; cpu: number | null }>();
  const measure = (key: string, command: string[], okCodes: number[] = [0], env = process.env) => {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) samples.push(once(command, okCodes, env));
    const cpus = samples.map((s) => s.cpu).filter((c): c is number => c !== null);
    const result = { wall: median(samples.map((s) => s.wall)), cpu: cpus.length > 0 ? median(cpus) : null };
    measured.set(key, result);
    process.stderr.write(
      `${key}: ${result.wall.toFixed(2)} s wall, ${result.cpu?.toFixed(2) ?? '?'} s CPU\n`,
    );
  };
  /**
   * Several configurations of one case, run in turn (one of each, then again) rather than one
   * after the other, so that a change in the machine's load falls on all of them alike.
   */
  const measureInTurn = (configs: { key: string; command: string[]; env: NodeJS.ProcessEnv }[]) => {
    const samples = configs.map(() => [] as Sample[]);
    for (let i = 0; i < runs; i++) {
      configs.forEach((c, j) => {
        samples[j]!.push(once(c.command, [0], c.env));
      });
    }
    configs.forEach((c, j) => {
      const cpus = samples[j]!.map((s) => s.cpu).filter((x): x is number => x !== null);
      const result = {
        wall: median(samples[j]!.map((s) => s.wall)),
        cpu: cpus.length > 0 ? median(cpus) : null,
      };
      measured.set(c.key, result);
      process.stderr.write(
        `${c.key}: ${result.wall.toFixed(2)} s wall, ${result.cpu?.toFixed(2) ?? '?'} s CPU\n`,
      );
    });
  };
  measure('node -e 0', [node, '-e', '0']);
  for (const c of cases) {
    measureInTurn(bins.map((b) => ({ key: `${b.label} ${c.what}`, command: c.command(b.path), env: b.env })));
  }
  const tui = new Map<string, { first: number; full: number } | null>();
  // The columns in turn, as for the other rows: a change of load between them moves them alike.
  const tuiSamples = new Map<string, { first: number; full: number }[]>(bins.map((b) => [b.label, []]));
  for (let i = 0; i < runs; i++) {
    for (const b of bins) {
      const s = await tuiOnce(b.path, b.env);
      if (s) tuiSamples.get(b.label)!.push(s);
    }
  }
  for (const b of bins) {
    const samples = tuiSamples.get(b.label)!;
    const result =
      samples.length > 0
        ? { first: median(samples.map((s) => s.first)), full: median(samples.map((s) => s.full)) }
        : null;
    tui.set(b.label, result);
    process.stderr.write(`${b.label} tui: ${JSON.stringify(result)}\n`);
  }
  measure('retext stack', [node, '--input-type=module', '-e', retextScript, seed]);
  const alexBin = join(root, 'node_modules/.bin/alex');
  // alex exits 1 when it has warnings, as on this article.
  if (existsSync(alexBin)) measure('alex', [alexBin, seed], [0, 1]);
  const profiles = bins.map((b) => [b.label, profileOf(b.path, b.env)] as const);
  const loadAfter = loadavg()[0]!;
  rmSync(work, { recursive: true, force: true });

  const fmt = (key: string) => {
    const m = measured.get(key);
    if (!m) return '—';
    return `${m.wall.toFixed(2)} s (${m.cpu?.toFixed(2) ?? '?'} s CPU)`;
  };
  /** Gloss's analysis of the seed against a peer's, in this run: wall and CPU ratios. */
  const against = (peer: string) => {
    const g = measured.get('now analyse the 7 KB seed, JSON');
    const p = measured.get(peer);
    if (!g || !p) return '—';
    const cpu = g.cpu !== null && p.cpu !== null ? `, ${(g.cpu / p.cpu).toFixed(2)}× its CPU` : '';
    return `${(g.wall / p.wall).toFixed(2)}× its wall time${cpu}`;
  };
  const header = bins.map((b) =>
    b.label === 'before'
      ? 'before (the `--before` build)'
      : b.label === 'neither'
        ? 'Gloss, neither snapshot nor code cache'
        : `Gloss ${b.label}`,
  );
  const lines: string[] = [
    '<!-- startup:start -->',
    '## Start-up: whole processes',
    '',
    `\`node --conditions=source --import tsx bench/startup.ts --runs ${runs}${values.before ? ' --before …' : ''}\`: each figure the median of ${runs} whole processes (the columns of a row run in turn), wall time seen from outside and CPU seconds (user + system, the launcher and, for lesson, the process it starts from the snapshot together) in brackets. Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after${loadBefore > 1.5 ? ' (a busy machine: wall times are inflated, CPU seconds less so)' : ''}. \`node -e 0\` alone: ${fmt('node -e 0')}. "no snapshot" is the same build run with \`GLOSS_NO_SNAPSHOT=1\` (lesson, the one command that loads compromise, loads it in the first process, which runs from the code cache; the other commands, the terminal view among them, never start from the snapshot); "neither" adds \`GLOSS_NO_CODE_CACHE=1\` (the ES module build).`,
    '',
    `| what | ${header.join(' | ')} | target |`,
    `| --- | ${bins.map(() => '---').join(' | ')} | --- |`,
    ...cases.map(
      (c) => `| ${c.what} | ${bins.map((b) => fmt(`${b.label} ${c.what}`)).join(' | ')} | ${c.target} |`,
    ),
    `| terminal view (160×48 pseudo-terminal): first frame / full view | ${bins.map((b) => tuiCell(tui.get(b.label))).join(' | ')} | ≤ 0.3 s / ≤ 1 s |`,
    '',
    `Peers on the same seed, whole processes: retext + equality, intensify, passive, simplify, profanities ${fmt('retext stack')}; alex ${fmt('alex')} (its CLI). Gloss's analysis of the seed is ${against('retext stack')} of the retext stack (target ≤ 1×) and ${against('alex')} of alex (target ≤ 0.4×).`,
    '',
    `Start-up profile of \`gloss analyze SEED --format json\` (\`--cpu-prof\`, one run, every process of it; milliseconds of samples by where they ran, idle time left out; in the compiled build the dependencies bundled into it, such as retext-english and unified, count as Gloss code; compromise, a package of its own, is not loaded: the seed's brackets are classified from its lexicon as data):`,
    '',
    `| where | ${profiles.map(([label]) => label).join(' | ')} |`,
    `| --- | ${profiles.map(() => '---').join(' | ')} |`,
    ...profileRows(profiles),
    '',
    'Top self time (ms of samples), by function:',
    '',
    ...profiles.map(
      ([label, p]) =>
        `- ${label}: ${p.top.map(([name, ms]) => `${name.replaceAll('|', '\\|')} ${Math.round(ms)}`).join('; ')}`,
    ),
    '<!-- startup:end -->',
  ];
  const section = lines.join('\n');
  process.stdout.write(`${section}\n`);
  if (values['no-write']) return;
  writeDocSection(docPath, '<!-- startup:start -->', '<!-- startup:end -->', section, '# Benchmarks\n');
}

function tuiCell(t: { first: number; full: number } | null | undefined): string {
  return t ? `${t.first.toFixed(2)} s / ${t.full.toFixed(2)} s` : '— (no `script`)';
}

function profileRows(profiles: (readonly [string, Profile])[]): string[] {
  const names = new Set<string>();
  for (const [, p] of profiles) for (const [name, ms] of p.rows) if (ms >= 10) names.add(name);
  const rows = [...names].map(
    (name) =>
      `| ${name} | ${profiles.map(([, p]) => `${Math.round(p.rows.find(([n]) => n === name)?.[1] ?? 0)}`).join(' | ')} |`,
  );
  rows.push(`| **total** | ${profiles.map(([, p]) => `**${Math.round(p.total)}**`).join(' | ')} |`);
  return rows;
}

await main();
