import { readFileSync } from 'node:fs';
import { analyzeDocument } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import { buildLesson } from '@gloss/lesson';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatLessonHtml, formatLessonMarkdown } from '../src/index.ts';

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
  it('starts with the title, the headline and the 5W table', () => {
    const md = render(seedText, false);
    const head = md.split('\n## Who is quoted')[0];
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
