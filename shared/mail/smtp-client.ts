// A minimal SMTP client (RFC 5321, no TLS, no auth) for the demo shop and tests: enough to hand one message to a
// local test inbox (MailDev, Mailpit, MailHog, the demo's own). Every wait is bounded by `timeoutMs`.
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';

export interface OutgoingMail {
  host: string;
  port: number;
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  timeoutMs?: number;
}

/** Sends one message; rejects with the server's reply when a command is refused, or on timeout. */
export function sendMail(mail: OutgoingMail): Promise<void> {
  const data = compose(mail);
  const script: [string | undefined, number][] = [
    [undefined, 220],
    ['EHLO launch-ready.local', 250],
    [`MAIL FROM:<${mail.from}>`, 250],
    [`RCPT TO:<${mail.to}>`, 250],
    ['DATA', 354],
    [`${data}\r\n.`, 250],
    ['QUIT', 221],
  ];
  return new Promise((resolve, reject) => {
    const socket = connect({ host: mail.host, port: mail.port });
    socket.setTimeout(mail.timeoutMs ?? 5_000, () => socket.destroy(new Error('SMTP server did not answer in time')));
    socket.setEncoding('utf8');
    let buffer = '';
    let step = 0;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    socket.on('error', finish);
    socket.on('close', () => finish(step >= script.length - 1 ? undefined : new Error('SMTP connection closed early')));
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      // A reply is complete at a line "NNN text" (a dash after the code means more lines follow).
      for (;;) {
        const end = buffer.search(/^\d{3} .*\r?\n/m);
        if (end < 0) return;
        const line = /^(\d{3}) .*\r?\n/m.exec(buffer.slice(end));
        if (line === null) return;
        buffer = buffer.slice(end + line[0].length);
        const [, expected] = script[step];
        if (Number(line[1]) !== expected) {
          finish(new Error(`SMTP server answered "${line[0].trim()}"`));
          return;
        }
        step += 1;
        if (step >= script.length) return finish();
        socket.write(`${script[step][0]}\r\n`);
      }
    });
  });
}

function compose(mail: OutgoingMail): string {
  const boundary = `lr-${randomUUID()}`;
  const headers = [
    `From: <${mail.from}>`,
    `To: <${mail.to}>`,
    `Subject: ${mail.subject}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${randomUUID()}@launch-ready.local>`,
    'MIME-Version: 1.0',
  ];
  // Dot-stuffing: a line starting with "." gets another, so it cannot end the DATA section.
  const stuff = (text: string) => text.replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
  if (mail.html === undefined) {
    return [...headers, 'Content-Type: text/plain; charset=utf-8', '', stuff(mail.text)].join('\r\n');
  }
  return [
    ...headers,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    stuff(mail.text),
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    '',
    stuff(mail.html),
    `--${boundary}--`,
  ].join('\r\n');
}
