import { describe, expect, it } from 'vitest';
import { statusMatches } from '../../../../shared/checks/smoke-test/expect.ts';
import { readPath } from '../../../../shared/checks/smoke-test/json-path.ts';
import { findMixedContent } from '../../../../shared/checks/smoke-test/mixed-content.ts';
import { CookieJar } from '../../../../shared/http/cookies.ts';

describe('JSON paths', () => {
  const doc = { token: 't', user: { roles: ['a', 'b'], 'x.y': 1, none: null } };
  it('reads dotted paths, indexes, quoted keys and a $. prefix', () => {
    expect(readPath(doc, 'token')).toEqual({ found: true, value: 't' });
    expect(readPath(doc, '$.user.roles[1]')).toEqual({ found: true, value: 'b' });
    expect(readPath(doc, 'user["x.y"]')).toEqual({ found: true, value: 1 });
    expect(readPath(doc, 'user.none')).toEqual({ found: true, value: null });
    expect(readPath(doc, 'user.roles[5]').found).toBe(false);
    expect(readPath(doc, 'token.length').found).toBe(false);
  });
});

describe('status expectations', () => {
  it('accepts codes, classes, ranges and lists', () => {
    expect(statusMatches(204, undefined)).toBe(true);
    expect(statusMatches(301, undefined)).toBe(false);
    expect(statusMatches(404, '4xx')).toBe(true);
    expect(statusMatches(201, '200-204')).toBe(true);
    expect(statusMatches(205, '200-204')).toBe(false);
    expect(statusMatches(401, [200, 401])).toBe(true);
  });
});

describe('mixed content', () => {
  it('finds http:// scripts, styles, frames and images, not links or text', () => {
    const html = `<!-- <script src="http://old.test/x.js"></script> -->
      <link rel="stylesheet" href="http://cdn.test/a.css"><link rel="canonical" href="http://shop.test/">
      <SCRIPT SRC="http://cdn.test/b.js"></SCRIPT><iframe src="http://pay.test/frame"></iframe>
      <img srcset="https://ok.test/1.png 1x, http://cdn.test/2.png 2x"><a href="http://blog.test">blog</a>
      <img src="//cdn.test/relative.png"><p>see http://example.test</p>`;
    expect(findMixedContent(html)).toEqual([
      'http://cdn.test/a.css',
      'http://cdn.test/b.js',
      'http://pay.test/frame',
      'http://cdn.test/2.png',
    ]);
  });
});

describe('cookie jar', () => {
  it('sends cookies by domain and path, drops expired ones and Secure ones over plain http', () => {
    const jar = new CookieJar();
    jar.store('https://shop.test/account/login', [
      'sid=1; Path=/',
      'cart=2; Path=/cart',
      'pref=3; Domain=shop.test; Path=/; Secure',
      'acct=6',
      'gone=4; Max-Age=0',
      'evil=5; Domain=other.test',
    ]);
    expect(jar.headerFor('https://shop.test/cart/items')).toBe('cart=2; sid=1; pref=3');
    expect(jar.headerFor('https://www.shop.test/')).toBe('pref=3');
    expect(jar.headerFor('http://shop.test/')).toBe('sid=1');
    // Without a Path, a cookie belongs to the directory of the page that set it.
    expect(jar.headerFor('https://shop.test/account/orders')).toBe('acct=6; sid=1; pref=3');
    expect(jar.get('gone')).toBeUndefined();
    expect(jar.get('evil')).toBeUndefined();
    jar.store('https://shop.test/', ['sid=; Path=/; Max-Age=0']);
    expect(jar.get('sid')).toBeUndefined();
  });
});
