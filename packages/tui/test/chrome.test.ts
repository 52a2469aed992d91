import { describe, expect, it } from 'vitest';
import { ESSENTIAL_KEYS, helpLines, helpWindow, statusLine } from '../src/index.ts';

const parts = {
  where: 'change 12/17',
  percent: '42%',
  filter: 'bracketed',
  focus: 'b' as const,
  message: '',
  lesson: true,
};

describe('the status line shortens by priority', () => {
  it.each([
    [
      160,
      [
        'n/N change',
        'f/F finding',
        'Tab column',
        '/ filter',
        'r questions',
        'w 5W',
        'filter bracketed',
        'focus B',
        '42%',
      ],
    ],
    [80, ['n/N change', 'f/F finding', '42%']],
    [60, ['n/N change']],
    [40, []],
  ])('%i columns', (width, shown) => {
    const line = statusLine(parts, width);
    expect(line.length).toBe(width);
    expect(line).toContain(ESSENTIAL_KEYS);
    expect(line).toContain('change 12/17');
    for (const s of shown) expect(line).toContain(s);
  });

  it('keeps the essential keys even when nothing else fits', () => {
    expect(statusLine({ ...parts, message: 'no more changes below' }, 20)).toContain('? help · q quit');
  });
});

describe('the help', () => {
  it('is whole when it fits and a window with its place when it does not', () => {
    const lines = helpLines(80);
    expect(helpWindow(lines, 0, 40, 80)).toEqual(lines);
    const win = helpWindow(lines, 3, 10, 80);
    expect(win).toHaveLength(10);
    expect(win[0]).toBe(lines[3]);
    expect(win[9]).toMatch(/help 4–12 of \d+/);
    // past the end it shows the last page
    expect(helpWindow(lines, 999, 10, 80).at(-2)).toBe(lines.at(-1));
  });
});
