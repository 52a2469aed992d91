/**
 * The Hypothes.is import shape: a JSON array of `{ uri, target, text, tags,
 * document }`. The importer keeps only these fields, so Gloss's categories
 * (insertion kind, rule id, family, voice, layer) travel as tags.
 */
import type { Analysis } from '@gloss/analysis';
import type { GlossDocument } from '@gloss/document';
import { type AnnotationOptions, annotationItems } from './annotations-shared.ts';

export function annotationsHypothesis(doc: GlossDocument, analysis: Analysis, options: AnnotationOptions) {
  return annotationItems(doc, analysis).map((item) => ({
    uri: options.uri,
    target: [{ source: options.uri, selector: item.selectors }],
    text: item.text,
    tags: item.tags,
    document: { title: [options.title ?? options.uri] },
  }));
}

export function formatAnnotationsHypothesis(
  doc: GlossDocument,
  analysis: Analysis,
  options: AnnotationOptions,
): string {
  return `${JSON.stringify(annotationsHypothesis(doc, analysis, options), null, 2)}\n`;
}
