import type { Edit } from '@gloss/compare';
import { helpMaxTop, windowMaxTop } from './chrome.ts';
import type { ActionName, Mode } from './keymap.ts';
import type { Layout } from './layout.ts';
import type { LessonView } from './lesson.ts';
import type { View, ViewFinding } from './model.ts';

export const FILTERS = [
  'all',
  'insert',
  'delete',
  'replace',
  'move',
  'bracketed',
  'silent',
  'elided',
  'wording',
  'sourcing',
  'framing',
] as const;
export type Filter = (typeof FILTERS)[number];

export type Selection = { type: 'edit'; id: number } | { type: 'finding'; index: number } | null;

export interface State {
  /** First body line on screen. */
  top: number;
  selection: Selection;
  focus: 'a' | 'b';
  filter: Filter;
  mode: Mode;
  /** Cursor in the filter menu. */
  menu: number;
  /** One-line note for the status bar ("no more changes"). */
  message: string;
  /** Reading question picked in the questions pane, and which of its evidence sentences is shown. */
  question: number;
  evidence: number;
  /** First line of the help (or the 5W page) on screen: they scroll when the screen is short. */
  helpTop: number;
  /** The detail panel shows all its lines, not just the first four. */
  detailOpen: boolean;
  /** A pane asked for while the lesson was still being built: it opens when the lesson comes. */
  awaiting: 'openQuestions' | 'openFacts' | null;
}

export const initialState: State = {
  top: 0,
  selection: null,
  focus: 'b',
  filter: 'all',
  mode: 'normal',
  menu: 0,
  message: '',
  question: 0,
  evidence: 0,
  helpTop: 0,
  detailOpen: false,
  awaiting: null,
};

/** What the reducer needs to know about the screen: the view, its layout, and the body height. */
export interface Context {
  view: View;
  layout: Layout;
  height: number;
  /** The reading questions and 5W, when the input has them (`gloss tui FILE`). */
  lesson?: LessonView | null;
  /** The lesson is still being built (it comes after the first view, see runTui). */
  lessonPending?: boolean;
}

const LESSON_PENDING = 'preparing the reading questions…';

/** The pane asked for while the lesson was being built, now that it is here (see `awaiting`). */
export function lessonArrived(state: State, ctx: Context): State {
  const wanted = state.awaiting;
  if (!wanted) return state;
  return reduce({ ...state, awaiting: null, message: '' }, wanted, ctx);
}

export function editMatches(e: Edit, filter: Filter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'insert':
    case 'delete':
    case 'replace':
    case 'move':
      return e.kind === filter;
    case 'bracketed':
    case 'silent':
    case 'elided':
      return e[filter];
    default:
      return [...e.findings.added, ...e.findings.removed].some((f) => f.family === filter);
  }
}

export function findingMatches(f: ViewFinding, filter: Filter, view: View): boolean {
  if (filter === 'all') return true;
  if (filter === 'wording' || filter === 'sourcing' || filter === 'framing')
    return f.finding.family === filter;
  const e = f.edit !== null ? view.edits.find((x) => x.id === f.edit) : undefined;
  return e !== undefined && editMatches(e, filter);
}

function clampTop(top: number, ctx: Context): number {
  return Math.max(0, Math.min(top, ctx.layout.lines.length - ctx.height));
}

/** Scrolls just enough to show the row, with two lines of context above it. */
function reveal(state: State, row: number, ctx: Context): number {
  const start = ctx.layout.rowStart[row] ?? 0;
  const nextStart = ctx.layout.rowStart[row + 1] ?? ctx.layout.lines.length;
  if (start >= state.top && nextStart <= state.top + ctx.height) return state.top;
  return clampTop(start - 2, ctx);
}

/** The row the selection points at, or null. */
export function selectedRow(state: State, view: View, lesson?: LessonView | null): number | null {
  if (state.mode === 'questions' && lesson) {
    return lesson.questions[state.question]?.evidence[state.evidence]?.row ?? null;
  }
  const s = state.selection;
  if (!s) return null;
  if (s.type === 'edit') return view.edits.find((e) => e.id === s.id)?.row ?? null;
  return view.findings[s.index]?.row ?? null;
}

/** Row of the first line on screen: where "next" starts looking when nothing is selected. */
function rowOnScreen(state: State, ctx: Context): number {
  return ctx.layout.lines[state.top]?.row ?? 0;
}

function stepEdit(state: State, dir: 1 | -1, ctx: Context): State {
  const list = ctx.view.edits.filter((e) => editMatches(e, state.filter));
  if (list.length === 0) return { ...state, message: `no changes match the filter “${state.filter}”` };
  const sel = state.selection;
  let k: number;
  if (sel?.type === 'edit') {
    const at = list.findIndex((e) => e.id === sel.id);
    k = at < 0 ? (dir === 1 ? 0 : list.length - 1) : at + dir;
    if (at < 0) {
      // the selected edit is filtered out: continue from its id
      k = dir === 1 ? list.findIndex((e) => e.id > sel.id) : list.findLastIndex((e) => e.id < sel.id);
    }
  } else {
    const from = sel ? (selectedRow(state, ctx.view) ?? 0) : rowOnScreen(state, ctx);
    k = dir === 1 ? list.findIndex((e) => e.row >= from) : list.findLastIndex((e) => e.row <= from);
  }
  const e = list[k];
  if (!e || k < 0)
    return { ...state, message: dir === 1 ? 'no more changes below' : 'no more changes above' };
  const next: State = { ...state, selection: { type: 'edit', id: e.id }, message: '' };
  return { ...next, top: reveal(next, e.row, ctx) };
}

function stepFinding(state: State, dir: 1 | -1, ctx: Context): State {
  const list = ctx.view.findings
    .map((f, index) => ({ f, index }))
    .filter(({ f }) => f.side === state.focus && findingMatches(f, state.filter, ctx.view));
  const side = state.focus === 'a' ? 'A' : 'B';
  if (list.length === 0) return { ...state, message: `no findings in ${side} match the filter` };
  const sel = state.selection;
  let k: number;
  if (sel?.type === 'finding' && ctx.view.findings[sel.index]?.side === state.focus) {
    const at = list.findIndex((x) => x.index === sel.index);
    k = at + dir;
  } else {
    const from = sel ? (selectedRow(state, ctx.view) ?? 0) : rowOnScreen(state, ctx);
    k = dir === 1 ? list.findIndex((x) => x.f.row >= from) : list.findLastIndex((x) => x.f.row <= from);
  }
  const hit = list[k];
  if (!hit || k < 0)
    return { ...state, message: `no more findings in ${side} ${dir === 1 ? 'below' : 'above'}` };
  const next: State = { ...state, selection: { type: 'finding', index: hit.index }, message: '' };
  return { ...next, top: reveal(next, hit.f.row, ctx) };
}

function showEvidence(state: State, question: number, evidence: number, ctx: Context): State {
  const next = { ...state, question, evidence };
  const row = ctx.lesson?.questions[question]?.evidence[evidence]?.row;
  return row === undefined ? next : { ...next, top: reveal(next, row, ctx) };
}

/**
 * The TUI's whole behaviour as a pure function: (state, action, screen) → state.
 * `resize` keeps the selection on screen after the layout changes.
 */
export function reduce(state: State, action: ActionName | 'resize', ctx: Context): State {
  const page = Math.max(1, ctx.height - 2);
  if (state.mode === 'help' || state.mode === 'facts') {
    // the help and the 5W page scroll as one window when the screen is short
    const max =
      state.mode === 'help'
        ? helpMaxTop(ctx.layout.width, ctx.height)
        : windowMaxTop(ctx.lesson?.facts.length ?? 0, ctx.height);
    const step = { lineDown: 1, lineUp: -1, pageDown: page, pageUp: -page }[action as string];
    if (step !== undefined) return { ...state, helpTop: Math.max(0, Math.min(max, state.helpTop + step)) };
  }
  switch (action) {
    case 'toggleDetail':
      return { ...state, detailOpen: !state.detailOpen, message: '' };
    case 'nextChange':
      return stepEdit(state, 1, ctx);
    case 'prevChange':
      return stepEdit(state, -1, ctx);
    case 'nextFinding':
      return stepFinding(state, 1, ctx);
    case 'prevFinding':
      return stepFinding(state, -1, ctx);
    case 'lineDown':
      return { ...state, top: clampTop(state.top + 1, ctx), message: '' };
    case 'lineUp':
      return { ...state, top: clampTop(state.top - 1, ctx), message: '' };
    case 'pageDown':
      return { ...state, top: clampTop(state.top + page, ctx), message: '' };
    case 'pageUp':
      return { ...state, top: clampTop(state.top - page, ctx), message: '' };
    case 'top':
      return { ...state, top: 0, message: '' };
    case 'bottom':
      return { ...state, top: clampTop(Number.MAX_SAFE_INTEGER, ctx), message: '' };
    case 'switchFocus':
      return { ...state, focus: state.focus === 'a' ? 'b' : 'a', message: '' };
    case 'openFilter':
      return { ...state, mode: 'filter', menu: FILTERS.indexOf(state.filter), message: '' };
    case 'menuDown':
      return { ...state, menu: (state.menu + 1) % FILTERS.length };
    case 'menuUp':
      return { ...state, menu: (state.menu - 1 + FILTERS.length) % FILTERS.length };
    case 'menuChoose': {
      const filter = FILTERS[state.menu] ?? 'all';
      const count = ctx.view.edits.filter((e) => editMatches(e, filter)).length;
      return { ...state, mode: 'normal', filter, message: `filter: ${filter} (${count} changes)` };
    }
    case 'help':
      return { ...state, mode: 'help', helpTop: 0, message: '' };
    case 'closeHelp':
      return { ...state, mode: 'normal' };
    case 'cancel':
      return state.mode !== 'normal'
        ? { ...state, mode: 'normal' }
        : { ...state, selection: null, message: '' };
    case 'openQuestions': {
      if (!ctx.lesson && ctx.lessonPending)
        return { ...state, mode: 'normal', message: LESSON_PENDING, awaiting: 'openQuestions' };
      if (!ctx.lesson || ctx.lesson.questions.length === 0) {
        return { ...state, mode: 'normal', message: 'no reading questions in this text' };
      }
      return showEvidence({ ...state, mode: 'questions', message: '' }, state.question, 0, ctx);
    }
    case 'openFacts':
      if (!ctx.lesson && ctx.lessonPending)
        return { ...state, mode: 'normal', message: LESSON_PENDING, awaiting: 'openFacts' };
      if (!ctx.lesson)
        return { ...state, mode: 'normal', message: 'no lesson for this comparison (use gloss tui FILE)' };
      return { ...state, mode: 'facts', helpTop: 0, message: '' };
    case 'closePane':
      return { ...state, mode: 'normal' };
    case 'questionDown':
    case 'questionUp': {
      const n = ctx.lesson?.questions.length ?? 0;
      if (n === 0) return state;
      const q = (state.question + (action === 'questionDown' ? 1 : -1) + n) % n;
      return showEvidence(state, q, 0, ctx);
    }
    case 'nextEvidence':
    case 'prevEvidence': {
      const ev = ctx.lesson?.questions[state.question]?.evidence ?? [];
      if (ev.length === 0) return { ...state, message: 'this question has no evidence in the article' };
      const k = (state.evidence + (action === 'nextEvidence' ? 1 : -1) + ev.length) % ev.length;
      return showEvidence(state, state.question, k, ctx);
    }
    case 'resize': {
      const row = selectedRow(state, ctx.view, ctx.lesson);
      const top = clampTop(state.top, ctx);
      return row === null ? { ...state, top } : { ...state, top: reveal({ ...state, top }, row, ctx) };
    }
    case 'quit':
      return state;
    default:
      return state;
  }
}
