// The SigV4 signer against AWS's published Signature Version 4 test suite: a wrong byte anywhere in the canonical
// request would make every live AWS key read as "unknown".
import { describe, expect, it } from 'vitest';
import { signV4 } from '../../../../../shared/checks/secret-scan/verify/sigv4.ts';

const SUITE = {
  region: 'us-east-1',
  service: 'service',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  now: new Date('2015-08-30T12:36:00Z'),
  headers: {},
  body: '',
};

describe('signV4', () => {
  it.each([
    [
      'get-vanilla',
      'GET',
      'https://example.amazonaws.com/',
      '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    ],
    [
      'post-vanilla',
      'POST',
      'https://example.amazonaws.com/',
      '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b',
    ],
    [
      'get-vanilla-query-order-key-case',
      'GET',
      'https://example.amazonaws.com/?Param2=value2&Param1=value1',
      'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500',
    ],
  ])('reproduces the %s vector', (_name, method, url, signature) => {
    const headers = signV4({ ...SUITE, method, url: new URL(url) });
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
    expect(headers.authorization).toBe(
      `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`,
    );
  });

  it('never puts the secret access key in a header', () => {
    const headers = signV4({
      ...SUITE,
      method: 'POST',
      url: new URL('https://sts.amazonaws.com/'),
      body: 'Action=GetCallerIdentity',
    });
    expect(JSON.stringify(headers)).not.toContain(SUITE.secretAccessKey);
  });
});
