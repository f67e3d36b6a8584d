// Same site as a browser decides it: scheme and registrable domain (with the public suffix list), port ignored.
import { describe, expect, it } from 'vitest';
import { sameSite } from '../../../shared/http/same-site.ts';

describe('sameSite', () => {
  it.each([
    ['https://www.shop.example.com/', 'https://cdn.shop.example.com/assets/app.3f9a1c2e.js', true],
    ['https://www.shop.example.com/', 'https://static.shop.example.com:8443/a.css', true],
    ['https://www.shop.example.com/', 'https://example.com/a.css', true],
    ['https://WWW.Shop.Example.com/', 'https://cdn.shop.example.com/', true],
    ['https://shop.example.com/', 'https://shop.example.co.uk/', false],
    ['https://shop.example.co.uk/', 'https://cdn.example.co.uk/', true],
    ['https://www.example.co.uk/', 'https://other.co.uk/', false],
    // github.io, cloudfront.net are public suffixes (the list's private section, as browsers use it).
    ['https://example.github.io/', 'https://other.github.io/', false],
    ['https://d1111abcd.cloudfront.net/', 'https://d2222abcd.cloudfront.net/', false],
    ['http://127.0.0.1:1/', 'http://127.0.0.1:2/', true],
    ['http://localhost:1/', 'http://localhost:2/', true],
    ['http://localhost/', 'http://127.0.0.1/', false],
    ['http://127.0.0.1/', 'http://127.0.0.2/', false],
    ['http://[::1]:1/', 'http://[::1]:2/', true],
    ['http://shop.example.com/', 'https://shop.example.com/', false],
    ['http://www.shop.example.com/', 'https://cdn.shop.example.com/', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(sameSite(a, b)).toBe(expected);
    expect(sameSite(b, a)).toBe(expected);
  });
});
