export type * from './types.ts';
export { LEAD_ROLES } from './types.ts';
export { buildLesson } from './build.ts';
export { findTimes } from './time.ts';
