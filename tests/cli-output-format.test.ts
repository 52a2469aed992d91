/**
 * `-o FILE` without `--format`: the file's extension picks the format, in every command that takes -o.
 * `main` decides it, so these run in-process (tests/cli-output.test.ts writes -o through the binary).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGlossInProcess } from './gloss-binary.ts';

const dir = mkdtempSync(join(tmpdir(), 'gloss-o-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED = 'corpus/amazon-ice-rekognition.txt';
const html = (s: string) => s.startsWith('<!doctype html>');
const md = (s: string) => s.startsWith('# Lesson: ');
const json = (schema: string) => (s: string) => JSON.parse(s).schema === schema;
const pretty = (s: string) => s.startsWith('Gloss — ');
const text = (s: string) => s.startsWith('Comparison of A');
const w3c = (s: string) => JSON.parse(s).type === 'AnnotationCollection';

describe('-o FILE picks the format from its extension', () => {
  it.each([
    [['lesson', SEED], 'handout.html', html],
    [['lesson', SEED], 'handout.HTM', html],
    [['lesson', SEED], 'handout.md', md],
    [['lesson', SEED], 'lesson.json', json('gloss.lesson/1')],
    [['lesson', SEED], 'lesson.out', md],
    [['analyze', SEED], 'report.json', json('gloss.analysis/1')],
    [['analyze', SEED], 'report.txt', pretty],
    [['compare', SEED], 'changes.json', json('gloss.compare/1')],
    [['compare', SEED], 'changes.txt', text],
    [['annotate', SEED], 'notes.jsonld', w3c],
    [['annotate', SEED], 'notes.json', w3c],
  ] as const)('%s -o %s', async (args, file, looksRight) => {
    const out = join(dir, file);
    const r = await runGlossInProcess([...args, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(looksRight(readFileSync(out, 'utf8'))).toBe(true);
  });

  it('--format still wins over the extension', async () => {
    const out = join(dir, 'forced.html');
    const r = await runGlossInProcess(['lesson', SEED, '--format', 'md', '-o', out]);
    expect(r.code).toBe(0);
    expect(md(readFileSync(out, 'utf8'))).toBe(true);
  });

  it('refuses an extension the command cannot write, with one line and exit 2', async () => {
    const out = join(dir, 'report.html');
    const r = await runGlossInProcess(['analyze', SEED, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`gloss: -o ${out}: cannot write .html here; give --format pretty|json\n`);
    expect(() => readFileSync(out)).toThrow();
  });
});
