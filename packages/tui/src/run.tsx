import type { Comparison } from '@gloss/compare';
import type { Lesson } from '@gloss/lesson';
import { render } from 'ink';
import { App } from './App.tsx';
import { buildLessonView, type LessonView } from './lesson.ts';
import { buildView } from './model.ts';

export interface TuiOptions {
  comparison: Comparison;
  color: boolean;
  titles?: { a?: string; b?: string };
  /** The lesson of B (a single reprint): enables the questions (r) and 5W/sources (w) panes. */
  lesson?: Lesson | null;
  /**
   * The lesson of B, built only once the view is on screen (it costs about as much as the
   * comparison: compromise tags the whole article): until it comes, r and w say it is on its way.
   */
  lessonLater?: () => Promise<Lesson | null>;
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
  const later = options.lessonLater;
  const out = process.stdout;
  // Cleared: the command drew its loading frame on this screen.
  out.write('\u001b[?1049h\u001b[H\u001b[2J');
  try {
    const app = (l: LessonView | null, pending: boolean) => (
      <App view={view} color={options.color} lesson={l} lessonPending={pending} />
    );
    // Ink renders the first frame synchronously here (a legacy root, first write unthrottled).
    const instance = render(app(lesson, later !== undefined), {
      exitOnCtrlC: true,
      patchConsole: true,
      ...(options.stdin ? { stdin: options.stdin } : {}),
    });
    let exited = false;
    const exit = instance.waitUntilExit().finally(() => {
      exited = true;
    });
    if (later) {
      // A timer, so the view is on the terminal before the lesson is built; keys typed meanwhile
      // are read after it, and find it there.
      setTimeout(() => {
        if (exited) return;
        later().then(
          (built) => {
            if (!exited) instance.rerender(app(built ? buildLessonView(built, view) : null, false));
          },
          () => {
            if (!exited) instance.rerender(app(null, false));
          },
        );
      }, 0);
    }
    await exit;
  } finally {
    out.write('\u001b[?1049l');
  }
  return 0;
}
