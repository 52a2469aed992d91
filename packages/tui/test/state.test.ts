import { describe, expect, it } from 'vitest';
import {
  type ActionName,
  type Context,
  initialState,
  layoutView,
  lessonArrived,
  reduce,
  type State,
} from '../src/index.ts';
import { pairView, wireLesson, wireView } from './fixture.ts';

const ctxFor = (view = pairView, width = 160, height = 37): Context => ({
  view,
  layout: layoutView(view, width),
  height,
});
const run = (actions: ActionName[], ctx: Context, from: State = initialState) =>
  actions.reduce((s, a) => reduce(s, a, ctx), from);

describe('reducer', () => {
  it('n walks every change in order, N walks back, and the ends say so', () => {
    const ctx = ctxFor();
    let s = initialState;
    const seen: number[] = [];
    for (let k = 0; k < pairView.edits.length; k++) {
      s = reduce(s, 'nextChange', ctx);
      seen.push(s.selection?.type === 'edit' ? s.selection.id : -1);
    }
    expect(seen).toEqual(pairView.edits.map((e) => e.id));
    expect(reduce(s, 'nextChange', ctx).message).toBe('no more changes below');
    expect(run(['prevChange'], ctx, s).selection).toEqual({ type: 'edit', id: pairView.edits.length - 1 });
  });

  it('keeps the selected change on screen', () => {
    const ctx = ctxFor(pairView, 80, 13);
    let s = initialState;
    for (let k = 0; k < pairView.edits.length; k++) {
      s = reduce(s, 'nextChange', ctx);
      const row = pairView.edits.find((e) => s.selection?.type === 'edit' && e.id === s.selection.id)!.row;
      const line = ctx.layout.rowStart[row]!;
      expect(line).toBeGreaterThanOrEqual(s.top);
      expect(line).toBeLessThan(s.top + ctx.height);
    }
  });

  it('a filter limits n to matching changes', () => {
    const ctx = ctxFor();
    let s = run(['openFilter'], ctx);
    expect(s.mode).toBe('filter');
    while (s.menu !== 6) s = reduce(s, 'menuDown', ctx); // silent
    s = reduce(s, 'menuChoose', ctx);
    expect([s.mode, s.filter]).toEqual(['normal', 'silent']);
    const ids: number[] = [];
    for (let k = 0; k < 10; k++) {
      s = reduce(s, 'nextChange', ctx);
      if (s.selection?.type === 'edit' && !ids.includes(s.selection.id)) ids.push(s.selection.id);
    }
    const silent = pairView.edits.filter((e) => e.silent).map((e) => e.id);
    expect(ids).toEqual(silent);
    expect(silent.length).toBeGreaterThanOrEqual(4);
  });

  it('f finds findings in the focused column; tab switches column', () => {
    const ctx = ctxFor(wireView);
    const b = run(['nextFinding'], ctx);
    expect(b.selection?.type).toBe('finding');
    const fb = wireView.findings[(b.selection as { index: number }).index]!;
    expect(fb.side).toBe('b');
    const a = run(['switchFocus', 'nextFinding'], ctx);
    expect(a.focus).toBe('a');
    expect(wireView.findings[(a.selection as { index: number }).index]!.side).toBe('a');
  });

  it('scrolls by line and page within bounds', () => {
    const ctx = ctxFor(wireView, 80, 13);
    expect(run(['lineUp'], ctx).top).toBe(0);
    expect(run(['pageDown'], ctx).top).toBe(11);
    const bottom = run(['bottom'], ctx).top;
    expect(bottom).toBe(ctx.layout.lines.length - 13);
    expect(run(['bottom', 'pageDown'], ctx).top).toBe(bottom);
  });

  it('after a resize the selection is still on screen', () => {
    const wide = ctxFor(pairView, 160, 37);
    const s = run(['bottom', 'prevChange'], wide);
    const narrow = ctxFor(pairView, 80, 13);
    const r = reduce(s, 'resize', narrow);
    const row = pairView.edits.find((e) => s.selection?.type === 'edit' && e.id === s.selection.id)!.row;
    expect(narrow.layout.rowStart[row]!).toBeGreaterThanOrEqual(r.top);
    expect(narrow.layout.rowStart[row]!).toBeLessThan(r.top + 13);
  });

  it('help opens and closes; escape clears the selection', () => {
    const ctx = ctxFor();
    expect(run(['help'], ctx).mode).toBe('help');
    expect(run(['help', 'closeHelp'], ctx).mode).toBe('normal');
    expect(run(['nextChange', 'cancel'], ctx).selection).toBe(null);
  });

  it('r opens the reading questions at the first one and scrolls to its best evidence', () => {
    const ctx = { ...ctxFor(wireView, 80, 7), lesson: wireLesson };
    const s = run(['bottom', 'openQuestions'], ctx);
    expect([s.mode, s.question, s.evidence]).toEqual(['questions', 0, 0]);
    const row = wireLesson.questions[0]!.evidence[0]!.row;
    expect(ctx.layout.rowStart[row]!).toBeGreaterThanOrEqual(s.top);
    expect(ctx.layout.rowStart[row]!).toBeLessThan(s.top + 7);
    const next = run(['questionDown', 'nextEvidence'], ctx, s);
    expect([next.question, next.evidence]).toEqual([1, 1]);
    expect(run(['closePane'], ctx, next).mode).toBe('normal');
  });

  it('without a lesson (two versions), r and w say why nothing opens', () => {
    const ctx = ctxFor();
    expect(run(['openQuestions'], ctx)).toMatchObject({
      mode: 'normal',
      message: 'no reading questions in this text',
    });
    expect(run(['openFacts'], ctx).mode).toBe('normal');
  });

  it('while the lesson is being built, r and w say so and open their pane when it comes', () => {
    const pending = { ...ctxFor(wireView, 80, 7), lessonPending: true };
    const ready = { ...ctxFor(wireView, 80, 7), lesson: wireLesson };
    for (const [action, mode] of [
      ['openQuestions', 'questions'],
      ['openFacts', 'facts'],
    ] as const) {
      const waiting = run([action], pending);
      expect(waiting).toMatchObject({ mode: 'normal', message: 'preparing the reading questions…' });
      const opened = lessonArrived(waiting, ready);
      expect([opened.mode, opened.message, opened.awaiting]).toEqual([mode, '', null]);
      // Nothing asked for meanwhile: the lesson's coming changes nothing.
      expect(lessonArrived(initialState, ready)).toBe(initialState);
    }
    expect(lessonArrived(run(['openQuestions'], pending), ready)).toEqual(run(['openQuestions'], ready));
  });
});
