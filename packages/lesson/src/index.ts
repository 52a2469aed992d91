export type * from './types.ts';
export { LEAD_ROLES } from './types.ts';
