import { openSync } from 'node:fs';
import { ReadStream } from 'node:tty';
import { type CliIo, defaultArticlePath, parseCommand, UsageError } from '../io.ts';
import { checkTerminal, displayName, loadTui, whileLoading } from './terminal.ts';

const HELP = `Usage: gloss tui [FILE|-] [options]

The side-by-side terminal view of one reprint: its wire layer (the reporter's
text without the bracketed insertions and editorial blocks) on the left, the full
reprint on the right, aligned sentence by sentence, every insertion, cut and
finding one key away. FILE defaults to the seed article in corpus/; with -, the
text comes on standard input and the keys from the terminal (cat a.txt | gloss tui -).
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
  // `gloss tui -`: the document on standard input, the keys from the terminal, as less does
  const fromStdin = positionals[0] === '-';
  checkTerminal(io, fromStdin);
  const keys = fromStdin ? openTerminal() : undefined;
  try {
    // The first frame before any analysis (or Ink) is loaded: the reader sees the view start at once.
    const title = `Gloss — ${displayName(positionals[0] ?? defaultArticlePath)}`;
    let tui: ReturnType<typeof loadTui> | null = null;
    const built = await whileLoading(io, title, async () => {
      // Ink and React load while the article is read and analysed (the loading frame is out by
      // now): Ink's layout engine, WebAssembly, compiles on a background thread meanwhile.
      tui = loadTui(io, fromStdin);
      tui.catch(() => {}); // a failure is thrown below, where it is awaited
      // Loaded here, after the first frame: the analysis is most of what the view loads.
      const { buildComparison } = await import('./compare.ts');
      return buildComparison(positionals, io, values.all ?? false);
    });
    const { runTui } = await (tui ?? loadTui(io, fromStdin));
    const { comparison } = built;
    const { analysis, findings } = comparison.b;
    return await runTui({
      comparison,
      // The lesson of the reprint itself (B), from the document and analysis the comparison used:
      // its questions, their evidence and audit, the 5W and sources. Built after the view is
      // drawn: the r and w panes need it, the first screen does not.
      ...(analysis
        ? {
            lessonLater: async () => {
              const { buildLesson } = await import('@gloss/lesson');
              return buildLesson(built.b.doc, { findings, summary: analysis });
            },
          }
        : {}),
      color: io.color,
      titles: { a: 'A: wire layer (reporter)', b: `B: ${comparison.b.label}` },
      ...(keys ? { stdin: keys } : {}),
    });
  } finally {
    keys?.destroy();
  }
}

/** The controlling terminal, for keys when standard input carries the document. */
function openTerminal(): ReadStream {
  try {
    return new ReadStream(openSync('/dev/tty', 'r'));
  } catch {
    throw new UsageError('gloss tui - reads keys from the terminal (/dev/tty), and there is none');
  }
}
