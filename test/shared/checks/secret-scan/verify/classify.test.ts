// How each provider's answer is read, for the answers that are easy to misread: a 403 that is only a rate limit,
// a Slack error that is not about the token, an AWS key id paired with the wrong secret.
import { describe, expect, it } from 'vitest';
import { providerFor } from '../../../../../shared/checks/secret-scan/verify/providers.ts';
import type { ProbeResult } from '../../../../../shared/http/types.ts';

function answer(status: number | undefined, body = '', headers: Record<string, string> = {}): ProbeResult {
  return {
    url: 'https://example.test/',
    finalUrl: 'https://example.test/',
    method: 'GET',
    status,
    headers,
    body,
    bodyBytes: body.length,
    bodyTruncated: false,
    timings: { dns: 0, connect: 0, tls: 0, firstByte: 0, total: 0 },
    socketReused: false,
    redirects: [],
  };
}

const classify = (ruleId: string, result: ProbeResult) => providerFor(ruleId)!.classify(result);

describe('reading provider answers', () => {
  it.each([
    ['github-token', answer(200), 'live'],
    ['github-token', answer(401, '{"message":"Bad credentials"}'), 'revoked'],
    ['github-token', answer(403, '{"message":"Resource not accessible by integration"}'), 'live'],
    ['github-token', answer(403, '{"message":"API rate limit exceeded"}', { 'x-ratelimit-remaining': '0' }), 'unknown'],
    ['github-token', answer(403, '{"message":"Maximum number of login attempts exceeded"}'), 'unknown'],
    ['github-token', answer(undefined), 'unknown'],
    ['stripe-restricted-key', answer(403), 'live'],
    ['stripe-live-secret-key', answer(401), 'revoked'],
    ['openai-api-key', answer(403), 'unknown'],
    ['sendgrid-api-key', answer(403), 'revoked'],
    ['slack-token', answer(200, '{"ok":false,"error":"account_inactive"}'), 'revoked'],
    ['slack-token', answer(200, '{"ok":false,"error":"ratelimited"}'), 'unknown'],
    ['slack-token', answer(200, '<html>maintenance</html>'), 'unknown'],
    ['slack-token', answer(200, 'null'), 'unknown'],
    ['aws-access-key-id', answer(403, '<Error><Code>SignatureDoesNotMatch</Code></Error>'), 'unknown'],
    ['aws-access-key-id', answer(403, '<Error><Code>InvalidClientTokenId</Code></Error>'), 'revoked'],
    ['aws-access-key-id', answer(400, '<Error><Code>ExpiredToken</Code></Error>'), 'unknown'],
  ] as const)('%s: %o → %s', (ruleId, result, verdict) => {
    expect(classify(ruleId, result)).toBe(verdict);
  });

  it('asks Slack only about access tokens: a refresh token refused by auth.test is not "revoked"', () => {
    const slack = providerFor('slack-token')!;
    expect(slack.accepts!({ value: 'xoxb-1-2-abc' })).toBe(true);
    expect(slack.accepts!({ value: 'xoxe.xoxp-1-abc' })).toBe(true);
    expect(slack.accepts!({ value: 'xoxe-1-abc' })).toBe(false);
    expect(slack.accepts!({ value: 'xapp-1-abc' })).toBe(false);
  });

  it('asks AWS only about a long-term key id with its secret', () => {
    const aws = providerFor('aws-access-key-id')!;
    expect(aws.accepts!({ value: 'AKIAEXAMPLE', secret: 's' })).toBe(true);
    expect(aws.accepts!({ value: 'AKIAEXAMPLE' })).toBe(false);
    expect(aws.accepts!({ value: 'ASIAEXAMPLE', secret: 's' })).toBe(false);
  });

  it('verifies no rule it does not know: the rule decides the provider', () => {
    expect(providerFor('stripe-test-secret-key')).toBeUndefined();
    expect(providerFor('generic-secret')).toBeUndefined();
  });
});
