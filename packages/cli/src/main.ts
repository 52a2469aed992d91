import { existsSync, fstatSync } from 'node:fs';
import { type CliIo, formatSize, MAX_INPUT_BYTES, oneLine, UsageError } from './io.ts';
import { guardStdout, writeOutputFile } from './output.ts';
import { closest } from './suggest.ts';

type Command = (argv: string[], io: CliIo) => Promise<number>;

/** Each command loads only what it needs, so `gloss analyze` does not pay for Ink or DuckDB. */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  analyze: {
    summary: 'separate wire text from editorial insertions; flag loaded wording',
    load: async () => (await import('./commands/analyze.ts')).run,
  },
  compare: {
    summary: 'compare two versions of a story (or a reprint with its wire layer)',
    load: async () => (await import('./commands/compare.ts')).run,
  },
  tui: {
    summary: 'the side-by-side terminal view',
    load: async () => (await import('./commands/tui.ts')).run,
  },
  lesson: {
    summary: 'a lesson handout: 5W, sources, questions with evidence',
    load: async () => (await import('./commands/lesson.ts')).run,
  },
  annotate: {
    summary: 'W3C Web Annotations or Hypothes.is import',
    load: async () => (await import('./commands/annotate.ts')).run,
  },
  batch: {
    summary: 'analyse a corpus on every core (CSV, Parquet, DuckDB, JSONL)',
    load: async () => (await import('./commands/batch.ts')).run,
  },
  versions: {
    summary: 'find the versions of each wire story in a corpus and profile the outlets',
    load: async () => (await import('./commands/versions.ts')).run,
  },
  merge: {
    summary: 'merge the outputs of sharded batch runs',
    load: async () => (await import('./commands/merge.ts')).run,
  },
};

/** Other spellings of a command: Gloss's own messages write British English. */
const ALIASES: Record<string, string> = { analyse: 'analyze' };

/**
 * A first word that is neither a command nor a file that exists, and reads like a
 * command (`gloss analyse`, `gloss compre`): a usage error naming the nearest command,
 * rather than "no such file".
 */
function refuseUnknownCommand(word: string): void {
  if (!/^[a-z][a-z-]*$/i.test(word) || existsSync(word)) return;
  const near = closest(word, [...Object.keys(commands), ...Object.keys(ALIASES)]);
  if (near !== undefined) {
    throw new UsageError(
      `unknown command ${word} (did you mean ${ALIASES[near] ?? near}?); gloss --help lists them`,
    );
  }
}

export const usage = `Usage: gloss [COMMAND] [FILE|-] [options]

With no command, gloss analyses FILE: with none, piped standard input, or the seed
article in corpus/ when standard input is a terminal (or /dev/null).

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Run gloss COMMAND --help for its options. -o FILE (--output FILE) writes the
output to FILE only when the command succeeds, so a refused input never empties it;
without --format, FILE's extension (.html, .md, .json, .txt) picks the format.
Exit codes: 0 ok, 1 findings reached --fail-on, 2 usage or input error.
`;

export function nodeIo(): CliIo {
  // A closed pipe (`gloss … | head`) stops quietly; a full disk is one line and exit 2.
  const stdout = guardStdout();
  const isTTY = Boolean(process.stdout.isTTY);
  const noColor = 'NO_COLOR' in process.env && process.env.NO_COLOR !== '';
  const forceColor = (process.env.FORCE_COLOR ?? '') !== '' && process.env.FORCE_COLOR !== '0';
  return {
    stdout: stdout.write,
    flush: stdout.flush,
    stderr: (chunk) => void process.stderr.write(chunk),
    isTTY,
    color: forceColor || (isTTY && !noColor),
    columns: process.stdout.columns ?? 80,
    stdinPiped: stdinHasData(),
    readStdin: async (limit = MAX_INPUT_BYTES) => {
      // Bounded: `yes | gloss -` stops with one line at the limit instead of filling memory.
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        total += (chunk as Buffer).length;
        if (total > limit) {
          process.stdin.destroy();
          throw new UsageError(`standard input is over the ${formatSize(limit)} limit for one article`);
        }
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks);
    },
  };
}

/**
 * Standard input is a pipe, a regular file or a socket: `cat a.txt | gloss`, `gloss < a.txt`.
 * Not a terminal, and not a character device such as /dev/null (`stdin: 'ignore'`, cron,
 * CI runners), nor a closed descriptor: there a bare `gloss` analyses the seed article.
 */
function stdinHasData(): boolean {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isFile() || stat.isSocket();
  } catch {
    return false;
  }
}

export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const code = await runCommand(argv, io);
  // Everything written must have reached the system before the exit code says it did.
  await io.flush?.();
  return code;
}

async function runCommand(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(usage);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${(await import('../package.json', { with: { type: 'json' } })).default.version}\n`);
    return 0;
  }
  const named = first !== undefined ? (ALIASES[first] ?? first) : undefined;
  const command = named !== undefined ? commands[named] : undefined;
  // `gloss`, `gloss FILE` and `gloss --format json` all mean analyze.
  const [name, args] = command ? [named as string, rest] : ['analyze', argv];
  try {
    if (!command && first !== undefined) refuseUnknownCommand(first);
    const run = await commands[name]!.load();
    // batch, merge and versions write a folder: their -o is --out DIR.
    if (name === 'batch' || name === 'merge' || name === 'versions') return await run(args, io);
    const { output, rest: commandArgs } = takeOutputOption(args);
    if (output === undefined) return await run(commandArgs, io);
    if (name === 'tui') throw new UsageError('--output does not go with gloss tui');
    // Written only when the command succeeds, through a temporary file: unlike `> FILE`,
    // a refused input never empties the file the user had.
    const chunks: string[] = [];
    const code = await run(commandArgs, {
      ...io,
      output,
      stdout: (chunk) => void chunks.push(chunk),
      isTTY: false,
      color: false,
    });
    if (code === 0 || code === 1) writeOutputFile(output, chunks.join(''));
    return code;
  } catch (error) {
    if (error instanceof UsageError || isArgError(error)) {
      io.stderr(`gloss: ${oneLine((error as Error).message)}\n`);
      return 2;
    }
    // A bug, not the user's fault: still one line, with a way to see more.
    io.stderr(
      `gloss: internal error: ${oneLine(String((error as Error)?.message ?? error))} (set GLOSS_DEBUG=1 for details)\n`,
    );
    if (process.env.GLOSS_DEBUG) io.stderr(`${(error as Error)?.stack}\n`);
    return 2;
  }
}

/** `-o FILE`, `--output FILE` or `--output=FILE`, anywhere in the arguments. */
function takeOutputOption(args: string[]): { output: string | undefined; rest: string[] } {
  let output: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-o' || arg === '--output') {
      output = args[++i];
      if (output === undefined || output === '') throw new UsageError(`${arg} needs a file name`);
    } else if (arg.startsWith('--output=')) {
      output = arg.slice('--output='.length);
      if (output === '') throw new UsageError('--output needs a file name');
    } else {
      rest.push(arg);
    }
  }
  return { output, rest };
}

/** node:util parseArgs errors (unknown option, missing value) are usage errors. */
function isArgError(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? '';
  return code.startsWith('ERR_PARSE_ARGS');
}
