import { describe, expect, it } from 'vitest';
import { credentialHint } from '../../../../shared/checks/smoke-test/credentials-hint.ts';
import { statusFailure } from '../../../../shared/http/failure.ts';

const url = 'https://shop.example/api/orders';

describe('credentialHint', () => {
  it('tells a founder to pass --auth-header when a 401/403 came back to a request with no credential', () => {
    for (const status of [401, 403]) {
      const hinted = credentialHint(statusFailure(status, url, '2xx'), status, { accept: 'application/json' }, false);
      expect(hinted).toMatchObject({ kind: 'http', message: `HTTP ${status} from ${url}, expected 2xx` });
      expect(hinted?.hint).toMatch(/sent none: pass --auth-header/);
    }
  });

  it('keeps the generic hint when a credential was sent (header or cookie), or for other failures', () => {
    const refused = statusFailure(401, url, '2xx');
    expect(credentialHint(refused, 401, { Authorization: 'Bearer x' }, false)).toBe(refused);
    expect(credentialHint(refused, 401, { 'x-api-key': 'k' }, false)).toBe(refused);
    expect(credentialHint(refused, 401, {}, true)).toBe(refused);
    const crashed = statusFailure(500, url, '2xx');
    expect(credentialHint(crashed, 500, {}, false)).toBe(crashed);
    expect(credentialHint(undefined, 200, {}, false)).toBeUndefined();
  });
});
