import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { Transform, pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse';
import { compareStrings, expandGlob, hasGlobChars, isInputFile, walkFiles } from './glob.ts';
import {
  jsonRecord,
  MAX_DOCUMENT_BYTES,
  MAX_LINE_BYTES,
  type Payload,
  carryColumns,
  stringId,
  textPayload,
} from './protocol.ts';

export type InputKind = 'text' | 'html' | 'jsonl' | 'csv';

export interface InputFile {
  /** As given or as found under a folder given (relative paths stay relative). */
  path: string;
  kind: InputKind;
  gzip: boolean;
  /** Size on disk. */
  bytes: number;
}

export { MAX_DOCUMENT_BYTES, MAX_LINE_BYTES, type Payload };

export class InputListError extends Error {}

export function kindOf(path: string): { kind: InputKind; gzip: boolean } {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  if (base.endsWith('.jsonl') || base.endsWith('.ndjson')) return { kind: 'jsonl', gzip };
  if (base.endsWith('.csv')) return { kind: 'csv', gzip };
  if (base.endsWith('.html') || base.endsWith('.htm')) return { kind: 'html', gzip };
  return { kind: 'text', gzip };
}

/**
 * Expands INPUT arguments (files, folders, globs) into the ordered list of input files.
 * Folders are walked recursively and keep only known extensions; a file named explicitly
 * is read whatever its extension (as text unless it says otherwise). Duplicates keep their first place.
 */
export function expandInputs(args: readonly string[]): InputFile[] {
  const seen = new Set<string>();
  const out: InputFile[] = [];
  const add = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const st = statSync(path);
    out.push({ path, ...kindOf(path), bytes: st.size });
  };
  for (const arg of args) {
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(arg);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const files = walkFiles(arg).filter(isInputFile);
      if (files.length === 0)
        throw new InputListError(`${arg}: no .txt, .md, .html, .jsonl or .csv files in it`);
      for (const f of files) add(f);
    } else if (st?.isFile()) {
      add(arg);
    } else if (hasGlobChars(arg)) {
      const files = expandGlob(arg).filter(isInputFile).sort(compareStrings);
      if (files.length === 0) throw new InputListError(`${arg}: no input files match`);
      for (const f of files) add(f);
    } else {
      throw new InputListError(`cannot read ${arg}: no such file or folder`);
    }
  }
  return out;
}

export interface SourceRecord {
  /** Position in the whole input, 0-based, counting every record of every file. */
  seq: number;
  id: string;
  /** Carried columns (everything but id and text), in the order the record gives them. */
  columns: Record<string, unknown>;
  /** Where it came from: file and, for JSONL/CSV, the 1-based line. */
  input: { file: string; line?: number };
  /** Size of the document in bytes (UTF-8), for rates. */
  bytes: number;
  /** How far into the whole input (raw bytes over all files) this record ends, for progress; set by readRecords. */
  at?: number;
  /** Null when the record is not wanted (other shard, already done): it is counted, not read. */
  payload: Payload | null;
}

export interface FileDigest {
  path: string;
  bytes: number;
  sha256: string;
  records: number;
}

/** The first `bytes` of an input file (raw, as on disk) and their SHA-256. */
export interface ReadPrefix {
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * What has been read at some moment: the files read to their end (how many, in input order, and
 * one SHA-256 over their paths, sizes and hashes — a checkpoint stays small however many files
 * a corpus has) and the file being read (the bytes read of it and their hash).
 */
export interface ReadSoFar {
  files: number;
  sha256: string;
  current: ReadPrefix | null;
}

/** One entry of ReadSoFar's hash over the finished files. */
export function finishedEntry(prefix: ReadPrefix): string {
  return `${prefix.path}\0${prefix.bytes}\0${prefix.sha256}\n`;
}

/**
 * What `readRecords` has read so far, at any moment. A checkpoint keeps it, so a resume can
 * check that the input the written documents came from is unchanged.
 */
export class ReadTracker {
  private files = 0;
  private readonly finished = createHash('sha256');
  current: { path: string; hashed: HashedStream } | null = null;
  fileDone(prefix: ReadPrefix): void {
    this.finished.update(finishedEntry(prefix));
    this.files++;
    this.current = null;
  }
  snapshot(): ReadSoFar {
    const now = this.current;
    return {
      files: this.files,
      sha256: this.finished.copy().digest('hex'),
      current: now ? { path: now.path, ...now.hashed.prefix() } : null,
    };
  }
}

export interface ReadOptions {
  /** Called before a record is materialised: false means count it but skip its content. */
  want: (seq: number) => boolean;
  /** Raw bytes consumed, for progress. */
  onBytes?: (n: number) => void;
  /** Called when a file is fully read. */
  onFile?: (digest: FileDigest) => void;
  /** Stop reading (Ctrl-C). */
  stopped?: () => boolean;
  /**
   * Leave JSONL lines unparsed, as `json` payloads (id FILE:LINE, no columns, `bytes` the line's
   * size): `gloss batch` has its workers parse them, off the main thread.
   */
  rawJsonLines?: boolean;
  /** Keeps track of what has been read (for checkpoints). */
  tracker?: ReadTracker;
}

interface HashedStream {
  stream: Readable;
  /** Raw (on-disk) bytes read so far. */
  consumed: () => number;
  digest: () => { sha256: string; bytes: number };
  /** Hash of the bytes read so far (the stream goes on). */
  prefix: () => { sha256: string; bytes: number };
}

function openHashed(file: InputFile, onBytes?: (n: number) => void): HashedStream {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      bytes += chunk.length;
      onBytes?.(chunk.length);
      cb(null, chunk);
    },
  });
  const raw = createReadStream(file.path, { highWaterMark: 256 * 1024 });
  const noop = (): void => {};
  const stream = file.gzip ? pipeline(raw, tap, createGunzip(), noop) : pipeline(raw, tap, noop);
  let digest: string | undefined;
  return {
    stream,
    consumed: () => bytes,
    digest: () => {
      digest ??= hash.digest('hex');
      return { sha256: digest, bytes };
    },
    prefix: () => ({ sha256: digest ?? hash.copy().digest('hex'), bytes }),
  };
}

/** Splits a byte stream into lines; an over-long line comes back as `null` bytes with its line number. */
export async function* splitLines(
  stream: AsyncIterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<{ line: number; bytes: Buffer | null; end: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  let base = 0;
  for await (const chunk of stream) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      const end = nl === -1 ? chunk.length : nl;
      if (!tooLong) {
        if (size + (end - start) > maxBytes) {
          tooLong = true;
          parts = [];
        } else if (end > start) {
          parts.push(chunk.subarray(start, end));
          size += end - start;
        }
      }
      if (nl === -1) {
        base += chunk.length;
        break;
      }
      line++;
      yield {
        line,
        bytes: tooLong ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts),
        end: base + nl + 1,
      };
      parts = [];
      size = 0;
      tooLong = false;
      start = nl + 1;
    }
  }
  if (size > 0 || tooLong) {
    line++;
    yield { line, bytes: tooLong ? null : Buffer.concat(parts), end: base };
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) {
    if (b !== 32 && b !== 9 && b !== 13) return false;
  }
  return true;
}

/**
 * Streams the records of every input file in order. Memory holds one chunk and one record at a
 * time (plus what the consumer keeps); the caller pulls, so a slow consumer slows the reading.
 */
export async function* readRecords(
  files: readonly InputFile[],
  options: ReadOptions,
): AsyncGenerator<SourceRecord> {
  const position: Position = { at: () => 0 };
  for await (const record of readAll(files, options, position)) {
    record.at = position.at();
    yield record;
  }
}

interface Position {
  at: () => number;
}

async function* readAll(
  files: readonly InputFile[],
  options: ReadOptions,
  position: Position,
): AsyncGenerator<SourceRecord> {
  let seq = 0;
  let fileStart = 0;
  for (const file of files) {
    if (options.stopped?.()) return;
    const start = seq;
    const hashed = openHashed(file, options.onBytes);
    if (options.tracker) options.tracker.current = { path: file.path, hashed };
    const base = fileStart;
    let lineEnd = 0;
    position.at =
      file.kind === 'jsonl' && !file.gzip
        ? () => base + lineEnd
        : file.kind === 'text' || file.kind === 'html'
          ? () => base + file.bytes
          : () => base + hashed.consumed();
    fileStart += file.bytes;
    try {
      if (file.kind === 'jsonl') {
        for await (const { line, bytes, end } of splitLines(hashed.stream, MAX_LINE_BYTES)) {
          lineEnd = end;
          if (bytes !== null && isBlank(bytes)) continue;
          const index = seq++;
          const fallbackId = `${file.path}:${line}`;
          const input = { file: file.path, line };
          if (!options.want(index)) {
            yield {
              seq: index,
              id: fallbackId,
              columns: {},
              input,
              bytes: bytes?.length ?? 0,
              payload: null,
            };
            continue;
          }
          if (bytes === null) {
            yield errorRecord(
              index,
              fallbackId,
              input,
              `line ${line} is longer than ${MAX_LINE_BYTES / 1048576} MB`,
            );
            continue;
          }
          const body =
            line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
              ? bytes.subarray(3)
              : bytes;
          if (options.rawJsonLines) {
            yield {
              seq: index,
              id: fallbackId,
              columns: {},
              input,
              bytes: body.length,
              // A copy of just the line: a view into the read chunk would send the whole chunk.
              payload: { type: 'json', bytes: new Uint8Array(body), input },
            };
            continue;
          }
          const { id, columns, payload } = jsonRecord(body, input);
          yield {
            seq: index,
            id,
            columns,
            payload,
            input,
            bytes: payload.type === 'text' ? Buffer.byteLength(payload.text) : 0,
          };
        }
      } else if (file.kind === 'csv') {
        const skipped: { line: number; message: string }[] = [];
        const parser = parseCsv({
          columns: true,
          bom: true,
          info: true,
          skip_records_with_error: true,
          skip_empty_lines: true,
          max_record_size: MAX_LINE_BYTES,
        });
        parser.on('skip', (err: Error & { lines?: number }) => {
          skipped.push({ line: err.lines ?? 0, message: err.message.split('\n')[0] ?? 'malformed record' });
        });
        hashed.stream.on('error', (err) => parser.destroy(err));
        hashed.stream.pipe(parser);
        // The parser reads ahead of the records taken from it, so a malformed record further on
        // is reported before the good ones above it: each waits for the records before its line.
        const drain = function* (before: number): Generator<SourceRecord> {
          while (skipped.length > 0 && skipped[0]!.line < before) {
            const s = skipped.shift()!;
            const index = seq++;
            const input = { file: file.path, line: s.line };
            if (!options.want(index)) {
              yield { seq: index, id: `${file.path}:${s.line}`, columns: {}, input, bytes: 0, payload: null };
            } else {
              yield errorRecord(index, `${file.path}:${s.line}`, input, `CSV: ${s.message}`);
            }
          }
        };
        for await (const item of parser as AsyncIterable<{
          record: Record<string, string>;
          info: { lines: number };
        }>) {
          const line = item.info.lines;
          yield* drain(line);
          const index = seq++;
          const input = { file: file.path, line };
          const fallbackId = `${file.path}:${line}`;
          if (!options.want(index)) {
            yield { seq: index, id: fallbackId, columns: {}, input, bytes: 0, payload: null };
            continue;
          }
          const record = item.record;
          const id = stringId(record.id) ?? fallbackId;
          const carried = carryColumns(record);
          if ('error' in carried) {
            yield errorRecord(index, id, input, `line ${line}: ${carried.error}`);
            continue;
          }
          yield {
            seq: index,
            id,
            columns: carried.columns,
            input,
            bytes: Buffer.byteLength(record.text ?? ''),
            payload: textPayload(record.text),
          };
        }
        yield* drain(Number.POSITIVE_INFINITY);
      } else {
        // One file, one document: collect up to the limit, keep hashing the rest.
        const parts: Buffer[] = [];
        let size = 0;
        for await (const chunk of hashed.stream as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size <= MAX_DOCUMENT_BYTES) parts.push(chunk);
        }
        const index = seq++;
        const input = { file: file.path };
        if (!options.want(index)) {
          yield { seq: index, id: file.path, columns: {}, input, bytes: size, payload: null };
        } else if (size > MAX_DOCUMENT_BYTES) {
          yield errorRecord(
            index,
            file.path,
            input,
            `document is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1048576} MB`,
          );
        } else {
          const bytes = Buffer.concat(parts);
          yield {
            seq: index,
            id: file.path,
            columns: {},
            input,
            bytes: size,
            payload: {
              type: 'bytes',
              bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
              html: file.kind === 'html',
            },
          };
        }
      }
    } catch (error) {
      // The file broke mid-way (unreadable, corrupt gzip): one error row for the rest of it.
      const index = seq++;
      const code = (error as { code?: string }).code;
      const message = `cannot read ${file.path}: ${code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' ? 'corrupt gzip data' : code === 'EACCES' ? 'permission denied' : (error as Error).message.split('\n')[0]}`;
      const input = { file: file.path };
      if (options.want(index)) yield errorRecord(index, file.path, input, message);
      else yield { seq: index, id: file.path, columns: {}, input, bytes: 0, payload: null };
    }
    const { sha256, bytes } = hashed.digest();
    options.tracker?.fileDone({ path: file.path, bytes, sha256 });
    options.onFile?.({ path: file.path, bytes, sha256, records: seq - start });
  }
}

function errorRecord(seq: number, id: string, input: SourceRecord['input'], message: string): SourceRecord {
  return { seq, id, columns: {}, input, bytes: 0, payload: { type: 'error', message } };
}
