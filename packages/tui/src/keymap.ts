/**
 * Keybindings as data: each action with its keys and a line of help. The help
 * screen and the footer are generated from this table, and tests read it.
 */
export type ActionName =
  | 'nextChange'
  | 'prevChange'
  | 'nextFinding'
  | 'prevFinding'
  | 'lineDown'
  | 'lineUp'
  | 'pageDown'
  | 'pageUp'
  | 'top'
  | 'bottom'
  | 'switchFocus'
  | 'openFilter'
  | 'help'
  | 'quit'
  | 'cancel'
  | 'menuDown'
  | 'menuUp'
  | 'menuChoose'
  | 'closeHelp'
  | 'openQuestions'
  | 'openFacts'
  | 'questionDown'
  | 'questionUp'
  | 'nextEvidence'
  | 'prevEvidence'
  | 'closePane'
  | 'toggleDetail';

export type Mode = 'normal' | 'filter' | 'help' | 'questions' | 'facts';

export interface Binding {
  action: ActionName;
  keys: string[];
  help: string;
}

export const KEYMAP: Record<Mode, Binding[]> = {
  normal: [
    { action: 'nextChange', keys: ['n'], help: 'next change' },
    { action: 'prevChange', keys: ['N'], help: 'previous change' },
    { action: 'nextFinding', keys: ['f'], help: 'next finding in the focused column' },
    { action: 'prevFinding', keys: ['F'], help: 'previous finding in the focused column' },
    { action: 'lineDown', keys: ['down', 'j'], help: 'scroll down a line' },
    { action: 'lineUp', keys: ['up', 'k'], help: 'scroll up a line' },
    { action: 'pageDown', keys: ['pagedown', 'space'], help: 'scroll down a page' },
    { action: 'pageUp', keys: ['pageup', 'b'], help: 'scroll up a page' },
    { action: 'top', keys: ['home', 'g'], help: 'go to the start' },
    { action: 'bottom', keys: ['end', 'G'], help: 'go to the end' },
    { action: 'switchFocus', keys: ['tab', 'shift+tab'], help: 'switch the focused column (A or B)' },
    { action: 'openFilter', keys: ['/'], help: 'filter by edit kind or finding family' },
    { action: 'openQuestions', keys: ['r'], help: 'reading questions: evidence lit up, with the audit' },
    { action: 'openFacts', keys: ['w'], help: 'the lead’s who/what/where/when and the sources' },
    { action: 'toggleDetail', keys: ['d'], help: 'the whole detail panel, or its first lines again' },
    { action: 'help', keys: ['?'], help: 'this help' },
    { action: 'cancel', keys: ['escape'], help: 'clear the selection' },
    { action: 'quit', keys: ['q', 'ctrl+c'], help: 'quit' },
  ],
  filter: [
    { action: 'menuDown', keys: ['down', 'j', 'tab'], help: 'next choice' },
    { action: 'menuUp', keys: ['up', 'k', 'shift+tab'], help: 'previous choice' },
    { action: 'menuChoose', keys: ['return'], help: 'apply the filter' },
    { action: 'cancel', keys: ['escape', '/'], help: 'close without changing' },
    { action: 'quit', keys: ['ctrl+c'], help: 'quit' },
  ],
  help: [
    { action: 'lineDown', keys: ['down', 'j'], help: 'scroll the help down' },
    { action: 'lineUp', keys: ['up', 'k'], help: 'scroll the help up' },
    { action: 'pageDown', keys: ['pagedown', 'space'], help: 'scroll the help down a page' },
    { action: 'pageUp', keys: ['pageup', 'b'], help: 'scroll the help up a page' },
    { action: 'closeHelp', keys: ['escape', '?', 'q', 'return'], help: 'close help' },
    { action: 'quit', keys: ['ctrl+c'], help: 'quit' },
  ],
  questions: [
    { action: 'questionDown', keys: ['down', 'j'], help: 'next question' },
    { action: 'questionUp', keys: ['up', 'k'], help: 'previous question' },
    { action: 'nextEvidence', keys: ['n', 'return'], help: 'next evidence sentence' },
    { action: 'prevEvidence', keys: ['N'], help: 'previous evidence sentence' },
    { action: 'pageDown', keys: ['pagedown', 'space'], help: 'scroll down a page' },
    { action: 'pageUp', keys: ['pageup', 'b'], help: 'scroll up a page' },
    { action: 'openFacts', keys: ['w'], help: 'the lead and the sources' },
    { action: 'closePane', keys: ['escape', 'r', 'q'], help: 'close the questions' },
    { action: 'quit', keys: ['ctrl+c'], help: 'quit' },
  ],
  facts: [
    { action: 'lineDown', keys: ['down', 'j'], help: 'scroll down a line' },
    { action: 'lineUp', keys: ['up', 'k'], help: 'scroll up a line' },
    { action: 'pageDown', keys: ['pagedown', 'space'], help: 'scroll down a page' },
    { action: 'pageUp', keys: ['pageup', 'b'], help: 'scroll up a page' },
    { action: 'openQuestions', keys: ['r'], help: 'the reading questions' },
    { action: 'closePane', keys: ['escape', 'w', 'q'], help: 'close' },
    { action: 'quit', keys: ['ctrl+c'], help: 'quit' },
  ],
};

/** What Ink reports for a key press (the subset used here). */
export interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  shift?: boolean;
  ctrl?: boolean;
}

/** A key press as a name from the table: `n`, `N`, `down`, `pagedown`, `shift+tab`, `ctrl+c`… */
export function keyName(input: string, key: KeyInfo): string {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.return) return 'return';
  if (key.escape) return 'escape';
  if (key.ctrl && input) return `ctrl+${input.toLowerCase()}`;
  if (input === ' ') return 'space';
  return input;
}

export function actionFor(mode: Mode, name: string): ActionName | null {
  return KEYMAP[mode].find((b) => b.keys.includes(name))?.action ?? null;
}

/** Key names as people write them: `PgDn`, `↓`, `Tab`. */
export function displayKey(name: string): string {
  const map: Record<string, string> = {
    down: '↓',
    up: '↑',
    pagedown: 'PgDn',
    pageup: 'PgUp',
    home: 'Home',
    end: 'End',
    tab: 'Tab',
    'shift+tab': 'S-Tab',
    escape: 'Esc',
    return: 'Enter',
    space: 'Space',
    'ctrl+c': 'C-c',
  };
  return map[name] ?? name;
}
