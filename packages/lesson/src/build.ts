import type { Analysis } from '@gloss/analysis';
import type { GlossDocument } from '@gloss/document';
import { articleBlocks, findEntities } from './entities.ts';
import { findLead } from './lead.ts';
import { tagRanges } from './nlp.ts';
import { findQuestions } from './questions.ts';
import { findSources } from './sources.ts';
import type { Lesson } from './types.ts';

/**
 * Everything a teacher needs from one article. Pure: same document and
 * analysis in, same lesson out. `analysis` may be null (no loaded-wording audit).
 */
export function buildLesson(doc: GlossDocument, analysis: Analysis | null): Lesson {
  // compromise is most of a lesson's time: only the article (title and body) is tagged.
  const tagged = tagRanges(
    doc.text,
    articleBlocks(doc).map((b) => doc.blocks[b]!.range),
  );
  const entities = findEntities(doc, tagged);
  const lead = findLead(doc, entities, tagged);
  const { quotes, attributions, sources, sourcing } = findSources(doc, entities);
  const questions = findQuestions(doc, entities, analysis, lead, quotes, attributions);
  return { lead, entities, quotes, attributions, sources, sourcing, questions };
}
