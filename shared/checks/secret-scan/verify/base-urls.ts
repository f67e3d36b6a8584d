// Where each provider is asked. The real API by default; an environment variable overrides it for tests (a local
// fake) or GitHub Enterprise Server. Never a config-file field: a pull request edits launch-ready.yml, and could
// otherwise send every key the scan finds to a host of its choosing.
import { UsageError } from '../../../errors.ts';
import type { Provider } from './types.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function baseUrlOf(provider: Provider, env: Readonly<Record<string, string | undefined>>): URL {
  const given = env[provider.envVar]?.trim();
  if (!given) return new URL(provider.defaultBaseUrl);
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new UsageError(`${provider.envVar}: expected an https URL such as ${provider.defaultBaseUrl}`);
  }
  // A key must not cross the network in clear text; plain http only to this machine (a test's fake).
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new UsageError(
      `${provider.envVar}: expected an https URL with no user, query or fragment, such as ${provider.defaultBaseUrl}`,
    );
  }
  return url;
}

/** Every override checked before the scan starts: a mistyped URL fails the run at once, not after minutes. */
export function assertBaseUrls(
  providers: readonly Provider[],
  env: Readonly<Record<string, string | undefined>>,
): void {
  for (const provider of providers) baseUrlOf(provider, env);
}
