/** Citations shared by the word lists. Each entry of a list names one of these (or its own). */
export const AP = 'The Associated Press Stylebook';
export const AP_URL = 'https://www.apstylebook.com/';
export const AP_IMMIGRATION =
  'AP Stylebook, “illegal immigration” (2013): “illegal” describes an action, not a person';
export const AP_ABORTION =
  'AP Stylebook, “abortion”: use “anti-abortion” and “abortion-rights”, not “pro-life” or “pro-choice”';
export const AP_EXTREMIST =
  'AP Stylebook, “extremist”, “far-right, far-left”: describe the specific views instead of a label';
export const REUTERS = 'Reuters Handbook of Journalism, “Standards and values: language”';
export const REUTERS_URL = 'https://www.reutersagency.com/en/reuters-handbook-of-journalism/';
export const BBC = 'BBC Editorial Guidelines, “Language when reporting terrorism” and impartiality guidance';
export const BBC_URL = 'https://www.bbc.co.uk/editorialguidelines/';
export const NPR = 'NPR Ethics Handbook, “Impartiality” and word-choice memos';
export const NPR_URL = 'https://www.npr.org/ethics';
export const GLAAD = 'GLAAD Media Reference Guide, “Terms to avoid”';
export const GLAAD_URL = 'https://glaad.org/reference/';
export const GENTZKOW =
  'Gentzkow & Shapiro, “What Drives Media Slant? Evidence from U.S. Daily Newspapers”, Econometrica 78(1), 2010: phrases that predict a speaker’s party';
export const GENTZKOW_URL = 'https://doi.org/10.3982/ECTA7195';
export const LUNTZ = 'Luntz, Words That Work (2007), on coined partisan terms such as “death tax”';
export const LAKOFF = 'Lakoff, Don’t Think of an Elephant! (2004), on framing by word choice';
export const MW = 'Merriam-Webster, usage labels (disparaging, often disparaging, informal)';
export const MW_URL = 'https://www.merriam-webster.com/';
export const SPINDE =
  'Spinde et al., “Automated identification of bias inducing words in news articles”, Information Processing & Management 58(3), 2021 (bias-word lexicon, Apache-2.0)';
export const SPINDE_URL = 'https://doi.org/10.1016/j.ipm.2021.102505';
export const RECASENS =
  'Recasens, Danescu-Niculescu-Mizil & Jurafsky, “Linguistic Models for Analyzing and Detecting Biased Language”, ACL 2013';
export const RECASENS_URL = 'https://aclanthology.org/P13-1162/';
export const VADER =
  'Hutto & Gilbert, “VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text”, ICWSM 2014 (lexicon, Apache-2.0 JavaScript port)';
export const VADER_URL = 'https://github.com/cjhutto/vaderSentiment';
export const WIKI_WTW =
  'Wikipedia Manual of Style, “Words to watch” (MOS:LABEL, MOS:WEASEL, MOS:SAID, MOS:PUFFERY)';
export const WIKI_WTW_URL = 'https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style/Words_to_watch';
export const ORWELL = 'Orwell, “Politics and the English Language” (1946), on euphemism';
export const MBIC_MODEL =
  'Gloss loaded-wording model (logistic regression over word, context, word-list, quotation and voice features), trained on MBIC: Spinde et al., “MBIC – A Media Bias Annotation Dataset Including Annotator Characteristics”, iConference 2021 (Apache-2.0); see docs/accuracy.md';
export const WIKI_PUFFERY = 'Wikipedia Manual of Style, “Words to watch”: puffery (MOS:PUFFERY, MOS:PEACOCK)';
export const WIKI_PUFFERY_URL =
  'https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style/Words_to_watch#Puffery';
export const WIKI_EDITORIAL =
  'Wikipedia Manual of Style, “Words to watch”: editorializing (MOS:EDITORIALIZING)';
export const WIKI_EDITORIAL_URL =
  'https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style/Words_to_watch#Editorializing';
export const WIKI_GNL = 'Wikipedia Manual of Style, “Gender-neutral language” (MOS:GNL)';
export const WIKI_GNL_URL = 'https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style#Gender-neutral_language';
export const APA_BIAS_FREE =
  'APA Publication Manual (7th ed.), “Bias-free language: gender”: use gender-neutral occupational titles';
export const APA_BIAS_FREE_URL =
  'https://apastyle.apa.org/style-grammar-guidelines/bias-free-language/gender';
