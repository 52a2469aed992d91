/**
 * What the reader (main thread) and the workers share: limits, the message shapes and the JSONL
 * line around a document's analysis. Kept tiny, free of the analysis code, so both sides load it fast.
 */

import { encodeHead } from './line.ts';

/** Largest document analysed; longer ones become error rows. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
/** Longest JSONL line or CSV record read. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** What a worker receives for one document. */
export type Payload =
  | { type: 'text'; text: string }
  | { type: 'bytes'; bytes: Uint8Array; html: boolean }
  /** A JSONL line as read: the worker parses it (`jsonRecord`), so the main thread does not. */
  | { type: 'json'; bytes: Uint8Array; input: { file: string; line: number } }
  | { type: 'error'; message: string };

/** One document of a batch: its text (or why it could not be read) and the start of its line. */
export interface WorkDoc {
  payload: Payload;
  /** The document's id (empty for a JSONL line: the worker finds it). */
  id: string;
  /**
   * `{"id":…,"input":…,"columns":…,`: the reader knows these, the worker adds the rest. Empty for
   * a JSONL line, whose worker makes it from the parsed record.
   */
  head: string;
  /** Names of the document's carried columns (for a JSONL line the worker finds them). */
  columns: string[];
}

/** A batch of consecutive documents, analysed by one worker in one task. */
export interface AnalyseTask {
  kind: 'analyse';
  docs: WorkDoc[];
  keepText: boolean;
  /** The slot of shared memory set aside for the batch's lines (see `slotView`), or -1 for none. */
  slot: number;
}

/** What a worker is asked: analyse a batch, or describe its rules (for the manifest and the table schema). */
export type WorkTask = AnalyseTask | { kind: 'rules' };

/** What the manifest and the table schema need to know about the rules, asked of a worker (which has them loaded). */
export interface RuleBrief {
  id: string;
  category: string;
  family: string;
  entries: number;
}

/** The answer to each kind of task. */
export interface WorkAnswer {
  analyse: WorkResult;
  rules: RuleBrief[];
}

/**
 * The batch's JSONL lines, in order, newline-terminated, as UTF-8 bytes: encoded in the worker,
 * in parallel, so the main thread only appends them; `errors`, how many of them are error rows.
 * `lines` is null when they are in the task's slot, its first `size` bytes.
 */
export interface WorkResult {
  lines: Uint8Array | null;
  size: number;
  errors: number;
  /** Article text in the batch's JSONL lines, bytes (known once the worker has parsed them). */
  textBytes: number;
  /** The carried columns of the batch's documents, in first-seen order. */
  columns: string[];
  /** Each document's id as its input gives it, and the byte length of its line, in order. */
  ids: string[];
  sizes: number[];
}

/**
 * Shared memory for the batches' lines: one SharedArrayBuffer, made by the main thread and given
 * to every worker once (as its workerData), cut into slots of this size, one per batch in flight.
 * A worker writes a batch's lines into its slot and the main thread writes them to disk from
 * there, so no buffer is made per batch: the main thread's memory stays the same size however
 * long the run (per-batch buffers piled up between collections, tens of MB). A batch's lines
 * take about five times its text, so a full batch (256 KB of text) fits; lines that do not (a
 * long document, `--keep-text`) come back as bytes of their own. Only the part of a slot that
 * lines have used takes memory.
 */
export const SLOT_BYTES = 2 * 1024 * 1024;

export function slotView(shared: SharedArrayBuffer, slot: number): Uint8Array {
  return new Uint8Array(shared, slot * SLOT_BYTES, SLOT_BYTES);
}

/** A record's id as a string, when it has a usable one. */
export function stringId(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Every member of a record but `id` and `text`: the columns carried into every output. */
export function splitColumns(obj: Record<string, unknown>): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'id' || key === 'text') continue;
    columns[key] = value;
  }
  return columns;
}

/**
 * Limits on what one record carries: objects and arrays nested at most this deep in a carried
 * column, and at most this much JSON for all its carried columns together. Encoding a value
 * nested thousands deep overflows the stack, and carried columns are copied into every table.
 */
export const MAX_COLUMN_DEPTH = 64;
export const MAX_COLUMNS_BYTES = 1024 * 1024;

/** Whether a value holds objects or arrays nested deeper than `limit` (without recursion: the value may be thousands deep). */
export function nestedDeeper(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [v, depth] = top;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * A record's carried columns, encoded once (their JSON goes into the line as it is), or why the
 * record cannot carry them.
 */
export function carryColumns(
  obj: Record<string, unknown>,
): { columns: Record<string, unknown>; json: string } | { error: string } {
  const columns = splitColumns(obj);
  for (const [name, value] of Object.entries(columns)) {
    if (nestedDeeper(value, MAX_COLUMN_DEPTH))
      return {
        error: `column ${JSON.stringify(name.slice(0, 100))} is nested deeper than ${MAX_COLUMN_DEPTH} levels`,
      };
  }
  const json = JSON.stringify(columns);
  if (json.length > MAX_COLUMNS_BYTES / 3 && Buffer.byteLength(json) > MAX_COLUMNS_BYTES)
    return {
      error: `the carried columns are ${(Buffer.byteLength(json) / 1048576).toFixed(1)} MB; the limit is ${MAX_COLUMNS_BYTES / 1048576} MB`,
    };
  return { columns, json };
}

export function textPayload(text: unknown): DocumentSource {
  if (typeof text !== 'string') return { type: 'error', message: 'the record has no "text" string' };
  return { type: 'text', text };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * One JSONL line (without its newline or a byte-order mark) as a record: its id (FILE:LINE when
 * it has none), carried columns and text, or why it cannot be read; `textBytes`, its text's size.
 */
export function jsonRecord(
  bytes: Uint8Array,
  input: { file: string; line: number },
): {
  id: string;
  columns: Record<string, unknown>;
  /** The columns as JSON (encoded while checking them). */
  columnsJson: string;
  payload: DocumentSource;
  textBytes: number;
} {
  const fallbackId = `${input.file}:${input.line}`;
  const failed = (message: string, id = fallbackId) => ({
    id,
    columns: {},
    columnsJson: '{}',
    payload: { type: 'error', message } as const,
    textBytes: 0,
  });
  let obj: unknown;
  try {
    obj = JSON.parse(utf8.decode(bytes));
  } catch (error) {
    return failed(
      error instanceof SyntaxError
        ? `line ${input.line} is not valid JSON`
        : `line ${input.line} is not valid UTF-8`,
    );
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return failed(`line ${input.line} is not a JSON object`);
  }
  const record = obj as Record<string, unknown>;
  const id = stringId(record.id) ?? fallbackId;
  const carried = carryColumns(record);
  if ('error' in carried) return failed(`line ${input.line}: ${carried.error}`, id);
  return {
    id,
    columns: carried.columns,
    columnsJson: carried.json,
    payload: textPayload(record.text),
    textBytes: typeof record.text === 'string' ? Buffer.byteLength(record.text) : 0,
  };
}

/** What a document is analysed from: anything but a JSONL line not parsed yet. */
export type DocumentSource = Exclude<Payload, { type: 'json' }>;

/**
 * A document's source and the head of its line, its carried columns and (for a JSONL line) its
 * text's size: a JSONL line is parsed here, in the worker (or on the main thread when its batch
 * failed and it becomes an error row).
 */
export function resolveDoc(doc: WorkDoc): {
  id: string;
  payload: DocumentSource;
  head: string;
  columns: string[];
  textBytes: number;
} {
  const { payload } = doc;
  if (payload.type !== 'json')
    return { id: doc.id, payload, head: doc.head, columns: doc.columns, textBytes: 0 };
  const { input } = payload;
  const record = jsonRecord(payload.bytes, input);
  return {
    id: record.id,
    payload: record.payload,
    head: encodeHead({ id: record.id, input, columns: record.columns }, record.columnsJson),
    columns: Object.keys(record.columns),
    textBytes: record.textBytes,
  };
}
