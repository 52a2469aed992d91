/**
 * Control characters as visible symbols: the one mapping that every terminal output
 * (reports, messages naming files and ids) and the HTML escaper share. A C0 control
 * becomes its U+2400 picture (`␛`, `␍`), DEL `␡`; C1 controls (`\x9b` is a one-byte CSI
 * on some terminals), line and paragraph separators and bidi overrides and isolates
 * (which can reorder what a reader sees, "Trojan Source") become `�`. Tab and line feed
 * stay, and a carriage return too when `keepCarriageReturn` (HTML, where it is white
 * space). One character in, one out, so offsets into the text still line up.
 */
export function showControls(text: string, keepCarriageReturn = false): string {
  return text.replace(keepCarriageReturn ? CONTROLS_BUT_CR : CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

/** C0 controls except tab and line feed; DEL; C1; line/paragraph separators; bidi overrides and isolates. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_CR =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
