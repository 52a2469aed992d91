import { readFileSync } from 'node:fs';
import { analyzeDocument } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import { buildLesson, LEAD_ROLES } from '@gloss/lesson';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  formatAnalysisPretty,
  formatLessonHtml,
  formatLessonMarkdown,
} from '../src/index.ts';

const seedText = readFileSync(new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url), 'utf8');

function render(text: string, answerKey: boolean, format: 'md' | 'html' = 'md') {
  const doc = parseDocument(text);
  const analysis = analyzeDocument(doc);
  const lesson = buildLesson(doc, analysis);
  return format === 'md'
    ? formatLessonMarkdown(doc, analysis, lesson, { answerKey })
    : formatLessonHtml(doc, analysis, lesson, { answerKey });
}

describe('lesson Markdown', () => {
  it('starts with the title, the headline and the 5W table (the answer key fills it in)', () => {
    const md = render(seedText, true);
    const head = md.split('\n## Background')[0];
    expect(head).toMatchInlineSnapshot(`
      "# Lesson: Amazon met with ICE officials to sell its facial recognition system

      *Wire story: The Washington Post, by Drew Harwell; background from UK Daily Mail*

      > ${escapeMarkdown(analyzeDocument(parseDocument(seedText)).summary.headline)}

      ## The lead: who, what, where, when

      | | Answer | From | Confidence |
      | --- | --- | --- | --- |
      | Who | “Amazon” | first paragraph | 90% |
      | Who | “Immigration and Customs Enforcement (ICE) officials” | first paragraph | 70% |
      | What | “pitched its facial-recognition system” | first paragraph | 75% |
      | Where | “Silicon Valley” | a later paragraph | 55% |
      | When | “in the summer” | first paragraph | 75% |
      | When | “June” | a later paragraph | 50% |
      | Why | “as a way for the agency to target or identify illegal immigrants” | first paragraph | 60% |
      "
    `);
  });

  it('gives answer space to students and evidence and audit to teachers', () => {
    const student = render(seedText, false);
    const teacher = render(seedText, true);
    expect(student.match(/^Answer: _+$/gm)).toHaveLength(9);
    expect(student).not.toContain('Evidence in the article');
    expect(teacher).toContain('Evidence in the article');
    expect(teacher).toContain('- **Not in the article** — “over $30 million”: The article gives no figure');
    expect(teacher).toContain(
      '- **False choice** — “Do you think Mr. Bezos’ motives are truly altruistic, or does he want the lucrative government contract?”',
    );
  });

  it('escapes Markdown and HTML in article text', () => {
    const md = render(
      'Title with <script>alert(1)</script> and *stars*\n\nThe mayor [NOTE: see [link](javascript:alert(1)) | pipe] said <b>no</b> on Monday.\n',
      false,
    );
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<b>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('\\*stars\\*');
    expect(md).toContain('\\[link\\](javascript:alert(1)) \\| pipe\\]');
  });
});

/** The lead's 5W spans of a text: what question 1 asks students to find. */
function leadAnswers(text: string): string[] {
  const doc = parseDocument(text);
  const lesson = buildLesson(doc, analyzeDocument(doc));
  return LEAD_ROLES.flatMap((role) => lesson.lead[role]).map((s) => s.text);
}

const otherArticle =
  'Council approves new tram line\n\nLEEDS — The city council approved a new tram line on Tuesday to link the station with the hospital, the mayor said.\n\nWork will start in the spring.\n\nQuestions\n\n1. Who approved the tram line, and when?\n';

describe('the student handout keeps the answers for the key', () => {
  it.each([
    ['the seed', seedText],
    ['another article', otherArticle],
  ])('%s: the 5W table is empty in the student copy (md and html), filled in the key', (_, text) => {
    const answers = leadAnswers(text);
    expect(answers.length).toBeGreaterThan(2);
    for (const format of ['md', 'html'] as const) {
      const lead = (out: string) =>
        format === 'md'
          ? out.split('## The lead')[1]!.split('\n## ')[0]!
          : out.split('id="h-lead"')[1]!.split('</section>')[0]!;
      const student = lead(render(text, false, format));
      const key = lead(render(text, true, format));
      for (const a of answers) {
        const shown = format === 'md' ? escapeMarkdown(a) : a.replace(/&/g, '&amp;');
        expect(student, `${format}: ${a}`).not.toContain(shown);
        expect(key, `${format}: ${a}`).toContain(shown);
      }
      expect(student).toMatch(/Your answer/);
      for (const role of ['Who', 'What', 'Where', 'When']) expect(student).toContain(role);
    }
  });
});

describe('the answer key files each note under its own sub-question', () => {
  it.each(['md', 'html'] as const)(
    '%s: 2a’s note after 2a, 6a’s after 6a, the stem’s under the stem',
    (format) => {
      const key = render(seedText, true, format);
      const at = (needle: string) => {
        const i = key.indexOf(needle);
        expect(i, needle).toBeGreaterThan(-1);
        return i;
      };
      const item = (id: string) => (format === 'md' ? at(`**${id})**`) : at(`id="q${id}"`));
      const dhs = at('“Department of Homeland Security”:');
      expect(dhs).toBeGreaterThan(item('2a'));
      expect(dhs).toBeLessThan(item('2b'));
      const altruistic = at('“truly altruistic”');
      expect(altruistic).toBeGreaterThan(item('6a'));
      expect(altruistic).toBeLessThan(item('6b'));
      const comfortable = at('“How comfortable are you that”');
      expect(comfortable).toBeGreaterThan(item('6b'));
      // the shared lead-in's claims, once, before its items
      const figure = at('“over $30 million”');
      expect(figure).toBeLessThan(item('6a'));
      expect(key.indexOf('“over $30 million”', figure + 1)).toBe(-1);
    },
  );
});

describe('what the handout shows around the article', () => {
  it('includes the background the subtitle credits, in md and html', () => {
    const doc = parseDocument(seedText);
    const background = doc.blocks
      .filter((b) => b.kind === 'background')
      .map((b) => doc.text.slice(...b.range).trim());
    expect(background.length).toBeGreaterThan(2);
    const md = render(seedText, false, 'md');
    const html = render(seedText, false, 'html');
    expect(md).toContain('## Background from UK Daily Mail');
    expect(html).toMatch(/<h2 id="h-bg0">\d+\. Background from UK Daily Mail<\/h2>/);
    for (const p of background) {
      expect(md).toContain(escapeMarkdown(p));
      expect(html).toContain(`<p>${p}</p>`);
    }
  });

  it('marks notes with raised numbers, never square brackets', () => {
    const html = render(seedText, false, 'html');
    expect(html).not.toMatch(/content:\s*"\["/);
    const refs = [...html.matchAll(/<sup class="ref">([^<]*)<\/sup>/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) expect(r).toMatch(/^(?:E\d+|C\d+|\d+)$/);
    // insertion 3 is E3 in the margin and ⟦3 …⟧ in the terminal report
    expect(html).toContain('[used by departments]</ins><sup class="ref">E3</sup>');
  });

  it('numbers findings as the terminal report does', () => {
    const doc = parseDocument(seedText);
    const analysis = analyzeDocument(doc);
    const html = render(seedText, false, 'html');
    const pretty = formatAnalysisPretty(doc, analysis, { color: false });
    const i = analysis.findings.findIndex((f) => f.actual === 'supercharge');
    const n = i + 1;
    expect(html).toContain(`supercharge</mark><sup class="ref">${n}</sup>`);
    const sup = String(n).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);
    expect(pretty).toContain(`‹supercharge›${sup}`);
    // every finding is numbered in the text of the terminal report, in order
    const article = pretty.split('── Editorial insertions')[0]!;
    const seen = [...article.matchAll(/›([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g)].map((m) =>
      Number([...m[1]!].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join('')),
    );
    // (a finding inside another closes first: ‹whose name ‹was redacted›⁴›³)
    expect(seen.slice(0, 10).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('ends without a Questions heading when the article has none', () => {
    const text = 'A headline\n\nThe mayor opened a bridge in Leeds on Monday.\n';
    expect(render(text, false, 'md')).not.toMatch(/Questions/);
    expect(render(text, true, 'html')).not.toMatch(/Questions/);
    expect(render(seedText, false, 'md')).toContain('## Questions');
  });

  it('prints the file name only in the footer', () => {
    const doc = parseDocument(seedText);
    const analysis = analyzeDocument(doc);
    const html = formatLessonHtml(doc, analysis, buildLesson(doc, analysis), {
      name: '../gloss/corpus/amazon-ice-rekognition.txt',
    });
    expect(html).toContain('<p>Made with Gloss from amazon-ice-rekognition.txt.</p>');
    expect(html).not.toContain('../gloss');
  });
});

describe('lesson HTML (string level; the browser tests in tests/browser check what a person sees)', () => {
  it('escapes every piece of article text and ships no script', () => {
    const html = render(
      'Hi <script>x()</script>\n\nThe <img src=x onerror=alert(1)> mayor said "<b>" on Monday [NOTE: <i>]</i>.\n',
      true,
      'html',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;x()&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
  });
});
