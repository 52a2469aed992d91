/// <reference lib="dom" />
// biome-ignore-all lint/performance/useDomNodeTextContent: these tests assert what a person sees, which is the rendered innerText, not textContent
/**
 * The lesson handout in a real headless Chromium (Debian's `chromium`, driven by
 * playwright-core): what a person sees on screen and on paper, and that an
 * article full of HTML and script shows as text and runs nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import { buildLesson } from '@gloss/lesson';
import { formatLessonHtml } from '@gloss/report';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './chromium.ts';

const chromiumFound = hasChromium('the browser tests');

const seedText = readFileSync(new URL('../../corpus/amazon-ice-rekognition.txt', import.meta.url), 'utf8');

const HOSTILE = [
  'Council <b>approves</b> plan <script>document.title = "pwned"</script>',
  '',
  '(by A. Writer, Example News) – The city council approved a <img src=x onerror="window.__img = 1">flood plan on Monday [NOTE: <script>window.__pwned = 1</script> the site added this] in Springfield.',
  '',
  '“We will act before the rains,” said Mayor Jane Doe. Critics called the plan a radical <iframe src="https://example.com"></iframe> giveaway.',
  '',
  '1. What did the council approve? <script>window.__q = 1</script>',
  '',
  '2. Do you think the plan is truly needed, or is it a waste of money?',
  '',
].join('\n');

function handout(text: string, answerKey: boolean): string {
  const doc = parseDocument(text);
  const analysis = analyzeDocument(doc);
  return formatLessonHtml(doc, analysis, buildLesson(doc, analysis), { name: 'test', answerKey });
}

describe.skipIf(!chromiumFound)('lesson handout in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  const open = async (html: string, width = 1280): Promise<Page> => {
    const file = join(dir, `h${Math.random().toString(36).slice(2)}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    return page;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gloss-browser-'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows HTML and script in an article as text and runs none of it', async () => {
    const page = await open(handout(HOSTILE, true));
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as Record<string, unknown>).__pwned,
      img: (window as unknown as Record<string, unknown>).__img,
      q: (window as unknown as Record<string, unknown>).__q,
      title: document.title,
      scripts: document.querySelectorAll('script').length,
      imgs: document.querySelectorAll('img').length,
      iframes: document.querySelectorAll('iframe').length,
      bold: document.querySelectorAll('b').length,
    }));
    expect(state).toEqual({
      pwned: undefined,
      img: undefined,
      q: undefined,
      title: expect.stringMatching(/^Lesson: Council <b>approves<\/b> plan <script>/),
      scripts: 0,
      imgs: 0,
      iframes: 0,
      bold: 0,
    });
    const visible = await page.locator('body').innerText();
    expect(visible).toContain('<script>window.__pwned = 1</script>');
    expect(visible).toContain('<img src=x onerror="window.__img = 1">');
    expect(visible).toContain('<iframe src="https://example.com"></iframe>');
    expect(visible).toContain('What did the council approve? <script>window.__q = 1</script>');
    await page.close();
  });

  it('marks insertions and loaded wording with patterns and numbered notes, not colour alone', async () => {
    const page = await open(handout(seedText, false));
    const ins = page.locator('ins.ins');
    // eleven insertions in the seed, each visible with its number in the margin
    expect(await ins.count()).toBeGreaterThanOrEqual(11);
    const style = await ins.first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopStyle, background: s.backgroundImage };
    });
    expect(style.border).toBe('dashed');
    expect(style.background).toContain('repeating-linear-gradient');
    const w = await page
      .locator('mark.w')
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return { line: s.textDecorationLine, style: s.textDecorationStyle, bg: s.backgroundColor };
      });
    expect(w).toEqual({ line: 'underline', style: 'double', bg: 'rgba(0, 0, 0, 0)' });
    await expect.poll(() => page.locator('.legend').innerText()).toContain('words the reprinting site added');
    // the note for [NOTE: …] sits in the margin beside its paragraph
    const note = page.locator('aside.notes li', { hasText: 'Editorial insertion (note)' });
    expect(await note.count()).toBe(1);
    const para = page.locator('.row', { hasText: 'personally owns The Washington Post' }).locator('p');
    const [pBox, nBox] = [await para.boundingBox(), await note.boundingBox()];
    expect(nBox!.x).toBeGreaterThan(pBox!.x + pBox!.width);
    // sections a teacher looks for
    const headings = await page.locator('h2').allInnerTexts();
    expect(headings).toEqual([
      '1. The article, marked up',
      '2. Background from UK Daily Mail',
      '3. The wire text alone (the site’s insertions removed)',
      '4. Loaded wording and neutral alternatives',
      '5. The lead: who, what, where, when',
      '6. Who is quoted, and who is not named',
      '7. Questions',
    ]);
    const wire = await page.locator('section.wire').innerText();
    expect(wire).not.toContain('[NOTE:');
    expect(wire).toContain('Amazon pitched its facial-recognition system');
    // answer space under each of the nine questions, no answer key
    expect(await page.locator('.answer').count()).toBe(9);
    expect(await page.locator('.evidence').count()).toBe(0);
    // the 5W table is for the students to fill in: question 1 asks for it
    const lead = await page.locator('section[aria-labelledby="h-lead"] table').innerText();
    expect(lead).toMatch(/Who\s+What\s+Where\s+When/);
    expect(lead).not.toContain('Amazon');
    await page.close();
  });

  it('stacks the margin notes under the paragraph on a narrow screen', async () => {
    const page = await open(handout(seedText, false), 600);
    const row = page.locator('.row', { hasText: 'personally owns The Washington Post' });
    const [pBox, nBox] = [await row.locator('p').boundingBox(), await row.locator('aside').boundingBox()];
    expect(nBox!.y).toBeGreaterThanOrEqual(pBox!.y + pBox!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600);
    await page.close();
  });

  it('gives the teacher the evidence and the audit with --answer-key', async () => {
    const page = await open(handout(seedText, true));
    expect(await page.locator('.answer').count()).toBe(0);
    const q6 = await page.locator('#q6').innerText();
    expect(q6).toContain('NOT IN THE ARTICLE “over $30 million”');
    expect(q6).toContain('FALSE CHOICE');
    expect(q6).toContain('Bezos has donated money to fund college scholarships');
    const q3 = await page.locator('#q3 .evidence li').first().innerText();
    expect(q3).toMatch(/^Civil rights and privacy advocates worry/);
    await page.close();
  });

  for (const [format, widthMm, mediaBox] of [
    ['A4', 210, [595.92, 842.88]],
    ['Letter', 215.9, [612, 792]],
  ] as const) {
    it(`prints on ${format}: print styles apply, nothing overflows, the PDF has ${format} pages`, async () => {
      const page = await open(handout(seedText, false));
      await page.emulateMedia({ media: 'print' });
      // the printable width: the paper less the 12 mm side margins of @page, in CSS px (96 per inch)
      const printable = Math.floor(((widthMm - 24) / 25.4) * 96);
      await page.setViewportSize({ width: printable, height: 1000 });
      const layout = await page.evaluate(() => ({
        font: getComputedStyle(document.querySelector('.row > p')!).fontSize,
        scroll: document.documentElement.scrollWidth,
        adjust: getComputedStyle(document.querySelector('ins.ins')!).getPropertyValue('print-color-adjust'),
        notesBeside: (() => {
          const row = document.querySelector('.row:has(aside li)')!;
          const p = row.querySelector('p')!.getBoundingClientRect();
          const a = row.querySelector('aside')!.getBoundingClientRect();
          return a.left >= p.right;
        })(),
      }));
      expect(layout.font).toBe('14px');
      expect(layout.scroll).toBeLessThanOrEqual(printable);
      expect(layout.adjust).toBe('exact');
      expect(layout.notesBeside).toBe(true);
      const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: true });
      const raw = pdf.toString('latin1');
      expect(raw.startsWith('%PDF-')).toBe(true);
      const boxes = [...raw.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      for (const [w, h] of boxes) {
        expect(w).toBeCloseTo(mediaBox[0], 0);
        expect(h).toBeCloseTo(mediaBox[1], 0);
      }
      // one article on at most six pages (it took twelve when each paragraph was kept whole with its notes)
      expect(boxes.length).toBeLessThanOrEqual(6);
      await page.close();
    });

    it(`prints on ${format} with no word broken across lines`, async () => {
      for (const answerKey of [false, true]) {
        const page = await open(handout(seedText, answerKey));
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: Math.floor(((widthMm - 24) / 25.4) * 96), height: 1000 });
        // a word whose letters sit on two lines: narrow table columns used to give `No/te`, `governmen/t”`
        const broken = await page.evaluate(() => {
          const out: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.nodeValue ?? '';
            // a line may end after a hyphen, dash or slash; a word is what lies between them
            for (const m of text.matchAll(/[^\s\-‐–—/]+/g)) {
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
              if (tops.size > 1) out.push(m[0]);
            }
          }
          return out;
        });
        expect(broken, `answer key: ${answerKey}`).toEqual([]);
        await page.close();
      }
    });
  }
});
