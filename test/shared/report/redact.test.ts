import { describe, expect, it } from 'vitest';
import { Redactor, redactValue, wireForms } from '../../../shared/report/redact.ts';

describe('redaction', () => {
  it('keeps only a recognisable prefix and the length', () => {
    expect(redactValue('ghp_0123456789abcdefghijklmnopqrstuvwxyz')).toBe('ghp_…(40)');
    expect(redactValue('short12')).toBe('…(7)');
  });

  it('scrubs every registered value from text and nested data, longest first', () => {
    const masked: string[] = [];
    const redactor = new Redactor((v) => masked.push(v));
    redactor.add('hunter2hunter2');
    redactor.add('hunter2hunter2-and-more');
    expect(redactor.scrub('a hunter2hunter2-and-more b hunter2hunter2 c')).toBe('a hunt…(23) b hunt…(14) c');
    expect(redactor.scrubDeep({ list: ['x hunter2hunter2'], n: 1, key: { hunter2hunter2: true } })).toEqual({
      list: ['x hunt…(14)'],
      n: 1,
      key: { 'hunt…(14)': true },
    });
    expect(masked).toEqual(['hunter2hunter2', 'hunter2hunter2-and-more']);
  });

  it('treats values with regex characters literally', () => {
    const redactor = new Redactor();
    redactor.add('p@ss.w*rd+(1)');
    expect(redactor.scrub('pw=p@ss.w*rd+(1); pXss')).toBe('pw=p@ss…(13); pXss');
  });
});

describe('short values (a PIN, pw123)', () => {
  // Before: values under 6 characters were never scrubbed, although README promises every env value is.
  it('scrubs a 4 or 5 character value where it stands as a whole word, not inside other words', () => {
    const masked: string[] = [];
    const redactor = new Redactor((v) => masked.push(v));
    redactor.add('pw123');
    redactor.add('4711');
    expect(redactor.scrub('login pw123 with pin 4711, pw1234 and 47110 and xpw123')).toBe(
      'login …(5) with pin …(4), pw1234 and 47110 and xpw123',
    );
    expect(redactor.scrub('{"password":"pw123"}')).toBe('{"password":"…(5)"}');
    // Not masked in the action log: the runner would cut them out of every word.
    expect(masked).toEqual([]);
  });

  it('leaves values under 4 characters alone: no credential is that short', () => {
    const redactor = new Redactor();
    redactor.add('on');
    redactor.add('200');
    expect(redactor.scrub('status 200 on')).toBe('status 200 on');
  });
});

describe('wire forms of a registered secret', () => {
  const secret = 'my secret"pa/ss+word';

  it('scrubs the JSON-escaped form', () => {
    const redactor = new Redactor();
    redactor.add('abc"def\\ghi');
    const json = JSON.stringify({ value: 'abc"def\\ghi' });
    expect(json).toContain('abc\\"def');
    expect(redactor.scrub(json)).not.toContain('def');
    expect(redactor.scrub(json)).toBe('{"value":"ab…(11)"}');
  });

  it('scrubs the percent-encoded forms of URLs and form bodies', () => {
    const redactor = new Redactor();
    redactor.add(secret);
    const url = `https://shop.test/login?pw=${encodeURIComponent(secret)}`;
    const form = new URLSearchParams({ pw: secret }).toString();
    expect(url).toContain('my%20secret');
    expect(form).toContain('my+secret');
    expect(redactor.scrub(url)).toBe('https://shop.test/login?pw=my s…(20)');
    expect(redactor.scrub(form)).toBe('pw=my s…(20)');
    expect(redactor.scrub(`a=1&pw=${encodeURIComponent(secret).replace(/%20/g, '+')}`)).toBe('a=1&pw=my s…(20)');
  });

  it('scrubs the base64 and base64url of the value', () => {
    const redactor = new Redactor();
    redactor.add(secret);
    const b64 = Buffer.from(secret).toString('base64');
    expect(redactor.scrub(`data ${b64} end`)).toBe('data my s…(20) end');
    expect(redactor.scrub(Buffer.from(secret).toString('base64url'))).not.toContain(
      Buffer.from(secret).toString('base64url').slice(4, 20),
    );
  });

  it('scrubs a password inside a Basic header without knowing the user, at every alignment', () => {
    for (const user of ['a', 'ab', 'abc', 'founder@shop.example']) {
      const redactor = new Redactor();
      redactor.add('correct-horse-battery');
      const header = `Basic ${Buffer.from(`${user}:correct-horse-battery`).toString('base64')}`;
      const scrubbed = redactor.scrub(header);
      expect(scrubbed).toContain('…(21)');
      // What is left is the user's part and at most the few characters a group shares with the user.
      const left = scrubbed.replace(/^Basic /, '').split('corr…(21)');
      expect(left.join('').length).toBeLessThanOrEqual(Buffer.from(`${user}:`).toString('base64').length + 4);
    }
  });

  it('addBasicCredentials scrubs the whole user:pass token and the password alone', () => {
    const redactor = new Redactor();
    redactor.addBasicCredentials('founder', 's3cr3t-pw');
    const token = Buffer.from('founder:s3cr3t-pw').toString('base64');
    expect(redactor.scrub(`Authorization: Basic ${token}`)).toBe('Authorization: Basic foun…(17)');
    expect(redactor.scrub('password s3cr3t-pw')).toBe('password s3…(9)');
  });

  it('derives no form that equals ordinary text', () => {
    expect(wireForms('sk_live_abcdef0123456789')).not.toContain('sk_live_abcdef0123456789');
    for (const form of wireForms('abcdef')) expect(form.length).toBeGreaterThanOrEqual(6);
  });
});

describe('clip', () => {
  it('scrubs before cutting, so a cut never leaves half a secret', () => {
    const redactor = new Redactor();
    const secret = 'sk_live_0123456789abcdefghijklmnopqrstuv';
    redactor.add(secret);
    const text = `${'x'.repeat(60)} ${secret}`;
    const clipped = redactor.clip(text, 80);
    expect(clipped).not.toContain('0123456789abc');
    expect(clipped.endsWith('…') || clipped.endsWith(')')).toBe(true);
    expect(clipped).toContain('sk_l');
  });
});
