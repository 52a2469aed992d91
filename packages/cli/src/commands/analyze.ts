import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { type Analysis, analyzeDocument, type Severity, toAnalysisRecord } from '@gloss/analysis';
import { parseDocument, type Voice } from '@gloss/document';
import { formatAnalysisPretty } from '@gloss/report';
import { analysisOptions, loadCheckedConfig } from '../config.ts';
import {
  type CliIo,
  formatSize,
  type InputText,
  oneLine,
  parseCommand,
  parseSize,
  pickFormat,
  readInput,
  type SizeLimit,
  UsageError,
} from '../io.ts';
import { forEachInput } from '../output.ts';
import { checkSelectors, ruleSelectors } from '../rule-names.ts';

/**
 * Largest input `analyze` reads by default: a hundred times a long news article. Memory
 * grows about fifty times the input (a 20 MB file takes a gigabyte), so one enormous
 * file cannot take the machine unless asked for with --max-size.
 */
const DEFAULT_MAX_SIZE = 16 * 1024 * 1024;

const selectors = ruleSelectors();
const HELP = `Usage: gloss analyze [FILE...|-] [options]

Separates the wire text from editorial insertions, elisions, notes, questions and
second sources, and flags loaded wording with the voice it sits in.
FILE defaults to the seed article in corpus/; - reads standard input. A saved web
page (HTML) is read as its article text, with a note on standard error.
Several files, folders or globs ('articles/*.txt'): one report each, in order
(json: one record a line, each with input.file); a file that cannot be read is
reported on standard error and the others go on (exit 2 at the end).
For corpora (JSONL, CSV, thousands of articles): gloss batch.

Options:
  --format pretty|json      pretty on a terminal, json when piped
  --rules ID,...            run only these rules or families (wording, sourcing, framing)
  --disable ID,...          skip these rules or families
  --voice V,...             keep findings in these voices: reporter, quoted, editorial, question, other-source
  --min-confidence N        keep findings with confidence >= N (0 to 1)
  --fail-on info|warning|error   exit 1 when a finding reaches this severity
  --config FILE             config file (default: .glossrc.json or package.json "gloss", searched upwards)
  --max-size SIZE           refuse an input larger than SIZE (default ${formatSize(DEFAULT_MAX_SIZE)}; e.g. 64MB)

Rules: ${selectors.ids.join(', ')}.
Families: ${selectors.families.join(', ')}. Categories: ${selectors.categories.join(', ')}.
`;

const VOICES: Voice[] = ['reporter', 'quoted', 'editorial', 'question', 'other-source'];
const SEVERITIES: Severity[] = ['info', 'warning', 'error'];

export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand('analyze', argv, io, HELP, {
    format: { type: 'string' },
    rules: { type: 'string' },
    disable: { type: 'string' },
    voice: { type: 'string' },
    'min-confidence': { type: 'string' },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    'max-size': { type: 'string' },
  });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const format = pickFormat(values.format, ['pretty', 'json'] as const, io, 'json');
  const config = loadCheckedConfig(values.config, io);
  checkSelectors(list(values.rules), '--rules');
  checkSelectors(list(values.disable), '--disable');
  const voices = list(values.voice) ?? config.voice;
  for (const v of voices ?? [])
    if (!VOICES.includes(v as Voice)) throw new UsageError(`unknown --voice ${v}; use ${VOICES.join(', ')}`);
  const failOn = values['fail-on'] ?? config.failOn;
  if (failOn !== undefined && !SEVERITIES.includes(failOn as Severity)) {
    throw new UsageError(`unknown --fail-on ${failOn}; use ${SEVERITIES.join(', ')}`);
  }
  const minConfidence =
    values['min-confidence'] !== undefined ? Number(values['min-confidence']) : config.minConfidence;
  if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new UsageError('--min-confidence takes a number from 0 to 1');
  }

  // Options on the command line take precedence over the config file.
  const options = analysisOptions({
    ...config,
    ...optional('rules', list(values.rules)),
    ...optional('disable', list(values.disable)),
    ...optional('voice', voices),
    ...optional('minConfidence', minConfidence),
  });
  const limit: SizeLimit = {
    bytes: values['max-size'] === undefined ? DEFAULT_MAX_SIZE : parseSize('--max-size', values['max-size']),
    hint: '; --max-size raises it, and gloss batch streams corpora',
  };
  const threshold = failOn === undefined ? -1 : SEVERITIES.indexOf(failOn as Severity);
  /** Analyses one input and prints its report; 1 when a finding reaches --fail-on. */
  const report = (input: InputText, file?: string): number => {
    const name = file ?? displayName(input.name);
    const doc = parseDocument(input.text);
    const analysis: Analysis = analyzeDocument(doc, options);
    if (format === 'json') {
      const record = toAnalysisRecord(doc, analysis);
      // From an HTML page, `text` and every offset refer to the extracted article text.
      const about = {
        ...(file !== undefined ? { file } : {}),
        ...(input.format === 'html' ? { format: 'html', extracted: true } : {}),
      };
      io.stdout(`${JSON.stringify(Object.keys(about).length > 0 ? { ...record, input: about } : record)}\n`);
    } else {
      io.stdout(
        formatAnalysisPretty(doc, analysis, {
          color: io.color,
          name: name === '-' ? 'standard input' : name,
        }),
      );
    }
    return threshold >= 0 && analysis.findings.some((f) => SEVERITIES.indexOf(f.severity) >= threshold)
      ? 1
      : 0;
  };

  if (!(await isMany(positionals))) return report(await readInput(positionals[0], io, limit));
  // Several inputs, as prose linters take them: one report each; a missing or unreadable one
  // (or one that meets an internal error) is reported on stderr and skipped, and the exit code
  // says so at the end.
  const problem = (error: unknown) => {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`gloss: ${oneLine(error.message)}\n`);
  };
  const { files, failed } = await expandArticles(positionals, problem);
  const code = await forEachInput(
    files,
    async (name) => report(await readInput(name, io, limit), name),
    io.stderr,
  );
  return failed ? 2 : code;
}

function displayName(name: string): string {
  return name === '-' ? 'standard input' : relative(process.cwd(), name) || name;
}

/** More than one input, or a folder or a glob: the many-files mode. */
async function isMany(positionals: string[]): Promise<boolean> {
  if (positionals.length > 1) return true;
  const only = positionals[0];
  if (only === undefined || only === '-') return false;
  if (existsSync(only)) return statSync(only).isDirectory();
  // Loaded only for a name that is not a file: plain `gloss analyze FILE` stays light.
  return (await import('@gloss/batch')).hasGlobChars(only);
}

/**
 * Files, folders and globs to article files in order (`-` stays itself). An argument
 * that names nothing (a missing file, an empty glob) is passed to `problem` and the
 * rest go on; corpus files are refused outright (they belong to gloss batch).
 */
async function expandArticles(
  positionals: string[],
  problem: (error: UsageError) => void,
): Promise<{ files: string[]; failed: boolean }> {
  const { expandInputs } = await import('@gloss/batch');
  const files: string[] = [];
  let failed = false;
  for (const arg of positionals) {
    if (arg === '-') {
      files.push(arg);
      continue;
    }
    let found: { path: string; kind: string; gzip: boolean }[];
    try {
      found = expandInputs([arg]);
    } catch (error) {
      problem(new UsageError((error as Error).message));
      failed = true;
      continue;
    }
    for (const f of found) {
      if (f.kind === 'jsonl' || f.kind === 'csv' || f.gzip)
        throw new UsageError(`${f.path}: use gloss batch for JSONL, CSV and gzipped corpora`);
      files.push(f.path);
    }
  }
  return { files, failed };
}

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
}

/** exactOptionalPropertyTypes: leave a key out rather than set it to undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
