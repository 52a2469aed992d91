/**
 * The lesson as Markdown for learning platforms (Canvas, Moodle, Google
 * Classroom): headings, tables and lists only. Article text is escaped so that
 * neither Markdown nor HTML in an article can change the page.
 */
import type { Analysis } from '@gloss/analysis';
import type { GlossDocument } from '@gloss/document';
import { LEAD_ROLES, type Lesson, type LessonQuestion } from '@gloss/lesson';
import { escapeTerminal } from './escape.ts';
import {
  AUDIT_LABELS,
  articleFindings,
  articleTitle,
  backgrounds,
  creditLine,
  findingNumbers,
  KIND_LABELS,
  type LessonFormatOptions,
  ownAudits,
  questionGroups,
  ROLE_LABELS,
  STUDENT_ROLES,
  period,
  stemAudits,
} from './lesson-shared.ts';

/**
 * Escapes text for Markdown inline content: HTML special characters as entities, Markdown
 * punctuation with a backslash, control characters and bidi overrides as visible pictures
 * (the Markdown is read in terminals too).
 */
export function escapeMarkdown(text: string): string {
  return escapeTerminal(
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|~#])/g, '\\$1')
      .replace(/^(\s*)([-=]{3,}|\d+)(?=[.)]\s)/gm, '$1\\$2')
      .replace(/\r?\n/g, ' '),
  );
}

const cell = (t: string) => escapeMarkdown(t.replace(/\s+/g, ' ').trim());

export function formatLessonMarkdown(
  doc: GlossDocument,
  analysis: Analysis,
  lesson: Lesson,
  options: LessonFormatOptions = {},
): string {
  const out: string[] = [];
  out.push(`# Lesson: ${cell(articleTitle(doc))}`, '');
  const credit = creditLine(doc);
  if (credit) out.push(`*${cell(credit)}*`, '');
  out.push(`> ${cell(analysis.summary.headline)}`, '');

  out.push('## The lead: who, what, where, when', '');
  if (options.answerKey) {
    out.push('| | Answer | From | Confidence |', '| --- | --- | --- | --- |');
    for (const role of LEAD_ROLES) {
      const spans = lesson.lead[role];
      if (!spans.length && (role === 'why' || role === 'how')) continue;
      if (!spans.length) out.push(`| ${ROLE_LABELS[role]} | *(the lead does not say)* | | |`);
      for (const s of spans) {
        out.push(
          `| ${ROLE_LABELS[role]} | “${cell(s.text)}” | ${s.from === 'lead' ? 'first paragraph' : 'a later paragraph'} | ${Math.round(s.confidence * 100)}% |`,
        );
      }
    }
  } else {
    // The student's copy: finding these is the exercise, so the answers are only in the key.
    out.push(
      'Fill in from the article’s first paragraph, in its own words.',
      '',
      '| | Your answer |',
      '| --- | --- |',
    );
    for (const role of STUDENT_ROLES) out.push(`| ${ROLE_LABELS[role]} | |`);
  }
  out.push('');

  for (const bg of backgrounds(doc)) {
    out.push(`## Background${bg.source ? ` from ${cell(bg.source)}` : ''}`, '');
    for (const p of bg.paragraphs) out.push(cell(p), '');
    if (bg.credit) out.push(`*${cell(bg.credit)}*`, '');
  }

  out.push('## Who is quoted', '', cell(lesson.sourcing.summary), '');
  if (lesson.sources.length) {
    out.push(
      '| Source | Named? | Why | Quotes | Paraphrases | Quoted words |',
      '| --- | --- | --- | ---: | ---: | ---: |',
    );
    for (const s of lesson.sources) {
      out.push(
        `| ${cell(s.name)} | ${s.class} | ${cell(s.classReason)} | ${s.quotes} | ${s.attributions} | ${s.quotedWords} |`,
      );
    }
    out.push('');
  }
  const quoted = lesson.quotes.filter((q) => q.kind !== 'scare');
  if (quoted.length) {
    out.push('### Quotations', '');
    for (const q of quoted) {
      out.push(
        `- “${cell(q.text)}” — ${q.speaker ? cell(q.speaker.text) : '*speaker not given*'}${q.cue ? ` (*${cell(q.cue.verb)}*)` : ''}${q.kind === 'partial' ? ' · partial quote' : ''}`,
      );
    }
    out.push('');
  }
  if (lesson.attributions.length) {
    out.push('### Reported without quotation marks', '');
    for (const a of lesson.attributions) {
      const who = lesson.sources.find((s) => s.id === a.source)?.name ?? a.speaker.text;
      out.push(`- ${cell(who)} *${cell(a.cue.verb)}*: ${cell(a.content.text)}`);
    }
    out.push('');
  }

  out.push('## Organisations, agencies, people and places', '');
  for (const kind of ['agency', 'organization', 'person', 'place'] as const) {
    const list = lesson.entities.filter((e) => e.kind === kind);
    if (!list.length) continue;
    const title = { agency: 'Agencies', organization: 'Organisations', person: 'People', place: 'Places' }[
      kind
    ];
    out.push(
      `- **${title}:** ${list.map((e) => `${cell(e.name)}${e.aliases.length ? ` (also: ${e.aliases.map(cell).join(', ')})` : ''} ×${e.mentions.length}`).join('; ')}`,
    );
  }
  out.push('');

  if (doc.insertions.length) {
    out.push('## The site’s insertions into the wire text', '');
    for (const ins of doc.insertions)
      out.push(`- **E${ins.id}** “${cell(ins.text)}” — ${ins.kind}: ${cell(ins.explanation)}`);
    out.push('');
  }
  const findings = articleFindings(doc, analysis);
  if (findings.length) {
    out.push('## Loaded wording in the article', '');
    out.push(
      '| # | Words | Whose words | Why it matters | Neutral alternative |',
      '| ---: | --- | --- | --- | --- |',
    );
    const numbers = findingNumbers(analysis);
    for (const f of findings) {
      const voice =
        f.voice === 'quoted'
          ? `quoted${f.speaker ? `: ${f.speaker.name}` : ''}`
          : f.voice === 'editorial'
            ? 'the site (insertion)'
            : f.voice;
      out.push(
        `| ${numbers.get(f)} | “${cell(f.actual)}” | ${cell(voice)} | ${cell(f.reason)} | ${f.expected.length ? f.expected.map(cell).join('; ') : cell(f.expectedNote ?? '—')} |`,
      );
    }
    out.push('');
  }

  if (lesson.questions.length) out.push('## Questions', '');
  const auditList = (audits: LessonQuestion['audit'], title: string) => {
    if (!options.answerKey || !audits.length) return;
    out.push(title, '');
    for (const a of audits) {
      out.push(
        `- **${AUDIT_LABELS[a.kind]}** — “${cell(a.actual)}”: ${cell(period(a.reason))}${a.articleSays ? ` The article says: “${cell(a.articleSays.text)}”` : ''}${a.suggestion ? ` Try: ${cell(a.suggestion)}` : ''}`,
      );
    }
    out.push('');
  };
  for (const group of questionGroups(lesson)) {
    const first = group[0]!;
    if (first.stem) out.push(`**${cell(first.number)}.** ${cell(first.stem.text)}`, '');
    // the shared lead-in's audit right under it, each item's own under that item
    if (first.stem) auditList(stemAudits(group), `About the lead-in to question ${cell(first.number)}:`);
    for (const q of group) {
      const label = q.label ? `${q.number}${q.label})` : `${q.number}.`;
      out.push(`**${cell(label)}** ${cell(q.text)}  `, `*${KIND_LABELS[q.kind]}*`, '');
      if (options.answerKey) {
        if (q.evidence.length) {
          out.push('Evidence in the article:', '');
          for (const e of q.evidence)
            out.push(
              `> ${e.rank}. ${cell(e.text)}${e.layer === 'editorial' ? ' *(the site’s words)*' : ''}`,
              '>',
            );
          out.pop();
          out.push('');
        }
        auditList(
          ownAudits(q),
          q.label ? `About ${cell(q.number)}${cell(q.label)}:` : 'About this question:',
        );
      } else {
        out.push('Answer: ______________________________________________', '');
      }
    }
    if (!first.stem) auditList(stemAudits(group), 'About this question:');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
