// The demo's test inbox: an SMTP receiver and a MailDev-compatible REST API (GET /email, GET /email/:id, also under
// /api as MailDev 3 serves them) on
// 127.0.0.1, in process. The npm package maildev does the same but brings 265 packages (112 MB) and a web UI
// the demo does not need, and it would have to ship inside the CLI bundle; this keeps `npm run demo` offline,
// fast and dependency-free. Bounded: message size, messages kept, connections, idle time.
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { parseMail } from '../mail/mime.ts';

export interface StoredMail {
  id: string;
  time: string;
  subject: string;
  from: { address: string; name: string }[];
  to: { address: string; name: string }[];
  envelope: { from: { address: string }; to: { address: string }[] };
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface Mailbox {
  smtp: { host: string; port: number };
  /** The REST API base, e.g. http://127.0.0.1:1080 (inbox kind maildev). */
  url: string;
  messages: StoredMail[];
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 1024 * 1024;
const MAX_MESSAGES = 200;
const IDLE_MS = 10_000;

export async function startMailbox(): Promise<Mailbox> {
  const messages: StoredMail[] = [];
  const smtp = createTcpServer((socket) => {
    socket.setEncoding('utf8');
    socket.setTimeout(IDLE_MS, () => socket.destroy());
    socket.on('error', () => socket.destroy());
    let from = '';
    let to: string[] = [];
    let data: string | undefined;
    let pending = '';
    socket.write('220 launch-ready demo inbox\r\n');
    socket.on('data', (chunk: string) => {
      pending += chunk;
      if (pending.length > MAX_MESSAGE_BYTES + 4096) {
        socket.end('552 message too large\r\n');
        return;
      }
      for (;;) {
        if (data !== undefined) {
          // The terminator is a line holding one "." (a body line starting with "." was sent as "..").
          const end = /(^|\r?\n)\.\r?\n/.exec(pending);
          if (end === null) return;
          const body = pending.slice(0, end.index);
          pending = pending.slice(end.index + end[0].length);
          store(messages, from, to, body.replace(/^\.\./gm, '.'));
          data = undefined;
          socket.write('250 OK: queued\r\n');
          continue;
        }
        const newline = pending.indexOf('\n');
        if (newline < 0) return;
        const line = pending.slice(0, newline).replace(/\r$/, '');
        pending = pending.slice(newline + 1);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 launch-ready\r\n');
        else if (verb === 'MAIL') {
          from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          to = [];
          socket.write('250 OK\r\n');
        } else if (verb === 'RCPT') {
          to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          socket.write('250 OK\r\n');
        } else if (verb === 'DATA') {
          data = '';
          socket.write('354 end with <CRLF>.<CRLF>\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else if (verb === 'RSET' || verb === 'NOOP') socket.write('250 OK\r\n');
        else socket.write('502 not implemented\r\n');
      }
    });
  });
  const http = createHttpServer((req, res) => {
    // MailDev 2 serves /email, MailDev 3 /api/email: both, so either client works against the demo.
    const path = new URL(req.url ?? '/', 'http://inbox').pathname.replace(/^\/api(?=\/email)/, '');
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (req.method === 'GET' && path === '/email') return send(200, messages);
    const one = /^\/email\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && one !== null) {
      const found = messages.find((m) => m.id === one[1]);
      return found === undefined ? send(404, { error: 'No email found' }) : send(200, found);
    }
    if (req.method === 'DELETE' && path === '/email/all') {
      messages.length = 0;
      return send(200, true);
    }
    return send(404, { error: 'not found' });
  });
  await Promise.all([listen(smtp), listen(http)]);
  const smtpPort = (smtp.address() as AddressInfo).port;
  const httpPort = (http.address() as AddressInfo).port;
  return {
    smtp: { host: '127.0.0.1', port: smtpPort },
    url: `http://127.0.0.1:${httpPort}`,
    messages,
    close: async () => {
      http.closeAllConnections();
      await Promise.all([closeServer(smtp), closeServer(http)]);
    },
  };
}

function store(messages: StoredMail[], from: string, to: string[], raw: string): void {
  const mail = parseMail(raw);
  messages.push({
    id: randomUUID().replace(/-/g, '').slice(0, 8),
    time: new Date().toISOString(),
    subject: mail.subject,
    from: [{ address: from, name: '' }],
    to: (mail.to.length > 0 ? mail.to : to).map((address) => ({ address, name: '' })),
    envelope: { from: { address: from }, to: to.map((address) => ({ address })) },
    text: mail.text,
    html: mail.html,
    headers: Object.fromEntries(mail.headers),
  });
  if (messages.length > MAX_MESSAGES) messages.shift();
}

function listen(server: Server | TcpServer): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}

function closeServer(server: Server | TcpServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
