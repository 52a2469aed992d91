/**
 * What the terminal view shows, computed in a second node started from the CLI's start-up
 * snapshot, which holds compromise loaded and the analysis warm: `bin/gloss.js` starts it next
 * to `gloss tui FILE` (GLOSS_TUI_DATA), it writes the comparison and then the lesson of the
 * reprint to its standard output as two frames, and the view reads them while it loads Ink. The
 * view's own process then never loads compromise, the analysis or the lesson, which were most of
 * the time between its first frame and the full view. When there is no such process (no
 * snapshot, `gloss tui -`, tests calling `main`), or it fails, the view computes them itself:
 * the same functions on the same input, so the same view.
 */
import type { ChildProcess } from 'node:child_process';
import { deserialize, serialize } from 'node:v8';
import type { Comparison } from '@gloss/compare';
import type { Lesson } from '@gloss/lesson';
import { type CliIo, parseCommand } from '../io.ts';
import type { BuiltComparison } from './compare.ts';

/** Set by bin/gloss.js, for the node it starts from the snapshot, to its own process id. */
export const TUI_DATA_ENV = 'GLOSS_TUI_DATA';
/** Where bin/gloss.js leaves that process for the `tui` command. */
const TUI_DATA_PROCESS = Symbol.for('gloss.tuiData');

/** The terminal view's options, parsed alike in both processes. */
export const TUI_OPTIONS = { all: { type: 'boolean' } } as const;

/** The lesson of the reprint (B), from the document and analysis its comparison used. */
export async function tuiLesson(built: BuiltComparison): Promise<Lesson | null> {
  const { analysis, findings } = built.comparison.b;
  if (!analysis) return null;
  const { buildLesson } = await import('@gloss/lesson');
  return buildLesson(built.b.doc, { findings, summary: analysis });
}

/**
 * What the data process writes through: nothing reaches a terminal. Never `-` (bin/gloss.js does
 * not start it then); no FILE is the seed, as for the view.
 */
export const QUIET_IO: CliIo = {
  stdout: () => {},
  stderr: () => {},
  isTTY: false,
  color: false,
  columns: 80,
  stdinPiped: false,
  readStdin: async () => new Uint8Array(),
};

/**
 * The second process's work (`gloss tui` arguments): the comparison, then the lesson, each as a
 * frame of a 4-byte length and V8's serialisation (plain data: the view gets the same objects).
 * Exit 2 on any failure (a missing file…): the view then computes them itself and says why.
 */
export async function writeTuiData(argv: string[], write: (frame: Buffer) => void): Promise<number> {
  const io = QUIET_IO;
  try {
    const parsed = parseCommand('tui', argv.slice(1), io, '', TUI_OPTIONS);
    if (!parsed) return 2;
    const { buildComparison } = await import('./compare.ts');
    const built = await buildComparison(parsed.positionals, io, parsed.values.all ?? false);
    write(frame(built.comparison));
    write(frame(await tuiLesson(built)));
    return 0;
  } catch {
    return 2;
  }
}

function frame(value: unknown): Buffer {
  const body = serialize(value);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  return Buffer.concat([head, body]);
}

export interface TuiData {
  /** The comparison, or null when the process gave none (then it is computed here). */
  comparison: Promise<Comparison | null>;
  /** The lesson (null: no analysis), or undefined when the process gave none. */
  lesson: Promise<Lesson | null | undefined>;
  /** Whether the comparison (or the end of the process) has come already. */
  settled: () => boolean;
  stop: () => void;
}

/**
 * The process bin/gloss.js started for this view, read frame by frame; taken once. Null when
 * there is none, or when this view reads standard input (the process never gets it).
 */
export function takeTuiData(fromStdin: boolean): TuiData | null {
  const g = globalThis as Record<symbol, unknown>;
  const child = g[TUI_DATA_PROCESS] as ChildProcess | undefined;
  delete g[TUI_DATA_PROCESS];
  if (!child) return null;
  if (fromStdin || !child.stdout) {
    child.kill();
    return null;
  }
  return readFrames(child);
}

function readFrames(child: ChildProcess): TuiData {
  const wanted: ((value: unknown) => void)[] = [];
  const comparison = new Promise<Comparison | null>((resolve) =>
    wanted.push(resolve as (v: unknown) => void),
  );
  const lesson = new Promise<Lesson | null | undefined>((resolve) =>
    wanted.push(resolve as (v: unknown) => void),
  );
  let buffered = Buffer.alloc(0);
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 4 && buffered.length >= 4 + buffered.readUInt32BE(0)) {
      const end = 4 + buffered.readUInt32BE(0);
      const value = deserialize(buffered.subarray(4, end));
      buffered = buffered.subarray(end);
      wanted.shift()?.(value);
    }
  });
  child.stdout!.on('error', () => {});
  // Whatever did not come before it ended (a failure) is computed by the view instead.
  const ended = () => {
    for (const resolve of wanted.splice(0)) resolve(undefined);
  };
  child.once('close', ended);
  child.once('error', ended);
  return {
    comparison: comparison.then((c) => c ?? null),
    lesson,
    settled: () => wanted.length < 2,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}
