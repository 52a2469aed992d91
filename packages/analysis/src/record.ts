import { type GlossDocument, SCHEMAS } from '@gloss/document';
import type { Analysis } from './types.ts';

/** Bumped only for breaking changes; fields are only ever added within a version. */
export const ANALYSIS_SCHEMA = SCHEMAS.analysis;

export interface RecordOptions {
  /** Include the input text and the wire text (`gloss analyze` does; `gloss batch` only with --keep-text). */
  includeText?: boolean;
}

/**
 * The object `gloss analyze --format json` prints and `gloss batch` writes a line of
 * per document. Ranges are `[start, end)` UTF-16 offsets into `text`.
 */
export function toAnalysisRecord(doc: GlossDocument, analysis: Analysis, options: RecordOptions = {}) {
  const includeText = options.includeText ?? true;
  return {
    schema: ANALYSIS_SCHEMA,
    ...(includeText ? { text: doc.text } : {}),
    length: doc.text.length,
    blocks: doc.blocks.map((b) => ({
      kind: b.kind,
      range: b.range,
      source: b.source,
      layer: b.layer,
      ...(b.question ? { question: b.question } : {}),
    })),
    sources: doc.sources,
    insertions: doc.insertions.map((i) => ({
      id: i.id,
      range: i.range,
      text: i.text,
      kind: i.kind,
      inQuote: i.inQuote,
      closed: i.closed,
      explanation: i.explanation,
    })),
    elisions: doc.elisions.map((e) => ({
      range: e.range,
      text: e.text,
      placement: e.placement,
      inQuote: e.inQuote,
      explanation: e.explanation,
    })),
    quotes: doc.quotes.map((q) => ({ range: q.range, kind: q.kind, speaker: q.speaker, cue: q.cue })),
    layers: {
      wire: { ...(includeText ? { text: doc.layers.wire.text } : {}), words: doc.layers.wire.words },
      editorial: { words: doc.layers.editorial.words },
    },
    findings: analysis.findings,
    summary: analysis.summary,
    diagnostics: doc.diagnostics,
  };
}

export type AnalysisRecord = ReturnType<typeof toAnalysisRecord>;
