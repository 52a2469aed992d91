/**
 * Hostile input for every command: empty, white space, binary, Latin-1, UTF-16, escape
 * sequences, bidi overrides, unbalanced brackets, HTML pages, CRLF, U+FFFD, a directory, a
 * missing path, a FIFO, standard input and a 2 MB article. Every case is either handled
 * (exit 0) or refused with exactly one `gloss: ` line on stderr and exit 2 — never a stack
 * trace — and article text is escaped in every terminal and HTML output.
 *
 * The corpus is generated here (nothing binary is committed). The whole matrix runs
 * in-process through `main()` with a capturing CliIo (the code path of the binary minus
 * process start-up); a selection runs through the real binary, so what happens around
 * `main()` (start-up, stdin, exit codes, uncaught errors) is checked too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../packages/cli/src/io.ts';
import { main } from '../packages/cli/src/main.ts';
import { bin, type Outcome, root, runGloss } from './gloss-binary.ts';

const seedPath = join(root, 'corpus/amazon-ice-rekognition.txt');
const seed = readFileSync(seedPath, 'utf8');

const tmp = mkdtempSync(join(tmpdir(), 'gloss-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

const ESCAPES =
  'Title \u001b[2J\u001b]0;pwned\u0007 here\n\n(by A. Writer, The Daily Test) – The minister \u001b[31msaid\u001b[0m "we \u001b[5;5Hwon" [sic] and \u009b31m red \u202eevil\u202c text, \u2066isolated\u2069, \u001bPdcs\u001b\\ and a\rcarriage return and \b\b\u007f.\n';
const HTML_PAGE =
  '<!doctype html><html><head><title>T</title><script>alert(1)</script></head><body><article><h1>Headline</h1><p>Body [added] text…</p></article></body></html>';

/** Refused inputs: the message each gives. */
const refused: Record<string, { path: string; message: RegExp }> = {
  empty: { path: file('empty.txt', ''), message: /empty input: there is no text to analyse$/ },
  whitespace: { path: file('blank.txt', ' \n\t\r\n  '), message: /empty input: only white space$/ },
  binary: {
    path: file(
      'image.png',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]),
    ),
    message: /binary data, not text/,
  },
  latin1: {
    path: file('latin1.txt', Buffer.from('Café naïve régime, 1er étage.\n', 'latin1')),
    message: /not valid UTF-8 \(first bad byte at offset 3\); .*iconv -f windows-1252 -t utf-8$/,
  },
  utf16: {
    path: file(
      'utf16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Headline\n\nBody [x].\n', 'utf16le')]),
    ),
    message: /UTF-16 text; save it as UTF-8 and try again$/,
  },
  // analyze reads the articles in a folder (none here); the other commands take one file.
  directory: {
    path: join(tmp, 'a-folder'),
    message:
      /is a directory; give a text file|a-folder: no \.txt, \.md, \.html, \.jsonl or \.csv files in it/,
  },
  missing: {
    path: join(tmp, 'no-such-file.txt'),
    message: /cannot read .*no-such-file\.txt: no such file or folder$/,
  },
  htmlWithoutArticle: {
    path: file('blank.html', '<!DOCTYPE html><html><head><title></title></head><body></body></html>'),
    message: /is an HTML page with no article text to analyse$/,
  },
};
mkdirSync(refused.directory!.path);

/** Inputs that are handled (exit 0). */
const handled: Record<string, string> = {
  escapes: file('escapes.txt', ESCAPES),
  unbalanced: file(
    'unbalanced.txt',
    'Headline [never closed\n\nHe said "never [really. She “said ]] that] ) ( “not closed.\n\n[[[ ]]\n',
  ),
  onlyBrackets: file('brackets.txt', '[[[['),
  crlf: file(
    'crlf.txt',
    'Headline\r\n\r\n(by A Reporter, The Times) – The mayor [of the city] said "yes."\r\n\r\nMore … here.\r\n',
  ),
  replacementChar: file('fffd.txt', 'Head \ufffd line\n\nBody \ufffd [x] text.\n'),
  html: file('page.html', HTML_PAGE),
  scriptInText: file(
    'script.txt',
    'Headline <script>alert(1)</script>\n\nThe mayor said <script>alert(2)</script> and [<script>x</script>] & "quoted <b>".\n',
  ),
};

/** Every command and format, with `F` where the file goes. */
const commands: string[][] = [
  ['analyze', 'F', '--format', 'pretty'],
  ['analyze', 'F', '--format', 'json'],
  ['compare', seedPath, 'F', '--format', 'pretty'],
  ['compare', 'F', seedPath, '--format', 'text'],
  ['compare', 'F', 'F', '--format', 'json'],
  ['compare', 'F', '--format', 'text'],
  ['lesson', 'F', '--format', 'md'],
  ['lesson', 'F', '--format', 'html'],
  ['lesson', 'F', '--format', 'json'],
  ['annotate', 'F', '--format', 'w3c'],
  ['annotate', 'F', '--format', 'hypothesis'],
];
const withFile = (command: string[], path: string) => command.map((x) => (x === 'F' ? path : x));

/** Raw control characters a terminal would act on, and bidi overrides/isolates. */
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const TERMINAL_FORMATS = new Set(['pretty', 'text', 'md']);

async function inProcess(argv: string[], stdin: Uint8Array = new Uint8Array()): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    isTTY: false,
    color: false,
    columns: 80,
    readStdin: async () => stdin,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function binary(args: string[], input?: string | Buffer, env: Record<string, string> = {}): Outcome {
  return runGloss(args, { input, env });
}

/** The house rules for any outcome. */
function expectWellBehaved(argv: string[], outcome: Outcome, colour = false): void {
  const { code, stderr } = outcome;
  // With colour on, Gloss's own SGR colour codes are the only escape sequences allowed.
  const stdout = colour ? outcome.stdout.replace(/\u001b\[[0-9;]*m/g, '') : outcome.stdout;
  const what = argv.map((a) => a.replace(tmp, '')).join(' ');
  expect([0, 2], `${what}: exit code`).toContain(code);
  expect(stderr, `${what}: no stack trace`).not.toMatch(/^\s+at /m);
  expect(stderr, `${what}: no internal error`).not.toContain('internal error');
  // stderr: nothing, notes, or one error line; every line starts `gloss: `.
  for (const line of stderr.split('\n').filter(Boolean)) expect(line, what).toMatch(/^gloss: /);
  expect(stderr, `${what}: stderr is safe for a terminal`).not.toMatch(RAW_CONTROL);
  if (code === 2) {
    expect(stdout, `${what}: nothing on stdout after an error`).toBe('');
    expect(
      stderr.split('\n').filter((l) => !l.startsWith('gloss: note:')),
      what,
    ).toHaveLength(2); // line + ''
  }
  const format = argv[argv.indexOf('--format') + 1] ?? '';
  if (TERMINAL_FORMATS.has(format)) expect(stdout, `${what}: terminal output`).not.toMatch(RAW_CONTROL);
  if (format === 'html') {
    expect(stdout, `${what}: no markup from the article`).not.toMatch(/<script/i);
    expect(stdout, `${what}: no control characters in HTML`).not.toMatch(RAW_CONTROL);
  }
  if (format === 'json' || format === 'w3c' || format === 'hypothesis') {
    if (code === 0) expect(() => JSON.parse(stdout), what).not.toThrow();
  }
}

describe('hostile input, every command and format (in process)', () => {
  it.each(Object.entries(refused))('%s is refused with one line', async (_, { path, message }) => {
    for (const command of commands) {
      const argv = withFile(command, path);
      const outcome = await inProcess(argv);
      expectWellBehaved(argv, outcome);
      expect(outcome.code, argv.join(' ')).toBe(2);
      expect(outcome.stderr.trim()).toMatch(message);
    }
  });

  it.each(Object.entries(handled))('%s is handled', async (name, path) => {
    for (const command of commands) {
      const argv = withFile(command, path);
      const outcome = await inProcess(argv);
      expectWellBehaved(argv, outcome);
      expect(outcome.code, argv.join(' ')).toBe(0);
      if (name !== 'html') expect(outcome.stderr, argv.join(' ')).toBe('');
    }
  });

  it('gives each diagnostic its line and column as well as its offset', async () => {
    const pretty = (await inProcess(['analyze', handled.unbalanced!, '--format', 'pretty'])).stdout;
    const text = readFileSync(handled.unbalanced!, 'utf8');
    const lines = pretty.split('\n').filter((l) => /\(line \d+, column \d+, offset \d+\)$/.test(l));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      const [, l, c, o] = /\(line (\d+), column (\d+), offset (\d+)\)$/.exec(line)!.map(Number);
      const before = text.slice(0, o);
      expect([l, c]).toEqual([before.split('\n').length, o! - (before.lastIndexOf('\n') + 1) + 1]);
    }
    expect(pretty).toContain('(line 1, column 10, offset 9)');
  });

  it('keeps the exact text, escapes included, in JSON', async () => {
    const { stdout } = await inProcess(['analyze', handled.escapes!, '--format', 'json']);
    const record = JSON.parse(stdout);
    expect(record.text).toBe(ESCAPES);
    expect(record.input).toBeUndefined();
    for (const ins of record.insertions) expect(ESCAPES.slice(ins.range[0], ins.range[1])).toBe(ins.text);
  });

  it('shows escapes as visible pictures in every terminal format', async () => {
    const pretty = (await inProcess(['analyze', handled.escapes!, '--format', 'pretty'])).stdout;
    expect(pretty).toContain('␛]0;pwned␇');
    expect(pretty).toMatch(/\ufffd\W*evil/);
    // A lone carriage return would let the rest of the line overwrite it: shown, not obeyed.
    expect(pretty).toContain('a␍carriage');
    expect(pretty).toMatch(/␛\[31m.*␛\[0m/);
    for (const format of ['pretty', 'text']) {
      const compared = (await inProcess(['compare', handled.escapes!, '--format', format])).stdout;
      expect(compared, format).toContain('a␍carriage');
    }
    const md = (await inProcess(['lesson', handled.escapes!, '--format', 'md'])).stdout;
    expect(md).toContain('␛\\[2J');
    const text = (await inProcess(['compare', handled.escapes!, '--format', 'text'])).stdout;
    expect(text).toContain('␛');
  });

  it('reads standard input: U+FFFD text is analysed, empty input refused', async () => {
    const text = 'Head \ufffd line\n\nThe mayor [of \ufffd] said so.\n';
    const ok = await inProcess(['analyze', '-', '--format', 'json'], Buffer.from(text));
    expectWellBehaved(['analyze', '-', '--format', 'json'], ok);
    expect(JSON.parse(ok.stdout).insertions[0].text).toBe('[of \ufffd]');
    const empty = await inProcess(['lesson', '-'], new Uint8Array());
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('gloss: -: empty input: there is no text to analyse\n');
  });

  it('neutralises escape sequences in a file name before printing it', async () => {
    const argv = ['analyze', join(tmp, 'bad\u001b[2J\u202ename.txt')];
    const outcome = await inProcess(argv);
    expectWellBehaved(argv, outcome);
    // With `[` in it, the name is also tried as a glob (as a shell would): nothing matches.
    expect(outcome.stderr).toContain('bad␛[2J\ufffdname.txt: no input files match');
  });
});

describe('control characters in names', () => {
  // A carriage return would let the rest of the line overwrite the name; \x9b is a one-byte CSI.
  const named = file('n\r\u001b[2Jx\u009b31m.txt', 'Headline\n\nThe mayor [of the city] said so.\n');
  const binaryNamed = file('b\r\u009b2J.txt', Buffer.from([0, 1, 2, 3]));
  const page = file('p\rq.html', HTML_PAGE);

  it('shows them as symbols in every terminal output and message', async () => {
    const runs: string[][] = [
      ['analyze', named, '--format', 'pretty'],
      ['analyze', named, binaryNamed, join(tmp, 'gone\r.txt'), '--format', 'pretty'],
      ['analyze', page, '--format', 'pretty'],
      ['compare', named, '--format', 'pretty', '--all'],
      ['compare', named, page, '--format', 'text'],
      ['lesson', named, '--format', 'md'],
      ['analyze', named, '--rules', 'x\u009by'],
      ['--voice', 'x\ry'],
      ['lessn\r'],
    ];
    for (const argv of runs) {
      const outcome = await inProcess(argv);
      const what = JSON.stringify(argv.map((a) => a.replace(tmp, '')));
      expect(outcome.stdout, what).not.toMatch(RAW_CONTROL);
      expect(outcome.stderr, what).not.toMatch(RAW_CONTROL);
    }
    const many = await inProcess(['analyze', named, binaryNamed, '--format', 'pretty']);
    expect(many.code).toBe(2);
    expect(many.stdout).toContain('n␍␛[2Jx\ufffd31m.txt');
    expect(many.stderr).toBe(
      `gloss: ${join(tmp, 'b␍\ufffd2J.txt')}: binary data, not text (is this a PDF, image or archive?)\n`,
    );
  });
});

describe('HTML pages', () => {
  it('analyses the article text of an HTML page, with a note and input.format html', async () => {
    const { code, stdout, stderr } = await inProcess(['analyze', handled.html!, '--format', 'json']);
    expect(code).toBe(0);
    // the article's <h1> is the title, not <title>T</title>
    expect(stderr).toBe(`gloss: note: ${handled.html} is HTML; analysing its article text (4 words)\n`);
    const record = JSON.parse(stdout);
    expect(record.input).toEqual({ format: 'html', extracted: true });
    expect(record.text).not.toMatch(/<|alert/);
    expect(record.text).toMatch(/^Headline\n\nBody/);
    expect(record.insertions.map((i: { text: string }) => i.text)).toEqual(['[added]']);
    for (const ins of record.insertions) expect(record.text.slice(ins.range[0], ins.range[1])).toBe(ins.text);
  });

  it('treats text that only mentions tags as text', async () => {
    const { stdout, stderr } = await inProcess(['analyze', handled.scriptInText!, '--format', 'json']);
    expect(stderr).toBe('');
    const record = JSON.parse(stdout);
    expect(record.input).toBeUndefined();
    expect(record.text).toContain('<script>alert(2)</script>');
  });

  it('escapes markup from a plain-text article in the HTML handout', async () => {
    const { stdout } = await inProcess(['lesson', handled.scriptInText!, '--format', 'html']);
    expect(stdout).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });
});

describe('hostile input through the real binary', () => {
  // One spawn per refused input, each under a different command.
  const refusedRuns: [string, string[]][] = [
    ['empty', ['analyze', 'F', '--format', 'pretty']],
    ['binary', ['lesson', 'F', '--format', 'html']],
    ['latin1', ['annotate', 'F', '--format', 'hypothesis']],
    ['utf16', ['compare', seedPath, 'F', '--format', 'json']],
    ['directory', ['compare', 'F', '--format', 'text']],
  ];
  it.each(refusedRuns)('%s: exit 2, one line', (name, command) => {
    const argv = withFile(command, refused[name]!.path);
    const outcome = binary(argv);
    expectWellBehaved(argv, outcome);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trim()).toMatch(refused[name]!.message);
  });

  const handledRuns: [string, string[]][] = [
    ['escapes', ['analyze', 'F', '--format', 'pretty']],
    ['escapes', ['compare', seedPath, 'F', '--format', 'pretty']],
    ['escapes', ['lesson', 'F', '--format', 'md']],
    ['html', ['lesson', 'F', '--format', 'html']],
    ['scriptInText', ['compare', 'F', '--format', 'text']],
    ['onlyBrackets', ['annotate', 'F', '--format', 'w3c']],
  ];
  it.each(handledRuns)('%s: %s handled', (name, command) => {
    const argv = withFile(command, handled[name]!);
    const outcome = binary(argv, undefined, { FORCE_COLOR: '1' });
    expectWellBehaved(argv, outcome, true);
    expect(outcome.code).toBe(0);
  });

  it('reads U+FFFD text from standard input', () => {
    const argv = ['compare', '-', '--format', 'json'];
    const outcome = binary(argv, 'Head \ufffd line\n\nThe mayor [of \ufffd] said so.\n');
    expectWellBehaved(argv, outcome);
    expect(outcome.code).toBe(0);
  });

  it('refuses empty standard input with one line', () => {
    const outcome = binary(['analyze', '-'], '');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('gloss: -: empty input: there is no text to analyse\n');
  });

  it('reads a FIFO', () => {
    const fifo = join(tmp, 'article.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The writer runs in the background of the same shell, so the reader does not block forever.
    const result = spawnSync(
      'bash',
      [
        '-c',
        `printf 'Headline\\n\\nThe mayor [of the city] said so.\\n' > "$1" & exec "$2" "$3" analyze "$1" --format json`,
        'sh',
        fifo,
        process.execPath,
        bin,
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).insertions[0].text).toBe('[of the city]');
  });

  it.skipIf(!existsSync('/dev/zero'))('stops an endless device at the 64 MB limit', () => {
    const outcome = binary(['lesson', '/dev/zero']);
    expectWellBehaved(['lesson', '/dev/zero'], outcome);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('gloss: /dev/zero: input over the 64 MB limit for one article\n');
  });

  it('analyses a 2 MB article without a crash', () => {
    const paragraphs = seed.split('\n\n').slice(3);
    let body = '';
    for (let i = 0; body.length < 2 * 1024 * 1024; i++) body += `${paragraphs[i % paragraphs.length]}\n\n`;
    const path = file('big.txt', `${seed.split('\n\n').slice(0, 3).join('\n\n')}\n\n${body}`);
    const outcome = binary(['analyze', path, '--format', 'json']);
    expectWellBehaved(['analyze', path, '--format', 'json'], outcome);
    expect(outcome.code).toBe(0);
    const record = JSON.parse(outcome.stdout);
    expect(record.length).toBe(readFileSync(path, 'utf8').length);
    expect(record.insertions.length).toBeGreaterThan(100);
  });
});
