/** Limits and the message shape shared by the reader (main thread) and the workers; kept tiny so workers load fast. */

/** Largest document analysed; longer ones become error rows. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
/** Longest JSONL line or CSV record read. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** What a worker receives for one document. */
export type Payload =
  | { type: 'text'; text: string }
  | { type: 'bytes'; bytes: Uint8Array; html: boolean }
  | { type: 'error'; message: string };
