// The second services table (rules/services-more.ts): each row's key, generated from its own format with a seeded
// generator, is found assigned to a name holding the service's and written just after that name, and stays quiet
// on its look-alikes; the few keys with a prefix of their own are found anywhere and quiet when malformed.
import RandExp from 'randexp';
import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../../../shared/checks/secret-scan/detect.ts';
import { SERVICE_ROWS } from '../../../../shared/checks/secret-scan/rules/services.ts';
import { SERVICE_MORE_ROWS } from '../../../../shared/checks/secret-scan/rules/services-more.ts';
import { ALNUM, HEX, Keys } from '../../../fixtures/secret-corpus/generate.ts';

/** A deterministic source for randexp (mulberry32): a failing sample is the same on every run. */
function seeded(seed: number): (from: number, to: number) => number {
  let state = seed >>> 0;
  return (from, to) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return from + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (to - from + 1));
  };
}
const randInt = seeded(20261130);
const sample = (format: string) => {
  const generator = new RandExp(`^(?:${format})$`);
  generator.randInt = randInt;
  return generator.gen();
};

/** The NGC row validates its value (base64 of `<26 alnum>:<UUID>`): sample that shape, not any 84 characters. */
const SAMPLES: Record<string, () => string> = {
  'ngc-api-key': () =>
    Buffer.from(
      `${sample('[A-Za-z0-9]{26}')}:${sample('[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}')}`,
    )
      .toString('base64')
      .replace(/=+$/, ''),
  // A secret with a non-hex letter: a 32-hex value beside `mixpanel` is the public project token.
  'mixpanel-service-account-secret': () => `${sample('[A-Za-z0-9]{31}')}Z`,
};

const ROWS = SERVICE_MORE_ROWS.map(([id, , names, format]) => ({
  id,
  name: typeof names === 'string' ? names : names[0],
  value: SAMPLES[id]?.() ?? sample(format),
  // A range or a choice of lengths (`32|16`) has no single wrong length to try.
  fixedLength: !/\{\d+,\d+\}|\|/.test(format),
}));

const found = (text: string, id: string, value: string, path = 'src/config.ts') =>
  detectSecrets(text, path).some((m) => m.ruleId === id && m.value === value);
const reports = (id: string, text: string, path = 'src/config.ts') =>
  detectSecrets(text, path).some((m) => m.ruleId === id);
const envName = (name: string) => name.toUpperCase().replace(/[.-]/g, '_');

describe('services-more table', () => {
  it('has ids of its own, not taken by services.ts', () => {
    const ids = [...SERVICE_ROWS, ...SERVICE_MORE_ROWS].map(([id]) => id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it.each(ROWS.map((row) => [row.id, row] as const))('%s: found in an assignment and after its name', (id, row) => {
    const { name, value } = row;
    expect({
      env: found(`${envName(name)}_API_KEY=${value}\n`, id, value, '.env'),
      code: found(`const ${name.replace(/[.-]/g, '_')}Key = "${value}";\n`, id, value),
      yaml: found(`${name}:\n  token: "${value}"\n`, id, value, 'config.yaml'),
      near: found(`# ${name} key ${value}\n`, id, value),
    }).toEqual({ env: true, code: true, yaml: true, near: true });
  });

  it.each(ROWS.map((row) => [row.id, row] as const))('%s: quiet on look-alikes', (id, row) => {
    const { name, value, fixedLength } = row;
    const env = envName(name);
    const placeholder = value.replace(/[A-Za-z0-9]/g, value.match(/[A-Za-z0-9]/)?.[0] ?? 'x');
    expect({
      placeholder: reports(id, `${env}_API_KEY=${placeholder}\n`, '.env'),
      template: reports(id, `${env}_API_KEY=<your-${name}-api-key>\n`, '.env'),
      tooLong: fixedLength && reports(id, `${env}_API_KEY="${value}${value}"\n`, '.env'),
      tooShort: reports(id, `${env}_API_KEY="${value.slice(0, Math.ceil(value.length / 2) - 1)}"\n`, '.env'),
      insideWord: reports(id, `const pre${name.replace(/[.-]/g, '_')}Value = "${value}";\n`),
    }).toEqual({ placeholder: false, template: false, tooLong: false, tooShort: false, insideWord: false });
  });
});

describe('services with a prefix of their own', () => {
  const k = new Keys(1130);
  const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const uuid4 = () =>
    `${k.pick(LOWER, 8)}-${k.pick(LOWER, 4)}-4${k.pick(LOWER, 3)}-${k.pick(LOWER, 4)}-${k.pick(LOWER, 12)}`;
  const photoroom = `sk_pr_default_${k.pick(HEX, 40)}`;
  const azconfig = `Endpoint=https://shop-config.azconfig.io;Id=${k.pick(ALNUM, 4)}-l0-s0:${k.pick(ALNUM, 20)};Secret=${k.pick(ALNUM, 43)}=`;

  it.each([
    ['photoroom-api-key', photoroom, `PHOTOROOM_API_KEY=${photoroom}`],
    ['photoroom-api-key', photoroom, `key: sandbox_${photoroom}`],
    ['pinecone-api-key', `pcsk_${k.pick(ALNUM, 5)}_${k.pick(ALNUM, 63)}`, 'const pc = new Pinecone({ apiKey: "$" });'],
    ['pubnub-publish-key', `pub-c-${uuid4()}`, 'publishKey: "$",'],
    ['pubnub-secret-key', `sec-c-${k.pick(ALNUM, 48)}`, 'PUBNUB_SECRET=$'],
    ['spectral-personal-token', `spu-${k.pick(HEX, 32)}`, 'export SPECTRAL_DSN=$'],
    ['trufflehog-enterprise-key', `thog-secret-${k.pick(HEX, 32)}`, 'secret = "$"'],
    ['launchdarkly-prefixed-key', `sdk-${uuid4()}`, 'LD_SDK_KEY=$'],
    ['launchdarkly-prefixed-key', `api-${uuid4()}`, 'headers: { Authorization: "$" }'],
    ['onesignal-api-key', `os_v2_app_${k.pick(LOWER, 100)}`, 'ONESIGNAL_REST_KEY=$'],
    ['azure-app-configuration-connection-string', azconfig, 'APP_CONFIG="$"'],
  ])('%s: found in %s', (id, value, template) => {
    expect(found(template.replace('$', value), id, value)).toBe(true);
  });

  it.each([
    [
      'a LaunchDarkly-like UUID that is not version 4',
      'launchdarkly-prefixed-key',
      `sdk-${k.pick(LOWER, 8)}-${k.pick(LOWER, 4)}-1${k.pick(LOWER, 3)}-${k.pick(LOWER, 4)}-${k.pick(LOWER, 12)}`,
    ],
    ['a prefix inside a longer word', 'pinecone-api-key', `xpcsk_${k.pick(ALNUM, 5)}_${k.pick(ALNUM, 63)}`],
    ['a PhotoRoom key with a short hex tail', 'photoroom-api-key', `sk_pr_default_${k.pick(HEX, 39)}`],
    ['a PubNub key with a placeholder', 'pubnub-publish-key', 'pub-c-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
    ['an upper-case Spectral token', 'spectral-personal-token', `spu-${k.pick(HEX, 32).toUpperCase()}`],
  ])('quiet on %s', (_what, id, value) => {
    expect(reports(id, `const value = "${value}";\n`)).toBe(false);
  });
});
