export { classifyInsertion, INSERTION_EXPLANATIONS } from './brackets.ts';
export { holdsVerb, lexiconTags } from './verb-tagger.ts';
export { compromise } from './compromise.ts';
export { showControls } from './controls.ts';
export { decodeInput, InputError, looksBinaryText } from './decode.ts';
export { PLACE_NAMES } from './gazetteer-data.ts';
export type { HtmlText } from './html.ts';
export { wireToInput } from './layers.ts';
export { parseDocument } from './parse.ts';
export { SCHEMAS } from './schemas.ts';
export { sentenceIndexAt } from './sentences.ts';
export { type Dateline, isTitleCase, matchDateline } from './structure.ts';
export { CUE_VERBS, speakerBefore } from './quotes.ts';
export {
  classifySpeaker,
  firstNameGender,
  isNamedSpeaker,
  isOpenerWord,
  isPollShare,
  isTitleWord,
  isUnnamedPeople,
  type SpeakerClass,
} from './speakers.ts';
export { leaves } from './tree.ts';
export type * from './types.ts';
export { blockIndexAt, type VoiceAt, voiceAt } from './voice.ts';
export { countWords, forEachWord, formatCount, lineColumn, lineLocator, wordRanges } from './words.ts';

/**
 * Reading HTML pages (`readHtml`, `htmlToText`, `HTML_LIMITS`). Readability and linkedom are
 * loaded on the first call, so reading plain text never pays for them.
 */
export function loadHtmlReader(): Promise<typeof import('./html.ts')> {
  return import('./html.ts');
}
