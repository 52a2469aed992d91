/**
 * What the reader (main thread) and the workers share: limits, the message shapes and the JSONL
 * line around a document's analysis. Kept tiny, free of the analysis code, so both sides load it fast.
 */

/** Largest document analysed; longer ones become error rows. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
/** Longest JSONL line or CSV record read. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** What a worker receives for one document. */
export type Payload =
  | { type: 'text'; text: string }
  | { type: 'bytes'; bytes: Uint8Array; html: boolean }
  | { type: 'error'; message: string };

/** One document of a batch: its text (or why it could not be read) and the start of its line. */
export interface WorkDoc {
  payload: Payload;
  /** `{"id":…,"input":…,"columns":…,`: the reader knows these, the worker adds the rest. */
  head: string;
}

/** A batch of consecutive documents, analysed by one worker in one task. */
export interface WorkTask {
  docs: WorkDoc[];
  keepText: boolean;
  /** The slot of shared memory set aside for the batch's lines (see `slotView`), or -1 for none. */
  slot: number;
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

export function lineHead(rec: {
  id: string;
  input: { file: string; line?: number };
  columns: Record<string, unknown>;
}): string {
  return `{"id":${JSON.stringify(rec.id)},"input":${JSON.stringify(rec.input)},"columns":${JSON.stringify(rec.columns)},`;
}

/** A document's whole line when it could not be analysed. */
export function errorLine(head: string, message: string): string {
  return `${head}"error":${JSON.stringify(message)},"metrics":null,"categories":null,"analysis":null}\n`;
}
