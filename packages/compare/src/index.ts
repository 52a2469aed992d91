export { alignUnits, dice, longestIncreasing, type Unit } from './align.ts';
export { type CompareOptions, compareVersions, compareWireLayer, mapBack, type Version } from './compare.ts';
export { summaryLine } from './summary.ts';
export { normaliseKey, type Token, tokenise } from './tokens.ts';
export type * from './types.ts';
export * from './versions/index.ts';
