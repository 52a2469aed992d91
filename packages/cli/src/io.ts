import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeInput, InputError } from '@gloss/document';

/** A usage or input problem: main prints `gloss: <message>` on one line and exits 2. */
export class UsageError extends Error {}

export interface CliIo {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  /** Whether stdout is a terminal (default format `pretty` there). */
  isTTY: boolean;
  /** Colour allowed: a terminal and no NO_COLOR (https://no-color.org), or FORCE_COLOR set. */
  color: boolean;
  /** Terminal width, or 80 when not a terminal. */
  columns: number;
  readStdin: () => Promise<Uint8Array>;
}

/** The embedded default input: the seed article in corpus/. */
export const defaultArticlePath = fileURLToPath(
  new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url),
);

/** Largest input read whole; larger inputs belong to `gloss batch`, which streams. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface InputText {
  /** What to call the input in messages: the path, `-` for stdin. */
  name: string;
  text: string;
}

/** Reads FILE, `-` (stdin) or the default article; every failure is a one-line UsageError. */
export async function readInput(path: string | undefined, io: CliIo): Promise<InputText> {
  const name = path ?? defaultArticlePath;
  let bytes: Uint8Array;
  if (name === '-') {
    bytes = await io.readStdin();
  } else {
    let size: number;
    try {
      const stat = statSync(name);
      if (stat.isDirectory())
        throw new UsageError(`${name} is a directory; give a text file (or use gloss batch)`);
      size = stat.size;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`cannot read ${name}: ${describeFsError(error)}`);
    }
    if (size > MAX_INPUT_BYTES) {
      throw new UsageError(
        `${name} is ${(size / 1048576).toFixed(0)} MB; the limit for one article is 64 MB`,
      );
    }
    try {
      bytes = readFileSync(name);
    } catch (error) {
      throw new UsageError(`cannot read ${name}: ${describeFsError(error)}`);
    }
  }
  if (bytes.length > MAX_INPUT_BYTES) throw new UsageError(`${name}: input over the 64 MB limit`);
  try {
    return { name, text: decodeInput(bytes) };
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`${name}: ${error.message}`);
    throw error;
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? String(error);
}

/** Reads `--format` against the allowed list; `pretty` on a terminal, the fallback otherwise. */
export function pickFormat<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  io: CliIo,
  whenPiped: T,
): T {
  if (value === undefined) return io.isTTY && allowed.includes('pretty' as T) ? ('pretty' as T) : whenPiped;
  if (!allowed.includes(value as T)) {
    throw new UsageError(`unknown --format ${value}; use one of ${allowed.join(', ')}`);
  }
  return value as T;
}
