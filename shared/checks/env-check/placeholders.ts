// Values a template left behind: deploying one means the feature (or its security) does not work.

const PLACEHOLDER_VALUES = new Set([
  'changeme',
  'change-me',
  'change_me',
  'changethis',
  'change-this',
  'change_this',
  'replaceme',
  'replace-me',
  'replace_me',
  'todo',
  'tbd',
  'fixme',
  'dummy',
  'placeholder',
  'example',
  'sample',
  'test123',
  'foo',
  'bar',
  'foobar',
  'baz',
  'null',
  'undefined',
  'asdf',
  'qwerty',
  '1234',
  '12345',
  '123456',
  'abc123',
  // AWS's documented example credentials.
  'akiaiosfodnn7example',
  'wjalrxutnfemi/k7mdeng/bpxrficyexamplekey',
]);

/** Words that are fine as ordinary settings but never as a credential. */
const WEAK_SECRET_VALUES = /^(secret|password|passwd|pass|admin|root|test|letmein|default)\d*$/i;

const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  // xxx, xxxx-xxxx, sk_live_xxxxxxxx
  /(^|[^a-z0-9])x{3,}([^a-z0-9]|$)/i,
  // ***, ...
  /^[*.]{3,}$/,
  // <your-api-key>, postgres://<user>:<password>@host; but not a real address in angle brackets, the
  // standard From form: "Acme Mugs <orders@acme-mugs.com>", "<https://acme-mugs.com/unsubscribe>".
  /<(?![^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>)(?![a-z][a-z0-9+.-]*:\/\/[^<>\s]+>)[^<>\s][^<>]*>/i,
  // you@yourdomain.com, https://your-domain.com
  /(^|[^a-z0-9])(your|my)[-_]?(domain|company|site)\.[a-z]{2,}([^a-z0-9]|$)/i,
  // {{ API_KEY }}: a template nobody rendered
  /^\{\{.*\}\}$/,
  // your-key, your_api_key, yourApiKey, put-your-key-here
  /^your([-_ .]|[A-Z])/,
  /^your[-_ ]/i,
  /(^|[-_ ])(here|goes[-_ ]here)$/i,
  // enter-your-key, put_the_token, paste-api-key (but not add_to_cart)
  /^(enter|insert|put|add|paste|set)[-_ ](your|the|a|an|real|key|token|secret|value|api)(?=[-_ ]|$)/i,
  /^(replace|change)[-_ ]?(me|this|it|with)/i,
  /^(todo|tbd|fixme)\b/i,
  /(^|[^a-z])(dummy|placeholder|fake|example)([^a-z]|$)/i,
  /(^|[^a-z0-9])example\.(com|org|net)([^a-z0-9]|$)/i,
];

export function isPlaceholder(value: string, options: { secret: boolean; exampleValue?: string }): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (PLACEHOLDER_VALUES.has(trimmed.toLowerCase())) return true;
  if (PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(trimmed))) return true;
  if (!options.secret) return false;
  if (WEAK_SECRET_VALUES.test(trimmed)) return true;
  // A secret still equal to the example file's value was copied, not generated.
  return (
    options.exampleValue !== undefined && options.exampleValue.trim() !== '' && trimmed === options.exampleValue.trim()
  );
}
