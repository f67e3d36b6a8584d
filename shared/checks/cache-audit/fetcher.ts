// Every request of the audit: through the one probe, as a browser would ask (Accept-Encoding: br, gzip, zstd),
// never following redirects (each hop is its own cache entry), counted against --max-urls.
import type { Probe } from '../../http/probe.ts';
import type { ProbeResult } from '../../http/types.ts';

export const ACCEPT_ENCODING = 'br, gzip, zstd';
const ACCEPT_DOCUMENT = 'text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8';

export interface Fetched {
  url: string;
  /** The request headers as sent (lower-case names), credentials included: judge with them, never print them. */
  sent: Record<string, string>;
  result: ProbeResult;
}

export class Fetcher {
  #used = 0;
  readonly #probe: Probe;
  readonly #max: number;
  readonly #timeoutMs: number;

  constructor(probe: Probe, maxRequests: number, timeoutMs: number) {
    this.#probe = probe;
    this.#max = maxRequests;
    this.#timeoutMs = timeoutMs;
  }

  get used(): number {
    return this.#used;
  }

  get left(): number {
    return this.#max - this.#used;
  }

  /** undefined when the request budget is spent. */
  async get(
    url: string,
    options: { document: boolean; credentials?: Record<string, string> },
  ): Promise<Fetched | undefined> {
    if (this.left <= 0) return undefined;
    this.#used += 1;
    const sent: Record<string, string> = {
      accept: options.document ? ACCEPT_DOCUMENT : '*/*',
      'accept-encoding': ACCEPT_ENCODING,
    };
    for (const [name, value] of Object.entries(options.credentials ?? {})) sent[name.toLowerCase()] = value;
    const result = await this.#probe.request({
      url,
      headers: sent,
      followRedirects: false,
      timeoutMs: this.#timeoutMs,
    });
    return { url, sent, result };
  }
}
