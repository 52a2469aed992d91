/**
 * The versions page: one self-contained HTML file (no external resources; one inline script,
 * allowed by its hash in the Content-Security-Policy, for the n/N keys) that puts the reference
 * beside each version, aligned by sentence, every edit marked by kind — with a symbol and a
 * pattern, never colour alone — and numbered, a summary per outlet at the top linking to the
 * edits, and a print stylesheet. Every piece of article text goes through `escapeHtml`.
 */
import { createRequire } from 'node:module';
import type { ClassifiedEdit, Comparison, EditClass, VersionProfile } from '@gloss/compare';
import type { Range } from '@gloss/document';
import { editSentence } from './compare-describe.ts';
import { escapeHtml } from './escape.ts';

const e = escapeHtml;

export interface CompareHtmlVersion {
  comparison: Comparison;
  profile: VersionProfile;
  edits: ClassifiedEdit[];
  /** Shown instead of the comparison's B label when given (the outlet's name). */
  label?: string;
  date?: string | null;
}

export interface CompareHtmlInput {
  /** Page title, e.g. the reference's headline. */
  title: string;
  reference: { label: string; why?: string | null };
  versions: CompareHtmlVersion[];
}

/** Symbol, name and explanation of each class of edit, for the marks and the legend. */
export const EDIT_CLASS_LABELS: Record<EditClass, { symbol: string; name: string; help: string }> = {
  'cut-elided': { symbol: '✂…', name: 'cut, marked', help: 'sentences cut, an ellipsis where they were' },
  'cut-silent': { symbol: '✂', name: 'cut, silent', help: 'sentences cut without a mark' },
  'silent-change': { symbol: '±', name: 'silent change', help: 'words changed without brackets or ellipsis' },
  'elided-words': {
    symbol: '…',
    name: 'words cut, marked',
    help: 'words cut inside a sentence, an ellipsis in their place',
  },
  bracketed: { symbol: '[+]', name: 'bracketed', help: 'words the outlet added in square brackets' },
  added: { symbol: '+', name: 'added', help: 'sentences the outlet added without brackets' },
  'editorial-block': {
    symbol: '✎',
    name: 'editorial block',
    help: 'a labelled note, question or background section',
  },
  moved: { symbol: '↷', name: 'moved', help: 'a sentence moved to another place' },
  mark: { symbol: '…', name: 'ellipsis only', help: 'an ellipsis added where nothing was cut' },
  headline: { symbol: 'H', name: 'headline', help: 'the headline changed' },
  credit: { symbol: '©', name: 'credit line', help: 'the credit line or dateline changed' },
  trivial: { symbol: '≈', name: 'style only', help: 'quote, dash or spacing style only' },
};

/** Classes in the order the legend and the summary give them. */
const SUMMARY_CLASSES: EditClass[] = [
  'cut-elided',
  'cut-silent',
  'silent-change',
  'bracketed',
  'added',
  'moved',
  'editorial-block',
];

const SCRIPT = `(() => {
  const marks = Array.from(document.querySelectorAll('[data-edit]'));
  const status = document.getElementById('where');
  let at = -1;
  const go = (k) => {
    if (marks.length === 0) return;
    at = (k + marks.length) % marks.length;
    const m = marks[at];
    m.focus({ preventScroll: true });
    m.scrollIntoView({ block: 'center' });
    if (status) status.textContent = 'Change ' + (at + 1) + ' of ' + marks.length + ': ' + (m.getAttribute('title') || '');
  };
  document.addEventListener('focusin', (ev) => {
    const k = marks.indexOf(ev.target);
    if (k >= 0) at = k;
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === 'n') { go(at + 1); ev.preventDefault(); }
    else if (ev.key === 'N' || ev.key === 'p') { go(at < 0 ? marks.length - 1 : at - 1); ev.preventDefault(); }
  });
})();`;
let scriptHash: string | undefined;
/** SCRIPT's sha256 for the page's CSP; node:crypto is loaded only for a page (about 8 ms in every process otherwise). */
function scriptHashOnce(): string {
  if (scriptHash === undefined) {
    const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    scriptHash = createHash('sha256').update(SCRIPT).digest('base64');
  }
  return scriptHash;
}

const CSS = `
:root { --ink: #111; --paper: #fff; --muted: #555; --rule: #999; font-size: 17px; }
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { font: 1rem/1.5 Georgia, "DejaVu Serif", "Times New Roman", serif; margin: 0 auto; padding: 1.2rem 1.5rem 3rem; max-width: 78rem; overflow-wrap: anywhere; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 .3rem; }
h2 { font: 700 1.2rem/1.3 "DejaVu Sans", Arial, sans-serif; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); break-after: avoid; }
.meta, .legend, .small, .keys, table, .profile, .cols { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .85rem; }
.meta, .small { color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; border: 1px solid var(--rule); padding: .5rem .8rem; margin: .8rem 0; list-style: none; }
.legend li { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #eee; overflow-wrap: normal; hyphens: auto; }
tr { break-inside: avoid; }
.table-wrap { overflow-x: auto; }
.changes { margin: .2rem 0 .8rem; line-height: 1.9; }
.changes a { display: inline-block; min-width: 1.9em; text-align: center; border: 1px solid var(--rule); margin: 0 .15em .15em 0; text-decoration: none; color: inherit; font-variant-numeric: tabular-nums; }
.pair { border-top: 1px solid var(--rule); }
.cols, .row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 1.2rem; }
.cols { font-weight: 700; border-bottom: 2px solid var(--ink); padding: .3rem 0; position: sticky; top: 0; background: var(--paper); }
.row { border-bottom: 1px solid #ddd; padding: .35rem 0; break-inside: avoid; }
.row > div { min-width: 0; }
.row.equal > div { color: #333; }
.row .none { color: var(--muted); font-style: italic; font-family: "DejaVu Sans", Arial, sans-serif; font-size: .8rem; }
.m { text-decoration: none; color: inherit; background: none; padding: 0 .1em; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.m:focus { outline: 3px solid var(--ink); outline-offset: 2px; }
del.m { text-decoration: line-through; text-decoration-thickness: 2px; }
.m.silent-change { font-weight: 700; text-decoration: underline wavy; text-decoration-thickness: 1.5px; text-underline-offset: .2em; }
del.m.silent-change { text-decoration: line-through wavy; }
.m.bracketed { border: 1.5px dashed var(--ink); }
.m.added, .m.editorial-block { border-left: 4px double var(--ink); padding-left: .3em; background: repeating-linear-gradient(135deg, transparent 0 5px, rgba(0,0,0,.12) 5px 6px); }
.m.moved { border: 1.5px dotted var(--ink); }
del.m.moved { text-decoration: none; color: var(--muted); }
.m.cut-elided, .m.cut-silent { color: #333; }
.m.mark, .m.elided-words { border-bottom: 2px dotted var(--ink); }
sup.sym { font: 700 .7rem/1 "DejaVu Sans", Arial, sans-serif; padding: 0 .15em; white-space: nowrap; }
.keys { border: 1px solid var(--rule); padding: .3rem .6rem; }
#where { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .85rem; min-height: 1.3em; }
kbd { border: 1px solid var(--ink); border-radius: 3px; padding: 0 .3em; font: inherit; }
.profile { margin: .2rem 0 .6rem; }
@media screen and (max-width: 40rem) {
  :root { font-size: 16px; }
  body { padding: .7rem; }
  .cols { display: none; }
  .row { grid-template-columns: minmax(0, 1fr); }
  .row > div::before { content: attr(data-label); display: block; font: 700 .72rem/1.4 "DejaVu Sans", Arial, sans-serif; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
  th, td { padding: .2rem .25rem; }
  table { font-size: .75rem; }
}
@media print {
  :root { font-size: 9.5pt; }
  body { max-width: none; padding: 0; }
  .keys, #where { display: none; }
  .cols { position: static; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { margin-top: 1.1rem; }
}
@page { margin: 13mm 12mm 14mm; }
`;

interface Mark {
  range: Range;
  cls: EditClass;
  n: number;
  /** The focus target for n/N (one per edit). */
  primary: boolean;
  side: 'a' | 'b';
  title: string;
}

/** Edit text for people: what changed, in one sentence. */
function describe(ce: ClassifiedEdit): string {
  return `${EDIT_CLASS_LABELS[ce.class].name}: ${editSentence(ce.edit)}`;
}

/**
 * The text of `range`, with the marks that overlap it wrapped in `<del>` (reference) or `<ins>`
 * (version); a mark over several sentence rows is cut at the row's edges, and only its first
 * piece is the n/N target.
 */
function markedText(text: string, range: Range, marks: Mark[], vid: string, placed: Set<string>): string {
  const inside = marks
    .filter((m) => m.range[0] < range[1] && m.range[1] > range[0])
    .sort((x, y) => x.range[0] - y.range[0] || y.range[1] - x.range[1]);
  let out = '';
  let pos = range[0];
  for (const m of inside) {
    const start = Math.max(m.range[0], range[0]);
    const end = Math.min(m.range[1], range[1]);
    if (start < pos) continue; // overlapping marks: the first one wins
    out += e(text.slice(pos, start));
    const tag = m.side === 'a' ? 'del' : 'ins';
    const label = EDIT_CLASS_LABELS[m.cls];
    const key = `${vid}-e${m.n}`;
    const first = m.primary && !placed.has(key);
    if (first) placed.add(key);
    const id = first ? ` id="${key}" data-edit="${m.n}" tabindex="-1"` : '';
    const sym =
      start === m.range[0]
        ? `<sup class="sym" aria-hidden="true">${e(label.symbol)}${m.n}</sup><span class="sr"> (${e(label.name)} ${m.n})</span>`
        : '';
    out += `<${tag} class="m ${m.cls}"${id} title="${e(m.title)}">${e(text.slice(start, end))}${sym}</${tag}>`;
    pos = end;
  }
  out += e(text.slice(pos, range[1]));
  return out;
}

function marksOf(edits: ClassifiedEdit[]): { a: Mark[]; b: Mark[] } {
  const a: Mark[] = [];
  const b: Mark[] = [];
  for (const ce of edits) {
    if (ce.class === 'trivial') continue;
    const { edit } = ce;
    const title = describe(ce);
    // the focus target is the version's side, or the reference's when the version has nothing there
    const bHas = edit.b !== null && edit.b.range[1] > edit.b.range[0];
    if (edit.a && edit.a.range[1] > edit.a.range[0]) {
      a.push({ range: edit.a.range, cls: ce.class, n: edit.id, primary: !bHas, side: 'a', title });
    }
    if (bHas) b.push({ range: edit.b!.range, cls: ce.class, n: edit.id, primary: true, side: 'b', title });
  }
  return { a, b };
}

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function profileLine(p: VersionProfile): string {
  const parts = [
    `keeps ${pct(p.keptShare)} of the reference’s ${p.referenceWords} words`,
    `${plural(p.cutsElided + p.cutsSilent, 'cut')} (${p.cutsElided} marked, ${p.cutsSilent} silent, ${plural(p.cutWords, 'word')})`,
    plural(p.silentChanges, 'silent change'),
    `${p.bracketed} bracketed`,
    `${plural(p.addedSentences, 'sentence')} added`,
    `${plural(p.movedSentences, 'sentence')} moved`,
  ];
  if (p.attributionsDropped || p.attributionsAdded)
    parts.push(`attributions −${p.attributionsDropped} +${p.attributionsAdded}`);
  if (p.headlineChanged) parts.push('headline changed');
  parts.push(`loaded wording +${p.wordingAdded} −${p.wordingRemoved}`);
  return `${parts.join(' · ')}.`;
}

export function formatCompareHtml(input: CompareHtmlInput): string {
  const out: string[] = [];
  out.push('<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHashOnce()}'">`,
  );
  out.push('<meta name="generator" content="Gloss">', `<title>Versions: ${e(input.title)}</title>`);
  out.push(
    `<style>${CSS}.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }</style>`,
  );
  out.push('</head>', '<body>', '<header>', `<h1>${e(input.title)}</h1>`);
  out.push(
    `<p class="meta">Reference: <strong>${e(input.reference.label)}</strong>${input.reference.why ? ` — ${e(input.reference.why)}` : ''}. ${input.versions.length} version${input.versions.length === 1 ? '' : 's'} compared with it.</p>`,
  );
  out.push('<ul class="legend" aria-label="What the marks mean">');
  for (const k of [...SUMMARY_CLASSES, 'elided-words', 'mark'] as EditClass[]) {
    const l = EDIT_CLASS_LABELS[k];
    const sample = k.startsWith('cut') ? 'del' : 'ins';
    out.push(
      `<li><${sample} class="m ${k}">abc<sup class="sym">${e(l.symbol)}</sup></${sample}> ${e(l.name)}: ${e(l.help)}</li>`,
    );
  }
  out.push('</ul>');
  out.push(
    '<p class="keys">Keys: <kbd>n</kbd> next change, <kbd>N</kbd> previous change. Each change has its number after the symbol; the summary links to them.</p>',
    '<p id="where" aria-live="polite"></p>',
    '</header>',
  );

  // summary per outlet
  out.push('<section aria-labelledby="h-summary">', '<h2 id="h-summary">What each version changed</h2>');
  out.push(
    '<div class="table-wrap"><table><thead><tr><th scope="col">Version</th><th scope="col">Words kept</th>',
  );
  for (const k of SUMMARY_CLASSES)
    out.push(`<th scope="col">${e(EDIT_CLASS_LABELS[k].symbol)} ${e(EDIT_CLASS_LABELS[k].name)}</th>`);
  out.push('<th scope="col">Headline</th><th scope="col">Loaded wording + / −</th></tr></thead><tbody>');
  input.versions.forEach((v, k) => {
    const vid = `v${k + 1}`;
    const label = v.label ?? v.comparison.b.label;
    const first = (cls: EditClass) => v.edits.find((x) => x.class === cls)?.edit.id;
    const cells = SUMMARY_CLASSES.map((cls) => {
      const n = v.edits.filter((x) => x.class === cls).length;
      const at = first(cls);
      return `<td class="n">${n > 0 && at !== undefined ? `<a href="#${vid}-e${at}">${n}</a>` : '0'}</td>`;
    });
    out.push(
      `<tr><th scope="row"><a href="#${vid}">${e(label)}</a>${v.date ? `<br><span class="small">${e(v.date)}</span>` : ''}</th><td class="n">${pct(v.profile.keptShare)}</td>${cells.join('')}<td>${v.profile.headlineChanged === null ? '—' : v.profile.headlineChanged ? 'changed' : 'same'}</td><td class="n">+${v.profile.wordingAdded} / −${v.profile.wordingRemoved}</td></tr>`,
    );
  });
  out.push('</tbody></table></div>');
  input.versions.forEach((v, k) => {
    const vid = `v${k + 1}`;
    const shown = v.edits.filter((x) => x.class !== 'trivial');
    if (shown.length === 0) return;
    out.push(
      `<p class="changes small"><strong>${e(v.label ?? v.comparison.b.label)}</strong>: ${shown
        .map(
          (x) =>
            `<a href="#${vid}-e${x.edit.id}" title="${e(describe(x))}">${e(EDIT_CLASS_LABELS[x.class].symbol)}${x.edit.id}</a>`,
        )
        .join(' ')}</p>`,
    );
  });
  out.push('</section>');

  // each version beside the reference
  input.versions.forEach((v, k) => {
    const vid = `v${k + 1}`;
    const c = v.comparison;
    const label = v.label ?? c.b.label;
    const { a: aMarks, b: bMarks } = marksOf(v.edits);
    const placed = new Set<string>();
    out.push(
      `<section class="version" id="${vid}" aria-labelledby="${vid}-h">`,
      `<h2 id="${vid}-h">${k + 1}. ${e(label)} beside the reference</h2>`,
      `<p class="profile">${e(profileLine(v.profile))}</p>`,
      '<div class="pair">',
      `<div class="cols" aria-hidden="true"><div>Reference: ${e(input.reference.label)}</div><div>${e(label)}</div></div>`,
    );
    for (const row of c.alignment) {
      const left = row.a
        ? markedText(c.a.text, row.a.range, aMarks, vid, placed)
        : '<span class="none">(not in the reference)</span>';
      const right =
        row.kind === 'moved-away'
          ? '<span class="none">(moved: shown where this version has it)</span>'
          : row.b
            ? markedText(c.b.text, row.b.range, bMarks, vid, placed)
            : '<span class="none">(not in this version)</span>';
      const leftCell =
        row.kind === 'move' ? '<span class="none">(moved here from elsewhere in the reference)</span>' : left;
      out.push(
        `<div class="row ${row.kind}"><div data-label="Reference">${leftCell}</div><div data-label="${e(label)}">${right}</div></div>`,
      );
    }
    out.push('</div>', '</section>');
  });
  out.push(`<script>${SCRIPT}</script>`, '</body>', '</html>', '');
  return out.join('\n');
}
