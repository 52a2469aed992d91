export { App, type AppProps, styleFor, wrapPlain } from './App.tsx';
export { ESSENTIAL_KEYS, helpLines, helpWindow, type StatusParts, statusLine } from './chrome.ts';
export { detailLines } from './detail.ts';
export {
  type ActionName,
  actionFor,
  type Binding,
  displayKey,
  KEYMAP,
  type KeyInfo,
  keyName,
  type Mode,
} from './keymap.ts';
export { buildLessonView, type LessonView, type QuestionView } from './lesson.ts';
export { type Layout, type Line, layoutView, STACK_BELOW, wrapSpans } from './layout.ts';
export {
  buildView,
  MARKERS,
  type Mark,
  type Span,
  type View,
  type ViewFinding,
  type ViewRow,
} from './model.ts';
export { runTui, type TuiOptions } from './run.tsx';
export {
  type Context,
  editMatches,
  FILTERS,
  type Filter,
  findingMatches,
  initialState,
  lessonArrived,
  reduce,
  type Selection,
  selectedRow,
  type State,
} from './state.ts';
export { charWidth, sanitize, stringWidth, truncate } from './text.ts';
