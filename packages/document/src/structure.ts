import type { Block, BlockKind, Diagnostic, Range, Source } from './types.ts';
import { countWords } from './words.ts';

/** A paragraph: a run of non-blank lines, trimmed of surrounding white space. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const blankLine = /\n[ \t\f\v\r\u00a0]*\n/g;
  let start = 0;
  const push = (s: number, e: number) => {
    const t = trimRange(text, s, e);
    if (t[1] > t[0]) out.push(t);
  };
  for (let m = blankLine.exec(text); m !== null; m = blankLine.exec(text)) {
    push(start, m.index);
    start = m.index + 1;
    blankLine.lastIndex = m.index + m[0].length - 1; // the closing \n may open the next blank line
  }
  push(start, text.length);
  return out;
}

function trimRange(text: string, s: number, e: number): Range {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

const DASH = '[–—―-]+';
/** `(by Drew Harwell, The Washington Post) –` */
const CREDIT_BY = new RegExp(`^\\(\\s*by\\s+([^,()]+?),\\s*([^()]+?)\\s*\\)\\s*${DASH}`, 'i');
/** `(AP) —`, `(The Washington Post) –` */
const CREDIT_OUTLET = new RegExp(`^\\(\\s*([A-Z][^()]{1,60}?)\\s*\\)\\s*${DASH}`);
/**
 * `WASHINGTON (Reuters) -`, `LONDON, England (CNN) --`, `BAGHDAD —`, `FLINT, Mich., Oct. 4 (UPI) —`, HuffPost's `WASHINGTON ―`:
 * the place in capitals (at least three capital letters in a row, so `A -` is no dateline), an
 * optional region, an optional date (UPI's habit), an optional outlet in parentheses, a dash.
 */
const DATELINE =
  /^(\p{Lu}[\p{Lu} .'’-]{2,40}?)(?:,\s*\p{Lu}[\p{L}. ]{1,30}?)?(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*(?:\(([\p{Lu}][\p{L} .&]{1,40})\))?\s*[-–—―]+(?=\s|$)/u;

export interface Dateline {
  /** `[start, end)` of the place within the matched string (`WASHINGTON`). */
  place: Range;
  /** The outlet in parentheses (`Reuters`), or null. */
  outlet: string | null;
  /** Length of the whole dateline, up to and with the dash. */
  length: number;
}

/** The dateline opening `p`, if any: the one match the document and the lesson's lead share. */
export function matchDateline(p: string): Dateline | null {
  const m = DATELINE.exec(p);
  if (!m || !/\p{Lu}{3,}/u.test(m[1]!)) return null;
  return { place: [0, m[1]!.length], outlet: m[2]?.trim() ?? null, length: m[0].length };
}
/** A byline paragraph: `By Drew Harwell` or `By Drew Harwell, The Washington Post`. */
const BYLINE =
  /^By\s+([A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z][\p{L}.'’-]+|and|de|van|von)){0,5})(?:\s*[,|]\s*(.{2,60}))?$/u;

const REPRINT =
  /\b(?:reprinted|republished|re-published|used with permission|reproduced with permission|originally (?:published|appeared))\b|^From\s+\S+\s?\.\s?(?:com|org|net|co\.uk)\b/i;
const PERMISSION_FROM =
  /\b(?:permission (?:from|of)|courtesy of|©|copyright)\s+((?:The\s+)?[A-Z][\p{L}&'’.-]*(?:\s+[A-Z][\p{L}&'’.-]*){0,5})/u;
const DOMAIN = /^From\s+(\S+)\s?\.\s?(com|org|net|co\.uk)\b/i;

/** `1. …`, `2) …` */
const QUESTION = /^(\d{1,2})[.)]\s+/;
/** Lettered sub-items at a line start or right after the question number: `a) …`, `b. …` */
const SUB_ITEM = /(?:^|\n)[ \t]*(?:\d{1,2}[.)]\s*)?([a-h])[).]\s+/g;

/** `(from an article at the UK Daily Mail.)` at the end of a paragraph. */
const SECOND_SOURCE =
  /\(\s*(?:from|source:|via|adapted from|excerpted from)\s+(?:an?\s+)?(?:(?:article|story|report|piece|post)\s+)?(?:(?:at|in|on|by|from)\s+)?(?:the\s+)?([^()]{2,80}?)\.?\s*\)\s*$/i;

const BOILERPLATE =
  /^(?:get|sign up|subscribe|click|share|follow us|advertisement|related|read more|copyright|©|all rights reserved|print|email this)\b|\bemails? (?:are|is) (?:provided|sent)\b|\bnewsletter\b|\bsubscribe\b|\bsign up\b|\bterms of (?:use|service)\b|\bprivacy policy\b/i;

const QUESTION_HEADING =
  /^(?:(?:reading |discussion |review |study )?questions?|answer the following|discuss|for discussion)\s*[:.]?$/i;

export interface Structure {
  blocks: Block[];
  sources: Source[];
  diagnostics: Diagnostic[];
}

const LAYER: Record<BlockKind, Block['layer']> = {
  title: 'wire',
  body: 'wire',
  credit: 'editorial',
  'reprint-notice': 'editorial',
  question: 'editorial',
  background: 'editorial',
  'source-credit': 'editorial',
  boilerplate: 'editorial',
};

/**
 * Classifies paragraphs into blocks, walking the text as a reader would: title,
 * the wire story (credit line, body), then what the site added after it — reprint
 * notice, questions, background sections credited to a second source, boilerplate.
 */
export function structure(text: string): Structure {
  const paras = paragraphs(text);
  const blocks: Block[] = [];
  const sources: Source[] = [];
  const diagnostics: Diagnostic[] = [];
  const wire: Source = { id: 'wire', role: 'wire', name: null, author: null, creditRange: null };
  const editor: Source = { id: 'editor', role: 'editor', name: null, author: null, creditRange: null };
  // Counted as blocks and sources are added: asking the lists at every paragraph is quadratic
  // in a text of thousands of credited background paragraphs.
  let hasBody = false;
  let secondSources = 0;
  const add = (kind: BlockKind, range: Range, source: string | null, extra?: Partial<Block>) => {
    if (kind === 'body') hasBody = true;
    blocks.push({ kind, range, source, layer: LAYER[kind], ...extra });
  };

  let section: 'article' | 'after' = 'article';
  /** Background blocks waiting for a `(from …)` credit that names their source. */
  let pendingBackground: Block[] = [];

  paras.forEach((para, index) => {
    const [s, e] = para;
    const p = text.slice(s, e);
    if (index === 0 && paras.length > 1 && isTitle(p, text.slice(...paras[1]!))) {
      add('title', para, 'wire');
      return;
    }
    if (section === 'article') {
      const credit = matchCredit(p);
      if (credit) {
        const creditEnd = s + credit.length;
        const dateline = matchDateline(p);
        if (dateline?.outlet && !wire.dateline)
          wire.dateline = { place: [s, s + dateline.place[1]], range: [s, creditEnd] };
        wire.name ??= credit.outlet;
        wire.author ??= credit.author;
        wire.creditRange ??= [s, creditEnd];
        add('credit', [s, creditEnd], 'wire');
        const rest = skipSpace(text, creditEnd, e);
        if (rest < e) add('body', [rest, e], 'wire');
        return;
      }
      const byline = BYLINE.exec(p);
      if (byline && countWords(p) <= 12) {
        wire.author ??= byline[1] ?? null;
        if (byline[2]) wire.name ??= byline[2].trim();
        wire.creditRange ??= para;
        add('credit', para, 'wire');
        return;
      }
    }
    if (REPRINT.test(p) && countWords(p) <= 80) {
      const domain = DOMAIN.exec(p);
      const named = PERMISSION_FROM.exec(p);
      const outlet = named?.[1]?.replace(/[.\s]+$/, '') ?? (domain ? `${domain[1]}.${domain[2]}` : null);
      if (outlet) wire.name ??= outlet;
      editor.creditRange ??= para;
      add('reprint-notice', para, 'editor');
      section = 'after';
      return;
    }
    const question = QUESTION.exec(p);
    if (question && (section === 'after' || looksLikeQuestion(p))) {
      section = 'after';
      pendingBackground = [];
      add('question', para, 'editor', { question: { number: question[1]!, items: subItems(text, s, e) } });
      return;
    }
    if (section === 'after' || QUESTION_HEADING.test(p)) {
      if (QUESTION_HEADING.test(p)) {
        section = 'after';
        add('boilerplate', para, 'editor');
        return;
      }
      const credited = SECOND_SOURCE.exec(p);
      if (credited) {
        const name = credited[1]!.trim();
        const id = `second-${++secondSources}`;
        const creditStart = s + credited.index;
        sources.push({ id, role: 'second', name, author: null, creditRange: [creditStart, e] });
        const bodyEnd = trimRange(text, s, creditStart)[1];
        if (bodyEnd > s) pendingBackground.push(addReturning('background', [s, bodyEnd]));
        add('source-credit', [creditStart, e], id);
        for (const b of pendingBackground) b.source = id;
        pendingBackground = [];
        return;
      }
      if (BOILERPLATE.test(p) || (countWords(p) <= 5 && !/[.!?]["”’]?$/.test(p))) {
        add('boilerplate', para, 'editor');
        return;
      }
      pendingBackground.push(addReturning('background', para));
      return;
    }
    // "BAGHDAD — The …": a dateline with no outlet opens the first body paragraph and stays in it
    const dateline = matchDateline(p);
    if (dateline && !wire.dateline && !hasBody)
      wire.dateline = { place: [s, s + dateline.place[1]], range: [s, s + dateline.length] };
    add('body', para, 'wire');
  });

  function addReturning(kind: BlockKind, range: Range): Block {
    add(kind, range, null);
    return blocks[blocks.length - 1]!;
  }

  sources.unshift(wire, editor);
  return { blocks, sources, diagnostics };
}

function isTitle(p: string, next: string): boolean {
  if (p.includes('\n') || countWords(p) > 25 || QUESTION.test(p)) return false;
  // A headline may end in an ellipsis (`Trump says he will win...`), and in a full stop only when
  // written in title case (`Bernie Sanders Burns Hillary Clinton With First-Ever National Lead.`)
  // or followed by a story that opens with a dateline (`FLINT, Mich. (UPI) — …`), as some feeds
  // and corpora join a headline to its story: a first sentence does neither.
  if (!/(?<!\.\.)[.:;,]["”’]?$/.test(p)) return true;
  return /\.["”’]?$/.test(p) && (isTitleCase(p) || matchDateline(next) !== null);
}

/** Short words a title-case headline may leave in lower case (`Amazon Met with ICE Officials`). */
const TITLE_CASE_SMALL = new Set(
  'and the for but nor yet via off out per its with from into onto over upon that than about after'.split(
    ' ',
  ),
);

/**
 * Whether a line is written in title case: every word of three letters or more capitalised but
 * for a few short function words, at least four of them, and no dateline (`WASHINGTON (AP) —`).
 * A sentence full of names still has a verb in lower case (`Ed Marsh met Kate Lund`).
 */
export function isTitleCase(line: string): boolean {
  if (matchDateline(line)) return false;
  const long = (line.match(/\p{L}{3,}/gu) ?? []).filter((w) => !TITLE_CASE_SMALL.has(w));
  return long.length >= 4 && long.every((w) => /^\p{Lu}/u.test(w));
}

function looksLikeQuestion(p: string): boolean {
  return (
    /\?/.test(p) ||
    /^\d{1,2}[.)]\s+(?:list|explain|describe|discuss|why|how|what|who|when|where|do you|compare|summari[sz]e|identify|define)\b/i.test(
      p,
    )
  );
}

function matchCredit(p: string): { length: number; outlet: string | null; author: string | null } | null {
  const by = CREDIT_BY.exec(p);
  if (by) return { length: by[0].length, author: by[1]!.trim(), outlet: by[2]!.trim() };
  const outlet = CREDIT_OUTLET.exec(p);
  if (outlet) return { length: outlet[0].length, author: null, outlet: outlet[1]!.trim() };
  // a dateline is a credit only when it names the outlet; `BAGHDAD —` stays in the body
  const dateline = matchDateline(p);
  if (dateline?.outlet) return { length: dateline.length, author: null, outlet: dateline.outlet };
  return null;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i]!)) i++;
  return i;
}

function subItems(text: string, s: number, e: number): { label: string; range: Range }[] {
  const p = text.slice(s, e);
  const starts: { label: string; at: number }[] = [];
  SUB_ITEM.lastIndex = 0;
  for (let m = SUB_ITEM.exec(p); m !== null; m = SUB_ITEM.exec(p)) {
    const label = m[1]!;
    const at = m.index + m[0].lastIndexOf(label);
    starts.push({ label, at });
  }
  // Keep only a run that goes a, b, c … so that `I)` or a stray `e.` is not an item.
  const items: { label: string; range: Range }[] = [];
  starts.forEach((item, i) => {
    if (item.label.charCodeAt(0) - 97 !== items.length) return;
    const next = starts[i + 1]?.at ?? p.length;
    const [rs, re] = trimRange(text, s + item.at, s + next);
    items.push({ label: item.label, range: [rs, re] });
  });
  return items;
}
