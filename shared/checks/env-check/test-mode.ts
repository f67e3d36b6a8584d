// Values that switch a provider into test, sandbox or debug mode: in production the shop takes no real
// payments, sends no real mail, or shows stack traces to customers.

export interface TestModeHit {
  /** Plain words for the message, without the value: "a Stripe test-mode key (sk_test_…)". */
  what: string;
  /** A test key takes no money: worse than a debug flag. */
  kind: 'key' | 'mode' | 'debug';
}

const TEST_KEY_PREFIXES: readonly { prefix: string; provider?: string }[] = [
  { prefix: 'sk_test_' },
  { prefix: 'pk_test_' },
  { prefix: 'rk_test_' },
  { prefix: 'rzp_test_', provider: 'Razorpay' },
  { prefix: 'sandbox_', provider: 'Braintree' },
  { prefix: 'test_' },
];

const MODE_NAME = /(^|_)(ENV|ENVIRONMENT|MODE|STAGE|APP_ENV)$/;
const TEST_MODE_VALUES = new Set(['test', 'testing', 'sandbox', 'development', 'dev', 'staging', 'local', 'debug']);

const DEBUG_NAME = /(^|_)(DEBUG|DEBUG_MODE|TEST_MODE|TESTMODE|SANDBOX|SANDBOX_MODE|USE_SANDBOX)$/;
const TRUE_VALUES = new Set(['1', 'true', 'yes', 'on']);

export function detectTestMode(name: string, value: string, secret: boolean): TestModeHit | undefined {
  const trimmed = value.trim();
  const upperName = name.toUpperCase();
  for (const { prefix, provider } of TEST_KEY_PREFIXES) {
    if (!trimmed.startsWith(prefix)) continue;
    // `test_` alone is too common a word to blame outside credentials (Mollie, Paddle keys).
    if (prefix === 'test_' && !secret) continue;
    const brand = provider ?? (upperName.includes('STRIPE') ? 'Stripe' : undefined);
    return { what: `a ${brand === undefined ? '' : `${brand} `}test-mode key (${prefix}…)`, kind: 'key' };
  }
  if (MODE_NAME.test(upperName) && TEST_MODE_VALUES.has(trimmed.toLowerCase())) {
    return { what: 'set to a test, sandbox or development mode', kind: 'mode' };
  }
  if (DEBUG_NAME.test(upperName) && TRUE_VALUES.has(trimmed.toLowerCase())) {
    return { what: 'turning on debug, test or sandbox mode', kind: 'debug' };
  }
  return undefined;
}
