/**
 * `gloss lesson` and `gloss annotate`: what they write is tested in-process (the CLI's `main`, no
 * process start per case; tests/gloss-binary.test.ts holds it to the binary's output), and the
 * refusals, exit code and one stderr line, through the real binary.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runGlossInProcess } from '../../../tests/gloss-binary.ts';

const BIN = fileURLToPath(new URL('../../cli/bin/gloss.js', import.meta.url));
const SEED = fileURLToPath(new URL('../../../corpus/amazon-ice-rekognition.txt', import.meta.url));

function spawnGloss(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const gloss = (args: string[], input?: string) =>
  runGlossInProcess(args, input === undefined ? {} : { input });

describe('gloss lesson', () => {
  it('writes the gloss.lesson/1 record', async () => {
    const r = await gloss(['lesson', SEED, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const record = JSON.parse(r.stdout);
    expect(record.schema).toBe('gloss.lesson/1');
    expect(record.questions.map((q: { id: string }) => q.id)).toEqual([
      '1',
      '2a',
      '2b',
      '3',
      '4',
      '5',
      '6a',
      '6b',
      '7',
    ]);
  });

  it('writes an HTML handout, and the answer key on request', async () => {
    const student = await gloss(['lesson', SEED, '--format', 'html']);
    const teacher = await gloss(['lesson', SEED, '--format', 'html', '--answer-key']);
    expect(student.code).toBe(0);
    expect(student.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(student.stdout).not.toContain('class="evidence"');
    expect(teacher.stdout).toContain('class="evidence"');
  });

  it('reads standard input and defaults to Markdown', async () => {
    const r = await gloss(
      ['lesson', '-', '--answer-key'],
      'A headline\n\nThe mayor opened a bridge in Leeds on Monday.\n',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Lesson: A headline\n/);
    expect(r.stdout).toContain('| Where | “Leeds” | first paragraph |');
  });

  it('titles a web page with its headline, not its <title>', async () => {
    const page = (head: string) =>
      `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a></nav><article><h1>Mayor opens new bridge over the Aire</h1><p>The mayor opened a new bridge in Leeds on Monday, the council said in a statement to reporters.</p><p>The bridge cost four million pounds and took two years to build, according to the council.</p><p>Residents said they were pleased with the new crossing, which links the two banks of the river.</p></article></body></html>`;
    for (const head of [
      '<title>Mayor opens bridge | The Leeds Courier</title>',
      '<title>The Leeds Courier - News, sport and weather</title>',
    ]) {
      const r = await gloss(['lesson', '-'], page(head));
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe('# Lesson: Mayor opens new bridge over the Aire');
    }
  });

  it('fails with one line and exit 2 on bad input or options', () => {
    for (const [args, input, message] of [
      [['lesson', '--format', 'pdf'], undefined, 'gloss: unknown --format pdf; use one of md, html, json\n'],
      [
        ['lesson', '/nonexistent/file.txt'],
        undefined,
        'gloss: cannot read /nonexistent/file.txt: no such file or folder\n',
      ],
      [['lesson', '-'], Buffer.from([0, 1, 2, 0, 255]), undefined],
      [
        ['annotate', '--uri', 'not a url'],
        undefined,
        'gloss: --uri not a url is not an absolute URL (e.g. https://example.org/article)\n',
      ],
    ] as const) {
      const r = spawnGloss([...args], input);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr).toMatch(/^gloss: /);
      if (message) expect(r.stderr).toBe(message);
    }
  });
});

describe('gloss annotate', () => {
  it('writes W3C JSON-LD with the given uri', async () => {
    const r = await gloss(['annotate', SEED, '--uri', 'https://example.org/amazon']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.type).toBe('AnnotationCollection');
    expect(c.first.items[0].target.source).toBe('https://example.org/amazon');
  });

  it('writes the Hypothes.is import shape with the file URL by default', async () => {
    const r = await gloss(['annotate', SEED, '--format', 'hypothesis']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows[0].uri).toMatch(/^file:\/\/.*amazon-ice-rekognition\.txt$/);
    expect(rows[0].document.title).toEqual([
      'Amazon met with ICE officials to sell its facial recognition system',
    ]);
  });
});
