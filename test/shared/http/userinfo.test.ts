import { describe, expect, it } from 'vitest';
import { urlCredentials, withoutUserinfo } from '../../../shared/http/userinfo.ts';

describe('URL userinfo', () => {
  it('becomes the Basic header a browser sends, decoded, and leaves the URL', () => {
    expect(urlCredentials(new URL('https://ann:p%40ss@staging.example/shop?x=1'))).toEqual({
      url: 'https://staging.example/shop?x=1',
      username: 'ann',
      password: 'p@ss',
      authorization: `Basic ${Buffer.from('ann:p@ss').toString('base64')}`,
    });
    expect(urlCredentials(new URL('https://staging.example/'))).toBeUndefined();
    // A malformed escape is sent as written rather than failing the request.
    expect(urlCredentials(new URL('https://ann:%zz@staging.example/'))?.password).toBe('%zz');
  });

  it('is removed from every URL shown, even one too broken to parse', () => {
    expect(withoutUserinfo('https://ann:secret@staging.example/a')).toBe('https://staging.example/a');
    expect(withoutUserinfo('https://ann:secret@[::1/a')).toBe('https://[::1/a');
    expect(withoutUserinfo('https://staging.example/a@b')).toBe('https://staging.example/a@b');
    expect(withoutUserinfo('not a url')).toBe('not a url');
  });
});
