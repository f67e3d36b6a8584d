// A small local storefront with switchable faults, for the smoke-test tests.
import type http from 'node:http';
import { startHttp, startHttps, type TestCert, type TestServer } from '../../http/servers.ts';

export interface StorefrontFaults {
  /** Status /checkout answers with. */
  checkoutStatus?: number;
  /** Every route answers 503 this many times first (a deploy warming up). */
  unavailableFirst?: number;
  /** /health answers 503 this many times before 200. */
  healthyAfter?: number;
  /** The homepage loads a script over http://. */
  mixedContent?: boolean;
  /** Milliseconds every page waits before answering. */
  delayMs?: number;
  /** Routes that never answer. */
  hang?: string[];
}

export const SHOP = {
  email: 'founder@shop.test',
  password: 'pw-correct-horse-battery',
  apiKey: 'sk_live_api_key_0123456789',
  sessionToken: 'tok_session_abcdefghijklmnop',
};

export interface Storefront extends TestServer {
  requests: string[];
}

function handler(faults: StorefrontFaults, requests: string[]) {
  let unavailable = faults.unavailableFirst ?? 0;
  let healthChecks = 0;
  const page = (res: http.ServerResponse, html: string, status = 200) =>
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  const json = (res: http.ServerResponse, body: unknown, status = 200) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

  const route = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => {
    const path = (req.url ?? '/').split('?')[0];
    if (faults.hang?.includes(path)) return;
    if (unavailable > 0) {
      unavailable -= 1;
      page(res, 'warming up', 503);
      return;
    }
    const bearer = req.headers.authorization;
    switch (`${req.method} ${path}`) {
      case 'GET /': {
        const script = faults.mixedContent ? '<script src="http://cdn.shop.test/app.js"></script>' : '';
        return page(res, `<html><head>${script}</head><body>Shop</body></html>`);
      }
      case 'GET /login':
        return page(res, '<form>login</form>');
      case 'GET /checkout':
        return page(res, faults.checkoutStatus === undefined ? 'checkout' : 'boom', faults.checkoutStatus ?? 200);
      case 'GET /health':
        healthChecks += 1;
        return page(res, 'health', healthChecks > (faults.healthyAfter ?? 0) ? 200 : 503);
      case 'GET /api/me':
        return bearer === `Bearer ${SHOP.apiKey}`
          ? json(res, { plan: 'pro' })
          : json(res, { error: 'unauthorized' }, 401);
      case 'POST /api/login': {
        const credentials = safeJson(body);
        if (credentials?.email === SHOP.email && credentials?.password === SHOP.password) {
          res.setHeader('set-cookie', 'sid=cookie-session-value-1234; Path=/; HttpOnly');
          return json(res, { token: SHOP.sessionToken, user: { email: SHOP.email } });
        }
        return json(res, { error: 'bad credentials' }, 401);
      }
      case 'GET /api/orders':
        return bearer === `Bearer ${SHOP.sessionToken}`
          ? json(res, { orders: [{ id: 1, total: 42 }] })
          : json(res, { error: 'unauthorized' }, 401);
      default:
        return page(res, 'not found', 404);
    }
  };

  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      const answer = () => route(req, res, Buffer.concat(chunks).toString('utf8'));
      if (faults.delayMs) setTimeout(answer, faults.delayMs);
      else answer();
    });
  };
}

function safeJson(text: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export async function startStorefront(faults: StorefrontFaults = {}, tls?: TestCert): Promise<Storefront> {
  const requests: string[] = [];
  const server =
    tls === undefined ? await startHttp(handler(faults, requests)) : await startHttps(handler(faults, requests), tls);
  return { ...server, requests };
}
