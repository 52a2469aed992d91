import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { helpLines, helpWindow, statusLine, wrapWords } from './chrome.ts';
import { detailLines } from './detail.ts';
import { actionFor, keyName } from './keymap.ts';
import { GUTTER, type Layout, type Line, layoutView, SEPARATOR } from './layout.ts';
import type { LessonView } from './lesson.ts';
import type { Span, View } from './model.ts';
import {
  type Context,
  editMatches,
  FILTERS,
  initialState,
  lessonArrived,
  reduce,
  type State,
} from './state.ts';
import { padEnd, stringWidth, truncate } from './text.ts';

export interface AppProps {
  view: View;
  /** Colour allowed (false under NO_COLOR): marks and symbols carry the meaning either way. */
  color: boolean;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  size?: { columns: number; rows: number };
  /** Reading questions, 5W and sources of B (single reprint): the `r` and `w` panes. */
  lesson?: LessonView | null;
  /** The lesson is still being built: the r and w keys are shown, and say so when pressed. */
  lessonPending?: boolean;
}

/** Lines around the body: title, summary, legend, column titles, detail panel (rule + 4), status. */
const CHROME = 10;
const DETAIL_LINES = 4;
/** The questions pane is taller than the detail panel. */
const QUESTION_LINES = 10;

export function App({ view, color, size, lesson = null, lessonPending = false }: AppProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [dims, setDims] = useState(() => size ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 });
  useEffect(() => {
    if (size) setDims(size);
  }, [size]);
  useEffect(() => {
    if (size) return;
    const onResize = () => setDims({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, size]);

  const layout = useMemo(() => layoutView(view, dims.columns), [view, dims.columns]);
  const [state, setState] = useState<State>(initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const detail = wrapPlain(detailLines(view, state), dims.columns);
  // d opens the whole detail panel, as far as the screen allows (three body lines stay)
  const roomForPane = Math.max(DETAIL_LINES, dims.rows - CHROME - 1 + DETAIL_LINES - 3);
  const paneLines =
    state.mode === 'questions'
      ? QUESTION_LINES
      : state.detailOpen
        ? Math.min(roomForPane, Math.max(DETAIL_LINES, detail.length))
        : DETAIL_LINES;
  const height = Math.max(3, dims.rows - CHROME - 1 - (paneLines - DETAIL_LINES));
  const ctx: Context = { view, layout, height, lesson, lessonPending };
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;

  useEffect(() => {
    setState((s) => reduce(s, 'resize', ctxRef.current));
  }, [layout, height]);

  // The lesson came after the view (see runTui): open the pane the reader asked for meanwhile.
  useEffect(() => {
    if (!lesson) return;
    stateRef.current = lessonArrived(stateRef.current, ctxRef.current);
    setState(stateRef.current);
  }, [lesson]);

  useInput((input, key) => {
    // Keys typed quickly (or held down) can arrive as one chunk: `nn` is two presses of n.
    const names =
      !key.ctrl && !key.meta && input.length > 1 && /^[\x21-\x7e]+$/.test(input)
        ? [...input].map((ch) => keyName(ch, {}))
        : [keyName(input, key)];
    for (const name of names) {
      const action = actionFor(stateRef.current.mode, name);
      if (!action) continue;
      if (action === 'quit') {
        exit();
        return;
      }
      stateRef.current = reduce(stateRef.current, action, ctxRef.current);
    }
    setState(stateRef.current);
  });

  const width = dims.columns;
  const top = Math.max(0, Math.min(state.top, layout.lines.length - height));
  const visible = layout.lines.slice(top, top + height);
  // The help takes the lines it needs (scrolling when the screen is short); the text goes on below it.
  const help = state.mode === 'help' ? helpWindow(helpLines(width), state.helpTop, height, width) : null;
  if (help && help.length < height) help.push('─'.repeat(width));
  const body =
    state.mode === 'help'
      ? null
      : state.mode === 'filter'
        ? filterLines(view, state, width)
        : state.mode === 'facts' && lesson
          ? helpWindow(
              lesson.facts.map((l) => truncate(l, width)),
              state.helpTop,
              height,
              width,
              'lines',
            )
          : null;
  const question = state.mode === 'questions' ? lesson?.questions[state.question] : undefined;
  const evidence = new Map<number, number>();
  for (const e of question?.evidence ?? []) if (!evidence.has(e.row)) evidence.set(e.row, e.rank);
  const currentEvidence = question?.evidence[state.evidence]?.row ?? null;
  const pane = question ? questionLines(lesson!, state, width) : foldDetail(detail, paneLines, width);
  const shown = help ? visible.slice(0, height - help.length) : visible;

  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-end">
        {truncate(`Gloss compare — ${view.titleA} → ${view.titleB}`, width)}
      </Text>
      <Text wrap="truncate-end">{truncate(view.summary, width)}</Text>
      <Legend color={color} width={width} />
      <ColumnTitles view={view} layout={layout} focus={state.focus} width={width} />
      {help?.map((l, k) => (
        <Text key={`h${k}`} wrap="truncate-end">
          {l === '' ? ' ' : l}
        </Text>
      ))}
      {body
        ? padLines(body, height).map((l, k) => (
            <Text key={k} wrap="truncate-end">
              {l}
            </Text>
          ))
        : padLines(shown, height - (help?.length ?? 0)).map((line, k) =>
            line === '' ? (
              <Text key={k}> </Text>
            ) : (
              <BodyLine
                key={k}
                line={line}
                layout={layout}
                state={state}
                view={view}
                color={color}
                evidence={evidence.get(line.row) ?? null}
                current={currentEvidence === line.row}
                first={layout.rowStart[line.row] === top + k}
              />
            ),
          )}
      <Text dimColor={color} wrap="truncate-end">
        {'─'.repeat(width)}
      </Text>
      {padLines(pane.slice(0, paneLines), paneLines).map((l, k) => (
        <Text key={k} wrap="truncate-end">
          {l === '' ? ' ' : l}
        </Text>
      ))}
      <Status
        view={view}
        state={state}
        layout={layout}
        top={top}
        height={height}
        width={width}
        lesson={lesson !== null || lessonPending}
      />
    </Box>
  );
}

function padLines<T>(lines: T[], n: number): (T | '')[] {
  const out: (T | '')[] = lines.slice(0, n);
  while (out.length < n) out.push('');
  return out;
}

/** The detail panel in `n` lines: when it has more, the last says so and how to see them. */
function foldDetail(lines: string[], n: number, width: number): string[] {
  if (lines.length <= n) return lines;
  return [
    ...lines.slice(0, n - 1),
    truncate(`… ${lines.length - n + 1} more lines: d shows them all`, width),
  ];
}

/** Word-wraps plain lines to the width. */
export function wrapPlain(lines: string[], width: number): string[] {
  return lines.flatMap((line) => wrapWords(line, width));
}

function Legend({ color, width }: { color: boolean; width: number }) {
  const items: [string, Span['mark'], string][] = [
    ['[-', 'delete', 'A only-]'],
    ['{+', 'silent', 'silent+}'],
    ['{+', 'bracketed', '[bracketed]+}'],
    ['{+', 'insert', 'labelled+}'],
    ['{✂', 'elided', 'cut…✂}'],
    ['', 'plain', '↷ moved  ⇆ split/merged  underline: finding'],
  ];
  let used = 0;
  const parts = [];
  for (const [open, mark, rest] of items) {
    const text = `${open}${rest}  `;
    if (used + stringWidth(text) > width) break;
    used += stringWidth(text);
    parts.push(
      <Text key={mark + rest} {...styleFor({ text, mark, edit: null, findings: [] }, false, color)}>
        {text}
      </Text>,
    );
  }
  return <Text wrap="truncate-end">{parts}</Text>;
}

function ColumnTitles({
  view,
  layout,
  focus,
  width,
}: {
  view: View;
  layout: Layout;
  focus: 'a' | 'b';
  width: number;
}) {
  const a = `${focus === 'a' ? '▶ ' : '  '}${view.titleA}`;
  const b = `${focus === 'b' ? '▶ ' : '  '}${view.titleB}`;
  if (layout.stacked) {
    const mark = (side: 'a' | 'b') => (focus === side ? '▶' : ' ');
    return (
      <Text bold wrap="truncate-end">
        {truncate(`stacked ${mark('a')}${view.titleA} ${mark('b')}${view.titleB}`, width)}
      </Text>
    );
  }
  return (
    <Text bold wrap="truncate-end">
      {' '.repeat(GUTTER)}
      {padEnd(truncate(a, layout.column), layout.column)}
      {SEPARATOR}
      {truncate(b, layout.column)}
    </Text>
  );
}

function isSelected(span: Span, state: State, view: View): boolean {
  const s = state.selection;
  if (!s) return false;
  if (s.type === 'edit') return span.edit === s.id;
  return span.findings.includes(s.index) && view.findings[s.index] !== undefined;
}

const COLORS: Record<Span['mark'], string | undefined> = {
  plain: undefined,
  delete: 'red',
  insert: 'green',
  silent: 'yellow',
  bracketed: 'cyan',
  elided: 'magenta',
  trivial: 'gray',
};

/** Text attributes for a span: colour only when allowed; underline and inverse are not colour. */
export function styleFor(span: Span, selected: boolean, color: boolean) {
  const props: {
    color?: string;
    bold?: boolean;
    underline?: boolean;
    inverse?: boolean;
    strikethrough?: boolean;
  } = {};
  const c = COLORS[span.mark];
  if (color && c) props.color = c;
  if (span.mark === 'silent') props.bold = true;
  if (span.findings.length > 0) props.underline = true;
  if (selected) props.inverse = true;
  return props;
}

function Spans({
  spans,
  state,
  view,
  color,
  dimmed,
}: {
  spans: Span[];
  state: State;
  view: View;
  color: boolean;
  dimmed: (s: Span) => boolean;
}) {
  return (
    <>
      {spans.map((span, k) => (
        <Text
          key={k}
          {...(dimmed(span) ? { dimColor: true } : styleFor(span, isSelected(span, state, view), color))}
        >
          {span.text}
        </Text>
      ))}
    </>
  );
}

function BodyLine({
  line,
  layout,
  state,
  view,
  color,
  evidence,
  current,
  first,
}: {
  line: Line;
  layout: Layout;
  state: State;
  view: View;
  color: boolean;
  /** Rank of the evidence sentence on this row for the picked question, or null. */
  evidence: number | null;
  current: boolean;
  /** The first screen line of its row. */
  first: boolean;
}) {
  // Changes outside the filter are shown plainly (dimmed), so the filter reads at a glance.
  const dimmed = (s: Span) => {
    if (state.filter === 'all' || s.edit === null) return false;
    const e = view.edits.find((x) => x.id === s.edit);
    return e !== undefined && !editMatches(e, state.filter);
  };
  const gutter =
    evidence !== null ? `${current ? '▶' : first ? String(Math.min(evidence, 9)) : '│'} ` : `${line.gutter} `;
  const lit = evidence !== null;
  if (lit) {
    const spans = line.side === 'a' ? line.left : line.right;
    const rest = line.side === 'both' ? line.right : spans;
    const left = line.side === 'both' ? line.left : [];
    const leftWidth = left.reduce((w, s) => w + stringWidth(s.text), 0);
    return (
      <Text wrap="truncate-end">
        <Text bold inverse={current}>
          {gutter}
        </Text>
        {line.side === 'both' ? (
          <>
            <Spans spans={left} state={state} view={view} color={color} dimmed={dimmed} />
            {' '.repeat(Math.max(0, layout.column - leftWidth))}
            {SEPARATOR}
          </>
        ) : null}
        <Text bold {...(color ? { backgroundColor: 'blue' } : {})}>
          <Spans spans={rest} state={state} view={view} color={color} dimmed={dimmed} />
        </Text>
      </Text>
    );
  }
  if (line.side !== 'both') {
    const spans = line.side === 'a' ? line.left : line.right;
    return (
      <Text wrap="truncate-end">
        <Text bold>{gutter}</Text>
        <Spans spans={spans} state={state} view={view} color={color} dimmed={dimmed} />
      </Text>
    );
  }
  const leftWidth = line.left.reduce((w, s) => w + stringWidth(s.text), 0);
  return (
    <Text wrap="truncate-end">
      <Text bold>{gutter}</Text>
      <Spans spans={line.left} state={state} view={view} color={color} dimmed={dimmed} />
      {' '.repeat(Math.max(0, layout.column - leftWidth))}
      {SEPARATOR}
      <Spans spans={line.right} state={state} view={view} color={color} dimmed={dimmed} />
    </Text>
  );
}

/** The questions pane: the picked question, the list, its evidence and its audit. */
function questionLines(lesson: LessonView, state: State, width: number): string[] {
  const q = lesson.questions[state.question];
  if (!q) return [];
  const list = lesson.questions.map((x, k) => (k === state.question ? `[${x.id}]` : x.id)).join(' ');
  const ev = q.evidence[state.evidence];
  const lines = [
    `Questions (↑/↓ pick, n next evidence, w 5W and sources, Esc close): ${list}`,
    `${q.id}. ${q.text}  — ${q.kind}: ${q.kindReason}`,
    q.evidence.length > 0
      ? `Evidence ${state.evidence + 1} of ${q.evidence.length} (lit up in the text, ${ev?.layer === 'editorial' ? "in the site's own words" : "in the reporter's text"}): ${ev?.text ?? ''}`
      : 'No sentence of the article answers this question.',
    ...(q.audit.length > 0
      ? [`Audit of the question (${q.audit.length}):`, ...q.audit.map((a) => `  • ${a}`)]
      : ['Audit: nothing to flag in the question’s wording.']),
  ];
  return wrapPlain(lines, width);
}

function filterLines(view: View, state: State, width: number): string[] {
  const out = ['Filter changes by kind, or changes and findings by family (Enter applies, Esc cancels):', ''];
  FILTERS.forEach((f, k) => {
    const n = view.edits.filter((e) => editMatches(e, f)).length;
    const cursor = k === state.menu ? '▶' : ' ';
    const active = f === state.filter ? ' (current)' : '';
    out.push(truncate(`${cursor} ${f.padEnd(10)} ${String(n).padStart(4)} changes${active}`, width));
  });
  return out;
}

function Status({
  view,
  state,
  layout,
  top,
  height,
  width,
  lesson,
}: {
  view: View;
  state: State;
  layout: Layout;
  top: number;
  height: number;
  width: number;
  lesson: boolean;
}) {
  const sel = state.selection;
  const where =
    sel?.type === 'edit'
      ? `change ${sel.id}/${view.edits.length}`
      : sel?.type === 'finding'
        ? `finding ${sel.index + 1}/${view.findings.length}`
        : `${view.edits.length} changes`;
  const pct = layout.lines.length <= height ? 100 : Math.round(((top + height) / layout.lines.length) * 100);
  const line = statusLine(
    {
      where,
      percent: `${Math.min(100, pct)}%`,
      filter: state.filter,
      focus: state.focus,
      message: state.message,
      lesson,
    },
    width,
  );
  return (
    <Text inverse wrap="truncate-end">
      {line}
    </Text>
  );
}
