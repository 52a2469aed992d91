import { describe, expect, it } from 'vitest';
import { InputError, loadHtmlReader } from '../src/index.ts';

const { HTML_LIMITS, readHtml, scanHtmlShape } = await loadHtmlReader();

const page = (body: string) =>
  `<!doctype html><html><head><title>Page title</title></head><body>${body}</body></html>`;
const paragraph = 'A paragraph of the story with enough words to read as article text, and a comma.';
const nested = (depth: number, inner: string) => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;

describe('scanHtmlShape', () => {
  it.each([
    ['plain nesting', '<div><section><p>x</p></section></div>', { elements: 3, depth: 2 }],
    [
      'void and self-closed tags do not nest',
      '<div><br><img src=x><hr/><span/></div>',
      { elements: 5, depth: 1 },
    ],
    [
      'unclosed paragraphs and items do not nest',
      '<ul><li>a<li>b<li>c</ul><p>1<p>2<p>3',
      { elements: 7, depth: 1 },
    ],
    [
      'comments and script content are skipped',
      '<!-- <div><div> --><script>"<div><div>"</script><b>x</b>',
      { elements: 2, depth: 1 },
    ],
  ])('%s', (_name, html, shape) => {
    expect(scanHtmlShape(html)).toEqual(shape);
  });
});

describe('readHtml', () => {
  it('reads an ordinary page with Readability', () => {
    const result = readHtml(page(`<nav>Menu</nav><article><p>${paragraph}</p><p>${paragraph}</p></article>`));
    expect(result.extraction).toBe('article');
    expect(result.text).toBe(`Page title\n\n${paragraph}\n\n${paragraph}`);
    expect(result.text).not.toContain('Menu');
  });

  it('reads a page nested past the article limit flattened, without a deep call stack', () => {
    const depth = HTML_LIMITS.maxParseDepth - 10;
    expect(depth).toBeGreaterThan(HTML_LIMITS.maxArticleDepth);
    const result = readHtml(page(nested(depth, `<p>${paragraph}</p>`)));
    expect(result.extraction).toBe('flattened');
    expect(result.depth).toBeGreaterThan(HTML_LIMITS.maxArticleDepth);
    expect(result.text).toBe(`Page title\n\n${paragraph}`);
  });

  it('reads a page with more elements than the article limit flattened, every paragraph kept', () => {
    const count = HTML_LIMITS.maxArticleElements + 1;
    const result = readHtml(page(`<p>${paragraph}</p>`.repeat(count)));
    expect(result.extraction).toBe('flattened');
    expect(result.elements).toBeGreaterThan(HTML_LIMITS.maxArticleElements);
    expect(result.text.split('\n\n')).toHaveLength(count + 1);
  });

  it.each([
    [
      'nesting past the parse limit',
      page(nested(HTML_LIMITS.maxParseDepth + 1, 'x')),
      /nested about 2,001 elements deep/,
    ],
    ['a million nested elements', page(nested(1_000_000, 'x')), /nested about 1,000,000 elements deep/],
    [
      'more elements than the parse limit',
      page('<i>x</i>'.repeat(HTML_LIMITS.maxParseElements + 1)),
      /HTML with 500,005 elements/, // and html, head, title, body
    ],
  ])('refuses %s with one line, before parsing', (_name, html, message) => {
    let error: unknown;
    try {
      readHtml(html);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
