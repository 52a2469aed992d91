/**
 * Word lists behind quote attribution: the cue verbs, the closed-class words a speaker's noun
 * phrase can never start or end with, role and title words, and gender evidence. Plain data,
 * written for Gloss from general English grammar and news style (AP Stylebook titles); no
 * corpus text.
 */

import { PERSON_NOUN_LIST } from './person-nouns.ts';

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Nouns whose most frequent sense is a person (WordNet 3.1, generated: see person-nouns.ts). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(words(PERSON_NOUN_LIST));

/** An English plural: `chairman` → `chairmen`, `deputy` → `deputies`, `boss` → `bosses`. */
function plural(w: string): string {
  if (/(?:^|[^u])man$/.test(w)) return `${w.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

/** Verbs of saying, every form a news sentence uses with a quotation or a paraphrase. */
export const CUE_VERBS: readonly string[] = words(`
  said says say saying wrote writes writing write added adds adding told tells telling tell
  asked asks asking explained explains explaining stated states noted notes noting
  argued argues arguing claimed claims insisted insists insisting declared declares replied replies
  answered answers continued continues warned warns warning recalled recalls recalling acknowledged
  acknowledges admitted admits tweeted tweets posted remarked commented announced announces
  testified testifies suggested suggests conceded concedes contended contends maintained maintains
  concluded observed emphasized emphasised stressed stresses cautioned complained complains boasted
  promised vowed urged urges shouted yelled joked quipped predicted predicts responded responds
  countered counters mused lamented laments reiterated retorted pleaded demanded demands alleged
  alleges charged asserted asserts reasoned reflected reported reports underscored wondered
  proclaimed recounted whispered screamed chanted cried exclaimed confirmed confirms
  denied denies disclosed revealed pointed agreed agrees disagreed cheered thundered
  opined scoffed sniped griped fumed gushed state sang sings chanting chant reads read echoed echoes reacted riffed surmised interjected
  indicated indicates signaled signalled hinted`);

/** Words that open no speaker's noun phrase: prepositions, conjunctions, wh-words, adverbs. */
export const NOT_SPEAKER_START: ReadonlySet<string> = new Set(
  words(`
  about above across after against along amid among around as at before behind below beneath
  beside besides between beyond by despite during except following for from in inside into like
  near of off on onto outside over past per since than through throughout till to toward towards
  under underneath unlike until up upon via with within without
  and or but nor so yet if although though because unless whereas while whilst when whenever where
  wherever whether once
  who whom whose which what that whatever whoever how why
  also then there here now still just even only again later earlier meanwhile however moreover
  instead indeed thus hence therefore yesterday today tonight tomorrow recently previously
  not never always often
  this these those such
  is are was were be been being has have had do does did will would shall should can could may
  might must
  to
  said says told asked added wrote`),
);

/** Words that end no speaker's noun phrase. */
export const NOT_SPEAKER_END: ReadonlySet<string> = new Set(
  words(`
  the a an his her its their our my your this that these those of to in on at for from with by
  and or but as than about into over after before during said says told asked added also then
  has have had is are was were be been will would can could may might must not`),
);

/** Personal pronouns that stand for a speaker; resolved to an earlier mention. */
export const PRONOUN_GENDER: Readonly<Record<string, 'm' | 'f' | 'plural' | 'thing' | 'any'>> = {
  he: 'm',
  she: 'f',
  they: 'plural',
  we: 'plural',
  it: 'thing',
  i: 'any',
};

/** Titles written before a name, mapped to the role word a later descriptor uses. */
export const TITLES: Readonly<Record<string, string>> = {
  mr: 'mr',
  mrs: 'mrs',
  ms: 'ms',
  miss: 'miss',
  dr: 'doctor',
  prof: 'professor',
  professor: 'professor',
  sen: 'senator',
  sens: 'senator',
  senator: 'senator',
  rep: 'representative',
  reps: 'representative',
  representative: 'representative',
  congressman: 'congressman',
  congresswoman: 'congresswoman',
  gov: 'governor',
  governor: 'governor',
  gen: 'general',
  general: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  capt: 'captain',
  adm: 'admiral',
  sgt: 'sergeant',
  president: 'president',
  'vice-president': 'president',
  vice: 'vice',
  chancellor: 'chancellor',
  secretary: 'secretary',
  minister: 'minister',
  premier: 'premier',
  mayor: 'mayor',
  judge: 'judge',
  justice: 'justice',
  attorney: 'attorney',
  archbishop: 'archbishop',
  bishop: 'bishop',
  cardinal: 'cardinal',
  pope: 'pope',
  rev: 'reverend',
  reverend: 'reverend',
  father: 'father',
  rabbi: 'rabbi',
  imam: 'imam',
  king: 'king',
  queen: 'queen',
  prince: 'prince',
  princess: 'princess',
  lord: 'lord',
  lady: 'lady',
  sir: 'sir',
  dame: 'dame',
  chief: 'chief',
  speaker: 'speaker',
  leader: 'leader',
  coach: 'coach',
  manager: 'manager',
  officer: 'officer',
  detective: 'detective',
  inspector: 'inspector',
  sheriff: 'sheriff',
  ambassador: 'ambassador',
  commissioner: 'commissioner',
  chairman: 'chairman',
  chairwoman: 'chairwoman',
  ceo: 'ceo',
  nominee: 'nominee',
  candidate: 'candidate',
  adviser: 'adviser',
  advisor: 'adviser',
};

/** Gender that a title or role word tells, where it tells one. */
export const GENDER_WORDS: Readonly<Record<string, 'm' | 'f'>> = {
  mr: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  sir: 'm',
  lord: 'm',
  lady: 'f',
  dame: 'f',
  king: 'm',
  queen: 'f',
  prince: 'm',
  princess: 'f',
  congressman: 'm',
  congresswoman: 'f',
  chairman: 'm',
  chairwoman: 'f',
  spokesman: 'm',
  spokeswoman: 'f',
  businessman: 'm',
  businesswoman: 'f',
  man: 'm',
  woman: 'f',
  boy: 'm',
  girl: 'f',
  father: 'm',
  mother: 'f',
  husband: 'm',
  wife: 'f',
  son: 'm',
  daughter: 'f',
  brother: 'm',
  sister: 'f',
  actor: 'm',
  actress: 'f',
  grandfather: 'm',
  grandmother: 'f',
  widow: 'f',
  widower: 'm',
  uncle: 'm',
  aunt: 'f',
  nephew: 'm',
  niece: 'f',
  archbishop: 'm',
  pope: 'm',
  cardinal: 'm',
  rabbi: 'm',
};

/**
 * Common first names that tell a gender (the most frequent given names in the US and UK,
 * from the public US Social Security and ONS name tables), used only to pick the antecedent
 * of `he`/`she` among nearby names.
 */
export const FIRST_NAME_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...words(`
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
    edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
    benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam
    nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
    gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
    logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason jeremy
    philip louis bernie bill mike jim tom tim chris rick ben dan jeb marco rand newt mitt
    barack tony gordon nigel boris keir rishi ed nick hugh ian neil graham alastair
    vladimir emmanuel justin`).map((n) => [n, 'm'] as [string, 'm']),
  ...words(`
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
    margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
    nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
    diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan
    andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
    jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella
    diana natalie brittany charlotte marie kayla alexis lori hillary kamala nikki carly
    condoleezza sonia hilary liz nicola priti yvette harriet tessa clare kate jane sue anne jo
    claire fiona`).map((n) => [n, 'f'] as [string, 'f']),
]);

/** Head nouns of speakers that name nobody in particular: roles (anonymous) and groups (vague). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...words(`
  official spokesman spokeswoman spokesperson source aide staffer executive employee worker person
  insider representative officer analyst expert adviser advisor diplomat lawmaker member resident
  witness man woman someone somebody observer strategist operative insider agent investigator
  prosecutor lawyer attorney doctor nurse teacher student engineer scientist researcher economist
  activist critic supporter opponent voter donor fan neighbour neighbor friend relative colleague
  manager director consultant husband wife son daughter mother father brother sister widow widower
  grandfather grandmother uncle aunt cousin rival`),
]);

/** Plural group nouns: a speaker headed by one of these is vague (“critics”, “officials”). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  ...words(`
  officials sources aides staffers executives employees workers people persons insiders
  representatives officers analysts experts advisers advisors diplomats lawmakers members residents
  witnesses observers strategists operatives agents investigators prosecutors lawyers attorneys
  doctors nurses teachers students engineers scientists researchers economists activists critics
  supporters opponents voters donors fans neighbours neighbors friends relatives colleagues
  managers directors consultants advocates citizens locals parents protesters protestors
  campaigners leaders others some many several hundreds dozens thousands millions scores`),
]);

/**
 * Whether a word is the plural of one of {@link PERSON_NOUNS}: a group of people (`campaigners`,
 * `pensioners`). The singular is derived from the word, not a second set built at start-up.
 */
export function isPersonPlural(w: string): boolean {
  if (!w.endsWith('s') && !w.endsWith('men')) return false;
  for (const singular of [`${w.slice(0, -3)}man`, `${w.slice(0, -3)}y`, w.slice(0, -2), w.slice(0, -1)])
    if (PERSON_NOUNS.has(singular) && plural(singular) === w) return true;
  return false;
}

/** Words that make a capitalised name an organisation or a place, not a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  words(`
  committee party department ministry office house court council association union university
  college school institute foundation fund bank group company corporation corp inc ltd llc news
  times post journal press network agency commission board authority administration campaign
  government parliament congress senate assembly league club team church society service services
  center centre hospital police army navy force forces organization organisation alliance
  coalition federation trust industries airlines motors media magazine radio television tv
  street city county state states republic kingdom nations times tribune herald guardian telegraph
  reuters bloomberg`),
);
