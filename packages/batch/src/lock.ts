import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { BatchUsageError } from './open.ts';

/**
 * One run per output folder. A scheduler that retries a task whose old process is still alive
 * starts a second `gloss batch --resume` on the same folder; without a lock both append every
 * document. The lock is a file created with O_EXCL (`wx`) holding who holds it, refreshed while
 * the run lives, and removed when it ends.
 */
export const LOCK_FILE = '.gloss-lock';
/** How often a live run touches its lock (its mtime is the run's heartbeat). */
export const LOCK_HEARTBEAT_MS = 30_000;
/** A lock not touched for this long belongs to a run that is gone (another host, or a reused pid). */
export const LOCK_STALE_MS = 10 * 60_000;
/** A lock file without its content yet (the holder died between creating and writing it) counts after this. */
const UNWRITTEN_STALE_MS = 5_000;

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
}

/** The folder is in use by another run: one line naming the holder, exit code 2. */
export class RunLockedError extends BatchUsageError {
  constructor(
    readonly path: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder
      ? `gloss ${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt})`
      : 'another gloss run';
    super(
      `${dirname(path)} is in use by ${who}: wait for it to end, or if that process is gone, delete ${path}`,
    );
  }
}

/**
 * Whether a lock someone else holds is stale, from what it says and how long ago it was last
 * touched: a dead pid on this host at once; otherwise no heartbeat for LOCK_STALE_MS (another
 * host, where the pid cannot be checked, or a pid reused by an unrelated process).
 */
export function lockIsStale(
  holder: LockHolder | null,
  ageMs: number,
  here: { host: string; pid: number; alive: (pid: number) => boolean },
): boolean {
  if (holder === null) return ageMs > UNWRITTEN_STALE_MS;
  if (ageMs > LOCK_STALE_MS) return true;
  if (holder.host !== here.host) return false;
  // Our own pid in a lock this process does not hold: left by an earlier process that had the
  // same pid (a restarted container is pid 1 again).
  if (holder.pid === here.pid) return true;
  return !here.alive(holder.pid);
}

/** `kill(pid, 0)`: ESRCH means no such process; EPERM means it exists under another user. */
export function pidAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks held by this process (two runs in one process must refuse each other too). */
const heldHere = new Set<string>();

export interface RunLock {
  readonly path: string;
  release(): void;
}

function parseHolder(text: string): LockHolder | null {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string')
      return {
        pid: h.pid,
        host: h.host,
        startedAt: String(h.startedAt ?? '?'),
        command: String(h.command ?? 'batch'),
      };
  } catch {
    // not written yet, or not ours
  }
  return null;
}

function readLock(path: string): { text: string; ageMs: number } | null {
  try {
    const st = statSync(path);
    return { text: readFileSync(path, 'utf8'), ageMs: Date.now() - st.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Takes the lock of folder `dir` (which exists) or throws RunLockedError. A stale lock is moved
 * aside and checked to be the one judged stale before it is deleted, so two runs taking over the
 * same stale lock cannot both win.
 */
export function acquireRunLock(dir: string, command: string): RunLock {
  const path = join(dir, LOCK_FILE);
  const here = { host: hostname(), pid: process.pid, alive: pidAlive };
  for (let attempt = 0; attempt < 8; attempt++) {
    if (heldHere.has(path)) {
      throw new RunLockedError(path, parseHolder(readLock(path)?.text ?? ''));
    }
    const holder: LockHolder = {
      pid: process.pid,
      host: here.host,
      startedAt: new Date().toISOString(),
      command,
    };
    const text = `${JSON.stringify(holder)}\n`;
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const seen = readLock(path);
      if (seen === null) continue; // released meanwhile: try again
      const other = parseHolder(seen.text);
      if (!lockIsStale(other, seen.ageMs, here)) throw new RunLockedError(path, other);
      const aside = `${path}.stale-${process.pid}`;
      try {
        renameSync(path, aside);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw e;
      }
      const moved = readFileSync(aside, 'utf8');
      if (moved === seen.text) {
        rmSync(aside, { force: true });
        continue;
      }
      // Someone else took the stale lock over first and we moved theirs: put it back (unless a
      // third run holds the name by now) and leave the folder to that run.
      try {
        linkSync(aside, path);
      } catch {
        // the name is taken again: that holder is as good
      } finally {
        rmSync(aside, { force: true });
      }
      throw new RunLockedError(path, parseHolder(moved));
    }
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    heldHere.add(path);
    const heartbeat = setInterval(() => {
      try {
        const now = new Date();
        utimesSync(path, now, now);
      } catch {
        // The folder is gone or read-only now: the run itself will report that.
      }
    }, LOCK_HEARTBEAT_MS);
    heartbeat.unref();
    let released = false;
    return {
      path,
      release() {
        if (released) return;
        released = true;
        clearInterval(heartbeat);
        heldHere.delete(path);
        // Only our own lock: never one a takeover put there after ours was judged stale.
        if (readLock(path)?.text === text) rmSync(path, { force: true });
      },
    };
  }
  throw new RunLockedError(path, null);
}
