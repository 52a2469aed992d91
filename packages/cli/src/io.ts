import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { formatFromOutput } from './output-format.ts';

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
    throw new UsageError(`${command}: ${(error as Error).message.split('\n')[0]}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(help);
    return null;
  }
  return parsed;
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

/** Reads FILE, `-` (stdin) or the default article; every failure is a one-line UsageError. */
export async function readInput(path: string | undefined, io: CliIo): Promise<InputText> {
  const name = path ?? defaultArticlePath;
  let bytes: Uint8Array;
  if (name === '-') {
    bytes = await io.readStdin();
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
    if (size > MAX_INPUT_BYTES) {
      throw new UsageError(
        `${name} is ${(size / 1048576).toFixed(0)} MB; the limit for one article is 64 MB`,
      );
    }
    try {
      // A FIFO or device (/dev/zero) has no size up front: read it with the limit applied.
      bytes = regular ? readFileSync(name) : readBounded(name);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`cannot read ${name}: ${describeFsError(error)}`);
    }
  }
  if (bytes.length > MAX_INPUT_BYTES) throw new UsageError(`${name}: input over the 64 MB limit`);
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
        ? `too large for article extraction (${page.elements.toLocaleString('en-US')} elements, ${page.depth} deep); analysing all its text`
        : 'analysing its article text';
    io.stderr(`gloss: note: ${oneLine(label)} is HTML; ${how} (${words} words)\n`);
    return { name, text: page.text, format: 'html' };
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`${label}: ${error.message}`);
    throw error;
  }
}

/**
 * The first line of a message, safe for a terminal: a file name or argument can carry
 * escape sequences, so control characters and bidi overrides become visible pictures,
 * as article text does in the reports.
 */
export function oneLine(message: string): string {
  return message
    .split(/\r?\n/)[0]!
    .slice(0, 500)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
      const code = c.charCodeAt(0);
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      return code === 0x7f ? '\u2421' : '\ufffd';
    });
}

/** Reads a file of unknown size, stopping with a UsageError past {@link MAX_INPUT_BYTES}. */
function readBounded(name: string): Uint8Array {
  const fd = openSync(name, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT_BYTES)
        throw new UsageError(`${name}: input over the 64 MB limit for one article`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
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
