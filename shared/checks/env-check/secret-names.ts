// Which variable names hold secrets when the spec does not say. Words are matched whole
// (SESSION_SECRET yes, SESSION_TIMEOUT no): a masked "3600" would be scrubbed from every line of output.

const SECRET_WORDS = new Set([
  'KEY',
  'KEYS',
  'APIKEY',
  'SECRET',
  'SECRETS',
  'TOKEN',
  'TOKENS',
  'PASSWORD',
  'PASSWD',
  'PASS',
  'PASSPHRASE',
  'PRIVATE',
  'CREDENTIAL',
  'CREDENTIALS',
  'DSN',
  'SALT',
  'PEPPER',
  'PEM',
]);

/** Connection strings that usually embed a password. */
const SECRET_NAMES =
  /(^|_)(DATABASE_URL|DB_URL|REDIS_URL|MONGO(DB)?_UR[LI]|AMQP_URL|RABBITMQ_URL|CONNECTION_STRING|CONN_STR)$/;

export function looksSecret(name: string): boolean {
  const upper = name.toUpperCase();
  if (SECRET_NAMES.test(upper)) return true;
  return upper.split(/_+/).some((word) => SECRET_WORDS.has(word) || word.endsWith('APIKEY') || word.endsWith('TOKEN'));
}

/** A connection string with a password in it (`rediss://:pw@host`, `amqp://user:pw@host`) is a secret whatever its name. */
export function embedsPassword(value: string | undefined): boolean {
  return value !== undefined && /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:[^\s/@]+@/i.test(value);
}
