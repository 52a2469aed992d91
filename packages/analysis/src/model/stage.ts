import type { GlossDocument } from '@gloss/document';
import type { RawMatch } from '../engine/automaton.ts';
import type { Tokens } from '../engine/tokens.ts';
import type { Rule } from '../rule.ts';
import { lexiconBits, type TokenContext, tokenContext } from './features.ts';

/**
 * The model stage's input, built from what the engine's single pass already has
 * (tokens and every rule's automaton hits): training and inference both call
 * this, so a feature means the same in both.
 */
export function modelContext(
  rules: readonly Rule[],
  doc: GlossDocument,
  tokens: Tokens,
  byRule: readonly (readonly RawMatch[])[],
): TokenContext {
  return tokenContext(doc, tokens, lexiconBits(rules, byRule, tokens.count), rules);
}
