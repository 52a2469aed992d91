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
