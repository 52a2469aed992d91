import { describe, expect, it } from 'vitest';
import { actionFor, KEYMAP, keyName } from '../src/index.ts';

describe('keymap', () => {
  it('binds the keys the issue asks for', () => {
    const want: [string, string][] = [
      ['n', 'nextChange'],
      ['N', 'prevChange'],
      ['f', 'nextFinding'],
      ['F', 'prevFinding'],
      ['down', 'lineDown'],
      ['up', 'lineUp'],
      ['pagedown', 'pageDown'],
      ['pageup', 'pageUp'],
      ['tab', 'switchFocus'],
      ['/', 'openFilter'],
      ['?', 'help'],
      ['q', 'quit'],
    ];
    expect(want.map(([k]) => [k, actionFor('normal', k)])).toEqual(want);
  });
  it('binds no key twice within a mode, and every binding has help text', () => {
    for (const bindings of Object.values(KEYMAP)) {
      const keys = bindings.flatMap((b) => b.keys);
      expect(new Set(keys).size).toBe(keys.length);
      for (const b of bindings) expect(b.help.length).toBeGreaterThan(3);
    }
  });
  it('names Ink key events', () => {
    expect(keyName('', { downArrow: true })).toBe('down');
    expect(keyName('', { pageDown: true })).toBe('pagedown');
    expect(keyName('', { tab: true, shift: true })).toBe('shift+tab');
    expect(keyName('c', { ctrl: true })).toBe('ctrl+c');
    expect(keyName(' ', {})).toBe('space');
    expect(keyName('N', { shift: true })).toBe('N');
  });
  it('keys mean different things in the filter menu and help', () => {
    expect(actionFor('filter', 'down')).toBe('menuDown');
    expect(actionFor('filter', 'return')).toBe('menuChoose');
    expect(actionFor('filter', 'q')).toBe(null);
    expect(actionFor('help', 'q')).toBe('closeHelp');
  });
});
