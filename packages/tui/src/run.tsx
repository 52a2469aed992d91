import type { Comparison } from '@gloss/compare';
import type { Lesson } from '@gloss/lesson';
import { render } from 'ink';
import { App } from './App.tsx';
import { buildLessonView } from './lesson.ts';
import { buildView } from './model.ts';

export interface TuiOptions {
  comparison: Comparison;
  color: boolean;
  titles?: { a?: string; b?: string };
  /** The lesson of B (a single reprint): enables the questions (r) and 5W/sources (w) panes. */
  lesson?: Lesson | null;
  /** Where keys come from when standard input carries the document (`gloss tui -`: /dev/tty). */
  stdin?: NodeJS.ReadStream;
}

/**
 * Opens the side-by-side view full screen (the terminal's alternate screen, so
 * the shell's scrollback is left as it was) and resolves with the exit code when
 * the reader quits.
 */
export async function runTui(options: TuiOptions): Promise<number> {
  const view = buildView(options.comparison, options.titles);
  const lesson = options.lesson ? buildLessonView(options.lesson, view) : null;
  const out = process.stdout;
  // Cleared: the command drew its loading frame on this screen.
  out.write('\u001b[?1049h\u001b[H\u001b[2J');
  try {
    const instance = render(<App view={view} color={options.color} lesson={lesson} />, {
      exitOnCtrlC: true,
      patchConsole: true,
      ...(options.stdin ? { stdin: options.stdin } : {}),
    });
    await instance.waitUntilExit();
  } finally {
    out.write('\u001b[?1049l');
  }
  return 0;
}
