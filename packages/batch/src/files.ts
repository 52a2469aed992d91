import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  fsyncSync,
  openSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';

/** Writes a whole file so that readers see the old content or the new, never a part: temp file, fsync, rename. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
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
    const buf = Buffer.concat(this.parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    this.parts = [];
    this.size = 0;
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off);
    this.written += buf.length;
  }
  close(sync = true): void {
    this.flush();
    if (sync) fsyncSync(this.fd);
    closeSync(this.fd);
  }
}

export function writeJsonAtomic(path: string, value: unknown): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF (or starts with a space). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (/[",\r\n]/.test(value) || /^\s|\s$/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

/** Touches a file so it exists (empty) — used for an empty checkpointed JSONL. */
export function createEmpty(path: string): void {
  writeFileSync(path, '');
}
