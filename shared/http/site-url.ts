// The site a check talks to, as the user gave it (a flag, an input or a config field): required, absolute, of the
// expected scheme, never echoed with its user:password, and that user:password registered as a secret before
// anything can print it. One place, so every check says the same thing and keeps the same promise.
import { type CheckContext, paramLabel } from '../checks/definition.ts';
import { UsageError } from '../errors.ts';
import type { Redactor } from '../report/redact.ts';
import { withoutUserinfo } from './userinfo.ts';

export interface SiteField {
  /** The flag and input name, e.g. `base-url`. */
  param: string;
  /** The config field, e.g. `cache.baseUrl`. */
  config: string;
}

/** A URL as a message may quote it: never its user:password part, and short enough to read. */
export function quotedUrl(raw: string): string {
  const text = withoutUserinfo(raw);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * Registers the user:password written into a URL (a password-protected staging site), as written and decoded,
 * and the pair in every wire form the redactor derives (its base64 in a Basic header above all), before any
 * message can quote the URL, even one that does not parse.
 */
export function registerUrlCredentials(raw: string, redactor: Redactor): void {
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@]*)@/i.exec(raw.trim())?.[1];
  if (userinfo === undefined) return;
  const colon = userinfo.indexOf(':');
  const [user, password] = colon < 0 ? [userinfo, ''] : [userinfo.slice(0, colon), userinfo.slice(colon + 1)];
  redactor.add(user);
  redactor.add(password);
  redactor.addBasicCredentials(safeDecode(user), safeDecode(password));
}

/**
 * The URL given for `field`, parsed: an empty value says what to pass (`${check} needs the site to ${verb}`), a
 * malformed one or one of another scheme says what is expected, naming the flag or the input as the user wrote it.
 */
export function siteUrl(
  raw: string,
  field: SiteField,
  context: Pick<CheckContext, 'redactor' | 'source'>,
  need: { check: string; verb: string; protocols?: readonly ('http:' | 'https:')[] },
): URL {
  const protocols = need.protocols ?? ['https:', 'http:'];
  const example = `${protocols[0]}//shop.example.com`;
  const label = paramLabel(field.param, context.source);
  const text = raw.trim();
  if (text === '') {
    const how = context.source === 'action' ? `set the input ${field.param}` : `pass --${field.param}`;
    throw new UsageError(`${need.check} needs the site to ${need.verb}: ${how} ${example} (or set ${field.config})`);
  }
  registerUrlCredentials(text, context.redactor);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${label} must be an absolute URL such as ${example}, got "${quotedUrl(text)}"`);
  }
  if (!(protocols as readonly string[]).includes(url.protocol)) {
    const schemes = protocols.map((p) => `${p}//`).join(' or ');
    throw new UsageError(`${label} must start with ${schemes}, got "${quotedUrl(text)}"`);
  }
  return url;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
