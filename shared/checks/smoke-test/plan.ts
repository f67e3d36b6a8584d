// Which steps a run makes: the preset's (paths overridable) followed by the configured ones.
import { UsageError } from '../../errors.ts';
import type { SmokeOptions, StepConfig } from './options.ts';

function presetStep(name: string, path: string, overrides: Partial<StepConfig> = {}): StepConfig {
  return {
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

export function planSteps(options: SmokeOptions, authHeader: Record<string, string>): StepConfig[] {
  const preset = options.preset === '' ? (options.steps.length === 0 ? 'ecommerce' : 'none') : options.preset;
  const steps: StepConfig[] = [];
  if (preset === 'ecommerce') {
    steps.push(
      presetStep('homepage', options.paths.homepage, {
        expect: { status: 200, headerMatches: { 'content-type': 'html' } },
      }),
      presetStep('login', options.paths.login),
      presetStep('checkout', options.paths.checkout),
    );
    if (options.apiPath !== '') {
      steps.push(presetStep('api', options.apiPath, { headers: authHeader, expect: { status: '2xx' } }));
    }
  }
  steps.push(...options.steps);
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.name)) {
      throw new UsageError(`two smoke steps are named "${step.name}": give each step its own name`);
    }
    seen.add(step.name);
  }
  return steps;
}
