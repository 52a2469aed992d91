import type { Analysis } from '@gloss/analysis';
import type { GlossDocument } from '@gloss/document';
import { findEntities } from './entities.ts';
import { findLead } from './lead.ts';
import { tagText } from './nlp.ts';
import { findQuestions } from './questions.ts';
import { findSources } from './sources.ts';
import type { Lesson } from './types.ts';

/**
 * Everything a teacher needs from one article. Pure: same document and
 * analysis in, same lesson out. `analysis` may be null (no loaded-wording audit).
 */
export function buildLesson(doc: GlossDocument, analysis: Analysis | null): Lesson {
  const tagged = tagText(doc.text);
  const entities = findEntities(doc, tagged);
  const lead = findLead(doc, entities, tagged);
  const { quotes, attributions, sources, sourcing } = findSources(doc, entities);
  const questions = findQuestions(doc, entities, analysis, lead, quotes, attributions);
  return { lead, entities, quotes, attributions, sources, sourcing, questions };
}
