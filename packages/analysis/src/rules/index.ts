import type { Rule } from '../rule.ts';
import { agentlessPassive } from './agentless-passive/index.ts';
import { anonymousSource } from './anonymous-source/index.ts';
import { chargedModifier } from './charged-modifier/index.ts';
import { chargedVerb } from './charged-verb/index.ts';
import { contestedLabel } from './contested-label/index.ts';
import { contestedTerm } from './contested-term/index.ts';
import { euphemism } from './euphemism/index.ts';
import { editorializing } from './editorializing/index.ts';
import { evaluativeWord } from './evaluative-word/index.ts';
import { genderedTitle } from './gendered-title/index.ts';
import { hedge } from './hedge/index.ts';
import { intensifier } from './intensifier/index.ts';
import { loadedWord } from './loaded-word/index.ts';
import { puffery } from './puffery/index.ts';
import { scareQuote } from './scare-quote/index.ts';
import { soCalled } from './so-called/index.ts';
import { tiltedAttribution } from './tilted-attribution/index.ts';
import { vagueSource } from './vague-source/index.ts';

/**
 * The registry. Order matters once: when two `wording` findings overlap, the
 * one from the rule listed first wins (the specific label beats the generic
 * evaluative word).
 */
export const rules: readonly Rule[] = [
  contestedLabel,
  contestedTerm,
  euphemism,
  chargedVerb,
  chargedModifier,
  genderedTitle,
  puffery,
  editorializing,
  evaluativeWord,
  loadedWord,
  scareQuote,
  soCalled,
  tiltedAttribution,
  vagueSource,
  hedge,
  intensifier,
  anonymousSource,
  agentlessPassive,
];
