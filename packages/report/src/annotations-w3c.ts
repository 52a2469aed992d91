/**
 * W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): an
 * AnnotationCollection whose first page holds one Annotation per editorial
 * insertion and per finding. Each body is a commenting TextualBody plus
 * tagging bodies; each target has a TextQuoteSelector and a TextPositionSelector.
 */
import type { Analysis } from '@gloss/analysis';
import type { GlossDocument } from '@gloss/document';
import { type AnnotationOptions, annotationItems } from './annotations-shared.ts';

export function annotationsW3c(doc: GlossDocument, analysis: Analysis, options: AnnotationOptions) {
  const items = annotationItems(doc, analysis).map((item) => ({
    id: `${options.uri}#gloss-${item.key}`,
    type: 'Annotation',
    motivation: item.tags.includes('finding') ? 'assessing' : 'describing',
    creator: { type: 'Software', name: 'Gloss' },
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: item.text, format: 'text/plain', language: 'en' },
      ...item.tags.map((t) => ({ type: 'TextualBody', purpose: 'tagging', value: t })),
    ],
    target: { source: options.uri, selector: item.selectors },
  }));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${options.uri}#gloss-annotations`,
    type: 'AnnotationCollection',
    label: `Gloss annotations${options.title ? `: ${options.title}` : ''}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function formatAnnotationsW3c(
  doc: GlossDocument,
  analysis: Analysis,
  options: AnnotationOptions,
): string {
  return `${JSON.stringify(annotationsW3c(doc, analysis, options), null, 2)}\n`;
}
