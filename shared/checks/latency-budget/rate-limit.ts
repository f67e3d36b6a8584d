// Rate limiting on the routes bots hammer (login, sign-up, webhooks): a short, capped burst, and whether the
// route starts answering 429. Sent without the run's credentials, as a bot would.
import { UsageError } from '../../errors.ts';
import { firstHeader, type Probe } from '../../http/probe.ts';
import { resolveUrl } from '../smoke-test/run.ts';
import type { RateLimitResult } from './details.ts';

export function parseRoute(spec: string): { method: string; path: string } {
  const parts = spec.trim().split(/\s+/);
  const [method, path] = parts.length === 2 ? [parts[0]!.toUpperCase(), parts[1]!] : ['GET', parts[0] ?? ''];
  if (parts.length > 2 || !/^[A-Z]+$/.test(method) || !path.startsWith('/')) {
    throw new UsageError(`--rate-limit-probe takes "PATH" or "METHOD PATH", e.g. "POST /api/login", got "${spec}"`);
  }
  return { method, path };
}

export async function probeRateLimit(
  probe: Probe,
  baseUrl: string,
  spec: string,
  burst: number,
  timeoutMs: number,
): Promise<RateLimitResult> {
  const { method, path } = parseRoute(spec);
  const url = resolveUrl(baseUrl, path);
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // All at once, as a credential-stuffing script would: burst is capped at 100 by the options.
  const results = await Promise.all(
    Array.from({ length: burst }, () =>
      probe.request({
        url,
        method,
        followRedirects: false,
        timeoutMs,
        ...(hasBody ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
      }),
    ),
  );
  const statuses: Record<string, number> = {};
  let firstLimitedAt: number | null = null;
  let retryAfter: string | null = null;
  let errors = 0;
  results.forEach((result, index) => {
    if (result.status === undefined) {
      errors += 1;
      return;
    }
    statuses[String(result.status)] = (statuses[String(result.status)] ?? 0) + 1;
    if (result.status === 429 && firstLimitedAt === null) {
      firstLimitedAt = index + 1;
      // The server's text: printable ASCII only, and short.
      retryAfter =
        firstHeader(result.headers, 'retry-after')
          ?.replace(/[^\x20-\x7e]/g, '?')
          .slice(0, 40) ?? null;
    }
  });
  return { method, path, sent: burst, limited: statuses['429'] ?? 0, firstLimitedAt, retryAfter, statuses, errors };
}
