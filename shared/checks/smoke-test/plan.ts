// Which steps a run makes: the preset's (paths overridable; a configured step of the same name replaces a preset
// step in place) followed by the other configured ones.
import { UsageError } from '../../errors.ts';
import type { SmokeOptions, StepConfig } from './options.ts';

function presetStep(name: string, path: string, overrides: Partial<StepConfig> = {}): StepConfig {
  return {
    kind: 'http',
    name,
    method: 'GET',
    path,
    headers: {},
    expect: { status: 200 },
    capture: {},
    followRedirects: true,
    retry: false,
    severity: 'blocker',
    ...overrides,
  };
}

export type PresetName = 'ecommerce' | 'saas' | 'none';

export function presetOf(options: SmokeOptions): PresetName {
  return options.preset === '' ? (options.steps.length === 0 ? 'ecommerce' : 'none') : options.preset;
}

function ecommerceSteps(options: SmokeOptions, authHeader: Record<string, string>): StepConfig[] {
  const steps = [
    presetStep('homepage', options.paths.homepage, {
      expect: { status: 200, headerMatches: { 'content-type': 'html' } },
    }),
    presetStep('login', options.paths.login),
    presetStep('checkout', options.paths.checkout),
  ];
  if (options.webhook !== undefined) {
    const { path, ...webhook } = options.webhook;
    steps.push(presetStep('payment-webhook', path, { kind: 'webhook', method: 'POST', expect: {}, webhook }));
  }
  if (options.paths.orderStatus !== '') steps.push(presetStep('order-status', options.paths.orderStatus));
  if (options.apiPath !== '') {
    steps.push(presetStep('api', options.apiPath, { headers: authHeader, expect: { status: '2xx' } }));
  }
  return steps;
}

/**
 * Sign up with {{email}} (unique per run) and {{password}}, wait for the verification mail and follow its link (or
 * post its code), log in, call the API with the session, and ask for a password reset mail.
 */
function saasSteps(options: SmokeOptions, authHeader: Record<string, string>): StepConfig[] {
  const { saas, paths } = options;
  const credentials = { [saas.emailField]: '{{email}}', [saas.passwordField]: '{{password}}' };
  const send = (fields: Record<string, string>): Partial<StepConfig> =>
    saas.body === 'form' ? { form: fields } : { json: fields };
  const anyStatus = { status: '2xx' } as const;
  const mailBudget = saas.mailMaxMs > 0 ? { maxMs: saas.mailMaxMs } : {};
  const steps: StepConfig[] = [
    presetStep('signup', paths.signup, { method: 'POST', expect: anyStatus, ...send(credentials) }),
  ];
  if (saas.verification !== 'none') {
    const capture: Record<string, { link?: string; regex?: string }> =
      saas.verification === 'link' ? { verifyLink: { link: saas.link } } : { verifyCode: { regex: saas.code } };
    steps.push({
      ...presetStep('verify-mail', ''),
      path: undefined,
      kind: 'email',
      method: 'MAIL',
      expect: {},
      email: { to: '{{email}}', timeoutMs: saas.mailTimeoutMs, ...mailBudget, capture },
    });
    steps.push(
      saas.verification === 'link'
        ? { ...presetStep('verify', ''), path: undefined, url: '{{verifyLink}}', expect: anyStatus }
        : presetStep('verify', paths.verify, {
            method: 'POST',
            expect: anyStatus,
            ...send({ [saas.emailField]: '{{email}}', code: '{{verifyCode}}' }),
          }),
    );
  }
  const token = saas.token.trim();
  steps.push(
    presetStep('login', paths.login, {
      method: 'POST',
      expect: anyStatus,
      ...send(credentials),
      capture: token === '' ? {} : { token: { jsonPath: token, optional: true } },
    }),
    presetStep('api', options.apiPath === '' ? '/api/me' : options.apiPath, {
      // The token when login returned one (a cookie session rides along in the jar either way).
      headers: { Authorization: 'Bearer {{token?}}', ...authHeader },
      expect: anyStatus,
    }),
  );
  if (!saas.passwordReset) return steps;
  steps.push(
    presetStep('forgot-password', paths.forgotPassword, {
      method: 'POST',
      expect: anyStatus,
      ...send({ [saas.emailField]: '{{email}}' }),
    }),
    {
      ...presetStep('reset-mail', ''),
      path: undefined,
      kind: 'email',
      method: 'MAIL',
      expect: {},
      email: {
        to: '{{email}}',
        timeoutMs: saas.mailTimeoutMs,
        ...mailBudget,
        capture: { resetLink: { link: saas.resetLink } },
      },
    },
  );
  return steps;
}

/** The one line a preset prints when an input it needs is missing (undefined when all is there). */
export function presetUsage(options: SmokeOptions): string | undefined {
  if (presetOf(options) === 'saas' && options.inbox.kind === '') {
    return 'preset saas reads the verification mail from a test inbox: set smoke.inbox.kind (maildev, mailpit, mailhog, mailosaur, mailtrap or json) and smoke.inbox.url';
  }
  return undefined;
}

export function planSteps(options: SmokeOptions, authHeader: Record<string, string>): StepConfig[] {
  const usage = presetUsage(options);
  if (usage !== undefined) throw new UsageError(usage);
  const preset = presetOf(options);
  const steps =
    preset === 'ecommerce'
      ? ecommerceSteps(options, authHeader)
      : preset === 'saas'
        ? saasSteps(options, authHeader)
        : [];
  const presetNames = new Set(steps.map((s) => s.name));
  const seen = new Set<string>();
  for (const step of options.steps) {
    if (seen.has(step.name)) {
      throw new UsageError(`two smoke steps are named "${step.name}": give each step its own name`);
    }
    seen.add(step.name);
    // A configured step named like a preset step replaces it where it stands.
    if (presetNames.has(step.name)) steps[steps.findIndex((s) => s.name === step.name)] = step;
    else steps.push(step);
  }
  return steps;
}
