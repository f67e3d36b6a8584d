// Text from files, URLs and responses goes into markdown/HTML: escape it so it renders as text.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A markdown table cell: HTML-escaped, pipes escaped, on one line. */
export function tableCell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Untrusted text (DNS records, certificate names) for one line of output: control characters become spaces,
 * so no line break can smuggle a workflow command (`::error::`) into the log; long text is cut. */
export function oneLine(text: string, max = 400): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
