/**
 * What both annotation formats carry: one item per editorial insertion and per
 * finding, with a TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector. W3C counts positions in Unicode code points, not UTF-16
 * code units (Web Annotation Data Model §4.2.4), so offsets are converted here.
 */
import type { Analysis } from '@gloss/analysis';
import type { GlossDocument, Range } from '@gloss/document';

export interface AnnotationOptions {
  /** The article's address; a `urn:` made from the text's hash when not given. */
  uri: string;
  /** Title for Hypothes.is `document.title`. */
  title?: string;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationItem {
  key: string;
  range: Range;
  selectors: [TextQuoteSelector, TextPositionSelector];
  /** One readable sentence or two. */
  text: string;
  /** Categories: `gloss`, the kind (`insertion`, `finding`), the rule or insertion kind, family, voice. */
  tags: string[];
}

const CONTEXT = 32;

/**
 * Code-point offset of a UTF-16 offset: the offset less the surrogate pairs that end before
 * it. The pairs of the last text are kept (binary search), so annotating a long article is
 * linear, not one scan from the start per annotation.
 */
export function codePointOffset(text: string, utf16: number): number {
  const pairs = surrogatePairs(text);
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid]! + 2 <= utf16) lo = mid + 1;
    else hi = mid;
  }
  return utf16 - lo;
}

let pairsOf: { text: string; pairs: number[] } | null = null;

/** Start offsets of the surrogate pairs (high then low) in `text`, ascending. */
function surrogatePairs(text: string): number[] {
  if (pairsOf?.text === text) return pairsOf.pairs;
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(i++);
    }
  }
  pairsOf = { text, pairs };
  return pairs;
}

function sliceCodePoints(s: string, count: number, fromEnd: boolean): string {
  const cps = Array.from(s);
  return (fromEnd ? cps.slice(Math.max(0, cps.length - count)) : cps.slice(0, count)).join('');
}

export function selectorsFor(text: string, range: Range): [TextQuoteSelector, TextPositionSelector] {
  const before = text.slice(Math.max(0, range[0] - CONTEXT * 2), range[0]);
  const after = text.slice(range[1], range[1] + CONTEXT * 2);
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(...range),
      prefix: sliceCodePoints(before, CONTEXT, true),
      suffix: sliceCodePoints(after, CONTEXT, false),
    },
    {
      type: 'TextPositionSelector',
      start: codePointOffset(text, range[0]),
      end: codePointOffset(text, range[1]),
    },
  ];
}

export function annotationItems(doc: GlossDocument, analysis: Analysis): AnnotationItem[] {
  const text = doc.text;
  const items: AnnotationItem[] = [];
  for (const ins of doc.insertions) {
    items.push({
      key: `insertion-${ins.id}`,
      range: ins.range,
      selectors: selectorsFor(text, ins.range),
      text: `Added by the reprinting site (${ins.kind}): ${ins.explanation}`,
      tags: ['gloss', 'editorial-insertion', `insertion:${ins.kind}`, 'voice:editorial'],
    });
  }
  analysis.findings.forEach((f, i) => {
    const alt = f.expected.length ? ` A neutral writer might use: ${f.expected.join('; ')}.` : '';
    items.push({
      key: `finding-${i + 1}-${f.ruleId}`,
      range: f.range,
      selectors: selectorsFor(text, f.range),
      text: `${f.reason}. ${f.note}${alt} (${f.source})`.replace(/\.\./g, '.'),
      tags: [
        'gloss',
        'finding',
        f.ruleId,
        `family:${f.family}`,
        `category:${f.category}`,
        `voice:${f.voice}`,
        `layer:${f.layer}`,
      ],
    });
  });
  return items.sort(
    (a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.key.localeCompare(b.key),
  );
}

/** A stable URN for text without an address: FNV-1a over the UTF-16 units (not a security hash; enough to tell articles apart). */
export function textUrn(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0;
  }
  return `urn:gloss:text:${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}
