/**
 * The documents.jsonl line, in one place: how it is encoded (by the reader, the workers and the
 * dispatcher) and how its head is decoded (by finalize and merge). A line is one JSON object
 * whose members come in this order:
 *
 *   {"id":…,["idGiven":…,]"input":…,"columns":…,"error":…,"metrics":…,"categories":…,"analysis":…}
 *
 * The analysis is last and most of the line, so the head — everything before it — is decoded
 * without touching it.
 */

import type { MetricValues } from './metrics.ts';

/** One line of documents.jsonl. */
export interface DocumentLine {
  id: string;
  /** The id the input gave, when it was not unique and `id` got a suffix. */
  idGiven?: string;
  input: { file: string; line?: number };
  columns: Record<string, unknown>;
  error: string | null;
  metrics: MetricValues | null;
  categories: Record<string, number> | null;
  analysis: Record<string, unknown> | null;
}

/** What the reader knows of a document before it is analysed: the start of its line. */
export interface LineHead {
  id: string;
  input: { file: string; line?: number };
  columns: Record<string, unknown>;
}

/** `{"id":…,"input":…,"columns":…,` — the start of a line; `columnsJson` when the caller has it encoded already. */
export function encodeHead(head: LineHead, columnsJson = JSON.stringify(head.columns)): string {
  return `{"id":${JSON.stringify(head.id)},"input":${JSON.stringify(head.input)},"columns":${columnsJson},`;
}

/** A whole line (newline-terminated) from its head and the rest, in the order above. */
export function encodeLine(
  head: string,
  rest: {
    error: string | null;
    metrics: unknown;
    categories: unknown;
    analysis: unknown;
  },
): string {
  return joinLine(
    head,
    JSON.stringify(rest.error),
    JSON.stringify(rest.metrics),
    rest.categories,
    rest.analysis,
  );
}

/** The line of an analysed document whose measures are JSON already (`metricsJson`): what a worker writes. */
export function analysedLine(
  head: string,
  metricsJson: string,
  categories: unknown,
  analysis: unknown,
): string {
  return joinLine(head, 'null', metricsJson, categories, analysis);
}

function joinLine(
  head: string,
  error: string,
  metrics: string,
  categories: unknown,
  analysis: unknown,
): string {
  return `${head}"error":${error},"metrics":${metrics},"categories":${JSON.stringify(categories)},"analysis":${JSON.stringify(analysis)}}\n`;
}

/** A document's whole line when it could not be analysed. */
export function errorLine(head: string, message: string): string {
  return encodeLine(head, { error: message, metrics: null, categories: null, analysis: null });
}

const ANALYSIS_MEMBER = Buffer.from(',"analysis":');

/**
 * The line without its analysis, decoding only the bytes before it: the analysis is the last
 * member and most of the line. When the first `,"analysis":` is not that member (a carried
 * column of that name), the whole line is scanned instead.
 */
export function decodeHead(bytes: Buffer): DocumentLine {
  const at = bytes.indexOf(ANALYSIS_MEMBER);
  if (at !== -1) {
    try {
      const head = JSON.parse(`${bytes.toString('utf8', 0, at)}}`) as DocumentLine;
      if ('categories' in head) return { ...head, analysis: null };
    } catch {
      // The mark stood inside a member: fall through.
    }
  }
  return parseHead(bytes.toString('utf8'));
}

/** Index just past the JSON value starting at `i` (whitespace-free JSON as JSON.stringify writes it). */
function skipValue(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 34) {
    // string
    for (let j = i + 1; j < s.length; j++) {
      const d = s.charCodeAt(j);
      if (d === 92) j++;
      else if (d === 34) return j + 1;
    }
    return s.length;
  }
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const d = s.charCodeAt(j);
      if (d === 34) j = skipValue(s, j) - 1;
      else if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return s.length;
  }
  let j = i;
  while (j < s.length && s[j] !== ',' && s[j] !== '}' && s[j] !== ']') j++;
  return j;
}

/**
 * A documents.jsonl line without its `analysis` member, the bulk of it: the tables need only the id,
 * columns, error and measures, so the (large) analysis is stepped over instead of parsed.
 */
export function parseHead(line: string): DocumentLine {
  let i = 1;
  while (i < line.length && line[i] === '"') {
    const keyEnd = skipValue(line, i);
    const key = line.slice(i + 1, keyEnd - 1);
    if (key === 'analysis') {
      const head = i > 1 ? `${line.slice(0, i - 1)}}` : '{}';
      return { ...(JSON.parse(head) as DocumentLine), analysis: null };
    }
    i = skipValue(line, keyEnd + 1);
    if (line[i] === ',') i++;
  }
  return JSON.parse(line) as DocumentLine;
}

const ID_GIVEN = ',"idGiven":';

/** A line's id and the id its input gave (the same unless the id got a suffix). */
export function lineIds(line: string): { id: string; given: string } {
  const idEnd = skipValue(line, 6);
  const id = JSON.parse(line.slice(6, idEnd)) as string;
  if (!line.startsWith(ID_GIVEN, idEnd)) return { id, given: id };
  const start = idEnd + ID_GIVEN.length;
  return { id, given: JSON.parse(line.slice(start, skipValue(line, start))) as string };
}

/**
 * The same line with the id `id` for a record whose input gave `given`: `"idGiven"` follows
 * `"id"` when they differ, and is left out when they do not.
 */
export function renameLine(line: string, id: string, given: string): string {
  let rest = skipValue(line, 6);
  if (line.startsWith(ID_GIVEN, rest)) rest = skipValue(line, rest + ID_GIVEN.length);
  const idGiven = id === given ? '' : `${ID_GIVEN}${JSON.stringify(given)}`;
  return `{"id":${JSON.stringify(id)}${idGiven}${line.slice(rest)}`;
}

const ID_GIVEN_BYTES = Buffer.from(ID_GIVEN);

/** Index just past the JSON string whose opening quote is byte `i` (in UTF-8, `"` and `\\` are never part of another character). */
function skipStringBytes(bytes: Uint8Array, i: number): number {
  for (let j = i + 1; j < bytes.length; j++) {
    const c = bytes[j];
    if (c === 92) j++;
    else if (c === 34) return j + 1;
  }
  return bytes.length;
}

/**
 * {@link renameLine} on a line's UTF-8 bytes, without decoding it: the new start of the line
 * (`{"id":…[,"idGiven":…]`), and where in `line` the unchanged rest begins. The renamed line is
 * `head` followed by `line.subarray(restAt)`, the same bytes `renameLine` gives.
 */
export function renameLineBytes(
  line: Uint8Array,
  id: string,
  given: string,
): { head: Uint8Array; restAt: number } {
  let rest = skipStringBytes(line, 6);
  if (Buffer.compare(line.subarray(rest, rest + ID_GIVEN_BYTES.length), ID_GIVEN_BYTES) === 0)
    rest = skipStringBytes(line, rest + ID_GIVEN_BYTES.length);
  const idGiven = id === given ? '' : `${ID_GIVEN}${JSON.stringify(given)}`;
  return { head: Buffer.from(`{"id":${JSON.stringify(id)}${idGiven}`), restAt: rest };
}
