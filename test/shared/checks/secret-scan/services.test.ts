// The long tail of services (the tables of rules/services.ts and services-more.ts): every row's key, generated
// from its own format with a seeded generator, is found where a repository holds it (assigned to a name holding the service's, written just after
// the name, or as the last segment of a request URL after it) and stays quiet on its look-alikes: a placeholder, the wrong length, the name inside another word.
import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../../../shared/checks/secret-scan/detect.ts';
import { ROWS, TABLE } from './service-samples.ts';

const found = (text: string, id: string, value: string, path = 'src/config.ts') =>
  detectSecrets(text, path).some((m) => m.ruleId === id && m.value === value);
/** The look-alike may well be a generic `API_KEY = <random>` finding; what matters is that this service's rule is quiet. */
const reports = (id: string, text: string, path = 'src/config.ts') =>
  detectSecrets(text, path).some((m) => m.ruleId === id);
/** `aha.io` -> `AHA_IO`, `easy-insight` -> `EASY_INSIGHT`: the name as an environment variable holds it. */
const envName = (name: string) => name.toUpperCase().replace(/[.-]/g, '_');

describe('services table', () => {
  it('has unique ids', () => {
    const ids = TABLE.map(([id]) => id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it.each(ROWS.map((row) => [row.id, row] as const))('%s: found in an assignment and after its name', (id, row) => {
    const { name, value, labelled } = row;
    expect({
      env: found(`${envName(name)}_API_KEY=${value}\n`, id, value, '.env'),
      code: found(`const ${name.replace(/[.-]/g, '_')}Key = "${value}";\n`, id, value),
      yaml: found(`${name}:\n  token: "${value}"\n`, id, value, 'config.yaml'),
      near: found(`# ${name} key ${value}\n`, id, value),
      // A key the name only labels (one half of a pair) is not taken from a URL path that merely passes the name.
      urlPath: found(`fetch("https://gateway.internal/${name}/keys/${value}")\n`, id, value),
    }).toEqual({ env: true, code: true, yaml: true, near: true, urlPath: !labelled });
  });

  it.each(ROWS.map((row) => [row.id, row] as const))('%s: quiet on look-alikes', (id, row) => {
    const { name, value, fixedLength } = row;
    const env = envName(name);
    // Every letter and digit the same: the format, but no key.
    const placeholder = value.replace(/[A-Za-z0-9]/g, value.match(/[A-Za-z0-9]/)?.[0] ?? 'x');
    expect({
      placeholder: reports(id, `${env}_API_KEY=${placeholder}\n`, '.env'),
      template: reports(id, `${env}_API_KEY=<your-${name}-api-key>\n`, '.env'),
      tooLong: fixedLength && reports(id, `${env}_API_KEY="${value}${value.slice(0, 5)}"\n`, '.env'),
      tooShort: reports(id, `${env}_API_KEY="${value.slice(0, Math.ceil(value.length / 2) - 1)}"\n`, '.env'),
      insideWord: reports(id, `const pre${name.replace(/[.-]/g, '_')}Value = "${value}";\n`),
      // A log that names the service a line above a value it does not label: only a labelled row stays quiet.
      mentionAbove:
        row.labelled && reports(id, `[INFO] calling the ${name} API\n[DEBUG] using KEY=${value}\n`, 'build.log'),
    }).toEqual({
      placeholder: false,
      template: false,
      tooLong: false,
      tooShort: false,
      insideWord: false,
      mentionAbove: false,
    });
  });
});
