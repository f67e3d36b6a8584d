import { describe, expect, it } from 'vitest';
import { isOptionalComment, parseDotenv } from '../../../../shared/checks/env-check/dotenv-file.ts';

describe('parseDotenv', () => {
  const text = [
    '# Payments',
    'export STRIPE_SECRET_KEY=sk_live_xxx',
    'APP_NAME="My Shop" # shown in emails',
    "GREETING='hello # not a comment'",
    'EMPTY=',
    'SENTRY_DSN= # optional',
    'ANALYTICS_ID=UA-1 # Optional: only with consent',
    'CERT="-----BEGIN-----',
    'NOT_A_KEY=inside the quoted value',
    '-----END-----"',
    '',
    '   SPACED = value   ',
  ].join('\n');
  const entries = parseDotenv(text);
  const byName = Object.fromEntries(entries.map((entry) => [entry.name, entry]));

  it('reads keys in file order, with export prefixes, quotes and empty values', () => {
    expect(entries.map((entry) => entry.name)).toEqual([
      'STRIPE_SECRET_KEY',
      'APP_NAME',
      'GREETING',
      'EMPTY',
      'SENTRY_DSN',
      'ANALYTICS_ID',
      'CERT',
      'SPACED',
    ]);
    expect(byName.APP_NAME.value).toBe('My Shop');
    expect(byName.GREETING.value).toBe('hello # not a comment');
    expect(byName.EMPTY.value).toBe('');
    expect(byName.SPACED.value).toBe('value');
    expect(byName.CERT.value).toContain('NOT_A_KEY');
  });

  it('points every key at its own line', () => {
    expect(byName.STRIPE_SECRET_KEY.line).toBe(2);
    expect(byName.SENTRY_DSN.line).toBe(6);
    expect(byName.SPACED.line).toBe(12);
  });

  it('keeps trailing comments so `# optional` can mark a key optional', () => {
    expect(isOptionalComment(byName.SENTRY_DSN.comment)).toBe(true);
    expect(isOptionalComment(byName.ANALYTICS_ID.comment)).toBe(true);
    expect(isOptionalComment(byName.APP_NAME.comment)).toBe(false);
    expect(isOptionalComment(byName.GREETING.comment)).toBe(false);
    expect(isOptionalComment(byName.STRIPE_SECRET_KEY.comment)).toBe(false);
  });
});

it('ignores a byte order mark before the first key', () => {
  expect(parseDotenv('\uFEFFAPI_TOKEN=abc\n').map((entry) => entry.name)).toEqual(['API_TOKEN']);
});
