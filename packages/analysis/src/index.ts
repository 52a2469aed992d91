export type * from './types.ts';
export { ANALYSIS_SCHEMA, type AnalysisRecord, type RecordOptions, toAnalysisRecord } from './record.ts';
