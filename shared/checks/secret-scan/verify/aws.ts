// AWS: STS GetCallerIdentity needs no permission, so any working key pair answers 200. It needs the secret access
// key too: a key id is checked only when its secret was found near it in the same file.
// InvalidClientTokenId: AWS knows no such key id (deleted, or never issued). SignatureDoesNotMatch: the id exists
// but the secret beside it is not its own, which says nothing about the id: unknown.
import type { ProbeResult } from '../../../http/types.ts';
import { signV4 } from './sigv4.ts';
import { endpoint, type Provider, type Verdict } from './types.ts';

const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';

export const aws: Provider = {
  name: 'AWS',
  rules: ['aws-access-key-id'],
  defaultBaseUrl: 'https://sts.amazonaws.com',
  envVar: 'LAUNCH_READY_VERIFY_AWS_URL',
  // Long-term keys only: temporary ones (ASIA…) also need their session token, which a file rarely holds.
  accepts: ({ value, secret }) => secret !== undefined && value.startsWith('AKIA'),
  request({ value, secret }, base) {
    const url = new URL(endpoint(base, '/'));
    const headers = signV4({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: BODY,
      region: 'us-east-1',
      service: 'sts',
      accessKeyId: value,
      secretAccessKey: secret!,
      now: new Date(),
    });
    // undici sets Host itself from the URL; sending it twice would be refused.
    delete headers.host;
    return { url: url.href, method: 'POST', headers, body: BODY };
  },
  classify: classifyAws,
};

function classifyAws(result: ProbeResult): Verdict {
  if (result.status === 200) return 'live';
  if (result.status === 403 && /<Code>\s*InvalidClientTokenId\s*<\/Code>/.test(result.body)) return 'revoked';
  return 'unknown';
}
