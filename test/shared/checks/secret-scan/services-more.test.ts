// The keys of rules/services-more.ts with a prefix of their own: found anywhere, quiet when malformed. (The rows of
// its table are tested with services.ts's, in services.test.ts.)
import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../../../shared/checks/secret-scan/detect.ts';
import { ALNUM, HEX, Keys } from '../../../fixtures/secret-corpus/generate.ts';

const found = (text: string, id: string, value: string) =>
  detectSecrets(text, 'src/config.ts').some((m) => m.ruleId === id && m.value === value);
const reports = (id: string, text: string) => detectSecrets(text, 'src/config.ts').some((m) => m.ruleId === id);

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
    ['launchdarkly-key', `sdk-${uuid4()}`, 'LD_SDK_KEY=$'],
    ['launchdarkly-key', `api-${uuid4()}`, 'headers: { Authorization: "$" }'],
    ['onesignal-api-key', `os_v2_app_${k.pick(LOWER, 100)}`, 'ONESIGNAL_REST_KEY=$'],
    ['azure-app-configuration-connection-string', azconfig, 'APP_CONFIG="$"'],
  ])('%s: found in %s', (id, value, template) => {
    expect(found(template.replace('$', value), id, value)).toBe(true);
  });

  it.each([
    [
      'a LaunchDarkly-like UUID that is not version 4',
      'launchdarkly-key',
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
