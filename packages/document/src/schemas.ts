/**
 * The `schema` id of every JSON output, in one place: a reader checks it, and it
 * changes only with an incompatible change (fields are only ever added within a version).
 */
export const SCHEMAS = {
  analysis: 'gloss.analysis/1',
  compare: 'gloss.compare/1',
  lesson: 'gloss.lesson/1',
} as const;
