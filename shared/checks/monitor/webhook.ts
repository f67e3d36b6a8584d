// One message to a Slack-compatible incoming webhook when an incident opens or closes: a JSON body with `text`,
// sent through the one HTTP probe (a deadline, no redirects, a small body kept), never retried (a retried POST
// could post twice). The URL is a secret: it is registered before the request and never printed.
import { createProbe } from '../../http/probe.ts';
import type { Redactor } from '../../report/redact.ts';

export interface WebhookResult {
  ok: boolean;
  /** Why it failed, one line, the URL scrubbed. */
  error?: string;
}

export async function postWebhook(
  url: string,
  text: string,
  redactor: Redactor,
  timeoutMs: number,
): Promise<WebhookResult> {
  redactor.add(url);
  const probe = createProbe({ timeoutMs, maxBodyBytes: 4096, isSecret: (value) => redactor.scrub(value) !== value });
  try {
    const result = await probe.request({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
      followRedirects: false,
    });
    if (result.failure)
      return { ok: false, error: redactor.scrub(`${result.failure.message} (${result.failure.hint})`) };
    if (result.status === undefined || result.status < 200 || result.status > 299) {
      return { ok: false, error: `the webhook answered HTTP ${result.status ?? 'nothing'}` };
    }
    return { ok: true };
  } finally {
    await probe.close();
  }
}
