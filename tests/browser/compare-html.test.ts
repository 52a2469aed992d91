/// <reference lib="dom" />
// biome-ignore-all lint/performance/useDomNodeTextContent: these tests assert what a person sees, which is the rendered innerText, not textContent
/**
 * The versions page (`gloss compare REF V1 V2 --format html`) in a real headless Chromium
 * (Debian's `chromium`, driven by playwright-core): no console errors, the marks by kind in the
 * DOM, n/N between changes, the summary linking to the edits, hostile article text inert, a
 * narrow screen, print on A4 and Letter, and a screenshot to look at (written to
 * GLOSS_SCREENSHOT_DIR when set).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './chromium.ts';
import { VERSION_A, VERSION_B, WIRE } from '../../packages/compare/test/versions-fixtures.ts';
import { runGloss } from '../gloss-binary.ts';

const chromiumFound = hasChromium('the versions page tests');

const HOSTILE = WIRE.replace(
  'Opponents argued',
  'Opponents <script>window.__pwned = 1</script> argued <img src=x onerror="window.__img = 1">',
).replace('City council approves', 'City <b>council</b> approves');

describe.skipIf(!chromiumFound)('versions page in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  const page = async (
    files: [string, string][],
    width = 1280,
  ): Promise<{ page: Page; errors: string[]; requests: string[] }> => {
    const paths = files.map(([name, text]) => {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    });
    const r = runGloss(['compare', ...paths, '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    const html = join(dir, `p${Math.random().toString(36).slice(2)}.html`);
    writeFileSync(html, r.stdout);
    const p = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    p.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('request', (req) => {
      if (!req.url().startsWith('file:')) requests.push(req.url());
    });
    await p.goto(pathToFileURL(html).href);
    return { page: p, errors, requests };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gloss-versions-browser-'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const files: [string, string][] = [
    ['wire.txt', WIRE],
    ['riverside.txt', VERSION_A],
    ['ledger.txt', VERSION_B],
  ];

  it('opens with no console error and no network request, and marks every edit by kind with a symbol', async () => {
    const { page: p, errors, requests } = await page(files);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const marks = await p.evaluate(() =>
      Array.from(document.querySelectorAll('.version')).map((section) => ({
        id: section.id,
        kinds: Array.from(section.querySelectorAll('[data-edit]')).map((m) => m.className.replace('m ', '')),
      })),
    );
    expect(marks.map((m) => m.id)).toEqual(['v1', 'v2']);
    const v1 = marks[0]!.kinds;
    const v2 = marks[1]!.kinds;
    expect(v1).toContain('silent-change');
    expect(v1).toContain('bracketed');
    expect(v1).toContain('cut-silent');
    expect(v1).toContain('added');
    expect(v2).toContain('cut-elided');
    expect(v2).toContain('headline');
    expect(v2).toContain('added');
    expect(v2).not.toContain('silent-change'); // straight quotes for curly ones do not count
    // a symbol as well as a style: the bracketed note has a dashed box and “[+]n”
    const bracketed = p.locator('#v1 ins.bracketed');
    expect(await bracketed.count()).toBe(1);
    expect(await bracketed.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
    expect(await bracketed.innerText()).toMatch(/\[NOTE: the harbour flooded twice last year\]\s*\[\+\]\d+/);
    const cut = p.locator('#v1 del.cut-silent').first();
    expect(await cut.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(await cut.innerText()).toContain('✂');
    // the reference and the version side by side
    const row = p.locator('#v1 .row.changed').first();
    const [left, right] = [
      await row.locator('> div').nth(0).boundingBox(),
      await row.locator('> div').nth(1).boundingBox(),
    ];
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    expect(await p.locator('.legend').innerText()).toContain('silent change');
    if (process.env.GLOSS_SCREENSHOT_DIR) {
      mkdirSync(process.env.GLOSS_SCREENSHOT_DIR, { recursive: true });
      await p.screenshot({
        path: join(process.env.GLOSS_SCREENSHOT_DIR, 'versions-page.png'),
        fullPage: true,
      });
    }
    await p.close();
  });

  it('links the summary to the edits, and n / N move between changes', async () => {
    const { page: p } = await page(files);
    const link = p.locator('#h-summary ~ .table-wrap a[href^="#v1-e"]').first();
    const target = (await link.getAttribute('href'))!;
    expect(await p.locator(target).count()).toBe(1);
    const order = await p.evaluate(() =>
      Array.from(document.querySelectorAll('[data-edit]')).map((m) => m.id),
    );
    expect(order.length).toBeGreaterThan(6);
    await p.keyboard.press('n');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe(order[0]);
    await p.keyboard.press('n');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe(order[1]);
    await p.keyboard.press('Shift+N');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe(order[0]);
    expect(await p.locator('#where').innerText()).toMatch(/^Change 1 of \d+: /);
    await p.close();
  });

  it('shows HTML and script in an article as text and runs none of it', async () => {
    const { page: p, errors } = await page([
      ['wire.txt', HOSTILE],
      ['a.txt', VERSION_A],
    ]);
    const state = await p.evaluate(() => ({
      pwned: (window as unknown as Record<string, unknown>).__pwned,
      img: (window as unknown as Record<string, unknown>).__img,
      scripts: document.querySelectorAll('script').length,
      imgs: document.querySelectorAll('img').length,
      bold: document.querySelectorAll('b').length,
    }));
    // one script: the page's own n/N keys, allowed by its hash
    expect(state).toEqual({ pwned: undefined, img: undefined, scripts: 1, imgs: 0, bold: 0 });
    const visible = await p.locator('body').innerText();
    expect(visible).toContain('<script>window.__pwned = 1</script>');
    expect(visible).toContain('<img src=x onerror="window.__img = 1">');
    expect(errors).toEqual([]);
    await p.close();
  });

  it('is readable at 360 px: one column, labelled sides, nothing wider than the screen', async () => {
    const { page: p } = await page(files, 360);
    const layout = await p.evaluate(() => {
      const row = document.querySelector('#v1 .row.changed')!;
      const [l, r] = Array.from(row.children).map((c) => c.getBoundingClientRect());
      return {
        scroll: document.documentElement.scrollWidth,
        stacked: r!.top >= l!.bottom - 1,
        label: getComputedStyle(row.children[1]!, '::before').content,
      };
    });
    expect(layout.scroll).toBeLessThanOrEqual(360);
    expect(layout.stacked).toBe(true);
    expect(layout.label).toContain('riverside.txt');
    await p.close();
  });

  for (const [format, widthMm, heightMm, mediaBox] of [
    ['A4', 210, 297, [595.92, 842.88]],
    ['Letter', 215.9, 279.4, [612, 792]],
  ] as const) {
    it(`prints on ${format} without empty half pages`, async () => {
      const { page: p } = await page(files);
      await p.emulateMedia({ media: 'print' });
      // the printable area: the paper less the @page margins (12 mm sides, 13 + 14 mm top and bottom), in CSS px
      const px = (mm: number) => (mm / 25.4) * 96;
      await p.setViewportSize({ width: Math.floor(px(widthMm - 24)), height: 1000 });
      const layout = await p.evaluate(() => ({
        keys: getComputedStyle(document.querySelector('.keys')!).display,
        height: document.documentElement.scrollHeight,
        forced: Array.from(document.querySelectorAll('*')).filter((el) => {
          const s = getComputedStyle(el);
          return s.breakBefore === 'page' || s.breakAfter === 'page';
        }).length,
      }));
      expect(layout.keys).toBe('none');
      expect(layout.forced).toBe(0);
      const pdf = await p.pdf({ format, printBackground: true, preferCSSPageSize: true });
      const raw = pdf.toString('latin1');
      const boxes = [...raw.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      // pages filled: no more pages than the content needs, plus one for rows kept whole
      expect(boxes.length).toBeGreaterThanOrEqual(1);
      expect(boxes.length).toBeLessThanOrEqual(Math.ceil(layout.height / px(heightMm - 27)) + 1);
      for (const [w, h] of boxes) {
        expect(w).toBeCloseTo(mediaBox[0], 0);
        expect(h).toBeCloseTo(mediaBox[1], 0);
      }
      await p.close();
    });
  }
});
