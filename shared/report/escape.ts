// Text from files, URLs and responses goes into markdown/HTML: escape it so it renders as text. A file name
// `pkg/__init__.py` must not render bold, nor `[x](https://evil.example).py` a link, in a job summary.

const HTML_ENTITY = /[&<>"']/;
/** Markdown's inline syntax: emphasis, code, links and images, strikethrough, table pipes, math, escapes. */
const MARKDOWN_INLINE = /[\\`*_[\]|~$]/;

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
  return line.replace(/^(\s*)([#+=-])/, '$1\\$2');
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
