// `npm run demo` / `launch-ready demo`: every check against the embedded storefront and demo repository.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHECKS } from '../checks/registry.ts';
import type { Io } from '../cli/main.ts';
import { render } from '../cli/output.ts';
import type { RawParams } from '../config/load.ts';
import { UsageError } from '../errors.ts';
import { describeCounts } from '../report/describe.ts';
import { plainText } from '../report/escape.ts';
import { Redactor } from '../report/redact.ts';
import { DEFAULT_FAIL_ON, type Outcome, readConfig, runCheck } from '../run/pipeline.ts';
import { DEMO_DKIM_SELECTOR, DEMO_DOMAIN, startDemoDomain } from './domain.ts';
import { writeDemoRepo } from './repo.ts';
import { DEMO_SESSION, DEMO_USER, startStorefront } from './storefront.ts';

/** The demo's launch-ready.yml: what a founder would write for this shop. */
const DEMO_CONFIG = `# launch-ready.yml of the demo shop
env:
  environments:
    production:
      APP_URL: url
      DATABASE_URL: { kind: url, secret: true }
      STRIPE_SECRET_KEY: { kind: regex, pattern: "^sk_(live|test)_[A-Za-z0-9]+$", secret: true }
      STRIPE_WEBHOOK_SECRET: { secret: true }
      SESSION_SECRET: { secret: true }
dns:
  domain: ${DEMO_DOMAIN}
  records:
    - { name: "@", type: A, value: 127.0.0.1 }
    - { name: www, type: CNAME, value: ${DEMO_DOMAIN} }
  email: { dkimSelectors: [${DEMO_DKIM_SELECTOR}], receivesMail: true }
smoke:
  steps:
    - name: homepage
      path: /
      expect: { status: 200, bodyContains: Demo Shop }
    - name: login
      method: POST
      path: /api/login
      json: { email: ${DEMO_USER.email}, password: ${DEMO_USER.password} }
      capture: { token: { jsonPath: token } }
    - name: checkout
      path: /checkout
      expect: { status: 200 }
    - name: orders
      path: /api/orders
      headers: { Authorization: "Bearer {{token}}" }
      expect: { status: 200, jsonPathExists: orders }
`;

interface DemoServices {
  baseUrl: string;
  httpsPort: number;
  dnsServer: string;
  caFile: string;
}

/** Per check, what the demo passes as flags (a later check adds its line here). */
function demoParams(services: DemoServices): Record<string, RawParams> {
  return {
    'cache-audit': {
      'base-url': services.baseUrl,
      paths: '/,/login,/checkout',
      'private-paths': '/account',
      cookie: `${DEMO_SESSION.name}=${DEMO_SESSION.value}`,
    },
    'env-check': { 'dotenv-file': '.env.production' },
    'secret-scan': { mode: 'tree' },
    'smoke-test': { 'base-url': services.baseUrl },
    'dns-check': { 'dns-server': services.dnsServer },
    'tls-check': {
      url: `https://${DEMO_DOMAIN}:${services.httpsPort}/`,
      'dns-server': services.dnsServer,
      'ca-file': services.caFile,
    },
    // A short paced load (about 1.5 s) and a burst at login, which has no rate limit.
    'latency-budget': {
      'base-url': services.baseUrl,
      endpoint: ['/api/products', '/api/search'],
      p95: '200',
      rate: '50',
      requests: '60',
      warmup: '5',
      'rate-limit-probe': 'POST /api/login',
      burst: '20',
    },
  };
}

export async function runDemo(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length > 0) throw new UsageError('demo takes no options: run `launch-ready demo`');
  const domain = await startDemoDomain();
  const storefront = await startStorefront(
    { checkoutDown: true, cacheMistakes: true, slowSearch: true },
    { tls: domain.tls },
  );
  const repo = await writeDemoRepo(DEMO_CONFIG);
  try {
    // The demo CA is public (its key stays in memory): the shop's repository carries it for --ca-file.
    await writeFile(join(repo.dir, 'demo-ca.pem'), domain.caPem);
    io.stderr(
      `demo: storefront on ${storefront.url} and https://${DEMO_DOMAIN}:${storefront.httpsPort} (DNS ${domain.dns.address}; checkout broken, caching mistakes and a slow search on purpose), shop repository in ${repo.dir}\n`,
    );
    const config = await readConfig(
      repo.dir,
      undefined,
      CHECKS.map((c) => c.configSection),
    );
    const params = demoParams({
      baseUrl: storefront.url,
      httpsPort: storefront.httpsPort ?? 0,
      dnsServer: domain.dns.address,
      caFile: 'demo-ca.pem',
    });
    const outcomes: Outcome[] = [];
    for (const check of CHECKS.filter((c) => !c.onlyWhenNamed)) {
      const redactor = new Redactor();
      const context = {
        cwd: repo.dir,
        env: {},
        redactor,
        log: (line: string) => io.stderr(`  ${plainText(redactor.scrub(line))}\n`),
      };
      io.stderr(`demo: running ${check.name}…\n`);
      outcomes.push(await runCheck(check, config, params[check.name] ?? {}, DEFAULT_FAIL_ON, context));
    }
    const color = io.isTty && !io.env.NO_COLOR;
    const text = render(outcomes, 'text', color);
    const leaked = [...repo.secrets, DEMO_SESSION.value].filter((secret) => text.includes(secret));
    if (leaked.length > 0) {
      io.stderr(`demo: refusing to print: ${leaked.length} planted secret values would appear in the output\n`);
      return 3;
    }
    const all = outcomes.flatMap((o) => o.report.findings);
    const failed = outcomes.filter((o) => !o.verdict.passed).map((o) => o.report.check);
    io.stdout(`${text}
────────────────────────────────────────────────────────────────────
Demo shop: ${failed.length > 0 ? `NOT ready to launch (${failed.join(', ')} failed)` : 'ready to launch'} — ${describeCounts(all)}.
In a real pipeline each failing check fails its step. Try it on your project:
  npx launch-ready all            (checks with a section in launch-ready.yml)
  npx launch-ready env-check --dotenv-file .env.production
  npx launch-ready secret-scan
  npx launch-ready smoke-test --base-url https://your-shop.example
  npx launch-ready cache-audit --base-url https://your-shop.example --private-paths /account
  npx launch-ready dns-check --domain your-shop.example
  npx launch-ready tls-check --url https://your-shop.example
  npx launch-ready latency-budget --base-url https://your-shop.example --endpoint /api/products --dry-run
`);
    return 0;
  } finally {
    await Promise.all([storefront.close(), domain.close()]);
    await rm(repo.dir, { recursive: true, force: true });
  }
}
