import { analyzeDocument } from '@gloss/analysis';
import { type Comparison, compareVersions, compareWireLayer } from '@gloss/compare';
import { parseDocument } from '@gloss/document';
import { formatCompareJson, formatComparePretty, formatCompareText } from '@gloss/report';
import { type CliIo, parseCommand, pickFormat, readInput, UsageError } from '../io.ts';
import { checkTerminal, displayName, loadTui, whileLoading } from './terminal.ts';

// What the terminal view's command shares with compare --tui, in a module of its own so that
// `gloss tui` draws its first frame without loading the analysis.
export { checkTerminal, displayName, loadingFrame, loadTui, whileLoading } from './terminal.ts';

const HELP = `Usage: gloss compare A [B] [options]
       gloss compare REF V1 [V2 …] --format html

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
  --format html               one printable page: REF beside each version, edits marked
  --all                       also list trivial differences (quote and dash style, spacing)
  --tui                       open the side-by-side terminal view
`;

/**
 * The comparison, with version B's document and analysis as they were built for it (the
 * terminal view builds B's lesson from them instead of parsing and analysing B again).
 */
export interface BuiltComparison {
  comparison: Comparison;
  b: { doc: ReturnType<typeof parseDocument>; analysis: ReturnType<typeof analyzeDocument> };
}

/** Builds the comparison for the CLI and the TUI: parse, analyse, compare. */
export async function buildComparison(given: string[], io: CliIo, all: boolean): Promise<BuiltComparison> {
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
    const analysis = analyze(doc);
    const comparison = compareWireLayer(
      { label: `${displayName(input.name)} (full reprint)`, doc, analysis },
      parseDocument,
      analyze,
      {
        all,
      },
    );
    return { comparison, b: { doc, analysis } };
  }
  const [ia, ib] = [await readInput(paths[0], io), await readInput(paths[1], io)];
  const [da, db] = [parseDocument(ia.text), parseDocument(ib.text)];
  const analysisB = analyze(db);
  const comparison = compareVersions(
    { label: displayName(ia.name), doc: da, analysis: analyze(da) },
    { label: displayName(ib.name), doc: db, analysis: analysisB },
    { all },
  );
  return { comparison, b: { doc: db, analysis: analysisB } };
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
    checkTerminal(io);
    const { comparison } = await whileLoading(
      io,
      `Gloss compare — ${positionals.map(displayName).join(' → ')}`,
      () => buildComparison(positionals, io, all),
    );
    const { runTui } = await loadTui(io);
    return runTui({ comparison, color: io.color });
  }
  const format = pickFormat(values.format, ['pretty', 'text', 'json', 'html'] as const, io, 'json');
  // html: the reference beside one or more versions (see gloss versions)
  if (format === 'html') {
    io.stdout(await (await import('./versions.ts')).compareHtml(positionals, io));
    return 0;
  }
  const { comparison } = await buildComparison(positionals, io, all);
  if (format === 'json') io.stdout(formatCompareJson(comparison));
  else if (format === 'text') io.stdout(formatCompareText(comparison));
  else io.stdout(formatComparePretty(comparison, { color: io.color }));
  return 0;
}
