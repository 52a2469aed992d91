import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App, buildView } from '../src/index.ts';
import { pairView, seedText, seedWireComparison, wireLesson, wireView } from './fixture.ts';

type Instance = ReturnType<typeof render>;

/** Waits until the frame satisfies the predicate (no fixed sleeps). */
async function frameWhere(app: Instance, ok: (frame: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const frame = app.lastFrame() ?? '';
    if (ok(frame)) return frame;
    if (Date.now() > deadline) throw new Error(`no frame with ${what}; last frame:\n${frame}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function press(app: Instance, keys: string, ok: (frame: string) => boolean, what: string) {
  app.stdin.write(keys);
  return frameWhere(app, ok, what);
}

describe('the side-by-side view (160×48, colour off)', () => {
  it('shows both versions, the legend, and aligned sentences on the same line', async () => {
    const app = render(<App view={wireView} color={false} size={{ columns: 160, rows: 48 }} />);
    const frame = await frameWhere(app, (f) => f.includes('Gloss compare'), 'the title');
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(48);
    expect(frame).toContain('{+[bracketed]+}');
    const row = lines.find((l) => l.includes('{+[used by departments]+}'));
    expect(row).toBeDefined();
    // the aligned A sentence is on the same screen line, left of the separator
    const withA = lines.find((l) => l.includes('and identify criminals, and it is'));
    expect(withA?.split(' │ ')).toHaveLength(2);
    expect(frame).not.toMatch(/\u001b/);
    app.unmount();
  });

  it('n jumps to the next change and the detail panel explains it', async () => {
    const app = render(<App view={pairView} color={false} size={{ columns: 160, rows: 48 }} />);
    await frameWhere(app, (f) => f.includes('Press n for the first change'), 'the start screen');
    let frame = await press(app, 'n', (f) => f.includes('Change 1 of'), 'change 1');
    expect(frame).toContain('replace, silent');
    expect(frame).toContain('B changed “presented” to “pitched” without brackets');
    frame = await press(app, 'n', (f) => f.includes('Change 2 of'), 'change 2');
    expect(frame).toMatch(/adds wording: “illegal immigrants”.*Neutral:/);
    frame = await press(app, 'N', (f) => f.includes('Change 1 of'), 'back to change 1');
    // two presses arriving in one chunk (fast typing) are two presses
    frame = await press(app, 'nn', (f) => f.includes('Change 3 of'), 'change 3');
    app.unmount();
  });

  it('f selects a finding with its reason and neutral alternatives; tab moves to column A', async () => {
    const app = render(<App view={wireView} color={false} size={{ columns: 160, rows: 48 }} />);
    await frameWhere(app, (f) => f.includes('focus B'), 'focus B');
    let frame = await press(app, 'f', (f) => f.includes('Finding in B'), 'a finding in B');
    expect(frame).toMatch(/Neutral alternatives: “|\(name the speaker/);
    frame = await press(app, '\t', (f) => f.includes('focus A'), 'focus A');
    expect(frame).toContain('▶ A: wire layer');
    await press(app, 'f', (f) => f.includes('Finding in A'), 'a finding in A');
    app.unmount();
  });

  it('/ opens the filter menu; choosing "bracketed" limits n to bracketed changes', async () => {
    const app = render(<App view={pairView} color={false} size={{ columns: 160, rows: 48 }} />);
    await frameWhere(app, (f) => f.includes('filter all'), 'the status line');
    await press(app, '/', (f) => f.includes('Filter changes by kind'), 'the filter menu');
    for (const next of ['insert', 'delete', 'replace', 'move', 'bracketed']) {
      await press(app, 'j', (f) => new RegExp(`▶ ${next} `).test(f), `the cursor on ${next}`);
    }
    await press(app, '\r', (f) => f.includes('filter bracketed'), 'the filter applied');
    const frame = await press(
      app,
      'n',
      (f) => /Change \d+ of \d+ · \w+, bracketed/.test(f),
      'a bracketed change',
    );
    expect(frame).toContain('change 4/');
    app.unmount();
  });

  it('? shows the keys from the keymap', async () => {
    const app = render(<App view={wireView} color={false} size={{ columns: 160, rows: 48 }} />);
    await frameWhere(app, (f) => f.includes('Gloss compare'), 'the title');
    const frame = await press(app, '?', (f) => f.includes('Keys (q or Esc closes this help'), 'help');
    expect(frame).toContain('next change');
    expect(frame).toContain('PgDn');
    await press(app, '?', (f) => !f.includes('Keys (q or Esc'), 'help closed');
    app.unmount();
  });
});

describe('narrow terminals, resizing and long articles', () => {
  it('stacks A above B below 100 columns and fits 80×24', async () => {
    const app = render(<App view={pairView} color={false} size={{ columns: 80, rows: 24 }} />);
    let frame = await frameWhere(app, (f) => f.includes('stacked'), 'the stacked layout');
    expect(frame.split('\n').length).toBeLessThanOrEqual(24);
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    frame = await press(app, 'n', (f) => f.includes('Change 1 of'), 'change 1');
    expect(frame).toMatch(/^A .*\[-presented-\]/m);
    expect(frame).toMatch(/^B .*\{\+pitched\+\}/m);
    app.unmount();
  });

  it('follows a resize from stacked to side by side', async () => {
    const app = render(<App view={pairView} color={false} size={{ columns: 80, rows: 24 }} />);
    await frameWhere(app, (f) => f.includes('stacked'), 'stacked');
    app.rerender(<App view={pairView} color={false} size={{ columns: 160, rows: 48 }} />);
    const frame = await frameWhere(app, (f) => f.includes(' │ ') && !f.includes('stacked'), 'side by side');
    expect(frame.split('\n').length).toBeLessThanOrEqual(48);
    app.unmount();
  });

  it('renders only the visible rows of a long comparison', async () => {
    const long = Array.from({ length: 30 }, () =>
      seedText.slice(0, seedText.indexOf('From washingtonpost')),
    ).join('\n\n');
    const view = buildView(seedWireComparison(long));
    expect(view.rows.length).toBeGreaterThan(500);
    const app = render(<App view={view} color={false} size={{ columns: 160, rows: 48 }} />);
    const frame = await frameWhere(app, (f) => f.includes('Gloss compare'), 'the title');
    expect(frame.split('\n').length).toBeLessThanOrEqual(48);
    app.stdin.write('G');
    await frameWhere(app, (f) => f.includes('100%'), 'the end');
    app.unmount();
  });
});

describe('hostile article text', () => {
  it('neutralises escape sequences and control characters before they reach the terminal', async () => {
    const hostile = `${seedText.slice(0, 200)}\u001b]0;pwned\u0007 and \u001b[2J\u001b[31mred\u009b31m \u202eevil\n\n${seedText.slice(200, 2000)}`;
    const view = buildView(seedWireComparison(hostile));
    const app = render(<App view={view} color={false} size={{ columns: 160, rows: 48 }} />);
    const frame = await frameWhere(app, (f) => f.includes('Gloss compare'), 'the title');
    expect(frame).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(frame).toContain('␛]0;pwned␇');
    expect(frame).toMatch(/␛(\{\+)?\[2J/);
    expect(frame).toContain('evil');
    app.unmount();
  });
});

describe('the questions pane (gloss tui FILE)', () => {
  it('r lights up the evidence of a question with its audit; w shows the 5W and sources', async () => {
    const app = render(
      <App view={wireView} lesson={wireLesson} color={false} size={{ columns: 160, rows: 48 }} />,
    );
    await frameWhere(app, (f) => f.includes('focus B'), 'the status line');
    let frame = await press(app, 'r', (f) => f.includes('Questions (↑/↓ pick'), 'the questions pane');
    expect(frame).toContain('[1]');
    frame = await press(app, 'j', (f) => f.includes('[2a]'), 'question 2a');
    expect(frame).toContain('Audit of the question');
    expect(frame).toContain('unsupported-claim');
    // the current evidence sentence is marked in the gutter
    expect(frame).toMatch(/^▶ .*We are ready and willing/m);
    frame = await press(app, 'w', (f) => f.includes('The lead: who, what'), 'the 5W page');
    expect(frame).toMatch(/WHO\s+“Amazon”/);
    expect(frame).toMatch(/anonymous\s+An Amazon Web Service official/);
    await press(app, '\u001b', (f) => f.includes('Press n for the first change'), 'back to the article');
    app.unmount();
  });
});

const SCREENS: [string, string][] = [
  ['the start', ''],
  ['a change', 'n'],
  ['a finding', 'f'],
  ['the help', '?'],
  ['the filter menu', '/'],
  ['the questions', 'r'],
  ['the 5W and sources', 'w'],
];

describe('every screen fits 80×24 and keeps its keys in view', () => {
  it.each(SCREENS)('%s', async (_, keys) => {
    const app = render(
      <App view={wireView} lesson={wireLesson} color={false} size={{ columns: 80, rows: 24 }} />,
    );
    let frame = await frameWhere(app, (f) => f.includes('? help · q quit'), 'the status line');
    for (const k of keys) {
      const before = frame;
      frame = await press(app, k, (f) => f !== before, `after ${k}`);
    }
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines[lines.length - 1]).toContain('? help · q quit');
    app.unmount();
  });

  it('the help scrolls to its last key', async () => {
    const app = render(<App view={wireView} color={false} size={{ columns: 80, rows: 24 }} />);
    await frameWhere(app, (f) => f.includes('? help · q quit'), 'the status line');
    let frame = await press(app, '?', (f) => f.includes('Keys (q or Esc'), 'the help');
    expect(frame).toMatch(/help 1–\d+ of \d+/);
    expect(frame).not.toContain('  q, C-c');
    frame = await press(app, ' ', (f) => !f.includes('Keys (q or Esc'), 'the next page of help');
    frame = await press(app, ' ', (f) => f.includes('  q, C-c'), 'the last key');
    frame = await press(app, 'k', (f) => f.includes('  q, C-c') && /help \d+–/.test(f), 'a line up');
    app.unmount();
  });

  it('the 5W and sources page scrolls to its last line', async () => {
    const app = render(
      <App view={wireView} lesson={wireLesson} color={false} size={{ columns: 80, rows: 24 }} />,
    );
    await frameWhere(app, (f) => f.includes('? help · q quit'), 'the status line');
    const last = wireLesson.facts.at(-1)!.slice(0, 40);
    expect(wireLesson.facts.length).toBeGreaterThan(13);
    let frame = await press(app, 'w', (f) => f.includes('The lead: who, what'), 'the 5W page');
    expect(frame).toMatch(/lines 1–\d+ of \d+/);
    expect(frame).not.toContain(last);
    for (let i = 0; i < 5 && !frame.includes(last); i++) {
      const before = frame;
      frame = await press(app, ' ', (f) => f !== before || f.includes(last), 'the next page');
    }
    expect(frame).toContain(last);
    app.unmount();
  });

  it('d opens the whole detail panel when its text is longer than four lines', async () => {
    const app = render(<App view={wireView} color={false} size={{ columns: 80, rows: 24 }} />);
    await frameWhere(app, (f) => f.includes('? help · q quit'), 'the status line');
    let frame = '';
    // walk the findings until one explains itself in more than four lines
    for (let i = 0; i < 40 && !frame.includes('d shows them all'); i++) {
      const before = frame;
      frame = await press(app, 'f', (f) => f !== before, 'the next finding');
    }
    expect(frame).toContain('d shows them all');
    const hidden = /… (\d+) more lines/.exec(frame)![1];
    frame = await press(app, 'd', (f) => !f.includes('d shows them all'), 'the whole panel');
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(lines[lines.length - 1]).toContain('? help · q quit');
    expect(Number(hidden)).toBeGreaterThan(0);
    frame = await press(app, 'd', (f) => f.includes('d shows them all'), 'the panel folded again');
    app.unmount();
  });
});

describe('160×48', () => {
  it('the help leaves no rows blank: the text goes on below it', async () => {
    const app = render(<App view={wireView} color={false} size={{ columns: 160, rows: 48 }} />);
    await frameWhere(app, (f) => f.includes('Gloss compare'), 'the title');
    const frame = await press(app, '?', (f) => f.includes('Keys (q or Esc'), 'the help');
    const lines = frame.split('\n');
    let run = 0;
    let longest = 0;
    for (const l of lines) {
      run = l.trim() === '' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    expect(longest).toBeLessThanOrEqual(1);
    expect(frame).toContain('  q, C-c');
    expect(frame).toMatch(/Amazon/);
    app.unmount();
  });
});
