export { escapeHtml, escapeTerminal } from './escape.ts';
export { styles, type Styles } from './ansi.ts';
export { formatAnalysisPretty, type PrettyOptions } from './analysis-pretty.ts';
export { editLabel, editSentence, findingLine, rowPlace } from './compare-describe.ts';
export { formatCompareJson } from './compare-json.ts';
export { type ComparePrettyOptions, formatComparePretty } from './compare-pretty.ts';
export { formatCompareText } from './compare-text.ts';
export type { LessonFormatOptions } from './lesson-shared.ts';
export { formatLessonJson, LESSON_SCHEMA, lessonRecord } from './lesson-json.ts';
export { escapeMarkdown, formatLessonMarkdown } from './lesson-markdown.ts';
export { formatLessonHtml } from './lesson-html.ts';
export { type AnnotationOptions, codePointOffset, textUrn } from './annotations-shared.ts';
export { annotationsW3c, formatAnnotationsW3c } from './annotations-w3c.ts';
export { annotationsHypothesis, formatAnnotationsHypothesis } from './annotations-hypothesis.ts';
export {
  type CompareHtmlInput,
  type CompareHtmlVersion,
  EDIT_CLASS_LABELS,
  formatCompareHtml,
} from './compare-html.ts';
export {
  clusterId,
  formatVersionsJson,
  VERSIONS_SCHEMA,
  type VersionsCluster,
  type VersionsRecord,
  versionsCluster,
  versionsRecord,
  versionsRecordOf,
} from './versions-json.ts';
export { formatVersionsPretty } from './versions-pretty.ts';
