import { analyzeDocument, ruleList, toAnalysisRecord } from '@gloss/analysis';
import { decodeInput, InputError, looksBinaryText, parseDocument } from '@gloss/document';
import { MAX_DOCUMENT_BYTES, type Payload } from './limits.ts';
import { computeMetrics } from './metrics.ts';

export interface WorkTask {
  payload: Payload;
  keepText: boolean;
}

/** What the manifest and the table schema need to know about the rules, asked of a worker (which has them loaded). */
export interface RuleBrief {
  id: string;
  category: string;
  family: string;
  entries: number;
}

export function ruleBriefs(): RuleBrief[] {
  return ruleList().map((r) => ({ id: r.id, category: r.category, family: r.family, entries: r.entries }));
}

/** `body`: the JSON members `"metrics":…,"categories":…,"analysis":…` of the document's line; or an error. */
export type WorkResult = { body: string; error: null } | { body: null; error: string };

/** Text given as a string (JSONL, CSV): the same refusals as `decodeInput` gives bytes. */
function checkText(text: string): string {
  if (text.trim() === '') throw new InputError('empty text: there is nothing to analyse');
  if (looksBinaryText(text)) throw new InputError('binary data, not text');
  return text;
}

/** Readability and linkedom load only in workers that meet an HTML page. */
let htmlModule: typeof import('./html.ts') | null = null;

export async function textOf(payload: Payload): Promise<string> {
  if (payload.type === 'error') throw new InputError(payload.message);
  if (payload.type === 'text') {
    if (payload.text.length > MAX_DOCUMENT_BYTES) {
      throw new InputError(
        `document is ${(payload.text.length / 1048576).toFixed(1)} M characters; the limit is 8 M`,
      );
    }
    return checkText(payload.text);
  }
  const decoded = decodeInput(payload.bytes);
  if (!payload.html) return decoded;
  htmlModule ??= await import('./html.ts');
  const text = htmlModule.htmlToText(decoded);
  if (text.trim() === '') throw new InputError('no article text found in the HTML');
  return text;
}

/** Analyses one document. Never throws: a failure is the document's error row. */
export async function analyseOne(task: WorkTask): Promise<WorkResult> {
  try {
    const text = await textOf(task.payload);
    const doc = parseDocument(text);
    const analysis = analyzeDocument(doc);
    const { metrics, categories } = computeMetrics(doc, analysis);
    const record = toAnalysisRecord(doc, analysis, { includeText: task.keepText });
    const body = `"metrics":${JSON.stringify(metrics)},"categories":${JSON.stringify(categories)},"analysis":${JSON.stringify(record)}`;
    return { body, error: null };
  } catch (error) {
    const message = error instanceof InputError ? error.message : `analysis failed: ${oneLine(error)}`;
    return { body: null, error: message };
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}

export default function handle(task: WorkTask | { kind: 'rules' }): Promise<WorkResult> | RuleBrief[] {
  if ('kind' in task) return ruleBriefs();
  return analyseOne(task);
}
