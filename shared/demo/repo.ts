// The demo repository: a small shop's code with the mistakes founders make on launch day.
// Its keys are random at every run, so no real-looking key is ever committed to this repo.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const AWS_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function random(length: number, alphabet = ALPHANUMERIC): string {
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/** What the demo plants, so the demo can say what a founder should have seen. */
export interface DemoRepo {
  dir: string;
  /** Every planted secret value: none may appear in the demo's output. */
  secrets: string[];
}

export async function writeDemoRepo(configYaml: string): Promise<DemoRepo> {
  const dir = await mkdtemp(join(tmpdir(), 'launch-ready-demo-'));
  const stripeLive = `sk_live_${random(32)}`;
  const stripeTest = `sk_test_${random(32)}`;
  const awsId = `AKIA${random(16, AWS_ID_CHARS)}`;
  const awsSecret = random(40, `${ALPHANUMERIC}+/`);
  const dbPassword = random(20);
  const files: Record<string, string> = {
    '.gitignore': 'node_modules/\ndist/\n.env.production\n',
    '.env.example': `# Where customers land
APP_URL=https://shop.example.com
DATABASE_URL=postgres://user:password@localhost:5432/shop
STRIPE_SECRET_KEY=sk_live_your-key-here
STRIPE_WEBHOOK_SECRET=whsec_your-secret-here
SESSION_SECRET=
SENTRY_DSN= # optional
`,
    // What the deploy would get: a test-mode payment key, a local URL, a placeholder, a missing webhook secret.
    '.env.production': `APP_URL=http://localhost:3000
DATABASE_URL=postgres://shop:${dbPassword}@db.internal:5432/shop
STRIPE_SECRET_KEY=${stripeTest}
SESSION_SECRET=changeme
`,
    'src/server.js': `import express from 'express';
import { createPayments } from './payments.js';

const app = express();
const payments = createPayments(process.env.STRIPE_SECRET_KEY);
const db = connect(process.env.DATABASE_URL);
app.use(session({ secret: process.env.SESSION_SECRET }));
// Order e-mails: added last week, never declared in .env.example.
const mailer = new Resend(process.env.RESEND_API_KEY);
app.listen(process.env.PORT ?? 3000, () => console.log('listening on', process.env.APP_URL));
`,
    'src/payments.js': `import Stripe from 'stripe';

export function createPayments(key) {
  // TODO: remove before launch, the env var was not working on my laptop
  return new Stripe(key ?? '${stripeLive}');
}
`,
    // The frontend bundle: anything in it is public once the site is deployed.
    'dist/assets/app.4f1c9b2e.js': `(()=>{var e={region:"eu-west-1",accessKeyId:"${awsId}",secretAccessKey:"${awsSecret}"};window.__upload=function(t){return fetch("/api/upload",{method:"POST",body:t})}})();\n`,
    // Documentation examples: a good scanner stays quiet about these.
    'README.md': `# Demo Shop

Set \`STRIPE_SECRET_KEY\` to your key (it looks like \`sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\`).
AWS example from their docs: \`AKIAIOSFODNN7EXAMPLE\` / \`wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\`.
`,
  };
  files['launch-ready.yml'] = configYaml;
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return { dir, secrets: [stripeLive, stripeTest, awsId, awsSecret, dbPassword] };
}
