// Keys with no prefix of their own are found by the provider's name, either in the variable the value is assigned to
// (syntax-forms.test.ts) or standing a few characters before the value, as TruffleHog's detectors look for them:
// in log lines, notes, Jenkins credential XML and `name token - 'value'` lists. Every name-gated sample must be found
// in each of these forms, and nothing may be reported when the name is too far away, the value is glued to other
// characters, or the value is a placeholder or a word.
import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../../../shared/checks/secret-scan/detect.ts';
import { Keys } from '../../../fixtures/secret-corpus/generate.ts';
import { PROVIDER_SAMPLES } from '../../../fixtures/secret-corpus/provider-samples.ts';

/**
 * `n`: the provider's name as a word (`razorpay`), `s`: the secret. `keysOnly`: a public ID (a client or app ID) is
 * not taken in this form.
 */
const NEAR_FORMS: readonly { name: string; write: (n: string, s: string) => string; keysOnly?: boolean }[] = [
  { name: 'list entry', write: (n, s) => `${n} token - '${s}'` },
  { name: 'log line', write: (n, s) => `[INFO] calling the ${n} API\n[DEBUG] using key=${s}\n[INFO] 200 OK` },
  { name: 'next line', write: (n, s) => `# ${n}\n${s}` },
  {
    name: 'Jenkins credential XML',
    write: (n, s) => `<secret>{${n} AQAAABAAA ${s}}</secret>`,
  },
  { name: 'markdown table', write: (n, s) => `| ${n} secret | ${s} |` },
  { name: 'call argument', write: (n, s) => `client := ${n}.New("${s}")` },
  // The key as the last segment of a request URL's path, as some APIs take it.
  { name: 'URL path', write: (n, s) => `url := "https://gateway.internal/v1/${n}/keys/${s}"`, keysOnly: true },
];

const k = new Keys(4_242);
/** Samples of rules that know a key only by its provider's name (the syntax test's `n(...)` entries). */
const NAMED = PROVIDER_SAMPLES.filter((sample) => !sample.selfIdentifying && sample.ruleId !== 'generic-secret').map(
  (sample) => ({ ...sample, value: sample.make(k) }),
);

const isPublicId = (ruleId: string) => /-(?:client|app)-id$/.test(ruleId);

function ruleIds(text: string): string[] {
  return detectSecrets(text, 'notes/credentials.txt').map((m) => m.ruleId);
}

describe('a key found by its provider name standing just before it', () => {
  const ours = [
    'razorpay-key-secret',
    'plivo-auth-token',
    'loggly-token',
    'percy-token',
    'zoho-oauth-token',
    'azure-cosmosdb-key',
    'cloudinary-api-secret',
    'twilio-auth-token',
    'okta-api-token',
  ];

  it.each(NEAR_FORMS.map((form) => [form.name, form] as const))('%s: ≥ 95 % of the name-gated samples', (_, form) => {
    const samples = form.keysOnly ? NAMED.filter((sample) => !isPublicId(sample.ruleId)) : NAMED;
    const missed = samples
      .filter((sample) => {
        const found = detectSecrets(form.write(sample.name.replace(/_/g, ' '), sample.value), 'notes/credentials.txt');
        return !found.some((m) => m.value === sample.value);
      })
      .map((sample) => sample.ruleId);
    expect((samples.length - missed.length) / samples.length, `missed ${missed.join(', ')}`).toBeGreaterThanOrEqual(
      0.95,
    );
  });

  it("does not take a provider's channel, badge or profile ID in a URL path for its app's client ID", () => {
    const guild = k.digits(18);
    const channel = k.digits(18);
    expect(ruleIds(`[chat](https://discord.com/channels/${guild}/${channel})`)).toEqual([]);
    expect(ruleIds(`.. image:: https://img.shields.io/discord/${guild}`)).toEqual([]);
    expect(ruleIds(`discord client id - '${guild}'`)).toEqual(['discord-client-id']);
  });

  it.each(ours.map((id) => [id] as const))('%s: found in a list entry, with its own rule id', (id) => {
    const sample = PROVIDER_SAMPLES.find((s) => s.ruleId === id);
    const value = sample
      ? sample.make(k)
      : id === 'twilio-auth-token'
        ? k.pick('0123456789abcdef', 32)
        : `00${k.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40)}`;
    const name = sample?.name ?? id.split('-')[0];
    expect(ruleIds(`${name} token - '${value}'`)).toEqual([id]);
  });
});

describe('a key that is one half of a pair: found only where the name labels it', () => {
  const adzunaKey = k.pick('abcdefghijklmnopqrstuvwxyz0123456789', 32);
  const aeroKey = `${k.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789', 14)}:${k.pick('!?#*;', 1)}${k.pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)}`;
  const labelled: readonly [string, string, string, string][] = [
    [
      'a log line naming the service before the key',
      `[DEBUG] using adzuna KEY=${adzunaKey}`,
      'adzuna-api-key',
      adzunaKey,
    ],
    ['an environment variable', `ADZUNA_APP_KEY=${adzunaKey}`, 'adzuna-api-key', adzunaKey],
    ['a YAML section', `adzuna:\n  app_key: "${adzunaKey}"\n  app_id: 4f1c9a7e`, 'adzuna-api-key', adzunaKey],
    ['a notes list entry', `aeroworkflow api key - '${aeroKey}'`, 'aeroworkflow-api-key', aeroKey],
  ];
  it.each(labelled)('%s', (_, text, id, value) => {
    expect(detectSecrets(text, 'notes/credentials.txt').map((m) => [m.ruleId, m.value])).toEqual([[id, value]]);
  });

  it('takes a Refiner key (its name also a word in code) only under a label', () => {
    const key = k.uuid();
    expect(ruleIds(`REFINER_API_KEY=${key}`)).toEqual(['refiner-api-key']);
    expect(ruleIds(`refiner:\n  api_token: '${key}'`)).toEqual(['refiner-api-key']);
    expect(ruleIds(`refiner_id = '${key}'`)).toEqual([]);
    expect(ruleIds(`# load the SDXL refiner\nrun_id = '${key}'`)).toEqual([]);
  });

  it('stays quiet when the name is only mentioned in a line above the value', () => {
    expect(ruleIds(`[INFO] sending a request to the adzuna API\n[DEBUG] using KEY=${adzunaKey}\n`)).toEqual([]);
    expect(ruleIds(`Aeroworkflow sync started\n[DEBUG] session=${aeroKey}\n`)).toEqual([]);
  });
});

describe('stays quiet', () => {
  // Built from parts so this file holds no live-format key itself.
  const razorpaySecret = ['Qw7rT2yU9iO4', 'pA6sD8fG1hJ3'].join('');
  const cases: readonly [string, string][] = [
    ['name more than 40 characters before the value', `razorpay ${'.'.repeat(60)} '${razorpaySecret}'`],
    ['value glued to other characters', `razorpay token - '?${razorpaySecret}?'`],
    ['value inside a longer word', `razorpay token - 'x${razorpaySecret}'`],
    ['placeholder value', `razorpay token - 'xxxxxxxxxxxxxxxxxxxxxxxx'`],
    ['value that reads as words', `razorpay checkout - 'PaymentCaptureWebhookFlow'`],
    ['no provider name at all', `token - '${razorpaySecret}'`],
    ['a UUID next to a common word that names no provider', `shortcuts: 'c0a8012e-7f3b-4d2a-9b1c-5e6f7a8b9c0d'`],
    ['Portainer-like C identifier', 'ptr_to_the_next_element_in_the_linked_list_x = 0;'],
    ['a zero-entropy hex run', `loggly token: '00000000-0000-0000-0000-000000000000'`],
  ];
  it.each(cases)('%s', (_, text) => {
    expect(ruleIds(text)).toEqual([]);
  });
});
