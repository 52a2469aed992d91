import { relative } from 'node:path';
import { type Analysis, analyzeDocument, type Severity, toAnalysisRecord } from '@gloss/analysis';
import { parseDocument, type Voice } from '@gloss/document';
import { formatAnalysisPretty } from '@gloss/report';
import { analysisOptions, loadConfig } from '../config.ts';
import { type CliIo, parseCommand, pickFormat, readInput, UsageError } from '../io.ts';

const HELP = `Usage: gloss analyze [FILE|-] [options]

Separates the wire text from editorial insertions, elisions, notes, questions and
second sources, and flags loaded wording with the voice it sits in.
FILE defaults to the seed article in corpus/; - reads standard input. A saved web
page (HTML) is read as its article text, with a note on standard error.

Options:
  --format pretty|json      pretty on a terminal, json when piped
  --rules ID,...            run only these rules or families (wording, sourcing, framing)
  --disable ID,...          skip these rules or families
  --voice V,...             keep findings in these voices: reporter, quoted, editorial, question, other-source
  --min-confidence N        keep findings with confidence >= N (0 to 1)
  --fail-on info|warning|error   exit 1 when a finding reaches this severity
  --config FILE             config file (default: .glossrc.json or package.json "gloss", searched upwards)
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
  });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new UsageError(`analyze takes one FILE, got ${positionals.length} (use gloss batch for many)`);
  const format = pickFormat(values.format, ['pretty', 'json'] as const, io, 'json');
  const { config } = loadConfig(values.config);
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

  const input = await readInput(positionals[0], io);
  const doc = parseDocument(input.text);
  // Options on the command line take precedence over the config file.
  const analysis: Analysis = analyzeDocument(
    doc,
    analysisOptions({
      ...config,
      ...optional('rules', list(values.rules)),
      ...optional('disable', list(values.disable)),
      ...optional('voice', voices),
      ...optional('minConfidence', minConfidence),
    }),
  );
  if (format === 'json') {
    const record = toAnalysisRecord(doc, analysis);
    // From an HTML page, `text` and every offset refer to the extracted article text.
    const out = input.format === 'html' ? { ...record, input: { format: 'html', extracted: true } } : record;
    io.stdout(`${JSON.stringify(out)}\n`);
  } else
    io.stdout(
      formatAnalysisPretty(doc, analysis, {
        color: io.color,
        name: input.name === '-' ? 'standard input' : relative(process.cwd(), input.name) || input.name,
      }),
    );

  if (failOn !== undefined) {
    const threshold = SEVERITIES.indexOf(failOn as Severity);
    if (analysis.findings.some((f) => SEVERITIES.indexOf(f.severity) >= threshold)) return 1;
  }
  return 0;
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
