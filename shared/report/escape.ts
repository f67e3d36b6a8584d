// Text from files, URLs and responses goes into markdown/HTML: escape it so it renders as text.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A markdown table cell: HTML-escaped, pipes escaped, on one line. */
export function tableCell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
