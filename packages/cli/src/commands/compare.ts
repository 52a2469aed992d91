import { analyzeDocument } from '@gloss/analysis';
import { type Comparison, compareVersions, compareWireLayer } from '@gloss/compare';
import { parseDocument } from '@gloss/document';
import { formatCompareJson, formatComparePretty, formatCompareText } from '@gloss/report';
import { type CliIo, parseCommand, pickFormat, readInput, UsageError } from '../io.ts';

const HELP = `Usage: gloss compare A [B] [options]

Compares two versions of a story: A the earlier or original, B the edited one
(a reprint with bracketed insertions, another outlet's version, a later edition).
Sentences are aligned first (split, merged, moved), then words are diffed inside
them. Every change is classified: insert, delete, replace, move; bracketed (the
editor owned up to it) or silent; cuts marked by an ellipsis; and the loaded
wording each change adds or removes.

With one FILE, compares the reprint's wire layer (its text without the bracketed
insertions and editorial blocks) against the full reprint. - reads standard input.

Options:
  --format pretty|text|json   pretty (coloured word diff) on a terminal, json when piped;
                              text is a plain Before:/After: listing for screen readers and print
  --all                       also list trivial differences (quote and dash style, spacing)
  --tui                       open the side-by-side terminal view
`;

/** Builds the comparison for the CLI and the TUI: parse, analyse, compare. */
export async function buildComparison(given: string[], io: CliIo, all: boolean): Promise<Comparison> {
  // No file: the seed article, compared with its own wire layer.
  const paths: (string | undefined)[] = given.length === 0 ? [undefined] : given;
  if (paths.length > 2) throw new UsageError(`compare takes one or two files, got ${paths.length}`);
  if (paths.length === 2 && paths[0] === '-' && paths[1] === '-') {
    throw new UsageError('only one of A and B can be standard input (-)');
  }
  const analyze = (doc: ReturnType<typeof parseDocument>) => analyzeDocument(doc);
  if (paths.length === 1) {
    const input = await readInput(paths[0], io);
    const doc = parseDocument(input.text);
    return compareWireLayer(
      { label: `${displayName(input.name)} (full reprint)`, doc, analysis: analyze(doc) },
      parseDocument,
      analyze,
      {
        all,
      },
    );
  }
  const [ia, ib] = [await readInput(paths[0], io), await readInput(paths[1], io)];
  const [da, db] = [parseDocument(ia.text), parseDocument(ib.text)];
  return compareVersions(
    { label: displayName(ia.name), doc: da, analysis: analyze(da) },
    { label: displayName(ib.name), doc: db, analysis: analyze(db) },
    { all },
  );
}

function displayName(name: string): string {
  return name === '-' ? 'standard input' : name.replace(/^.*\/corpus\//, 'corpus/');
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand('compare', argv, io, HELP, {
    format: { type: 'string' },
    all: { type: 'boolean' },
    tui: { type: 'boolean' },
  });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const all = values.all ?? false;
  if (values.tui) {
    if (values.format !== undefined) throw new UsageError('--tui and --format do not go together');
    const { runTui } = await loadTui(io);
    const comparison = await buildComparison(positionals, io, all);
    return runTui({ comparison, color: io.color });
  }
  const format = pickFormat(values.format, ['pretty', 'text', 'json'] as const, io, 'json');
  const comparison = await buildComparison(positionals, io, all);
  if (format === 'json') io.stdout(formatCompareJson(comparison));
  else if (format === 'text') io.stdout(formatCompareText(comparison));
  else io.stdout(formatComparePretty(comparison, { color: io.color }));
  return 0;
}

/** The terminal view needs a terminal on both ends; a pipe gets a one-line error, not a hang. */
/**
 * Loads the terminal view once we know there is a terminal to draw on. Ink
 * reads CI and CONTINUOUS_INTEGRATION when it is imported and, if either is
 * set, draws nothing until exit; a reader at a real terminal whose shell sets
 * them (dev containers, CI shells, tmux started from a test) would see a blank
 * screen, so they are cleared before the import.
 */
export async function loadTui(io: CliIo, keysFromTty = false): Promise<typeof import('@gloss/tui')> {
  // keysFromTty: the document comes on standard input and the keys from /dev/tty (gloss tui -)
  if (!io.isTTY || (!keysFromTty && !process.stdin.isTTY)) {
    throw new UsageError('the terminal view needs a terminal; use --format pretty, text or json when piping');
  }
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  return import('@gloss/tui');
}
