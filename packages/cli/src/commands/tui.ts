import { openSync } from 'node:fs';
import { ReadStream } from 'node:tty';
import type { Comparison } from '@gloss/compare';
import type { Lesson } from '@gloss/lesson';
import { type CliIo, defaultArticlePath, parseCommand, readInput, UsageError } from '../io.ts';
import { checkTerminal, displayName, loadTui, whileLoading } from './terminal.ts';
import { TUI_OPTIONS, takeTuiData, tuiLesson } from './tui-data.ts';

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
  const fromStdin = argv.includes('-');
  // The comparison and lesson from the node bin/gloss.js started from the snapshot, if any.
  const data = takeTuiData(fromStdin);
  try {
    return await view(argv, io, data);
  } finally {
    data?.stop();
  }
}

async function view(argv: string[], io: CliIo, data: ReturnType<typeof takeTuiData>): Promise<number> {
  const parsed = parseCommand('tui', argv, io, HELP, TUI_OPTIONS);
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
    // Loaded only when this process computes them: the first frame does not wait for the analysis.
    const computeHere = async () =>
      (await import('./compare.ts')).buildComparison(positionals, io, values.all ?? false);
    const built: { comparison: Comparison; lesson: () => Promise<Lesson | null> } = await whileLoading(
      io,
      title,
      async () => {
        // Ink and React load while the article is read and analysed (the loading frame is out by
        // now): Ink's layout engine, WebAssembly, compiles on a background thread meanwhile.
        tui = loadTui(io, fromStdin);
        tui.catch(() => {}); // a failure is thrown below, where it is awaited
        if (data) {
          // The same refusals (missing file, binary, too large…) as computing it here.
          await readInput(positionals[0], io);
          // While the other process computes, Ink's drawing code runs once on a screen of this
          // size, so the view's first render finds it compiled (packages/tui/src/warm.tsx).
          const ink = await tui;
          if (!data.settled()) ink.warmUpInk(io.columns, process.stdout.rows || 24);
          const comparison = await data.comparison;
          if (comparison)
            return {
              comparison,
              lesson: async () => {
                const lesson = await data.lesson;
                return lesson !== undefined ? lesson : tuiLesson(await computeHere());
              },
            };
        }
        const here = await computeHere();
        return { comparison: here.comparison, lesson: () => tuiLesson(here) };
      },
    );
    const { runTui } = await (tui ?? loadTui(io, fromStdin));
    const { comparison } = built;
    return await runTui({
      comparison,
      // The lesson of the reprint itself (B), from the document and analysis the comparison used:
      // its questions, their evidence and audit, the 5W and sources. Built after the view is
      // drawn (or received then from the process that built the comparison): the r and w panes
      // need it, the first screen does not.
      ...(comparison.b.analysis ? { lessonLater: built.lesson } : {}),
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
