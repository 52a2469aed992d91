/** What every rule folder imports: the factory, helpers and citations. */
export { defineRule, docsUrl, inName, reportMatches } from '../rule.ts';
export type { LexiconEntry, Match, RuleContext } from '../rule.ts';
export * from './sources.ts';
