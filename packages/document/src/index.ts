export { INSERTION_EXPLANATIONS } from './brackets.ts';
export { compromise } from './compromise.ts';
export { decodeInput, InputError, looksBinaryText } from './decode.ts';
export { wireToInput } from './layers.ts';
export { parseDocument } from './parse.ts';
export { CUE_VERBS } from './quotes.ts';
export {
  classifySpeaker,
  firstNameGender,
  isNamedSpeaker,
  isOpenerWord,
  isTitleWord,
  type SpeakerClass,
} from './speakers.ts';
export { leaves } from './tree.ts';
export type * from './types.ts';
export { blockIndexAt, type VoiceAt, voiceAt } from './voice.ts';
export { countWords, forEachWord, lineColumn, wordRanges } from './words.ts';
