import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from './decode.ts';
import { formatCount } from './words.ts';

/**
 * What HTML Gloss reads, and how much of it Readability sees. Parsing and Readability both grow
 * faster than the page when elements nest deeply (linkedom: 100,000 nested `<div>` about a minute;
 * Readability: 1,000 about half a minute) or come by the hundred thousand, while real article
 * pages nest 20 to 60 deep in 1,000 to 10,000 elements.
 */
export const HTML_LIMITS = {
  /** Deeper nesting, estimated from the tags before parsing: refused (InputError). */
  maxParseDepth: 2_000,
  /** More start tags than this: refused before parsing (InputError). */
  maxParseElements: 500_000,
  /** Deeper than this after parsing: no Readability; every block of the body is read (flattened). */
  maxArticleDepth: 100,
  /** More elements than this after parsing: no Readability; the body is read flattened. */
  maxArticleElements: 15_000,
} as const;

/** The article text of a page, and how it was found. */
export interface HtmlText {
  text: string;
  /**
   * `article`: Readability picked the article (as Firefox's reader view does); `body`: it found
   * none, so the whole body was read; `flattened`: the page was past {@link HTML_LIMITS} for
   * Readability, so the whole body was read.
   */
  extraction: 'article' | 'body' | 'flattened';
  /** Elements and deepest nesting of the parsed page. */
  elements: number;
  depth: number;
}

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'TD',
  'DT',
  'DD',
  'DIV',
  'SECTION',
  'ARTICLE',
  'UL',
  'OL',
  'TABLE',
  'TR',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Elements that never have content, and those whose end tag may be left out (the parser closes them). */
const NO_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp html head body'.split(
    ' ',
  ),
);

interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}

/**
 * Start tags and the deepest nesting they imply, from the markup alone (one pass, no parser):
 * comments and the content of script, style, textarea and title are skipped; tags that never
 * nest (void elements, optional end tags) do not count towards depth.
 */
export function scanHtmlShape(page: string): { elements: number; depth: number } {
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;
  // Up to the last `>`, after which no tag ends: a `<a` with no `>` after it sent the search to
  // the end of the page and back, once for every such `<` (quadratic in a page of them). An
  // unclosed comment still runs to the end of what is searched, and no tag follows it either way.
  const html = page.slice(0, page.lastIndexOf('>') + 1);
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let lower: string | undefined;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue;
    if (m[1] === '/') {
      if (!NO_NESTING.has(name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end === -1 ? html.length : end;
      continue;
    }
    if (m[3] === '/' || NO_NESTING.has(name)) continue;
    depth++;
    if (depth > deepest) deepest = depth;
  }
  return { elements, depth: deepest };
}

/** Elements and deepest nesting of a parsed tree (iterative: no stack to overflow). */
function measure(root: MiniNode): { elements: number; depth: number } {
  let elements = 0;
  let deepest = 0;
  const stack: [MiniNode, number][] = [[root, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    if (node.nodeType !== 1) continue;
    elements++;
    if (depth > deepest) deepest = depth;
    // linkedom builds childNodes afresh on each read: once per node, or wide pages go quadratic.
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return { elements, depth: deepest };
}

/**
 * Paragraph texts of an element: each block element becomes one paragraph, inline text is joined.
 * Iterative (an explicit stack), so nesting depth costs no call stack.
 */
function blockTexts(root: MiniNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t !== '') out.push(t);
    current = '';
  };
  // A block is flushed on entry and again on exit (the `null` marker after its children).
  const stack: (MiniNode | null)[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === null) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') {
      current += ' ';
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return out;
}

/**
 * The article text of an HTML page: Readability picks the article (as Firefox's reader view
 * does); its title and paragraphs are joined by blank lines, the way Gloss reads plain text.
 * Falls back to the whole body when Readability finds no article, or when the page is past
 * {@link HTML_LIMITS} for it. A page past the parse limits is an InputError.
 */
export function readHtml(html: string): HtmlText {
  const shape = scanHtmlShape(html);
  if (shape.depth > HTML_LIMITS.maxParseDepth) {
    throw new InputError(
      `HTML nested about ${formatCount(shape.depth)} elements deep; Gloss reads pages up to ${formatCount(HTML_LIMITS.maxParseDepth)} deep (save the article as text)`,
    );
  }
  if (shape.elements > HTML_LIMITS.maxParseElements) {
    throw new InputError(
      `HTML with ${formatCount(shape.elements)} elements; Gloss reads pages of up to ${formatCount(HTML_LIMITS.maxParseElements)} (save the article as text)`,
    );
  }
  const { document } = parseHTML(html);
  // read before Readability, which changes the document it parses
  const headlineText = headline(document);
  const fallbackTitle = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const root = document.documentElement as unknown as MiniNode | null;
  const { elements, depth } = root ? measure(root) : { elements: 0, depth: 0 };
  const tooBig = depth > HTML_LIMITS.maxArticleDepth || elements > HTML_LIMITS.maxArticleElements;
  let title = fallbackTitle;
  let paragraphs: string[] = [];
  if (!tooBig) {
    try {
      type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];
      const article = new Readability<unknown>(document as unknown as ReadabilityDocument, {
        serializer: (node: unknown) => node,
      }).parse();
      if (article?.content) {
        paragraphs = blockTexts(article.content as unknown as MiniNode);
        title = (article.title ?? fallbackTitle).replace(/\s+/g, ' ').trim();
      }
    } catch {
      paragraphs = [];
    }
  }
  // The article's own headline over <title>, which carries the site's name or a shortened form.
  title = headlineText || title;
  const found = paragraphs.length > 0;
  if (!found) {
    // Readability changes the document it reads: parse again for the whole body.
    const again = tooBig ? document : parseHTML(html).document;
    const body = again.querySelector('body') ?? again.documentElement;
    paragraphs = body ? blockTexts(body as unknown as MiniNode) : [];
    if (paragraphs[0] === title) paragraphs.shift();
  }
  const parts = title !== '' && paragraphs[0] !== title ? [title, ...paragraphs] : paragraphs;
  return {
    text: parts.join('\n\n'),
    extraction: found ? 'article' : tooBig ? 'flattened' : 'body',
    elements,
    depth,
  };
}

/** The article text of an HTML page ({@link readHtml}'s text). */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

type Queryable = {
  querySelector(
    selector: string,
  ): { textContent: string | null; getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): ArrayLike<unknown>;
};

/**
 * The page's headline: an h1 (or `itemprop=headline`) inside the article, the page's
 * `og:title`, or its only h1; empty when none of these is there.
 */
function headline(document: Queryable): string {
  const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  const inArticle = clean(
    document.querySelector('article h1, main h1, [itemprop="headline"], article header h2')?.textContent,
  );
  if (inArticle) return inArticle;
  const og = clean(document.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  if (og) return og;
  return document.querySelectorAll('h1').length === 1 ? clean(document.querySelector('h1')?.textContent) : '';
}
