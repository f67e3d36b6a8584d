// Variables the runtime, the shell or the hosting platform sets by itself: reading them in code
// needs no declaration in .env.example.
import picomatch from 'picomatch';

const RUNTIME_VARIABLES = [
  'NODE_ENV',
  'NODE_OPTIONS',
  'NODE_DEBUG',
  'NODE_EXTRA_CA_CERTS',
  'NODE_TLS_REJECT_UNAUTHORIZED',
  'NODE_APP_INSTANCE',
  'NEXT_RUNTIME',
  'NEXT_PHASE',
  'CI',
  'PORT',
  'HOST',
  'HOSTNAME',
  'HOME',
  'PATH',
  'PWD',
  'TZ',
  'LANG',
  'LANGUAGE',
  'LC_*',
  'USER',
  'USERNAME',
  'LOGNAME',
  'SHELL',
  'TERM',
  'TMPDIR',
  'TEMP',
  'TMP',
  'DEBUG',
  'FORCE_COLOR',
  'NO_COLOR',
  'COLORTERM',
  'EDITOR',
  'GITHUB_*',
  'RUNNER_*',
  'ACTIONS_*',
  'VERCEL',
  'VERCEL_*',
  'NEXT_PUBLIC_VERCEL_*',
  'NETLIFY',
  'NETLIFY_*',
  'CONTEXT',
  'DEPLOY_URL',
  'DEPLOY_PRIME_URL',
  'RENDER',
  'RENDER_*',
  'RAILWAY_*',
  'FLY_*',
  'HEROKU_*',
  'DYNO',
  'K_SERVICE',
  'K_REVISION',
  'K_CONFIGURATION',
  'AWS_LAMBDA_*',
  'AWS_EXECUTION_ENV',
  'LAMBDA_TASK_ROOT',
  'CF_PAGES',
  'CF_PAGES_*',
  'npm_*',
  'INIT_CWD',
  'PYTHONPATH',
  'PYTHONUNBUFFERED',
  'VIRTUAL_ENV',
  'RAILS_ENV',
  'RACK_ENV',
  'GOPATH',
  'GOOS',
  'GOARCH',
  'JAVA_HOME',
  'VITEST',
  'VITEST_*',
  'JEST_WORKER_ID',
];

/** Vite's own `import.meta.env` fields. */
const VITE_BUILTINS = new Set(['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

export type VariableFilter = (name: string) => boolean;

/** True for variables the code scan must not report; `extra` are the user's ignoreVariables globs. */
export function runtimeVariableFilter(extra: readonly string[]): VariableFilter {
  const matches = picomatch([...RUNTIME_VARIABLES, ...extra]);
  return (name) => matches(name);
}

export function isViteBuiltin(name: string): boolean {
  return VITE_BUILTINS.has(name);
}
