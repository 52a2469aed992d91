export type * from './types.ts';
export { ANALYSIS_SCHEMA, type AnalysisRecord, type RecordOptions, toAnalysisRecord } from './record.ts';
export { analyzeDocument, defaultEngine, ruleList, type RuleInfo } from './analyze.ts';
export {
  type AnalyzeOptions,
  analyzeWith,
  createEngine,
  type Engine,
  tokenProbabilities,
} from './engine/analyze.ts';
export { dedupe, filter, sort } from './engine/steps.ts';
export { tokenize, type Tokens } from './engine/tokens.ts';
export {
  defineRule,
  docsUrl,
  type LexiconEntry,
  type Lean,
  type Rule,
  type RuleContext,
  type RuleMeta,
} from './rule.ts';
export { rules } from './rules/index.ts';
export {
  type Fold,
  fmix32,
  fnv1a,
  gapUpper,
  hashString,
  foldOf,
  WordingModel,
  type WordingModelFile,
  wilson,
  wordingModel,
  wordingModelInfo,
} from './model/index.ts';
