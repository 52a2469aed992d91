import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The real `gloss` binary, spawned as a user would run it: what the end-to-end tests share. */
export const root = fileURLToPath(new URL('..', import.meta.url));
export const bin = fileURLToPath(new URL('../packages/cli/bin/gloss.js', import.meta.url));

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `gloss ARGS` (working directory: the repository unless `cwd`), with colour settings
 * from the caller's environment cleared so output is the same everywhere; `env` adds to it.
 */
export function runGloss(
  args: string[],
  options: { cwd?: string; input?: string | Buffer | undefined; env?: Record<string, string> } = {},
): Outcome {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    // No input: stdin at /dev/null, as from cron or a CI step, where a bare `gloss` reads no
    // stdin (an empty pipe would be read, and refused as empty input).
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `gloss ARGS` in this process (the CLI's `main` with a captured terminal: not a TTY, no
 * colour, 80 columns): what tests of logic use instead of a process each, which costs start-up
 * every time. Same outcome shape as {@link runGloss}; `tests/gloss-binary.test.ts` holds the two
 * to the same output.
 */
export async function runGlossInProcess(
  args: string[],
  options: { input?: string | Uint8Array } = {},
): Promise<Outcome> {
  const { main } = await import('../packages/cli/src/main.ts');
  let stdout = '';
  let stderr = '';
  const input = options.input ?? new Uint8Array();
  const code = await main(args, {
    stdout: (chunk) => {
      stdout += chunk;
    },
    stderr: (chunk) => {
      stderr += chunk;
    },
    isTTY: false,
    color: false,
    columns: 80,
    readStdin: async () => (typeof input === 'string' ? new TextEncoder().encode(input) : input),
  });
  return { code, stdout, stderr };
}
