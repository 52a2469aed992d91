export { escapeHtml, escapeTerminal } from './escape.ts';
export { styles, type Styles } from './ansi.ts';
export { formatAnalysisPretty, type PrettyOptions } from './analysis-pretty.ts';
export { editLabel, editSentence, findingLine, rowPlace } from './compare-describe.ts';
export { formatCompareJson } from './compare-json.ts';
export { type ComparePrettyOptions, formatComparePretty } from './compare-pretty.ts';
export { formatCompareText } from './compare-text.ts';
