export { escapeHtml, escapeTerminal } from './escape.ts';
export { styles, type Styles } from './ansi.ts';
export { formatAnalysisPretty, type PrettyOptions } from './analysis-pretty.ts';
