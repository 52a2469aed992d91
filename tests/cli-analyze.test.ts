import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, root, runGloss, runGlossInProcess } from './gloss-binary.ts';

/**
 * `gloss` as users run it. What the process itself does (exit codes reaching the shell, real
 * standard streams and input, the colour environment, the working directory, a closed pipe) is
 * checked through the compiled binary (`spawned`); what `main` decides (analyses, messages,
 * exit codes it returns, files it reads and writes) runs in-process (`gloss`), which
 * tests/gloss-binary.test.ts holds to the binary's output.
 */
const seed = readFileSync(join(root, 'corpus/amazon-ice-rekognition.txt'), 'utf8');

function gloss(args: string[], input?: string | Buffer) {
  return runGlossInProcess(args, input === undefined ? {} : { input });
}

function spawned(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  return runGloss(args, { input, env });
}

const tmp = mkdtempSync(join(tmpdir(), 'gloss-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('gloss analyze', () => {
  it('analyses the corpus article by default and prints JSON when piped', async () => {
    const { code, stdout, stderr } = await gloss([]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const record = JSON.parse(stdout);
    expect(record.schema).toBe('gloss.analysis/1');
    expect(record.text).toBe(seed);
    expect(record.insertions).toHaveLength(11);
    expect(record.elisions).toHaveLength(6);
    for (const ins of record.insertions) expect(seed.slice(ins.range[0], ins.range[1])).toBe(ins.text);
    for (const f of record.findings) expect(seed.slice(f.range[0], f.range[1])).toBe(f.actual);
    expect(record.layers.wire.words).toBeGreaterThan(500);
  });

  it('prints the human report with marks that do not rely on colour', async () => {
    const { code, stdout } = await gloss(['analyze', '--format', 'pretty']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('\u001b[');
    expect(stdout).toContain('⟦7 [No word on whether Google');
    expect(stdout).toMatch(/Editorial insertions \(11\)/);
    expect(stdout).toMatch(/Elisions \(6\)/);
    expect(stdout).toMatch(/wire text\s+\d+ words/);
  });

  it('colours only when asked and NO_COLOR is unset', () => {
    // The colour settings are read from the process's environment: the binary.
    expect(spawned(['--format', 'pretty'], undefined, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(spawned(['--format', 'pretty'], undefined, { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('reads standard input with -', async () => {
    const { code, stdout } = await gloss(
      ['analyze', '-', '--format', 'json'],
      'Police said the suspect [a local man] fled.',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).insertions[0].text).toBe('[a local man]');
  });

  it('neutralises escape sequences from the article in the terminal report', async () => {
    const hostile = file(
      'hostile.txt',
      'Title\n\nThe council \u001b]0;pwned\u0007 met \u001b[2J today [really].\n',
    );
    const { code, stdout } = await gloss([hostile, '--format', 'pretty']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\u001b|\u0007/);
    expect(stdout).toContain('␛]0;pwned␇');
  });

  it('gives one clear line and exit 2 for bad input, never a stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [[join(tmp, 'missing.txt')], /missing\.txt: no such file or folder$/m],
      [[mkdtempSync(join(tmp, 'empty-folder-'))], /empty-folder-.*: no \.txt, \.md, \.html/],
      [[file('empty.txt', '')], /empty input/],
      [[file('blank.txt', '  \n\n ')], /empty input/],
      [[file('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))], /binary data/],
      [
        [file('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]))],
        /not valid UTF-8 \(first bad byte at offset 3\)/,
      ],
      [['--format', 'xml'], /unknown --format xml/],
      [['--nope'], /^gloss: analyze: unknown option --nope; use -- before a file name that starts with -$/m],
      [['--formt', 'json'], /unknown option --formt \(did you mean --format\?\)/],
      [['--format'], /analyze: --format needs a value$/m],
      [['--voice', 'narrator'], /unknown --voice narrator/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await gloss(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^gloss: /);
    }
  });

  it('handles unbalanced brackets and HTML as text', async () => {
    const { code, stdout } = await gloss(
      ['-', '--format', 'json'],
      'A [never closed\n\n<script>alert(1)</script> ] stray.',
    );
    expect(code).toBe(0);
    const record = JSON.parse(stdout);
    expect(record.diagnostics.map((d: { code: string }) => d.code)).toEqual([
      'unclosed-bracket',
      'unmatched-close-bracket',
    ]);
  });

  it('exits 1 with --fail-on when findings reach the severity', async () => {
    // Through the binary: exit code 1 reaches the shell.
    expect(spawned(['--fail-on', 'info']).code).toBe(1);
    expect(
      (await gloss(['-', '--fail-on', 'info'], 'The council met on Tuesday in the town hall.')).code,
    ).toBe(0);
  });
});

describe('gloss in a pipeline', () => {
  it('stops quietly when the reader closes the pipe', () => {
    // Output far larger than a pipe buffer, so writes go on after `head` has gone.
    const long = file('long.txt', `${seed}\n\n`.repeat(30));
    const result = spawnSync(
      'bash',
      ['-c', `node ${JSON.stringify(bin)} ${JSON.stringify(long)} --format json | head -c 20`],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(result.stdout).toBe('{"schema":"gloss.ana');
    expect(result.stderr).toBe('');
  });
});

describe('--output', () => {
  it('writes the output to a file when the command succeeds', async () => {
    const out = join(tmp, 'handout.html');
    const { code, stdout } = await gloss(['lesson', '--format', 'html', '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('leaves the file the user had alone when the input is refused', async () => {
    const out = file('kept.json', 'what the user had');
    const { code, stderr } = await gloss([file('empty-again.txt', ''), '--format', 'json', '--output', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/empty input/);
    expect(readFileSync(out, 'utf8')).toBe('what the user had');
  });

  it('takes several files, folders and globs as prose linters do: one report each, in order', async () => {
    const dir = join(tmp, 'many');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), seed);
    writeFileSync(join(dir, 'sub', 'b.md'), 'Officials said the regime slammed its critics.\n');
    writeFileSync(join(dir, 'c.txt'), Buffer.from([0, 1, 2, 3]));

    // A folder: every article in it; the binary one is reported on stderr, the others go on.
    const all = await gloss(['analyze', dir, '--format', 'json']);
    expect(all.code).toBe(2);
    expect(all.stderr).toMatch(/^gloss: .*c\.txt: binary data/);
    expect(all.stderr.trim().split('\n')).toHaveLength(1);
    const records = all.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.input.file)).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.md')]);
    expect(records[0].text).toBe(seed);
    expect(records[0].insertions).toHaveLength(11);
    expect(records[1].findings.map((f: { actual: string }) => f.actual)).toEqual(
      expect.arrayContaining(['slammed']),
    );

    // A glob and a file; --fail-on counts over all of them.
    const some = await gloss(['analyze', join(dir, '**/*.md'), join(dir, 'a.txt'), '--fail-on', 'warning']);
    expect(some.stderr).toBe('');
    expect(some.code).toBe(1);
    expect(some.stdout.trim().split('\n')).toHaveLength(2);

    // Pretty: one report per file, each headed by its name.
    const pretty = await gloss([
      'analyze',
      join(dir, 'a.txt'),
      join(dir, 'sub', 'b.md'),
      '--format',
      'pretty',
    ]);
    expect(pretty.stdout.match(/^Gloss — .*$/gm)).toEqual([
      `Gloss — ${join(dir, 'a.txt')}`,
      `Gloss — ${join(dir, 'sub', 'b.md')}`,
    ]);

    // Corpus files belong to gloss batch.
    const corpusFile = file('docs.jsonl', '{"id":"1","text":"x"}\n');
    const refused = await gloss(['analyze', corpusFile, join(dir, 'a.txt')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^gloss: .*docs\.jsonl: use gloss batch/);
  });
});

describe('standard input without -', () => {
  const spawnWith = (args: string[], stdin: 'ignore' | 'pipe' | 'inherit', input?: string) =>
    spawnSync(process.execPath, [bin, ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: [stdin, 'pipe', 'pipe'],
      ...(input !== undefined ? { input } : {}),
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' },
    });

  it('reads piped text when no file is given, as linters do', () => {
    const text = 'Officials said the regime slammed its critics.\n';
    for (const args of [[], ['analyze'], ['analyse', '--format', 'json']]) {
      const r = spawnWith(args, 'pipe', text);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).text).toBe(text);
    }
    const lesson = spawnWith(['lesson', '--format', 'json'], 'pipe', `Headline\n\n${text}`);
    expect(lesson.status).toBe(0);
    expect(JSON.parse(lesson.stdout).schema).toBe('gloss.lesson/1');
  });

  it('reads a file redirected to standard input', () => {
    const path = file('redirected.txt', 'The council met [on Tuesday].\n');
    const r = spawnSync(
      'bash',
      ['-c', `node ${JSON.stringify(bin)} --format json < ${JSON.stringify(path)}`],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).insertions[0].text).toBe('[on Tuesday]');
  });

  it('refuses an empty pipe as empty input, and analyses the seed when stdin is /dev/null', () => {
    const empty = spawnWith([], 'pipe', '');
    expect(empty.status).toBe(2);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toBe('gloss: -: empty input: there is no text to analyse\n');
    const devNull = spawnWith([], 'ignore');
    expect(devNull.status).toBe(0);
    expect(JSON.parse(devNull.stdout).text).toBe(seed);
  });
});

describe('commands', () => {
  it('takes the British spelling analyse as analyze', async () => {
    const british = await gloss(['analyse', '--format', 'json']);
    expect(british.stderr).toBe('');
    expect(british.code).toBe(0);
    expect(british.stdout).toBe((await gloss(['analyze', '--format', 'json'])).stdout);
  });

  it('names the nearest command for an unknown one, and still reads a file of that name', async () => {
    for (const [word, near] of [
      ['compre', 'compare'],
      ['lessons', 'lesson'],
      ['analyis', 'analyze'],
    ]) {
      const r = await gloss([word!]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `gloss: unknown command ${word} (did you mean ${near}?); gloss --help lists them\n`,
      );
    }
    // A word no command is near is a file name as before.
    expect((await gloss(['zzzz'])).stderr).toBe('gloss: cannot read zzzz: no such file or folder\n');
    // A file that is called like a command is read.
    const dir = mkdtempSync(join(tmp, 'cwd-'));
    writeFileSync(join(dir, 'compre'), 'The mayor [of Leeds] spoke.\n');
    const r = runGloss(['compre', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).insertions).toHaveLength(1);
  });
});

describe('rule names', () => {
  it('refuses unknown rule ids, families and categories in --rules and --disable, naming the nearest', async () => {
    const cases: [string[], string][] = [
      [
        ['--rules', 'contested-labels'],
        'gloss: unknown rule, family or category contested-labels in --rules (did you mean contested-label?); gloss analyze --help lists them\n',
      ],
      [
        ['--disable', 'wording,nonexistent'],
        'gloss: unknown rule, family or category nonexistent in --disable; gloss analyze --help lists them\n',
      ],
      [
        ['--rules', 'wordng', '--fail-on', 'info'],
        'gloss: unknown rule, family or category wordng in --rules (did you mean wording?); gloss analyze --help lists them\n',
      ],
    ];
    for (const [args, message] of cases) {
      const r = await gloss(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(message);
    }
    // Known ids, families and categories, in any mix, still work.
    const ok = await gloss(['--rules', 'contested-label,framing,word-choice', '--disable', 'hedge']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
  });

  it("refuses an unknown id in the config's deny and warns about an unknown allow entry", () => {
    const dir = mkdtempSync(join(tmp, 'rc-'));
    const article = join(dir, 'a.txt');
    writeFileSync(article, 'Officials said the regime slammed its critics.\n');
    const rc = (config: object) => writeFileSync(join(dir, '.glossrc.json'), JSON.stringify(config));

    rc({ deny: ['contested-labels'] });
    const denied = runGloss([article], { cwd: dir });
    expect(denied.code).toBe(2);
    expect(denied.stdout).toBe('');
    expect(denied.stderr).toMatch(
      /^gloss: unknown rule, family or category contested-labels in "deny" of .*\.glossrc\.json \(did you mean contested-label\?\)/,
    );

    // Entries, inflected phrases and phrases of the text are fine in both lists.
    rc({
      deny: ['charged-verb', 'slammed', 'regime', 'was developed'],
      allow: ['slams', 'so-called/so-called'],
    });
    const fine = runGloss([article], { cwd: dir });
    expect(fine.stderr).toBe('');
    expect(fine.code).toBe(0);

    rc({ allow: ['regme', 'charged-verbs'] });
    const warned = runGloss([article], { cwd: dir });
    expect(warned.code).toBe(0);
    expect(warned.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^gloss: warning: regme in "allow" of .* matches no rule.*\(did you mean regime\?\)$/,
      ),
      expect.stringMatching(/^gloss: warning: charged-verbs in "allow" .*\(did you mean charged-verb\?\)$/),
    ]);
    expect(JSON.parse(warned.stdout).findings.length).toBeGreaterThan(0);
  });
});

describe('several files', () => {
  it('reports a missing file on stderr, analyses the others and exits 2 at the end', async () => {
    const a = file('one.txt', 'The regime slammed critics.\n');
    const b = file('two.txt', 'The council met on Tuesday.\n');
    const missing = join(tmp, 'missing-one.txt');
    const r = await gloss(['analyze', a, missing, b, join(tmp, 'nothing-*.txt'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `gloss: cannot read ${missing}: no such file or folder`,
      `gloss: ${join(tmp, 'nothing-*.txt')}: no input files match`,
    ]);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((x) => x.input.file)).toEqual([a, b]);
  });
});

describe('--max-size', () => {
  it('refuses an input over the limit with one line that says how to raise it', async () => {
    const big = file('big-enough.txt', `${seed}\n\n`.repeat(4)); // about 40 KB
    const over = await gloss(['analyze', big, '--max-size', '20KB']);
    expect(over.code).toBe(2);
    expect(over.stdout).toBe('');
    expect(over.stderr).toMatch(
      /^gloss: .*big-enough\.txt is [\d.]+ KB, over the 20 KB limit for one article; --max-size raises it, and gloss batch streams corpora\n$/,
    );
    // Standard input is read (and stopped at the limit) by the process: the binary.
    const piped = spawned(['analyze', '--max-size', '20k'], readFileSync(big));
    expect(piped.code).toBe(2);
    expect(piped.stderr).toBe(
      'gloss: standard input is over the 20 KB limit for one article; --max-size raises it, and gloss batch streams corpora\n',
    );
    expect((await gloss(['analyze', big, '--max-size', '1MB', '--format', 'json'])).code).toBe(0);
    expect((await gloss(['analyze', big, '--max-size', 'lots'])).stderr).toBe(
      'gloss: --max-size takes a size such as 16MB, 500KB or 1GB, not lots\n',
    );
  });
});
