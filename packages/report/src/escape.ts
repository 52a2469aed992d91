import { showControls } from '@gloss/document';

/**
 * Escapes text for HTML element content and attribute values. Control characters
 * (a parse error in HTML, and live escape sequences if the file is ever `cat`ed to a
 * terminal) become visible pictures, as in {@link escapeTerminal}.
 */
export function escapeHtml(text: string): string {
  return showControls(text, true).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Makes article text safe for a terminal: escape sequences and other control
 * characters become visible `␛`-style pictures (U+2400 block), so an article can
 * never move the cursor, change colours or retitle the window; a carriage return
 * (which would let later text overwrite a line) becomes `␍`; C1 controls and
 * bidirectional overrides become `�`. Tabs and newlines stay. Keeps the string
 * length in UTF-16 units, so offsets still line up. (The mapping is the document
 * package's {@link showControls}, shared with the command line's messages.)
 */
export function escapeTerminal(text: string): string {
  return showControls(text);
}
