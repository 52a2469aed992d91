/**
 * The lesson handout: one self-contained HTML file (no scripts, no external
 * resources), printable on A4 and Letter and readable when projected. The
 * article shows the site's insertions (hatched, dashed box) and loaded wording
 * (double underline) with numbered margin notes — patterns and labels, never
 * colour alone. Every piece of article text goes through `escapeHtml`.
 */
import type { Analysis } from '@gloss/analysis';
import type { GlossDocument, Range } from '@gloss/document';
import { type AuditItem, LEAD_ROLES, type Lesson } from '@gloss/lesson';
import { escapeHtml } from './escape.ts';
import {
  AUDIT_LABELS,
  articleFindings,
  articleTitle,
  backgrounds,
  creditLine,
  fileLabel,
  KIND_LABELS,
  type LessonFormatOptions,
  marginNotes,
  type Note,
  noteText,
  ownAudits,
  questionGroups,
  ROLE_LABELS,
  STUDENT_ROLES,
  period,
  stemAudits,
} from './lesson-shared.ts';

const e = escapeHtml;

const CSS = `
:root { --ink: #111; --paper: #fff; --muted: #444; --rule: #888; font-size: 18px; }
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { font: 1rem/1.55 Georgia, "DejaVu Serif", "Times New Roman", serif; margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 60rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .3rem; }
h2 { font: 700 1.3rem/1.3 "DejaVu Sans", Arial, sans-serif; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); break-after: avoid; }
h3 { font: 700 1.05rem/1.3 "DejaVu Sans", Arial, sans-serif; margin: 1.2rem 0 .4rem; break-after: avoid; }
.meta, .legend, .small { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .85rem; color: var(--muted); }
.headline { font-family: "DejaVu Sans", Arial, sans-serif; font-weight: 700; border-left: 6px solid var(--ink); padding: .3rem .8rem; margin: 1rem 0; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; border: 1px solid var(--rule); padding: .5rem .8rem; margin: 1rem 0; }
.row { display: grid; grid-template-columns: minmax(0, 1fr) 15rem; gap: 1.4rem; }
.row > p { grid-column: 1; grid-row: 1; }
.row > aside { grid-column: 2; grid-row: 1; }
.row p { margin: 0 0 1rem; }
.notes { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .78rem; line-height: 1.35; border-left: 1px solid var(--rule); padding-left: .7rem; }
.notes li { margin-bottom: .45rem; }
.notes .label { font-weight: 700; }
ins.ins { text-decoration: none; border: 1.5px dashed var(--ink); padding: 0 .12em; box-decoration-break: clone; -webkit-box-decoration-break: clone;
  background: repeating-linear-gradient(135deg, transparent 0 4px, rgba(0,0,0,.28) 4px 5px); }
mark.w { background: none; color: inherit; text-decoration: underline double; text-decoration-skip-ink: none; text-decoration-thickness: 1.5px; text-underline-offset: .18em; font-weight: 700; }
q.q { quotes: none; font-style: italic; }
.el { border-bottom: 2px dotted var(--ink); }
sup.ref { font: 700 .68rem/1 "DejaVu Sans", Arial, sans-serif; padding: 0 .1em; }
span.n { font: 700 .72rem/1 "DejaVu Sans", Arial, sans-serif; }
.notes ul { list-style: none; margin: 0 0 1rem; padding: 0; }
table.fill td { height: 2.6em; }
.key { display: inline-block; padding: 0 .3em; }
table { border-collapse: collapse; width: 100%; hyphens: manual; margin: .5rem 0 1rem; font-family: "DejaVu Sans", Arial, sans-serif; font-size: .85rem; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
tr { break-inside: avoid; }
.wire p { margin: 0 0 .8rem; }
.question { break-inside: avoid; margin: 0 0 1.3rem; }
.question .kind { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border: 1px solid var(--ink); padding: 0 .35em; margin-left: .4em; }
.stem { margin: 0 0 .6rem; }
.answer { height: 7.6em; margin: .4rem 0 0; background: repeating-linear-gradient(to bottom, transparent 0, transparent 1.85em, var(--rule) 1.85em, var(--rule) calc(1.85em + 1px)); }
.answer.long { height: 11.3em; }
.evidence { margin: .5rem 0 0; padding-left: 1.4rem; font-size: .92rem; }
.evidence li { margin-bottom: .3rem; }
.audit { margin: .5rem 0 0; padding: .4rem .7rem; border: 2px solid var(--ink); font-family: "DejaVu Sans", Arial, sans-serif; font-size: .82rem; }
.audit ul { margin: .2rem 0 0; padding-left: 1.2rem; }
.audit .tag { font-weight: 700; text-transform: uppercase; font-size: .75rem; }
.pagebreak { break-before: page; }
@media screen and (max-width: 44rem) { body { padding: 1rem; } table { font-size: .75rem; } th, td { padding: .25rem .3rem; } .row { grid-template-columns: 1fr; } .row > aside { grid-column: 1; grid-row: 2; } .notes { border-left: 0; border-top: 1px solid var(--rule); padding: .4rem 0 0; } }
@media print {
  /* the article at 10.5 pt, the sections after it at 10 pt: six pages, not eight */
  :root { font-size: 10pt; }
  .rows { font-size: 10.5pt; }
  body { max-width: none; padding: 0; line-height: 1.42; }
  /* a paragraph may run on to the next page with its notes: keeping them whole left pages half empty */
  .rows { padding-right: 5.4cm; }
  .rows::after { content: ""; display: block; clear: both; }
  .row { display: block; }
  .row > aside { float: right; clear: right; width: 4.9cm; margin-right: -5.4cm; }
  .row p { margin-bottom: .55rem; }
  .notes { font-size: .7rem; line-height: 1.3; }
  .notes li { margin-bottom: .3rem; }
  .headline { margin: .6rem 0; }
  .legend { margin: .6rem 0; }
  .wire, .background { columns: 2; column-gap: .7cm; font-size: .82rem; line-height: 1.38; }
  ul.list { columns: 2; column-gap: .7cm; font-size: .82rem; line-height: 1.35; margin: 0; padding-left: 1.1rem; }
  ul.list li { break-inside: avoid; margin-bottom: .2rem; }
  h3 { margin: .7rem 0 .3rem; font-size: .95rem; }
  .wire h2, .background h2 { column-span: all; }
  .wire p, .background p { margin: 0 0 .5rem; }
  h2 { font-size: 1.1rem; margin: 1rem 0 .45rem; }
  table { font-size: .78rem; margin: .3rem 0 .7rem; }
  th, td { padding: .2rem .35rem; }
  .question { margin-bottom: .8rem; }
  .question p { margin: 0 0 .3rem; }
  .answer { height: 3.9em; }
  .answer.long { height: 5.75em; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
@page { margin: 12mm 12mm 13mm; }
`;

export function formatLessonHtml(
  doc: GlossDocument,
  analysis: Analysis,
  lesson: Lesson,
  options: LessonFormatOptions = {},
): string {
  const text = doc.text;
  const title = articleTitle(doc);
  const notes = marginNotes(doc, analysis);
  const out: string[] = [];
  let section = 0;
  const h2 = (id: string, title: string) => `<h2 id="${id}">${++section}. ${title}</h2>`;
  out.push('<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
  );
  out.push('<meta name="generator" content="Gloss">');
  out.push(
    `<title>Lesson: ${e(title)}${options.answerKey ? ' (answer key)' : ''}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
  );

  out.push('<header>', `<h1>${e(title)}</h1>`);
  const credit = creditLine(doc);
  out.push(
    `<p class="meta">${credit ? `${e(credit)} · ` : ''}${options.answerKey ? '<strong>Teacher’s copy with answer key</strong>' : 'Student handout'}</p>`,
  );
  out.push(`<p class="headline">${e(analysis.summary.headline)}</p>`);
  out.push(
    '<p class="legend"><span><ins class="ins key">hatched, dashed box</ins> = words the reprinting site added</span>',
    '<span><mark class="w key">double underline</mark> = loaded wording</span>',
    '<span><q class="q key">italics</q> = quoted speech</span>',
    '<span><span class="el key">…</span> = passage cut</span>',
    '<span>small raised <sup class="ref">E3</sup> <sup class="ref">C1</sup> <sup class="ref">11</sup> = margin note: insertion, cut, finding</span></p>',
    '</header>',
  );

  // the article, with margin notes beside each paragraph
  const explained = new Map<string, string>();
  out.push(
    '<section aria-labelledby="h-article">',
    h2('h-article', 'The article, marked up'),
    '<div class="rows">',
  );
  doc.blocks.forEach((block, bi) => {
    if (block.kind !== 'body' && block.kind !== 'credit' && block.kind !== 'title') return;
    const inBlock = notes.filter((n) => n.range[0] >= block.range[0] && n.range[1] <= block.range[1]);
    const body = markBlock(doc, block.range, inBlock);
    out.push(`<div class="row" id="p${bi}">`);
    // the notes first: in print they float beside the paragraph and run on beside the next one
    if (inBlock.length) {
      out.push('<aside class="notes">', '<ul>');
      for (const n of inBlock)
        out.push(`<li><span class="n">${n.marker}</span> ${marginNote(doc, n, explained)}</li>`);
      out.push('</ul>', '</aside>');
    }
    out.push(
      block.kind === 'title'
        ? `<p class="headline-line"><strong>${body}</strong></p>`
        : `<p${block.kind === 'credit' ? ' class="meta"' : ''}>${body}</p>`,
      '</div>',
    );
  });
  out.push('</div>');
  const notice = doc.blocks.find((b) => b.kind === 'reprint-notice');
  if (notice) out.push(`<p class="small">Reprint notice: ${e(text.slice(...notice.range))}</p>`);
  out.push('</section>');

  // background from a second source, which the subtitle credits
  for (const [i, bg] of backgrounds(doc).entries()) {
    out.push(
      `<section aria-labelledby="h-bg${i}" class="background">`,
      h2(`h-bg${i}`, `Background${bg.source ? ` from ${e(bg.source)}` : ''}`),
    );
    for (const para of bg.paragraphs) out.push(`<p>${e(para)}</p>`);
    if (bg.credit) out.push(`<p class="small">${e(bg.credit)}</p>`);
    out.push('</section>');
  }

  // the wire text alone
  out.push(
    '<section aria-labelledby="h-wire" class="wire">',
    h2('h-wire', 'The wire text alone (the site’s insertions removed)'),
  );
  for (const para of doc.layers.wire.text.split(/\n\s*\n/)) {
    if (para.trim()) out.push(`<p>${e(para.trim())}</p>`);
  }
  out.push(
    `<p class="small">${doc.layers.wire.words} words from the wire story; ${doc.layers.editorial.words} words from the reprinting site.</p>`,
    '</section>',
  );

  // findings table
  const findings = articleFindings(doc, analysis);
  out.push(
    '<section aria-labelledby="h-findings">',
    h2('h-findings', 'Loaded wording and neutral alternatives'),
  );
  if (findings.length) {
    out.push(
      '<table><thead><tr><th scope="col">Note</th><th scope="col">The words, and why they matter</th><th scope="col">Whose words</th><th scope="col">A neutral writer might use</th></tr></thead><tbody>',
    );
    for (const f of findings) {
      const n = notes.find((x) => x.type === 'finding' && x.finding === f)?.marker;
      const voice =
        f.voice === 'quoted'
          ? `Quoted${f.speaker ? ` (${f.speaker.name})` : ''}`
          : f.voice === 'editorial'
            ? 'The site (insertion)'
            : f.voice === 'reporter'
              ? 'The reporter'
              : f.voice;
      out.push(
        `<tr><td>${n ?? ''}</td><td>${f.reason.includes(f.actual) ? e(f.reason) : `“${e(f.actual)}”: ${e(f.reason)}`}</td><td>${e(voice)}</td><td>${f.expected.length ? f.expected.map(e).join('; ') : e(f.expectedNote ?? '—')}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  } else out.push('<p>No loaded wording found in the article.</p>');
  out.push('</section>');

  // 5W
  out.push('<section aria-labelledby="h-lead">', h2('h-lead', 'The lead: who, what, where, when'));
  if (options.answerKey) {
    out.push(
      '<table><thead><tr><th scope="col"></th><th scope="col">In the article’s words</th><th scope="col">Found in</th><th scope="col">Confidence</th></tr></thead><tbody>',
    );
    for (const role of LEAD_ROLES) {
      const spans = lesson.lead[role];
      if (!spans.length && (role === 'why' || role === 'how')) continue;
      if (!spans.length)
        out.push(
          `<tr><th scope="row">${ROLE_LABELS[role]}</th><td><em>The lead does not say.</em></td><td></td><td></td></tr>`,
        );
      spans.forEach((s, i) => {
        out.push(
          `<tr>${i === 0 ? `<th scope="row" rowspan="${spans.length}">${ROLE_LABELS[role]}</th>` : ''}<td>“${e(s.text)}”</td><td>${s.from === 'lead' ? 'first paragraph' : 'a later paragraph'}</td><td>${Math.round(s.confidence * 100)}%</td></tr>`,
        );
      });
    }
    out.push('</tbody></table>');
  } else {
    // The student's copy: finding these is the exercise, so the answers are only in the key.
    out.push(
      '<p>Fill in from the article’s first paragraph, in its own words.</p>',
      '<table class="fill"><thead><tr><th scope="col"></th><th scope="col">Your answer</th></tr></thead><tbody>',
      ...STUDENT_ROLES.map((role) => `<tr><th scope="row">${ROLE_LABELS[role]}</th><td></td></tr>`),
      '</tbody></table>',
    );
  }
  out.push('</section>');

  // sources
  out.push('<section aria-labelledby="h-sources">', h2('h-sources', 'Who is quoted, and who is not named'));
  out.push(`<p>${e(lesson.sourcing.summary)}</p>`);
  if (lesson.sources.length) {
    out.push(
      '<table><thead><tr><th scope="col">Source</th><th scope="col">Named?</th><th scope="col">Why</th><th scope="col">Quotes</th><th scope="col">Paraphrased</th><th scope="col">Quoted words</th></tr></thead><tbody>',
    );
    for (const s of lesson.sources) {
      out.push(
        `<tr><td>${e(s.name)}${s.id === lesson.sourcing.first ? ' <em>(speaks first)</em>' : ''}${s.id === lesson.sourcing.most ? ' <em>(speaks most)</em>' : ''}</td><td>${s.class}</td><td>${e(s.classReason)}</td><td>${s.quotes}</td><td>${s.attributions}</td><td>${s.quotedWords}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  const quoted = lesson.quotes.filter((q) => q.kind !== 'scare');
  if (quoted.length) {
    out.push('<h3>The quotations</h3>', '<ul class="list">');
    for (const q of quoted) {
      out.push(
        `<li>“${e(q.text)}” — ${q.speaker ? e(q.speaker.text) : '<em>speaker not given</em>'}${q.cue ? ` (<em>${e(q.cue.verb)}</em>)` : ''}${q.kind === 'partial' ? ' · partial quote' : ''}</li>`,
      );
    }
    out.push('</ul>');
  }
  if (lesson.attributions.length) {
    out.push('<h3>Reported without quotation marks</h3>', '<ul class="list">');
    for (const a of lesson.attributions) {
      const who = lesson.sources.find((s) => s.id === a.source)?.name ?? a.speaker.text;
      out.push(`<li>${e(who)} <em>${e(a.cue.verb)}</em>: ${e(a.content.text)}</li>`);
    }
    out.push('</ul>');
  }
  const kinds = [
    ['agency', 'Agencies'],
    ['organization', 'Organisations'],
    ['person', 'People'],
    ['place', 'Places'],
  ] as const;
  out.push('<h3>Named in the article</h3>', '<ul class="list">');
  for (const [kind, label] of kinds) {
    const list = lesson.entities.filter((x) => x.kind === kind);
    if (list.length)
      out.push(
        `<li><strong>${label}:</strong> ${list.map((x) => `${e(x.name)}${x.aliases.length ? ` (also ${x.aliases.map(e).join(', ')})` : ''}`).join('; ')}</li>`,
      );
  }
  out.push('</ul>', '</section>');

  // questions
  const auditBox = (audits: AuditItem[], title: string) => {
    if (!options.answerKey || !audits.length) return;
    out.push(`<div class="audit"><strong>${title}</strong><ul>`);
    for (const a of audits) {
      out.push(
        `<li><span class="tag">${e(AUDIT_LABELS[a.kind])}</span> “${e(a.actual)}”: ${e(period(a.reason))}${a.articleSays ? ` The article says: “${e(a.articleSays.text)}”` : ''}${a.suggestion ? ` <em>Try:</em> ${e(a.suggestion)}` : ''}</li>`,
      );
    }
    out.push('</ul></div>');
  };
  if (lesson.questions.length) {
    out.push(
      '<section aria-labelledby="h-questions">',
      h2('h-questions', `Questions${options.answerKey ? ' — with evidence and notes' : ''}`),
    );
  }
  for (const group of questionGroups(lesson)) {
    const first = group[0]!;
    out.push(`<div class="question" id="q${e(first.number)}">`);
    if (first.stem) {
      out.push(`<p class="stem"><strong>${e(first.number)}.</strong> ${e(first.stem.text)}</p>`);
      // the shared lead-in's audit under it, each item's own under that item
      auditBox(stemAudits(group), `About the lead-in to question ${e(first.number)}`);
    }
    for (const q of group) {
      const label = q.label ? `${q.number}${q.label})` : `${q.number}.`;
      out.push(
        `<div class="item" id="q${e(q.id)}"><p><strong>${e(label)}</strong> ${e(q.text)} <span class="kind" title="${e(KIND_LABELS[q.kind])}">${q.kind}</span></p>`,
      );
      if (options.answerKey) {
        if (q.evidence.length) {
          out.push('<p class="small">Evidence in the article, best first:</p>', '<ol class="evidence">');
          for (const ev of q.evidence)
            out.push(
              `<li>${e(ev.text)}${ev.layer === 'editorial' ? ' <em>(the site’s words)</em>' : ''}</li>`,
            );
          out.push('</ol>');
        }
        auditBox(ownAudits(q), q.label ? `About ${e(q.number)}${e(q.label)}` : 'About this question');
      } else out.push(`<div class="answer${q.kind === 'opinion' ? ' long' : ''}" role="presentation"></div>`);
      out.push('</div>');
    }
    if (!first.stem) auditBox(stemAudits(group), 'About this question');
    out.push('</div>');
  }
  if (lesson.questions.length) out.push('</section>');
  out.push(
    `<footer class="small"><p>Made with Gloss${options.name ? ` from ${e(fileLabel(options.name))}` : ''}.</p></footer>`,
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
}

/**
 * A margin note, short (the tables below say the rest): an insertion's kind explained the first
 * time only (`as E3` after), a finding's reason in one sentence and its first neutral alternative.
 */
function marginNote(doc: GlossDocument, n: Note, explained: Map<string, string>): string {
  const t = noteText(doc, n);
  const first = (/^.*?[.!?](?=\s|$)/.exec(t.body)?.[0] ?? t.body).replace(/([^.!?])$/, '$1.');
  if (n.type === 'insertion') {
    const kind = doc.insertions[n.index]!.kind;
    const seen = explained.get(kind);
    if (seen) return `<span class="label">${e(t.label)}</span>, as ${seen}.`;
    explained.set(kind, n.marker);
    return `<span class="label">${e(t.label)}:</span> ${e(first)}`;
  }
  if (n.type === 'elision') return `<span class="label">${e(t.label)}:</span> ${e(first)}`;
  const f = n.finding;
  const whose =
    f.voice === 'quoted'
      ? ' <em>(in a quotation)</em>'
      : f.layer === 'editorial'
        ? ' <em>(the site’s words)</em>'
        : '';
  return `${e(first)}${whose}${t.alternatives.length ? ` <em>Neutral:</em> ${e(t.alternatives[0]!)}` : ''}`;
}

/** A block's text with insertion, loaded-wording, quote and elision marks; overlapping marks nest per segment. */
function markBlock(doc: GlossDocument, range: Range, notes: Note[]): string {
  const text = doc.text;
  type Mark = { range: Range; open: string; close: string; ref: string | null };
  const marks: Mark[] = [];
  for (const q of doc.quotes) {
    if (q.range[0] >= range[0] && q.range[1] <= range[1] && q.kind !== 'scare')
      marks.push({ range: q.range, open: '<q class="q">', close: '</q>', ref: null });
  }
  for (const n of notes) {
    if (n.type === 'insertion')
      marks.push({
        range: n.range,
        open: `<ins class="ins" title="Added by the reprinting site">`,
        close: '</ins>',
        ref: n.marker,
      });
    else if (n.type === 'finding')
      marks.push({
        range: n.range,
        open: `<mark class="w" title="Loaded wording">`,
        close: '</mark>',
        ref: n.marker,
      });
    else
      marks.push({
        range: n.range,
        open: '<span class="el" title="Passage cut">',
        close: '</span>',
        ref: n.marker,
      });
  }
  const cuts = new Set<number>([range[0], range[1]]);
  for (const m of marks) {
    cuts.add(Math.max(range[0], m.range[0]));
    cuts.add(Math.min(range[1], m.range[1]));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const t = points[i + 1]!;
    // outer marks first: longer ranges wrap shorter ones
    const active = marks
      .filter((m) => m.range[0] <= s && t <= m.range[1])
      .sort((a, b) => b.range[1] - b.range[0] - (a.range[1] - a.range[0]));
    let seg = e(text.slice(s, t)).replace(/\r?\n/g, '<br>');
    for (const m of [...active].reverse()) seg = `${m.open}${seg}${m.close}`;
    html += seg;
    for (const m of marks) if (m.ref !== null && m.range[1] === t) html += `<sup class="ref">${m.ref}</sup>`;
  }
  return html;
}
