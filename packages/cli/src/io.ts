import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { formatCount, showControls } from '@gloss/document';
import { formatFromOutput } from './output-format.ts';
import { didYouMean } from './suggest.ts';

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
  /** Reads standard input whole, refusing it past `limit` bytes (default {@link MAX_INPUT_BYTES}). */
  readStdin: (limit?: number) => Promise<Uint8Array>;
  /**
   * Standard input is a pipe, a file or a socket (`cat a.txt | gloss`, `gloss < a.txt`):
   * with no FILE given, it is read. A terminal, /dev/null or a closed stdin is not.
   */
  stdinPiped?: boolean;
  /** Resolves once what was written to stdout has reached the system (a failure ends the process: see output.ts). */
  flush?: () => Promise<void>;
  /** The `-o FILE` the output goes to, when given: its extension picks the format. */
  output?: string;
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * A command's options and positionals (node:util parseArgs, strict), with -h/--help added.
 * Prints the help and returns null when asked for it; a malformed command line is a
 * UsageError naming the command.
 */
export function parseCommand<const O extends OptionsConfig>(
  command: string,
  argv: string[],
  io: CliIo,
  help: string,
  options: O,
) {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; allowPositionals: true; options: O & typeof HELP_OPTION }>
  >;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, ...HELP_OPTION } });
  } catch (error) {
    throw new UsageError(`${command}: ${argumentProblem(error as Error, Object.keys(options))}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(help);
    return null;
  }
  return parsed;
}

/**
 * node:util parseArgs errors in Gloss's words: Node's own message for an unknown
 * option leaves a quotation unclosed and does not say what was meant.
 */
function argumentProblem(error: Error, known: string[]): string {
  const code = (error as { code?: string }).code;
  // `'--nope'`, `'--format <value>'`, `'-h, --help'`: the long name.
  const name = /'(-[^']*)'/.exec(error.message)?.[1]?.split(', ').pop()?.split(' ')[0];
  const options = [...known, 'help'].map((o) => `--${o}`);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && name !== undefined) {
    const bare = name.replace(/=.*$/, '');
    return `unknown option ${bare}${didYouMean(bare, options)}; use -- before a file name that starts with -`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name !== undefined) {
    return /argument missing/.test(error.message) ? `${name} needs a value` : `${name} takes no value`;
  }
  return error.message.split('\n')[0]!;
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
  /** The text analysed: the file itself, or the article text extracted from an HTML page. */
  text: string;
  /** `html` when the input was an HTML page and `text` is its extracted article text. */
  format: 'text' | 'html';
}

/** An HTML document: `<!doctype html` or `<html` first, after white space and a byte order mark. */
export function looksLikeHtml(text: string): boolean {
  return /^[\s\ufeff]*<(?:!doctype\s+html|html)(?=[\s>])/i.test(text.slice(0, 1024));
}

/**
 * What no FILE means: piped standard input when there is some (the linter convention),
 * else the bundled seed article (a bare `gloss` on a terminal, or with stdin at /dev/null).
 */
export function implicitInput(io: CliIo): string {
  return io.stdinPiped ? '-' : defaultArticlePath;
}

/** How large one input may be, and what the message adds about raising the limit. */
export interface SizeLimit {
  bytes: number;
  /** e.g. `; --max-size raises it`. */
  hint?: string;
}

/** `64 MB`, `512 KB`, `1.5 MB`: sizes in messages (binary units, as `ls -h`). */
export function formatSize(bytes: number): string {
  const [value, unit] =
    bytes >= 1 << 30
      ? [bytes / (1 << 30), 'GB']
      : bytes >= 1 << 20
        ? [bytes / (1 << 20), 'MB']
        : bytes >= 1 << 10
          ? [bytes / (1 << 10), 'KB']
          : [bytes, 'bytes'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

const SIZE_UNITS: Record<string, number> = { b: 1, k: 1 << 10, m: 1 << 20, g: 1 << 30 };

/** `16MB`, `500 KB`, `1g`, `2000000`: a size for --max-size, in bytes; a UsageError otherwise. */
export function parseSize(option: string, value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|[kmg]i?b?)?\s*$/i.exec(value);
  const bytes = m ? Math.round(Number(m[1]) * SIZE_UNITS[(m[2] ?? 'b')[0]!.toLowerCase()]!) : 0;
  if (!(bytes > 0)) throw new UsageError(`${option} takes a size such as 16MB, 500KB or 1GB, not ${value}`);
  return bytes;
}

/** Reads FILE, `-` (stdin) or, with no FILE, {@link implicitInput}; every failure is a one-line UsageError. */
export async function readInput(
  path: string | undefined,
  io: CliIo,
  limit: SizeLimit = { bytes: MAX_INPUT_BYTES },
): Promise<InputText> {
  const name = path ?? implicitInput(io);
  const max = limit.bytes;
  const over = `the ${formatSize(max)} limit for one article${limit.hint ?? ''}`;
  let bytes: Uint8Array;
  if (name === '-') {
    try {
      bytes = await io.readStdin(max);
    } catch (error) {
      if (error instanceof UsageError && limit.hint) throw new UsageError(`${error.message}${limit.hint}`);
      throw error;
    }
  } else {
    let size: number;
    let regular: boolean;
    try {
      const stat = statSync(name);
      if (stat.isDirectory())
        throw new UsageError(`${name} is a directory; give a text file (or use gloss batch)`);
      size = stat.size;
      regular = stat.isFile();
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`cannot read ${name}: ${describeFsError(error)}`);
    }
    if (size > max) throw new UsageError(`${name} is ${formatSize(size)}, over ${over}`);
    try {
      // A FIFO or device (/dev/zero) has no size up front: read it with the limit applied.
      bytes = regular ? readFileSync(name) : readBounded(name, max, over);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`cannot read ${name}: ${describeFsError(error)}`);
    }
  }
  if (bytes.length > max) throw new UsageError(`${name}: input over ${over}`);
  // Loaded here, not at the top: `gloss --version` and `--help` never decode anything.
  const { countWords, decodeInput, InputError, loadHtmlReader } = await import('@gloss/document');
  let text: string;
  try {
    text = decodeInput(bytes);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`${name}: ${error.message}`);
    throw error;
  }
  if (!looksLikeHtml(text)) return { name, text, format: 'text' };
  const label = name === '-' ? 'standard input' : name;
  try {
    // A saved web page: analyse its article text, not its markup. Readability loads only now.
    const page = (await loadHtmlReader()).readHtml(text);
    const words = countWords(page.text);
    if (page.text.trim() === '' || words === 0) {
      throw new UsageError(`${label} is an HTML page with no article text to analyse`);
    }
    const how =
      page.extraction === 'flattened'
        ? `too large for article extraction (${formatCount(page.elements)} elements, ${page.depth} deep); analysing all its text`
        : 'analysing its article text';
    io.stderr(`gloss: note: ${oneLine(label)} is HTML; ${how} (${formatCount(words)} words)\n`);
    return { name, text: page.text, format: 'html' };
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`${label}: ${error.message}`);
    throw error;
  }
}

/**
 * The first line of a message, safe for a terminal: a file name or argument can carry
 * escape sequences, so control characters and bidi overrides become visible pictures,
 * as article text does in the reports (the same mapping).
 */
export function oneLine(message: string): string {
  return showControls(message.split(/\r?\n/)[0]!.slice(0, 500));
}

/** A count as people read it: `2,225`, the one way every message writes numbers. */
export { formatCount };

/** Reads a file of unknown size, stopping with a UsageError past `max` bytes. */
function readBounded(name: string, max: number, over: string): Uint8Array {
  const fd = openSync(name, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > max) throw new UsageError(`${name}: input over ${over}`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? String(error);
}

/**
 * Reads `--format` against the allowed list; without it, the format `-o FILE`'s extension
 * names, else `pretty` on a terminal, else the fallback.
 */
export function pickFormat<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  io: CliIo,
  whenPiped: T,
): T {
  if (value === undefined && io.output !== undefined) {
    const inferred = formatFromOutput(io.output, allowed);
    if (inferred && 'error' in inferred) throw new UsageError(inferred.error);
    if (inferred) return inferred.format;
  }
  if (value === undefined) return io.isTTY && allowed.includes('pretty' as T) ? ('pretty' as T) : whenPiped;
  if (!allowed.includes(value as T)) {
    throw new UsageError(`unknown --format ${value}; use one of ${allowed.join(', ')}`);
  }
  return value as T;
}
