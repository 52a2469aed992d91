/**
 * Word lists for the lesson passes, each with where it comes from. Kept as
 * data: the passes read them, and nothing here is specific to one article.
 */
import { CUE_VERBS } from '@gloss/document';

/**
 * Head words that make a capitalised name a government body.
 * Source: USA.gov A–Z index of U.S. government departments and agencies
 * (https://www.usa.gov/agency-index) and GOV.UK's list of departments
 * (https://www.gov.uk/government/organisations): the head nouns their names use.
 */
export const AGENCY_HEADS: ReadonlySet<string> = new Set([
  'administration',
  'agency',
  'army',
  'authority',
  'bureau',
  'cabinet',
  'command',
  'commission',
  'congress',
  'council',
  'court',
  'department',
  'enforcement',
  'force',
  'government',
  'guard',
  'investigations',
  'ministry',
  'navy',
  'office',
  'parliament',
  'patrol',
  'pentagon',
  'police',
  'senate',
  'treasury',
]);

/**
 * Head words of other organisations (companies, groups, institutions).
 * Source: the organisation suffixes compromise recognises
 * (compromise/src/3-three/nouns/find/organization.js) plus common group nouns.
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'association',
  'bank',
  'board',
  'club',
  'committee',
  'company',
  'corp',
  'corporation',
  'federation',
  'foundation',
  'fund',
  'group',
  'inc',
  'institute',
  'league',
  'ltd',
  'oversight',
  'party',
  'post',
  'times',
  'journal',
  'herald',
  'tribune',
  'magazine',
  'services',
  'society',
  'union',
  'university',
]);

/**
 * Acronyms of government bodies, with their expansions.
 * Source: USA.gov agency index (https://www.usa.gov/agency-index); AP Stylebook
 * entries for CIA, FBI, ICE, NSA, DHS (acronyms acceptable on second reference).
 */
export const AGENCY_ACRONYMS: Readonly<Record<string, string>> = {
  CBP: 'Customs and Border Protection',
  CIA: 'Central Intelligence Agency',
  DHS: 'Department of Homeland Security',
  DOD: 'Department of Defense',
  DOJ: 'Department of Justice',
  EPA: 'Environmental Protection Agency',
  FAA: 'Federal Aviation Administration',
  FBI: 'Federal Bureau of Investigation',
  FDA: 'Food and Drug Administration',
  FTC: 'Federal Trade Commission',
  HSI: 'Homeland Security Investigations',
  ICE: 'Immigration and Customs Enforcement',
  IRS: 'Internal Revenue Service',
  NASA: 'National Aeronautics and Space Administration',
  NHS: 'National Health Service',
  NSA: 'National Security Agency',
  SEC: 'Securities and Exchange Commission',
};

/**
 * Names that stand for a body by metonymy or an established short form.
 * Source: AP Stylebook ("Pentagon", "Defense Department": both acceptable for the
 * Department of Defense; "White House" for the presidency's staff);
 * BBC News Style Guide ("Downing Street", "Whitehall").
 */
export const METONYMS: readonly { name: string; forms: readonly string[] }[] = [
  { name: 'Department of Defense', forms: ['Pentagon', 'Defense Department', 'Defence Department', 'DoD'] },
  { name: 'Department of Homeland Security', forms: ['Homeland Security Department', 'DHS'] },
  { name: 'Department of Justice', forms: ['Justice Department', 'DoJ'] },
  { name: 'Department of State', forms: ['State Department'] },
  { name: 'Prime Minister’s Office', forms: ['Downing Street', 'Number 10', 'No 10'] },
];

/**
 * Capitalised tokens that are not names: acronyms of things, titles, and
 * sentence openers compromise sometimes leaves untagged.
 * Source: own list from reading the seed and BBC leads; extend with care.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'AI',
  'CCTV',
  'CEO',
  'DNA',
  'GDP',
  'ID',
  'IT',
  'OK',
  'PC',
  'TV',
  'UN',
  'NOTE',
  'I',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Asked',
  'Officials',
  'Hundreds',
  'Thousands',
  'Civil',
  'Its',
  'It',
  'The',
  'This',
  'That',
  'These',
  'Those',
  'He',
  'She',
  'They',
  'We',
  'If',
  'But',
  'And',
  'Or',
  'At',
  'In',
  'On',
  'From',
  'No',
  'Each',
  'Experts',
  'Daily',
  'Get',
  'Free',
  'Answers',
]);

/**
 * Nouns after a name that make it a product or programme rather than an organisation.
 * Source: own list (product descriptors in technology and business reporting).
 */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'app',
  'engine',
  'platform',
  'program',
  'programme',
  'search',
  'software',
  'system',
  'tool',
  'tools',
  'video',
  'device',
  'initiative',
]);

/**
 * Cue forms a paraphrase needs that the document's list of verbs of saying (`CUE_VERBS`) leaves
 * out: verbs of belief and estimate ("advocates worry that …", "analysts estimate …") and the
 * plain present after a plural subject ("critics warn that …"). Source: the reporting verbs of
 * Krestel, Bergler & Witte (2008), "Minding the Source: Automatic Tagging of Reported Speech in
 * Newspaper Articles", LREC, Table 1.
 */
const PARAPHRASE_FORMS = `believe believes believed believing fear fears feared fearing worry worries worried
estimate estimates estimated predict predicted argue warn claim insist add note explain state suggest
complain contend maintain declare assert acknowledge admit announce confirm deny report`.split(/\s+/);

/** "asked" introduces a question or a request ("who asked not to be named"), not a claim. */
const NOT_PARAPHRASE: ReadonlySet<string> = new Set(['ask', 'asked', 'asks', 'asking']);

/**
 * Every form of a cue verb of attribution, each mapped to itself: the document's verbs of saying
 * (`CUE_VERBS` from `@gloss/document`, the one list quotations use) plus the forms above.
 */
export const CUE_FORMS: Readonly<Record<string, string>> = Object.fromEntries(
  [...CUE_VERBS, ...PARAPHRASE_FORMS].filter((w) => !NOT_PARAPHRASE.has(w)).map((w) => [w, w]),
);

/**
 * Group nouns that name nobody in particular (vague attribution).
 * Source: Wikipedia Manual of Style, "Unsupported attributions" (MOS:WEASEL),
 * and the weasel-word list of Gloss's analysis package.
 */
export const VAGUE_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'activists',
  'advocates',
  'citizens',
  'doctors',
  'economists',
  'fans',
  'lawyers',
  'locals',
  'members',
  'neighbours',
  'neighbors',
  'parents',
  'protesters',
  'residents',
  'students',
  'teachers',
  'voters',
  'witnesses',
  'analysts',
  'campaigners',
  'critics',
  'experts',
  'observers',
  'officials',
  'opponents',
  'people',
  'researchers',
  'scientists',
  'sources',
  'supporters',
  'workers',
  'employees',
  'groups',
  'many',
  'some',
  'others',
]);

/**
 * Time words for the lead's "when".
 * Source: the TIMEX2 annotation guidelines (Ferro et al., 2005, "TIDES 2005 Standard
 * for the Annotation of Temporal Expressions"): months, days, seasons, units, deictics.
 */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const SEASONS = ['spring', 'summer', 'autumn', 'fall', 'winter'];
export const TIME_UNITS = ['day', 'week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century'];
export const DEICTIC_TIMES = [
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'recently',
  'earlier',
  'overnight',
];
