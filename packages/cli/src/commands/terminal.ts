/**
 * The terminal view's first frame and the loading of Ink, shared by `gloss tui` and `gloss
 * compare --tui`. Nothing here loads the analysis: `gloss tui` draws its first frame before it
 * loads it.
 */
import { type CliIo, oneLine, UsageError } from '../io.ts';

/** A file's name in titles and labels: the seed as `corpus/…`, `-` as standard input. */
export function displayName(name: string): string {
  return name === '-' ? 'standard input' : name.replace(/^.*\/corpus\//, 'corpus/');
}

/** The terminal view needs a terminal on both ends; a pipe gets a one-line error, not a hang. */
export function checkTerminal(io: CliIo, keysFromTty = false): void {
  // keysFromTty: the document comes on standard input and the keys from /dev/tty (gloss tui -)
  if (!io.isTTY || (!keysFromTty && !process.stdin.isTTY)) {
    throw new UsageError('the terminal view needs a terminal; use --format pretty, text or json when piping');
  }
}

/**
 * The terminal view's first frame, drawn before anything heavy is loaded or computed: the
 * title and a loading line, in the alternate screen the view then draws over.
 */
export function loadingFrame(title: string, columns: number): string {
  const fit = (line: string) =>
    line.length > columns ? `${line.slice(0, Math.max(0, columns - 1))}…` : line;
  return `\u001b[?1049h\u001b[H\u001b[2J${fit(oneLine(title))}\r\n\r\n${fit('Reading and analysing… (the view opens in a moment)')}\r\n`;
}

/**
 * Shows {@link loadingFrame} while `work` runs. Ctrl-C meanwhile, or a failure (a missing file),
 * leaves the alternate screen first, so the shell is never left blank and the error is seen.
 */
export async function whileLoading<T>(io: CliIo, title: string, work: () => Promise<T>): Promise<T> {
  io.stdout(loadingFrame(title, io.columns));
  const leave = () => io.stdout('\u001b[?1049l');
  const interrupt = () => {
    leave();
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  try {
    return await work();
  } catch (error) {
    leave();
    throw error;
  } finally {
    process.off('SIGINT', interrupt);
  }
}

/**
 * Loads the terminal view once we know there is a terminal to draw on. Ink
 * reads CI and CONTINUOUS_INTEGRATION when it is imported and, if either is
 * set, draws nothing until exit; a reader at a real terminal whose shell sets
 * them (dev containers, CI shells, tmux started from a test) would see a blank
 * screen, so they are cleared before the import.
 */
export async function loadTui(io: CliIo, keysFromTty = false): Promise<typeof import('@gloss/tui')> {
  checkTerminal(io, keysFromTty);
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  return import('@gloss/tui');
}
