// GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens end in six base62 characters that encode the
// CRC32 of the 30 random characters before them: a token whose checksum holds was made by the provider.
import { crc32 } from 'node:zlib';

const ALPHABETS = [
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
];

function base62(value: number, alphabet: string): string {
  let out = '';
  for (let n = value; n > 0; n = Math.floor(n / 62)) out = alphabet[n % 62] + out;
  return out.padStart(6, '0');
}

/** True when `<prefix>_<30 random><6 checksum>` carries the CRC32 checksum of its random part. */
export function hasValidCrc32Checksum(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (body.length !== 36) return false;
  const crc = crc32(body.slice(0, 30));
  const checksum = body.slice(30);
  return ALPHABETS.some((alphabet) => base62(crc, alphabet) === checksum);
}

/** Makes a token with a valid checksum: for tests and the labelled corpus. */
export function withCrc32Checksum(prefix: string, random30: string): string {
  return `${prefix}_${random30}${base62(crc32(random30), ALPHABETS[0])}`;
}
