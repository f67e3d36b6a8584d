// Just enough MIME to read a test mail: transfer encodings, encoded words in headers, and the text/HTML parts of
// a (multipart) message. Test inboxes hand out these raw pieces; the demo's inbox parses what SMTP delivered.

/** Quoted-printable or base64 body → text (UTF-8); anything else as is. */
export function decodeTransfer(body: string, encoding: string): string {
  const kind = encoding.trim().toLowerCase();
  if (kind === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (kind === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** "=?UTF-8?Q?Verify_your_e-mail?=" → "Verify your e-mail" (RFC 2047). */
export function decodeMimeWords(text: string): string {
  return text.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset: string, kind: string, data: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeTransfer(data.replace(/_/g, ' '), 'quoted-printable'),
  );
}

export interface ParsedMail {
  headers: Map<string, string>;
  subject: string;
  to: string[];
  html: string;
  text: string;
}

/** Headers (unfolded, lower-case names) and body of one MIME entity. */
function split(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end < 0 ? raw : raw.slice(0, end);
  const body = end < 0 ? '' : raw.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** A raw RFC 5322 message → subject, recipients and its text and HTML bodies (nested multiparts included). */
export function parseMail(raw: string, depth = 0): ParsedMail {
  const { headers, body } = split(raw);
  const type = headers.get('content-type') ?? 'text/plain';
  let html = '';
  let text = '';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary !== undefined && depth < 5) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      const inner = parseMail(part.replace(/^\r?\n/, ''), depth + 1);
      html ||= inner.html;
      text ||= inner.text;
    }
  } else {
    const decoded = decodeTransfer(body, headers.get('content-transfer-encoding') ?? '');
    if (/text\/html/i.test(type)) html = decoded;
    else text = decoded;
  }
  const to = (headers.get('to') ?? '')
    .split(',')
    .map((part) => (/<([^>]+)>/.exec(part)?.[1] ?? part).trim())
    .filter((part) => part.includes('@'));
  return { headers, subject: decodeMimeWords(headers.get('subject') ?? ''), to, html, text };
}
