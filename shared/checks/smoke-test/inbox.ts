// Test inboxes through their HTTP APIs (every request through the one probe): MailDev, Mailpit, MailHog,
// Mailosaur, Mailtrap's sandbox, and a generic JSON endpoint. Each back end turns its own shapes into InboxMessage.
import type { Probe } from '../../http/probe.ts';
import type { Failure, ProbeResult } from '../../http/types.ts';
import { decodeMimeWords, decodeTransfer } from '../../mail/mime.ts';
import { readPath } from './json-path.ts';
import type { InboxConfig } from './options.ts';

export interface InboxMessage {
  id: string;
  /** Recipient addresses, lower case. */
  to: string[];
  subject: string;
  html: string;
  text: string;
  /** When the inbox received it (ms since the epoch), when the API says. */
  receivedAt?: number;
}

/** One look at the inbox: the messages for an address (with bodies), or why the look failed. */
export type Poll = { messages: InboxMessage[] } | { failure: Failure; final: boolean };

export interface InboxClient {
  /** What the report names, e.g. "MailDev at http://127.0.0.1:1080". */
  describe: string;
  /** Messages to `address`, excluding the ids in `skip`; bodies fetched for at most a few new candidates. */
  poll(address: string, skip: ReadonlySet<string>): Promise<Poll>;
}

export interface InboxDeps {
  probe: Probe;
  timeoutMs: () => number;
}

/** A list longer than this is read only this far: a shared inbox with years of mail is no reason to stall. */
export const MAX_LISTED = 500;
/** Bodies fetched per poll: new candidates only, so a flood of mail costs a bounded number of requests. */
const MAX_DETAILS = 5;

const NAMES: Record<InboxConfig['kind'], string> = {
  '': 'no inbox',
  maildev: 'MailDev',
  mailpit: 'Mailpit',
  mailhog: 'MailHog',
  mailosaur: 'Mailosaur',
  mailtrap: 'Mailtrap',
  json: 'the JSON inbox',
};

const DEFAULT_URLS: Partial<Record<InboxConfig['kind'], string>> = {
  mailosaur: 'https://mailosaur.com',
  mailtrap: 'https://mailtrap.io',
};

/** The API base, without a trailing slash. `url` is the config's, templates filled. */
export function inboxBase(config: InboxConfig, url: string): string {
  return (url.trim() === '' ? (DEFAULT_URLS[config.kind] ?? '') : url.trim()).replace(/\/+$/, '');
}

export function createInbox(config: InboxConfig, url: string, headers: Record<string, string>, deps: InboxDeps) {
  const base = inboxBase(config, url);
  const describe = `${NAMES[config.kind]} at ${config.kind === 'json' ? base.replace(/[?#].*$/, '') : base}`;
  const get = async (target: string, extra: Record<string, string> = {}, body?: string): Promise<ProbeResult> =>
    deps.probe.request({
      url: target,
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        accept: 'application/json',
        ...headers,
        ...extra,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body,
      timeoutMs: deps.timeoutMs(),
      followRedirects: true,
    });
  const client: InboxClient = {
    describe,
    async poll(address, skip) {
      try {
        return await pollKind(config, base, address, skip, get);
      } catch (error) {
        if (error instanceof InboxError) return { failure: error.failure, final: error.final };
        throw error;
      }
    },
  };
  return client;
}

type Get = (url: string, extra?: Record<string, string>, body?: string) => Promise<ProbeResult>;

class InboxError extends Error {
  readonly failure: Failure;
  readonly final: boolean;
  constructor(failure: Failure, final: boolean) {
    super(failure.message);
    this.failure = failure;
    this.final = final;
  }
}

/** The JSON of a response, or an InboxError saying in plain words what is wrong with the inbox's answer. */
async function json(get: Get, url: string, extra?: Record<string, string>, body?: string): Promise<unknown> {
  const result = await get(url, extra, body);
  if (result.failure !== undefined) {
    throw new InboxError({ ...result.failure, hint: `the test inbox did not answer: ${result.failure.hint}` }, false);
  }
  const status = result.status ?? 0;
  if (status === 401 || status === 403) {
    throw new InboxError(
      {
        kind: 'http',
        message: `the inbox API refused the request (HTTP ${status}) at ${url.replace(/[?#].*$/, '')}`,
        hint: 'check the inbox credentials (smoke.inbox.apiKey from the environment) and its ids (server, accountId, inboxId)',
      },
      true,
    );
  }
  if (status < 200 || status >= 300) {
    throw new InboxError(
      {
        kind: 'http',
        message: `the inbox API answered HTTP ${status} at ${url.replace(/[?#].*$/, '')}`,
        hint: 'check smoke.inbox (kind and url: the API base, e.g. http://localhost:1080 for MailDev)',
      },
      status === 404,
    );
  }
  if (result.bodyTruncated) {
    throw new InboxError(
      {
        kind: 'assertion',
        message: `the inbox API answered more than the probe reads (${result.bodyBytes} bytes) at ${url.replace(/[?#].*$/, '')}`,
        hint: 'clear the test inbox (old mail piles up) or use a back end that searches by address (mailpit, mailhog, mailosaur)',
      },
      // An inbox this full will not shrink while the step waits.
      true,
    );
  }
  try {
    return JSON.parse(result.body) as unknown;
  } catch {
    throw new InboxError(
      {
        kind: 'assertion',
        message: `the inbox API did not answer JSON at ${url.replace(/[?#].*$/, '')}`,
        hint: "check smoke.inbox.kind and url: they must point at the inbox's API, not its web page",
      },
      true,
    );
  }
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value.slice(0, MAX_LISTED) : [];
}

function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

function time(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value < 1e12 ? value * 1000 : value;
  const parsed = Date.parse(str(value));
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** Addresses out of whatever a JSON API uses: "a@b", "Name <a@b>", { address }, { email }, { Address }, lists of these. */
export function addresses(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(addresses);
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((part) => (/<([^>]+)>/.exec(part)?.[1] ?? part).trim().toLowerCase())
      .filter((part) => part.includes('@'));
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const direct = record.address ?? record.Address ?? record.email ?? record.Email;
    if (direct !== undefined) return addresses(direct);
    if (typeof record.Mailbox === 'string' && typeof record.Domain === 'string') {
      return [`${record.Mailbox}@${record.Domain}`.toLowerCase()];
    }
  }
  return [];
}

function forAddress(address: string, to: string[]): boolean {
  return to.includes(address.toLowerCase());
}

async function pollKind(
  config: InboxConfig,
  base: string,
  address: string,
  skip: ReadonlySet<string>,
  get: Get,
): Promise<Poll> {
  const enc = encodeURIComponent;
  switch (config.kind) {
    case 'maildev': {
      // GET /email (MailDev 2; /api/email since MailDev 3) lists every message with its bodies; envelope.to has the
      // SMTP recipients (Bcc included).
      const messages = list(await maildevList(get, base)).map((raw) => {
        const m = raw as Record<string, unknown>;
        const envelope = (m.envelope ?? {}) as Record<string, unknown>;
        return {
          id: str(m.id),
          to: [...addresses(m.to), ...addresses(envelope.to)],
          subject: str(m.subject),
          html: str(m.html),
          text: str(m.text),
          receivedAt: time(m.time),
        };
      });
      return { messages: messages.filter((m) => forAddress(address, m.to) && !skip.has(m.id)) };
    }
    case 'mailpit': {
      // Search by recipient; the summary lacks bodies, GET /api/v1/message/{ID} has HTML and Text.
      const found = await json(get, `${base}/api/v1/search?query=${enc(`to:"${address}"`)}&limit=50`);
      const summaries = list((found as Record<string, unknown> | null)?.messages)
        .map((raw) => raw as Record<string, unknown>)
        .filter((m) => !skip.has(str(m.ID)) && forAddress(address, addresses(m.To)));
      const messages: InboxMessage[] = [];
      for (const summary of summaries.slice(0, MAX_DETAILS)) {
        const full = (await json(get, `${base}/api/v1/message/${enc(str(summary.ID))}`)) as Record<string, unknown>;
        messages.push({
          id: str(summary.ID),
          to: addresses(full?.To ?? summary.To),
          subject: str(full?.Subject ?? summary.Subject),
          html: str(full?.HTML),
          text: str(full?.Text),
          receivedAt: time(summary.Created ?? full?.Date),
        });
      }
      return { messages };
    }
    case 'mailhog': {
      // The v2 search returns whole messages: headers, the raw body and the MIME parts.
      const found = await json(get, `${base}/api/v2/search?kind=to&query=${enc(address)}&limit=50`);
      const messages = list((found as Record<string, unknown> | null)?.items)
        .map((raw) => mailhogMessage(raw as Record<string, unknown>))
        .filter((m) => forAddress(address, m.to) && !skip.has(m.id));
      return { messages };
    }
    case 'mailosaur': {
      const server = config.server.trim();
      const found = await json(
        get,
        `${base}/api/messages/search?server=${enc(server)}&page=0&itemsPerPage=50`,
        {},
        JSON.stringify({ sentTo: address }),
      );
      const summaries = list((found as Record<string, unknown> | null)?.items)
        .map((raw) => raw as Record<string, unknown>)
        .filter((m) => !skip.has(str(m.id)));
      const messages: InboxMessage[] = [];
      for (const summary of summaries.slice(0, MAX_DETAILS)) {
        const full = (await json(get, `${base}/api/messages/${enc(str(summary.id))}`)) as Record<string, unknown>;
        const html = (full?.html ?? {}) as Record<string, unknown>;
        const text = (full?.text ?? {}) as Record<string, unknown>;
        const to = addresses(full?.to ?? summary.to);
        messages.push({
          id: str(summary.id),
          to: to.length > 0 ? to : [address.toLowerCase()],
          subject: str(full?.subject ?? summary.subject),
          html: str(html.body),
          text: str(text.body),
          receivedAt: time(summary.received ?? full?.received),
        });
      }
      return { messages: messages.filter((m) => forAddress(address, m.to)) };
    }
    case 'mailtrap': {
      const inbox = `${base}/api/accounts/${enc(config.accountId.trim())}/inboxes/${enc(config.inboxId.trim())}/messages`;
      const summaries = list(await json(get, `${inbox}?search=${enc(address)}`))
        .map((raw) => raw as Record<string, unknown>)
        .filter((m) => !skip.has(str(m.id)) && forAddress(address, addresses(m.to_email)));
      const messages: InboxMessage[] = [];
      for (const summary of summaries.slice(0, MAX_DETAILS)) {
        const id = enc(str(summary.id));
        messages.push({
          id: str(summary.id),
          to: addresses(summary.to_email),
          subject: str(summary.subject),
          html: await text(get, `${inbox}/${id}/body.html`),
          text: await text(get, `${inbox}/${id}/body.txt`),
          receivedAt: time(summary.created_at ?? summary.sent_at),
        });
      }
      return { messages };
    }
    case 'json': {
      const document = await json(get, base);
      const listed = config.listPath.trim() === '' ? document : readPath(document, config.listPath).value;
      if (!Array.isArray(listed)) {
        throw new InboxError(
          {
            kind: 'assertion',
            message: `the inbox JSON has no list${config.listPath === '' ? '' : ` at ${config.listPath}`}`,
            hint: 'set smoke.inbox.listPath to the JSON path of the message list, e.g. data.messages',
          },
          true,
        );
      }
      const field = (m: unknown, path: string) => readPath(m, path).value;
      const { fields } = config;
      const messages = list(listed).map((m, index) => ({
        id: str(field(m, fields.id)) || `#${index}`,
        to: addresses(field(m, fields.to)),
        subject: str(field(m, fields.subject)),
        html: str(field(m, fields.html)),
        text: str(field(m, fields.text)),
        receivedAt: time(field(m, fields.received)),
      }));
      return { messages: messages.filter((m) => forAddress(address, m.to) && !skip.has(m.id)) };
    }
    default:
      throw new InboxError(
        {
          kind: 'assertion',
          message: 'no test inbox is configured',
          hint: 'set smoke.inbox.kind and smoke.inbox.url',
        },
        true,
      );
  }
}

/** MailDev's list: /email, or /api/email where /email is not found (MailDev 3 moved its API under /api). */
async function maildevList(get: Get, base: string): Promise<unknown> {
  if (base.endsWith('/api')) return json(get, `${base}/email`);
  try {
    return await json(get, `${base}/email`);
  } catch (error) {
    if (!(error instanceof InboxError) || !/HTTP 404/.test(error.failure.message)) throw error;
    return json(get, `${base}/api/email`);
  }
}

/** A body fetched as text (Mailtrap's body.html / body.txt); a missing part is empty. */
async function text(get: Get, url: string): Promise<string> {
  const result = await get(url, { accept: '*/*' });
  if (result.failure !== undefined || result.status === undefined || result.status >= 300) return '';
  return result.body;
}

function header(headers: unknown, name: string): string {
  const record = (headers ?? {}) as Record<string, unknown>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : record[key];
  return str(Array.isArray(value) ? value[0] : value);
}

function mailhogMessage(raw: Record<string, unknown>): InboxMessage {
  const content = (raw.Content ?? {}) as Record<string, unknown>;
  const headers = content.Headers;
  const rawEnvelope = (raw.Raw ?? {}) as Record<string, unknown>;
  const toHeader = ((headers as Record<string, unknown> | undefined)?.To ?? []) as unknown;
  const parts = list(((raw.MIME ?? {}) as Record<string, unknown>).Parts).map((p) => p as Record<string, unknown>);
  let html = '';
  let text = '';
  const sources = parts.length > 0 ? parts : [content];
  for (const part of sources) {
    const type = header(part.Headers, 'Content-Type') || header(headers, 'Content-Type') || 'text/plain';
    const body = decodeTransfer(str(part.Body), header(part.Headers, 'Content-Transfer-Encoding'));
    if (/text\/html/i.test(type) && html === '') html = body;
    else if (/text\/plain/i.test(type) && text === '') text = body;
  }
  return {
    id: str(raw.ID),
    to: [...addresses(toHeader), ...addresses(rawEnvelope.To), ...addresses(raw.To)],
    subject: decodeMimeWords(header(headers, 'Subject')),
    html,
    text,
    receivedAt: time(raw.Created),
  };
}
