import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { oneLine, UsageError } from './io.ts';

/**
 * Where the CLI's output goes: `-o FILE`, standard output, config files read. Every write
 * failure is one line and exit code 2, never a stack trace or a success.
 */

/** A failed write's code in words, for the one-line message. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOENT':
      return 'no such folder';
    case 'EIO':
      return 'input/output error';
    case 'EFBIG':
      return 'file too large';
    default:
      return code ?? oneLine(String((error as Error)?.message ?? error));
  }
}

/** An error of the file system refusing a write (not a bug). */
export function isWriteError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return (
    code !== undefined &&
    ['ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'EFBIG', 'EACCES', 'EPERM'].includes(code) &&
    (error as NodeJS.ErrnoException).syscall !== undefined
  );
}

function writeAll(fd: number, data: Buffer): void {
  for (let off = 0; off < data.length; ) off += writeSync(fd, data, off);
}

/**
 * `-o FILE`: a regular file (or a new one) is replaced in one step — temp file beside it,
 * fsync, rename — so readers never see half of it and a refused input never empties it. A
 * symlink to a regular file replaces its target, and the link stays. Anything else (a FIFO, a
 * device such as /dev/null, a dangling link) is written through, never renamed over: renaming
 * would replace the device or pipe with a regular file.
 */
export function writeOutputFile(path: string, content: string): void {
  const data = Buffer.from(content);
  let target = path;
  let replace = true;
  try {
    const link = lstatSync(path);
    if (link.isSymbolicLink()) {
      try {
        target = realpathSync(path);
        replace = statSync(target).isFile();
      } catch {
        replace = false; // dangling: writing through it creates the target
      }
    } else if (link.isDirectory()) {
      throw new UsageError(`cannot write ${path}: it is a folder`);
    } else {
      replace = link.isFile();
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new UsageError(`cannot write ${path}: ${describeWriteError(error)}`);
  }
  if (!replace) {
    let fd: number;
    try {
      fd = openSync(target, 'w');
    } catch (error) {
      throw new UsageError(`cannot write ${path}: ${describeWriteError(error)}`);
    }
    try {
      writeAll(fd, data);
    } catch (error) {
      throw new UsageError(`cannot write ${path}: ${describeWriteError(error)}`);
    } finally {
      closeSync(fd);
    }
    return;
  }
  const tmp = join(dirname(target), `.${basename(target)}.gloss-${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeAll(fd, data);
      // On disk before the rename: a crash never leaves an empty file under the name.
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new UsageError(`cannot write ${path}: ${describeWriteError(error)}`);
  }
}

/**
 * Standard output that fails in one line: a closed pipe (`gloss … | head`) ends the process
 * quietly with exit code 0, as Unix tools do; any other write error (a full disk, /dev/full)
 * prints one line and exits 2 at once — the output is incomplete, so nothing may look like a
 * success. `flush` resolves once everything written so far has been handed to the system.
 */
export function guardStdout(
  stream: NodeJS.WriteStream = process.stdout,
  stderr: (s: string) => void = (s) => void process.stderr.write(s),
  exit: (code: number) => void = (code) => process.exit(code),
): { write: (chunk: string) => void; flush: () => Promise<void> } {
  let failed = false;
  const fail = (error: NodeJS.ErrnoException): void => {
    if (failed) return;
    failed = true;
    if (error.code === 'EPIPE') {
      exit(0);
      return;
    }
    stderr(`gloss: cannot write the output: ${describeWriteError(error)}\n`);
    exit(2);
  };
  stream.on('error', fail);
  return {
    write: (chunk) => {
      if (!failed) stream.write(chunk);
    },
    flush: () =>
      new Promise<void>((resolve) => {
        if (failed) return resolve();
        stream.write('', (error) => {
          if (error) fail(error);
          resolve();
        });
      }),
  };
}

/** Largest config file read: settings, not data. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * A config file's text: a regular file only (a FIFO would hang, /dev/zero would never end),
 * at most MAX_CONFIG_BYTES (read with the limit applied, in case it grows meanwhile).
 */
export function readConfigText(path: string): string {
  let fd: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new UsageError(`config ${path} is not a regular file`);
    if (st.size > MAX_CONFIG_BYTES)
      throw new UsageError(`config ${path} is ${(st.size / 1048576).toFixed(1)} MB; the limit is 1 MB`);
    fd = openSync(path, 'r');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read config ${path}: ${describeWriteError(error)}`);
  }
  try {
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let size = 0;
    for (let n = 1; n > 0 && size < buffer.length; size += n)
      n = readSync(fd, buffer, size, buffer.length - size, null);
    if (size > MAX_CONFIG_BYTES) throw new UsageError(`config ${path} is over the 1 MB limit`);
    return buffer.toString('utf8', 0, size);
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs `each` over several inputs in order (many-file `analyze`): an input error is reported
 * for that input, and so is an internal error (a bug met on one article), and the others go
 * on; the exit code is the worst of all, 2 when any input failed.
 */
export async function forEachInput(
  names: readonly string[],
  each: (name: string) => Promise<number>,
  stderr: (s: string) => void,
): Promise<number> {
  let code = 0;
  for (const name of names) {
    try {
      code = Math.max(code, await each(name));
    } catch (error) {
      if (error instanceof UsageError) {
        stderr(`gloss: ${oneLine(error.message)}\n`);
      } else {
        stderr(
          `gloss: ${oneLine(name)}: internal error: ${oneLine(String((error as Error)?.message ?? error))} (set GLOSS_DEBUG=1 for details)\n`,
        );
        if (process.env.GLOSS_DEBUG) stderr(`${(error as Error)?.stack}\n`);
      }
      code = 2;
    }
  }
  return code;
}
