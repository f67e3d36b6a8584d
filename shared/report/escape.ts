// Text from files, URLs and responses goes into markdown/HTML: escape it so it renders as text. A file name
// `pkg/__init__.py` must not render bold, nor `[x](https://evil.example).py` a link, in a job summary.

const HTML_ENTITY = /[&<>"']/;
/** Markdown's inline syntax: emphasis, code, links and images, strikethrough, table pipes, math, escapes. */
const MARKDOWN_INLINE = /[\\`*_[\]|~$]/;

/** C0 and C1 controls, DEL, and the invisible marks that reorder text (bidirectional overrides and isolates). */
const CONTROL_ALL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL = new RegExp(CONTROL_ALL.source);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Inline markdown text that renders as itself: HTML characters as entities, markdown's inline syntax
 * backslash-escaped (GFM honours a backslash before any ASCII punctuation). For one line: see escapeMarkdown.
 */
export function escapeInline(text: string): string {
  let out = '';
  for (const c of text) {
    if (HTML_ENTITY.test(c)) out += `&#${c.charCodeAt(0)};`;
    else if (MARKDOWN_INLINE.test(c)) out += `\\${c}`;
    else if (c !== '\r' && CONTROL.test(c)) out += visibleControl(c);
    else out += c;
  }
  return out;
}

/**
 * A paragraph of untrusted text: every line escaped inline, and a line that would open a block (a heading,
 * a list item, a setext underline, a numbered item) escaped at its start.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r?\n|\r/)
    .map((line) => escapeLineStart(escapeInline(line)))
    .join('\n');
}

function escapeLineStart(line: string): string {
  const number = /^(\s*\d+)([.)])/.exec(line);
  if (number) return `${number[1]}\\${number[2]}${line.slice(number[0].length)}`;
  // `:` too: a line starting `::` is a workflow command when markdown is printed in a CI log.
  return line.replace(/^(\s*)([#+=:-])/, '$1\\$2');
}

/** Text on one line (a heading, a list item): line breaks become spaces, then escaped. */
export function escapeOneLine(text: string): string {
  return escapeLineStart(escapeInline(text.replace(/[\r\n]+/g, ' ')));
}

/** A markdown table cell: escaped like inline text, on one line (line breaks become <br>). */
export function tableCell(text: string): string {
  return escapeInline(text).replace(/\r\n|\r|\n/g, '<br>');
}

/** A table cell shown as code: inside a code span escapes are literal, so only what would end it is replaced. */
export function codeCell(text: string): string {
  const code = text
    .replace(/`/g, "'")
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
  return `\`${code}\``;
}

/**
 * Text we did not write (a file name, a server's answer) for a terminal or a log: an escape sequence could
 * recolour, move the cursor, set the window title or hide text, so no control character reaches the screen.
 * Each is shown as `\xNN` / `\uNNNN` instead of dropped, so a file named with one stays findable; line breaks
 * and tabs become spaces, keeping one finding on one line.
 */
export function plainText(text: string): string {
  return text.replace(/[\t\n]|\r\n?/g, ' ').replace(CONTROL_ALL, visibleControl);
}

function visibleControl(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Untrusted text (DNS records, certificate names) for one line of output: control characters become spaces,
 * so no line break can smuggle a workflow command (`::error::`) into the log; long text is cut. */
export function oneLine(text: string, max = 400): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
