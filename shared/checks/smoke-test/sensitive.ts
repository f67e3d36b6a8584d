// Values under credential-like names (shared/http/sensitive-names.ts) are registered as secrets even when written
// literally in the config, and are redacted in assertion messages.
import { isSensitiveName } from '../../http/sensitive-names.ts';
import type { Redactor } from '../../report/redact.ts';

export { isSensitiveName };

/** Registers header values and body fields with credential-like names, at any depth of a JSON body. */
export function registerSensitive(headers: Readonly<Record<string, string>>, body: unknown, redactor: Redactor): void {
  for (const [name, value] of Object.entries(headers)) {
    if (!isSensitiveName(name)) continue;
    redactor.add(value);
    // "Bearer abc…": the credential alone must be scrubbed too, wherever it shows up without its scheme.
    const credential = value.replace(/^\s*(bearer|basic|token|digest)\s+/i, '');
    if (credential !== value) redactor.add(credential);
    const basic = /^\s*basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(value)?.[1];
    if (basic !== undefined) {
      // Decoded, the password may show up on its own (echoed by a server, or in a URL).
      const pair = Buffer.from(basic, 'base64').toString('utf8');
      const colon = pair.indexOf(':');
      if (colon > 0) redactor.addBasicCredentials(pair.slice(0, colon), pair.slice(colon + 1));
    }
  }
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string' || typeof value === 'number') {
      if (isSensitiveName(key)) redactor.add(String(value));
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(body, '');
}
