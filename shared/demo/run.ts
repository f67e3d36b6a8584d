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
import { startMailbox } from './mailbox.ts';
import { writeDemoRepo } from './repo.ts';
import { DEMO_SESSION, DEMO_USER, startStorefront } from './storefront.ts';

/** The signing secret the demo shop and its smoke test share (what STRIPE_WEBHOOK_SECRET holds in CI). */
const DEMO_WEBHOOK_SECRET = 'whsec_demoR7kP2mX9qL4vN8tW3sZ6';

/** The demo's launch-ready.yml: what a founder would write for this shop (its test inbox at `inboxUrl`). */
const demoConfig = (inboxUrl: string) => `# launch-ready.yml of the demo shop
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
    - name: signup
      method: POST
      path: /api/signup
      json: { email: "{{email}}", password: "{{password}}" }
    - name: verify-mail
      kind: email
      email: { to: "{{email}}", timeoutMs: 5000, capture: { verifyLink: { link: verify } } }
    - name: verify
      url: "{{verifyLink}}"
    - name: payment-webhook
      kind: webhook
      method: POST
      path: /api/webhooks/stripe
      webhook: { scheme: stripe, secret: "\${env.STRIPE_WEBHOOK_SECRET}" }
  inbox: { kind: maildev, url: "${inboxUrl}" }
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
  const mailbox = await startMailbox();
  const storefront = await startStorefront(
    { checkoutDown: true, cacheMistakes: true, slowSearch: true, webhookAcceptsUnsigned: true },
    { tls: domain.tls, smtp: mailbox.smtp, webhookSecret: DEMO_WEBHOOK_SECRET },
  );
  const repo = await writeDemoRepo(demoConfig(mailbox.url));
  try {
    // The demo CA is public (its key stays in memory): the shop's repository carries it for --ca-file.
    await writeFile(join(repo.dir, 'demo-ca.pem'), domain.caPem);
    io.stderr(
      `demo: storefront on ${storefront.url} and https://${DEMO_DOMAIN}:${storefront.httpsPort} (DNS ${domain.dns.address}; checkout broken, caching mistakes, a slow search and an unguarded webhook on purpose), test inbox on ${mailbox.url}, shop repository in ${repo.dir}\n`,
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
        // The webhook secret reaches the smoke test as a CI secret would: through the environment.
        env: check.name === 'smoke-test' ? { STRIPE_WEBHOOK_SECRET: DEMO_WEBHOOK_SECRET } : {},
        redactor,
        log: (line: string) => io.stderr(`  ${plainText(redactor.scrub(line))}\n`),
      };
      io.stderr(`demo: running ${check.name}…\n`);
      outcomes.push(await runCheck(check, config, params[check.name] ?? {}, DEFAULT_FAIL_ON, context));
    }
    const color = io.isTty && !io.env.NO_COLOR;
    const text = render(outcomes, 'text', color);
    const leaked = [...repo.secrets, DEMO_SESSION.value, DEMO_WEBHOOK_SECRET].filter((secret) => text.includes(secret));
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
    await Promise.all([storefront.close(), domain.close(), mailbox.close()]);
    await rm(repo.dir, { recursive: true, force: true });
  }
}
