// Credentials given on the command line or as action inputs ("Name: value" headers, Cookie values): parsed once,
// registered as secrets before anything can print them.
import { UsageError } from '../errors.ts';
import type { Redactor } from '../report/redact.ts';

/** "Name: value" → a header; the value (and the credential without its scheme) is a secret. */
export function parseAuthHeader(raw: string, redactor: Redactor, flag = '--auth-header'): Record<string, string> {
  if (raw.trim() === '') return {};
  const colon = raw.indexOf(':');
  const name = colon > 0 ? raw.slice(0, colon).trim() : '';
  const value = colon > 0 ? raw.slice(colon + 1).trim() : '';
  if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name) || value === '') {
    throw new UsageError(`${flag} must look like "Name: value", e.g. "Authorization: Bearer <token>"`);
  }
  redactor.add(value);
  const credential = value.replace(/^\s*(bearer|basic|token|digest)\s+/i, '');
  if (credential !== value) redactor.add(credential);
  return { [name]: value };
}

/** A Cookie header value ("session=…; cart=…"): the whole value and each cookie's value are secrets. */
export function parseCookieHeader(raw: string, redactor: Redactor, flag = '--cookie'): string | undefined {
  const value = raw.trim().replace(/^cookie:\s*/i, '');
  if (value === '') return undefined;
  const pairs = value
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '');
  if (pairs.some((pair) => !/^[^=\s;,]+=[^;]*$/.test(pair))) {
    throw new UsageError(`${flag} must look like "name=value" (several: "a=1; b=2")`);
  }
  redactor.add(value);
  for (const pair of pairs) redactor.add(pair.slice(pair.indexOf('=') + 1));
  return pairs.join('; ');
}
