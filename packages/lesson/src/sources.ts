/**
 * Quotes and sourcing: every quotation of the article with its speaker and cue
 * verb (from the document model, with pronoun and "the official" references
 * resolved), paraphrased attributions ("advocates worry that …", "is believed
 * to"), and each source classed named / anonymous / vague.
 */
import {
  classifySpeaker,
  countWords,
  type GlossDocument,
  isPollShare,
  isTitleWord,
  type Quote,
  type Range,
  speakerBefore,
} from '@gloss/document';
import { CUE_FORMS, VAGUE_GROUP_NOUNS } from './data.ts';
import { articleBlocks } from './entities.ts';

import type { Attribution, Entity, LessonQuote, LessonSource, SourceClass, Sourcing, Span } from './types.ts';

const PRONOUNS = /^(?:he|she|they|it|we|i)$/i;
const ROLE_SINGULAR =
  /\b(?:official|spokesman|spokeswoman|spokesperson|source|executive|employee|worker|aide|insider|person|representative|officer|analyst|expert)\b/i;

interface Draft {
  source: LessonSource;
  key: string;
  head: string;
}

export function findSources(
  doc: GlossDocument,
  entities: Entity[],
): { quotes: LessonQuote[]; attributions: Attribution[]; sources: LessonSource[]; sourcing: Sourcing } {
  const text = doc.text;
  const article = new Set(articleBlocks(doc));
  const drafts: Draft[] = [];

  /**
   * The source of a statement. `resolved` is the mention the document model resolved a pronoun
   * or descriptor to (`the archbishop` → `Archbishop Desmond Tutu`): the source is keyed on it,
   * so one real-world speaker is one source however it is written.
   */
  const sourceFor = (speaker: Span, at: number, resolved: Span | null = null): Draft => {
    const ref = resolved ?? speaker;
    const entity = entityAt(entities, ref.range);
    const name = ref.text;
    // pronouns the document could not resolve: the last named source before this point
    if (PRONOUNS.test(name)) {
      const prev = [...drafts]
        .reverse()
        .find((d) => d.source.firstAt < at && (d.source.class === 'named' || /^(?:they|we)$/i.test(name)));
      if (prev) return prev;
    }
    const key =
      entity && isEntitySpeaker(name, entity) ? `entity:${entity.id}` : `name:${normalizeName(name)}`;
    let d =
      drafts.find((x) => x.key === key) ??
      drafts.find((x) => x.source.mentions.some((m) => m[0] === ref.range[0] && m[1] === ref.range[1]));
    // "the Amazon official" refers back to "An Amazon Web Service official …"
    if (!d && /^the\s/i.test(name)) {
      const head = headNoun(name);
      d = [...drafts].reverse().find((x) => x.head === head && sharesWord(x.source.name, name));
    }
    if (d) {
      for (const r of [ref.range, speaker.range])
        if (!d.source.mentions.some((m) => m[0] === r[0])) d.source.mentions.push(r);
      return d;
    }
    const { cls, reason } = classify(name, text.slice(ref.range[1], ref.range[1] + 90), entity);
    const source: LessonSource = {
      id: `src-${drafts.length + 1}`,
      name: cls === 'named' && entity?.kind === 'person' ? entity.name : name,
      class: cls,
      classReason: reason,
      entity: entity?.id ?? null,
      mentions: resolved ? [ref.range, speaker.range] : [speaker.range],
      quotes: 0,
      attributions: 0,
      quotedWords: 0,
      firstAt: at,
    };
    const draft = { source, key, head: headNoun(name) };
    drafts.push(draft);
    return draft;
  };

  const quotes: LessonQuote[] = [];
  for (const q of doc.quotes) {
    if (!article.has(q.block)) continue;
    const speaker = speakerOf(q, text);
    let source: string | null = null;
    // `21 percent said “…”`: the poll's finding, not a source (its quote keeps its speaker).
    if (speaker && q.speaker && q.kind !== 'scare' && !isPollShare(speaker.text)) {
      const resolved =
        q.speaker.resolvedFrom && q.speaker.range
          ? { range: q.speaker.range, text: text.slice(...q.speaker.range) }
          : null;
      const written = q.speaker.resolvedFrom ?? speaker;
      const d = sourceFor({ range: written.range, text: written.text }, q.range[0], resolved);
      d.source.quotes++;
      d.source.quotedWords += countWords(text, q.inner[0], q.inner[1]);
      d.source.firstAt = Math.min(d.source.firstAt, q.range[0]);
      source = d.source.id;
    }
    quotes.push({
      range: q.range,
      inner: q.inner,
      text: text.slice(...q.inner),
      kind: q.kind,
      speaker,
      cue: q.cue ? { verb: q.cue.verb, range: q.cue.range } : null,
      source,
      block: q.block,
    });
  }

  const attributions: Attribution[] = [];
  for (const s of doc.sentences) {
    if (!article.has(s.block)) continue;
    const sentence = text.slice(...s.range);
    const quoteCues = doc.quotes.filter(
      (q) => q.cue && q.cue.range[0] >= s.range[0] && q.cue.range[1] <= s.range[1],
    );
    // "X worry that …", "X said …": a cue verb within the first words, a speaker before it
    const words = [...sentence.matchAll(/[\p{L}\p{N}’'-]+/gu)].slice(0, 12);
    const cueIndex = words.findIndex((w, i) => i > 0 && (CUE_FORMS[w[0].toLowerCase()] ?? null) !== null);
    const cueWord = cueIndex > 0 ? words[cueIndex]! : null;
    if (cueWord && !quoteCues.length) {
      let subjectEnd = cueIndex;
      while (
        subjectEnd > 0 &&
        /^(?:has|have|had|also|now|often|still|long)$/i.test(words[subjectEnd - 1]![0])
      )
        subjectEnd--;
      const first = words[0]!;
      const last = words[subjectEnd - 1];
      // The document's noun phrase before the cue when it names an entity (`On Tuesday Foreign
      // Secretary Jack Straw` → `Foreign Secretary Jack Straw`), else the words before it.
      let np = last ? speakerBefore(text, s.range[0], s.range[0] + cueWord.index!) : null;
      if (np && !entityAt(entities, np)) np = null;
      if (last) {
        const sp = np ? np[0] : s.range[0] + first.index!;
        const spEnd = np ? np[1] : s.range[0] + last.index! + last[0].length;
        const phrase = text.slice(sp, spEnd);
        if (isSpeakerPhrase(phrase, entities, sp)) {
          const speaker: Span = { range: [sp, spEnd], text: phrase };
          const cueAt = s.range[0] + cueWord.index!;
          let contentStart = cueAt + cueWord[0].length;
          const that = /^\s+(?:that\s+)?/.exec(text.slice(contentStart, contentStart + 8));
          if (that) contentStart += that[0].length;
          const content = trimEnd(text, [contentStart, s.range[1]]);
          const d = sourceFor(speaker, s.range[0]);
          d.source.attributions++;
          d.source.firstAt = Math.min(d.source.firstAt, s.range[0]);
          attributions.push({
            range: s.range,
            speaker,
            cue: { verb: cueWord[0], range: [cueAt, cueAt + cueWord[0].length] },
            content: { range: content, text: text.slice(...content) },
            source: d.source.id,
            block: s.block,
          });
          continue;
        }
      }
    }
    // "is believed to", "is said to": a claim with its source left out
    const p =
      /\b(?:is|are|was|were)\s+(?:widely\s+)?(believed|said|thought|understood|reported|rumou?red|alleged)\s+to\b/i.exec(
        sentence,
      );
    if (p) {
      const at = s.range[0] + p.index;
      const speaker: Span = { range: [at, at + p[0].length - 3], text: p[0].slice(0, -3) };
      const d = sourceFor({ range: speaker.range, text: `unstated (“${speaker.text}”)` }, s.range[0]);
      d.source.name = `unstated (“${speaker.text}”)`;
      d.source.class = 'vague';
      d.source.classReason = `a passive "${p[1]}" hides who believes or says it`;
      d.source.attributions++;
      const content: Range = trimEnd(text, [at + p[0].length - 2, s.range[1]]);
      attributions.push({
        range: s.range,
        speaker,
        cue: { verb: p[1]!, range: [at + p[0].indexOf(p[1]!), at + p[0].indexOf(p[1]!) + p[1]!.length] },
        content: { range: content, text: text.slice(...content) },
        source: d.source.id,
        block: s.block,
      });
    }
    // "according to X"
    const acc = /\baccording to\s+((?:the\s+)?[^,.;]{2,60}?)(?=[,.;]|$)/i.exec(sentence);
    if (acc) {
      const at = s.range[0] + acc.index + acc[0].indexOf(acc[1]!);
      const speaker: Span = { range: [at, at + acc[1]!.length], text: acc[1]! };
      const d = sourceFor(speaker, s.range[0]);
      d.source.attributions++;
      const cueAt = s.range[0] + acc.index;
      attributions.push({
        range: s.range,
        speaker,
        cue: { verb: 'according to', range: [cueAt, cueAt + 12] },
        content: { range: s.range, text: sentence },
        source: d.source.id,
        block: s.block,
      });
    }
  }
  const sources = drafts.map((d) => d.source).sort((a, b) => a.firstAt - b.firstAt);
  sources.forEach((s, i) => {
    const old = s.id;
    s.id = `src-${i + 1}`;
    for (const q of quotes) if (q.source === old) q.source = `tmp-${s.id}`;
    for (const a of attributions) if (a.source === old) a.source = `tmp-${s.id}`;
  });
  for (const q of quotes) if (q.source) q.source = q.source.replace(/^tmp-/, '');
  for (const a of attributions) if (a.source) a.source = a.source.replace(/^tmp-/, '');
  attributions.sort((a, b) => a.range[0] - b.range[0]);
  return { quotes, attributions, sources, sourcing: summarise(sources) };
}

/** The speaker as the handout shows it: as written, but a resolved pronoun by the name it stands for. */
function speakerOf(q: Quote, text: string): Span | null {
  const s = q.speaker;
  if (!s) return null;
  if (s.resolvedFrom && !PRONOUNS.test(s.resolvedFrom.text)) return { ...s.resolvedFrom };
  if (s.range) return { range: s.range, text: text.slice(...s.range) };
  return { range: q.range, text: s.name };
}

function entityAt(entities: Entity[], r: Range): Entity | null {
  // a person named in the phrase ("council president Tom Lee", "Amazon’s Jeff Bezos") is the speaker
  for (const e of entities) {
    if (e.kind === 'person' && e.mentions.some((m) => m.range[0] >= r[0] && m.range[1] <= r[1])) return e;
  }
  for (const e of entities) {
    if (e.mentions.some((m) => m.range[0] >= r[0] && m.range[1] <= r[1])) return e;
  }
  // `Perry`, the speaker the document model found inside the mention `Mr. Perry`.
  for (const e of entities) {
    if (e.kind === 'person' && e.mentions.some((m) => m.range[0] <= r[0] && r[1] <= m.range[1])) return e;
  }
  return null;
}

/** "Bezos", "Amazon": the entity itself speaks; "ICE officials", "Amazon workers": people of it do. */
function isEntitySpeaker(name: string, e: Entity): boolean {
  const strip = (f: string) => f.replace(/^(?:the|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+/i, '');
  // Longest forms first, honorifics dropped from both sides: `Ms Chakrabarti` is `Shami Chakrabarti`.
  const rest = [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]
    .map(strip)
    .sort((a, b) => b.length - a.length)
    .reduce((acc, f) => acc.replace(f, ''), strip(name));
  // `Senator John Smith`, `Foreign Secretary Jack Straw`: titles around the name are the person
  // still, and so is where they serve (`Gov. Rick Perry of Texas`).
  const left = rest
    .replace(/\bof(?:\s+\p{Lu}[\p{L}.]*)+\s*$/u, '')
    .replace(/[\p{L}.]+/gu, (w) => (isTitleWord(w) ? '' : w));
  return !/\p{L}{3,}/u.test(left.replace(/\b(?:the|CEO|chief|executive|founder|president)\b/gi, ''));
}

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:the|an?|mr\.?|mrs\.?|ms\.?|dr\.?)\s+/, '')
    .replace(/\s+/g, ' ');
}

function headNoun(name: string): string {
  const words = name.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const roles = words.filter((w) => ROLE_SINGULAR.test(w) || VAGUE_GROUP_NOUNS.has(w));
  return (roles[roles.length - 1] ?? words[words.length - 1] ?? '').replace(/s$/, '');
}

function sharesWord(a: string, b: string): boolean {
  const wa = new Set((a.match(/\p{Lu}[\p{L}]+/gu) ?? []).map((w) => w.toLowerCase()));
  return (b.match(/\p{Lu}[\p{L}]+/gu) ?? []).some(
    (w) => wa.has(w.toLowerCase()) && w.toLowerCase() !== 'the',
  );
}

/** Named, anonymous or vague: the document model's one decision, with the entity for the reason. */
function classify(name: string, after: string, entity: Entity | null): { cls: SourceClass; reason: string } {
  const c = classifySpeaker(name, after);
  if (c.class !== 'named') {
    if (c.class === 'vague' && entity && !PRONOUNS.test(name) && /\p{Ll}s\b/u.test(name))
      return { cls: 'vague', reason: `unnamed members of ${entity.name}` };
    return { cls: c.class, reason: c.reason };
  }
  if (entity?.kind === 'person') return { cls: 'named', reason: 'a named person' };
  if (entity && isEntitySpeaker(name, entity))
    return {
      cls: 'named',
      reason: `a named ${entity.kind === 'agency' ? 'agency' : 'organisation'} speaking as a body`,
    };
  return { cls: 'named', reason: c.reason };
}

function isSpeakerPhrase(phrase: string, entities: Entity[], at: number): boolean {
  if (/^(?:it|this|that|there|which|what)\b/i.test(phrase)) return false;
  // `Some 47% believe …`: a share of those polled is the poll's finding, not a source.
  if (/\p{N}$/u.test(phrase) || isPollShare(phrase)) return false;
  const words = phrase.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.some((w) => VAGUE_GROUP_NOUNS.has(w) || ROLE_SINGULAR.test(w))) return true;
  if (/^(?:he|she|they|we)$/i.test(phrase)) return true;
  return !!entityAt(entities, [at, at + phrase.length]) && words.length <= 4;
}

function trimEnd(text: string, r: Range): Range {
  let e = r[1];
  while (e > r[0] && /[\s.]/.test(text[e - 1]!)) e--;
  return [r[0], e];
}

function summarise(sources: LessonSource[]): Sourcing {
  if (!sources.length) return { first: null, most: null, summary: 'The article quotes or cites nobody.' };
  const first = [...sources].sort((a, b) => a.firstAt - b.firstAt)[0]!;
  const most = [...sources].sort(
    (a, b) =>
      b.quotedWords - a.quotedWords ||
      b.quotes + b.attributions - (a.quotes + a.attributions) ||
      a.firstAt - b.firstAt,
  )[0]!;
  const count = (c: SourceClass) => sources.filter((s) => s.class === c).length;
  const parts = [
    `${sources.length} source${sources.length === 1 ? '' : 's'}: ${count('named')} named, ${count('anonymous')} anonymous, ${count('vague')} vague.`,
  ];
  parts.push(`First to speak: ${first.name} (${first.class}).`);
  parts.push(`Speaks most: ${most.name} (${most.class}, ${most.quotedWords} quoted words).`);
  return { first: first.id, most: most.id, summary: parts.join(' ') };
}
