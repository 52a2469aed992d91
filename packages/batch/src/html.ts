import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

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
]);

interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}

/** Paragraph texts of an element: each block element becomes one paragraph, inline text is joined. */
function blockTexts(root: MiniNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t !== '') out.push(t);
    current = '';
  };
  const visit = (node: MiniNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return;
    if (name === 'BR') {
      current += ' ';
      return;
    }
    const block =
      BLOCKS.has(name) ||
      name === 'DIV' ||
      name === 'SECTION' ||
      name === 'ARTICLE' ||
      name === 'UL' ||
      name === 'OL' ||
      name === 'TABLE' ||
      name === 'TR';
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]!);
    if (block) flush();
  };
  visit(root);
  flush();
  return out;
}

/**
 * The article text of an HTML page: Readability picks the article (as Firefox's reader view
 * does); its title and paragraphs are joined by blank lines, the way Gloss reads plain text.
 * Falls back to the whole body when Readability finds no article.
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(html);
  // read before Readability, which changes the document it parses
  const headlineText = headline(document);
  const fallbackTitle = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  let title = fallbackTitle;
  let paragraphs: string[] = [];
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
  // The article's own headline over <title>, which carries the site's name or a shortened form.
  title = headlineText || title;
  if (paragraphs.length === 0) {
    const { document: again } = parseHTML(html);
    const body = again.querySelector('body') ?? again.documentElement;
    paragraphs = body ? blockTexts(body as unknown as MiniNode) : [];
    if (paragraphs[0] === title) paragraphs.shift();
  }
  const parts = title !== '' && paragraphs[0] !== title ? [title, ...paragraphs] : paragraphs;
  return parts.join('\n\n');
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
