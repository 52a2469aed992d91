import { readFileSync } from 'node:fs';
import { analyzeDocument } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import { buildLesson } from '@gloss/lesson';
import { describe, expect, it } from 'vitest';
import { formatLessonJson, LESSON_SCHEMA } from '../src/index.ts';

const seedText = readFileSync(new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url), 'utf8');
const doc = parseDocument(seedText);
const analysis = analyzeDocument(doc);
const lesson = buildLesson(doc, analysis);

describe('gloss.lesson/1 JSON', () => {
  const record = JSON.parse(formatLessonJson(doc, analysis, lesson, { name: 'seed.txt' }));

  it('has the schema and the top-level parts', () => {
    expect(record.schema).toBe(LESSON_SCHEMA);
    expect(Object.keys(record)).toEqual([
      'schema',
      'input',
      'title',
      'headline',
      'lead',
      'entities',
      'quotes',
      'attributions',
      'sources',
      'sourcing',
      'questions',
    ]);
    expect(record.input).toBe('seed.txt');
  });

  it('lists questions with number, text, kind, evidence and audit', () => {
    const q6a = record.questions.find((q: { id: string }) => q.id === '6a');
    expect(q6a).toMatchObject({ number: '6', label: 'a', kind: 'opinion' });
    expect(q6a.evidence[0]).toMatchObject({ rank: 1, layer: 'wire' });
    expect(q6a.audit.map((a: { kind: string; actual: string }) => `${a.kind}:${a.actual}`)).toContain(
      'unsupported-claim:over $30 million',
    );
  });

  it('keeps every range an exact slice of the input', () => {
    for (const q of record.questions) expect(seedText.slice(q.range[0], q.range[1])).toBe(q.text);
    for (const e of record.entities)
      for (const m of e.mentions) expect(seedText.slice(m.range[0], m.range[1])).toBe(m.text);
    for (const q of record.quotes) expect(seedText.slice(q.inner[0], q.inner[1])).toBe(q.text);
    for (const role of ['who', 'what', 'where', 'when', 'why', 'how']) {
      for (const s of record.lead[role]) expect(seedText.slice(s.range[0], s.range[1])).toBe(s.text);
    }
  });

  it('is deterministic', () => {
    expect(formatLessonJson(doc, analysis, buildLesson(doc, analysis))).toBe(
      formatLessonJson(doc, analysis, lesson),
    );
  });
});
