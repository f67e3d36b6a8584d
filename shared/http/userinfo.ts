// Credentials written into a URL (https://user:pass@staging.example): turned into the Basic header a browser
// would send, and never printed: every URL the probe reports goes through withoutUserinfo().

export interface UrlCredentials {
  /** The URL without its userinfo. */
  url: string;
  /** Decoded user and password ('' when absent). */
  username: string;
  password: string;
  /** `Basic <base64(user:pass)>`. */
  authorization: string;
}

/** undici sends no userinfo: the credentials of https://user:pass@host as a Basic header, or undefined when none. */
export function urlCredentials(url: URL): UrlCredentials | undefined {
  if (url.username === '' && url.password === '') return undefined;
  const username = decode(url.username);
  const password = decode(url.password);
  const clean = new URL(url.href);
  clean.username = '';
  clean.password = '';
  return {
    url: clean.href,
    username,
    password,
    authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
  };
}

/** The URL as it may be shown: userinfo removed, even from text too broken to parse as a URL. */
export function withoutUserinfo(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
  }
  if (parsed.username === '' && parsed.password === '') return url;
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}

/** A malformed escape (`%zz`) is kept as written rather than failing the request. */
function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
