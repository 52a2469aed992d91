import type { Comparison } from '@gloss/compare';
import { render } from 'ink';
import { App } from './App.tsx';
import { buildView } from './model.ts';

export interface TuiOptions {
  comparison: Comparison;
  color: boolean;
  titles?: { a?: string; b?: string };
}

/**
 * Opens the side-by-side view full screen (the terminal's alternate screen, so
 * the shell's scrollback is left as it was) and resolves with the exit code when
 * the reader quits.
 */
export async function runTui(options: TuiOptions): Promise<number> {
  const view = buildView(options.comparison, options.titles);
  const out = process.stdout;
  out.write('\u001b[?1049h\u001b[H');
  try {
    const instance = render(<App view={view} color={options.color} />, {
      exitOnCtrlC: true,
      patchConsole: true,
    });
    await instance.waitUntilExit();
  } finally {
    out.write('\u001b[?1049l');
  }
  return 0;
}
