import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fsyncSync, openSync, writeSync, writevSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';

/** Buffers per writev call (the POSIX minimum for IOV_MAX; Linux allows 1024). */
const IOV_MAX = 1024;

/**
 * Writes a whole file so that readers see the old content or the new, never a part: temp file,
 * fsync, rename. Asynchronous, so the main thread goes on while the disk catches up.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  tmp = `${path}.tmp-${process.pid}`,
): Promise<void> {
  const file = await open(tmp, 'w');
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(tmp, path);
}

/** A buffered append-only writer over a file descriptor (synchronous: the main thread only writes results). */
export class BufferedFile {
  private parts: (string | Uint8Array)[] = [];
  private size = 0;
  readonly fd: number;
  written = 0;
  constructor(path: string, flags = 'w') {
    this.fd = openSync(path, flags);
  }
  /** Text is encoded as UTF-8; bytes are written as they are. */
  write(data: string | Uint8Array): void {
    this.parts.push(data);
    this.size += data.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    const buffers = this.parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p));
    this.parts = [];
    this.size = 0;
    for (let i = 0; i < buffers.length; i += IOV_MAX) {
      const group = buffers.slice(i, i + IOV_MAX);
      let done = writevSync(this.fd, group);
      this.written += done;
      // A short write (rare: a full disk, a signal): the rest, one buffer at a time.
      for (const b of group) {
        if (done >= b.byteLength) {
          done -= b.byteLength;
          continue;
        }
        for (let off = done; off < b.byteLength; ) {
          const n = writeSync(this.fd, b, off);
          off += n;
          this.written += n;
        }
        done = 0;
      }
    }
  }
  close(sync = true): void {
    this.flush();
    if (sync) fsyncSync(this.fd);
    closeSync(this.fd);
  }
}

/** `tmp`: where the file is written before it is renamed (default: beside it). */
export async function writeJsonAtomic(path: string, value: unknown, tmp?: string): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, tmp);
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * RFC 4180 field: quoted when it holds a comma, quote, CR or LF (or starts with a space). Text
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR, and not a
 * number) gets a leading apostrophe, as OWASP advises against CSV injection: carried columns
 * come from the articles' publishers. Parquet and DuckDB keep the values unchanged.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text) || /^\s|\s$/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}
