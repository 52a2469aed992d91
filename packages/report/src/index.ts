export { escapeHtml, escapeTerminal } from './escape.ts';
