/**
 * Escapes text for HTML element content and attribute values. Control characters
 * (a parse error in HTML, and live escape sequences if the file is ever `cat`ed to a
 * terminal) become visible pictures, as in {@link escapeTerminal}.
 */
export function escapeHtml(text: string): string {
  return neutraliseControls(text, HTML_CONTROLS).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
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
 * never move the cursor, change colours or retitle the window. Bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can reorder what a
 * reader sees ("Trojan Source"), become `�`. Tabs and newlines stay; a carriage
 * return (which would let later text overwrite a line) becomes `␍`.
 * Keeps the string length in UTF-16 units, so offsets still line up.
 */
export function escapeTerminal(text: string): string {
  return neutraliseControls(text, TERMINAL_CONTROLS);
}

/** C0 controls except tab and line feed; DEL; C1; line/paragraph separators; bidi overrides and isolates. */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, but a carriage return is ordinary white space in HTML. */
const HTML_CONTROLS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function neutraliseControls(text: string, controls: RegExp): string {
  return text.replace(controls, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}
