import { type CliIo, parseCommand, UsageError } from '../io.ts';
import { buildComparison, checkTerminal, displayName, loadTui, whileLoading } from './compare.ts';
import { defaultArticlePath } from '../io.ts';

const HELP = `Usage: gloss tui [FILE|-] [options]

The side-by-side terminal view of one reprint: its wire layer (the reporter's
text without the bracketed insertions and editorial blocks) on the left, the full
reprint on the right, aligned sentence by sentence, every insertion, cut and
finding one key away. FILE defaults to the seed article in corpus/.
To compare two versions: gloss compare A B --tui.

Options:
  --all     also show trivial differences (quote and dash style, spacing)

Keys: n/N next/previous change · f/F next/previous finding · ↑/↓ PgUp/PgDn scroll
      Tab switch column · / filter · r reading questions (evidence lit up, audit)
      w 5W of the lead and the sources · ? help · q quit
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand('tui', argv, io, HELP, { all: { type: 'boolean' } });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new UsageError(`tui takes one FILE (for two versions: gloss compare A B --tui)`);
  checkTerminal(io);
  // The first frame before any analysis (or Ink) is loaded: the reader sees the view start at once.
  const title = `Gloss — ${displayName(positionals[0] ?? defaultArticlePath)}`;
  const { comparison, lesson } = await whileLoading(io, title, async () => {
    const built = await buildComparison(positionals, io, values.all ?? false);
    const { buildLesson } = await import('@gloss/lesson');
    const b = built.comparison.b;
    // The lesson of the reprint itself (B), from the document and analysis the comparison used:
    // its questions, their evidence and audit, the 5W and sources.
    const lesson = b.analysis
      ? buildLesson(built.b.doc, { findings: b.findings, summary: b.analysis })
      : null;
    return { comparison: built.comparison, lesson };
  });
  const { runTui } = await loadTui(io);
  return runTui({
    comparison,
    lesson,
    color: io.color,
    titles: { a: 'A: wire layer (reporter)', b: `B: ${comparison.b.label}` },
  });
}
