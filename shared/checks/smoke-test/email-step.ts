// An e-mail step: poll the test inbox (bounded, with backoff, within the step's deadline) until a mail for the
// address arrives after the triggering request, then take links, codes or the subject out of it.
import { backoffMs } from '../../http/retry.ts';
import type { Failure } from '../../http/types.ts';
import { safeRegex } from './expect.ts';
import type { InboxClient, InboxMessage } from './inbox.ts';
import type { EmailCaptureConfig } from './options.ts';

/** Clocks of the inbox and the runner may disagree by this much; older mail is from an earlier run. */
export const CLOCK_SKEW_MS = 30_000;

export interface MailWaitOptions {
  to: string;
  subject?: string;
  /** Start of the request that should send the mail (ms since the epoch). */
  triggerAt: number;
  deadlineMs: number;
  /** Mail already used by an earlier step of this run (the verification mail, when waiting for the reset mail). */
  used: ReadonlySet<string>;
  sleep: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface MailWait {
  message?: InboxMessage;
  /** From the trigger to the arrival (the inbox's time when plausible, else when the poll saw it). */
  deliveryMs?: number;
  failure?: Failure;
  polls: number;
  waitedMs: number;
}

export async function waitForMail(inbox: InboxClient, options: MailWaitOptions): Promise<MailWait> {
  const now = options.now ?? Date.now;
  const started = now();
  const deadline = started + options.deadlineMs;
  const subject = options.subject === undefined ? undefined : safeRegex(options.subject);
  let polls = 0;
  let lastFailure: Failure | undefined;
  // Once the inbox has answered, a later poll cut short by the deadline does not make this an inbox failure.
  let readOnce = false;
  // Bounded by count as well as by time: at most one poll per 250 ms of the deadline, whatever sleep does.
  const maxPolls = Math.ceil(options.deadlineMs / 250) + 1;
  for (;;) {
    polls += 1;
    const poll = await inbox.poll(options.to, options.used);
    const seenAt = now();
    if ('failure' in poll) {
      lastFailure = poll.failure;
      if (poll.final) return { failure: poll.failure, polls, waitedMs: seenAt - started };
    } else {
      lastFailure = undefined;
      readOnce = true;
      const fresh = poll.messages.filter(
        (m) =>
          (m.receivedAt === undefined || m.receivedAt >= options.triggerAt - CLOCK_SKEW_MS) &&
          (subject === undefined || subject.test(m.subject)),
      );
      // The oldest fresh one: the mail this trigger sent, not a later one.
      fresh.sort((a, b) => (a.receivedAt ?? seenAt) - (b.receivedAt ?? seenAt));
      const message = fresh[0];
      if (message !== undefined) {
        const plausible =
          message.receivedAt !== undefined &&
          message.receivedAt >= options.triggerAt - CLOCK_SKEW_MS &&
          message.receivedAt <= seenAt + CLOCK_SKEW_MS;
        const arrivedAt = plausible ? (message.receivedAt as number) : seenAt;
        return {
          message,
          deliveryMs: Math.max(0, Math.round(arrivedAt - options.triggerAt)),
          polls,
          waitedMs: seenAt - started,
        };
      }
    }
    const remaining = deadline - now();
    if (remaining <= 0 || polls >= maxPolls) break;
    // After the last pause comes one more look (at the deadline): a mail that arrived meanwhile still counts.
    await options.sleep(Math.min(backoffMs(polls, 250, 2_000), remaining));
  }
  const seconds = Math.round(options.deadlineMs / 100) / 10;
  if (lastFailure !== undefined && !readOnce) {
    return {
      failure: {
        kind: lastFailure.kind,
        message: `could not read the test inbox within ${seconds} s (${polls} polls): ${lastFailure.message}`,
        hint: lastFailure.hint,
      },
      polls,
      waitedMs: now() - started,
    };
  }
  return {
    failure: {
      kind: 'timeout',
      message: `no mail to ${options.to}${options.subject === undefined ? '' : ` with a subject matching /${options.subject}/`} arrived within ${seconds} s (${polls} polls of the inbox)`,
      hint: "check the app's SMTP settings and mail provider (host, port, credentials, verified sender domain, sending quota), that the step before really sends this mail, and that the inbox in smoke.inbox is the one the app sends to",
    },
    polls,
    waitedMs: now() - started,
  };
}

/** Links in a mail: href attributes of the HTML (entities decoded) and URLs in the text. */
export function linksOf(message: Pick<InboxMessage, 'html' | 'text'>): string[] {
  const links: string[] = [];
  for (const match of message.html.matchAll(/href\s*=\s*(["'])(.*?)\1/gis)) {
    links.push(
      match[2]
        .replace(/&amp;/g, '&')
        .replace(/&#x?0*3[dD];|&#61;/g, '=')
        .trim(),
    );
  }
  for (const match of `${message.text}\n${message.html}`.matchAll(/https?:\/\/[^\s<>"'`)\]]+/gi)) {
    links.push(match[0].replace(/&amp;/g, '&').replace(/[.,;:!?]+$/, ''));
  }
  return [...new Set(links)].filter((link) => /^https?:\/\//i.test(link));
}

/** A value for {{name}} out of the mail, or why there is none. */
export function captureFromMail(
  source: EmailCaptureConfig,
  message: InboxMessage,
): { value: string } | { missing: string } {
  if (source.subject === true) {
    return message.subject === '' ? { missing: 'the mail has no subject' } : { value: message.subject };
  }
  if (source.link !== undefined) {
    const pattern = safeRegex(source.link);
    const link = linksOf(message).find((candidate) => pattern.test(candidate));
    return link === undefined ? { missing: `no link in the mail matches /${source.link}/` } : { value: link };
  }
  const pattern = source.regex ?? '';
  const regex = safeRegex(pattern, '');
  const plain = message.html.replace(/<[^>]*>/g, ' ');
  // Words first, links last: a code pattern such as \d{6} must not pick a port or a token out of a link.
  const withoutLinks = (text: string) => text.replace(/https?:\/\/[^\s<>"']+/gi, ' ');
  for (const text of [withoutLinks(message.text), withoutLinks(plain), message.subject, message.text, message.html]) {
    const match = regex.exec(text);
    if (match !== null) return { value: match[1] ?? match[0] };
  }
  return { missing: `/${pattern}/ matches nothing in the mail` };
}
