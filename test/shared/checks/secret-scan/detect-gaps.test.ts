// biome-ignore-all lint/suspicious/noTemplateCurlyInString: decoys are literal `${VAR}` text, not templates
// Secrets held by a name the generic assignment pattern did not see: typed declarations, setter calls and
// byte wrappers, Terraform variable defaults, Dockerfile `ENV NAME value`, XML and YAML name/value pairs,
// and .netrc. Found by the held-out-corpus exercise; each form comes with the decoys it must stay quiet on.
import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../../../shared/checks/secret-scan/detect.ts';
import { ALNUM, Keys } from '../../../fixtures/secret-corpus/generate.ts';

const k = new Keys(20260);
/** A random value as a password generator or a secret store would give it: mixed classes, no pattern. */
const secret = () => `${k.pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${k.pick(ALNUM, 26)}${k.pick('!#%*+', 1)}7`;

const found = (text: string, path: string) => detectSecrets(text, path).map((m) => ({ line: m.line, value: m.value }));

describe('detectSecrets: secrets named in less common forms', () => {
  it.each([
    ['a TypeScript typed declaration', 'src/config.ts', (v: string) => `export const apiKey: string = "${v}";`],
    ['a Kotlin typed val', 'src/Config.kt', (v: string) => `val clientSecret: String = "${v}"`],
    ['a Rust &str constant', 'src/config.rs', (v: string) => `const API_KEY: &str = "${v}";`],
    ['a Java setter', 'src/Db.java', (v: string) => `    ds.setPassword("${v}");`],
    ['a builder call', 'src/Client.java', (v: string) => `Client.builder().withApiKey("${v}").build();`],
    ['a Go byte slice', 'internal/jwt.go', (v: string) => `var jwtSigningKey = []byte("${v}")`],
    ['a Python bytes literal', 'app/settings.py', (v: string) => `SECRET_KEY = b"${v}"`],
    ['a Dockerfile ENV in the space form', 'Dockerfile', (v: string) => `ENV SERVICE_API_KEY ${v}`],
    ['a .NET appSettings entry', 'web.config', (v: string) => `<add key="PaymentApiKey" value="${v}" />`],
    ['a Spring XML property', 'beans.xml', (v: string) => `<property name="password" value="${v}"/>`],
    [
      'a Kubernetes env name/value pair',
      'k8s/deploy.yaml',
      (v: string) => `env:\n  - name: API_TOKEN\n    value: "${v}"`,
    ],
    ['a .netrc password', '.netrc', (v: string) => `machine api.example.com login me password ${v}`],
  ])('finds the value in %s', (_form, path, write) => {
    const value = secret();
    const text = write(value);
    const line = text.slice(0, text.indexOf(value)).split('\n').length;
    expect(found(text, path)).toEqual([{ line, value }]);
  });

  it('finds a Terraform default of a variable named like a secret, on the default line', () => {
    const value = secret();
    const text = `variable "db_password" {\n  type      = string\n  default   = "${value}"\n  sensitive = true\n}\n`;
    expect(found(text, 'infra/main.tf')).toEqual([{ line: 3, value }]);
  });

  it.each([
    ['a getter with a key name', 'src/A.java', 'String p = vault.getPassword("prod/db/primary-password");'],
    ['a setter fed from the environment', 'src/A.java', 'ds.setPassword(System.getenv("DB_PASSWORD"));'],
    ['a setter with a placeholder', 'src/A.java', 'ds.setPassword("changeme-please");'],
    ['a call named like a secret, not a setter', 'src/a.ts', `const t = token("${'Zx9'}${k.pick(ALNUM, 20)}");`],
    ['a typed declaration of a label', 'src/a.ts', 'const passwordLabel: string = "Enter your password";'],
    ['a typed declaration of an identifier', 'src/a.ts', 'const tokenKind: string = "access_token";'],
    ['a Terraform empty default', 'infra/vars.tf', 'variable "api_token" {\n  default = ""\n}'],
    ['a Terraform setting about a secret', 'infra/vars.tf', 'variable "password_length" {\n  default = "24"\n}'],
    [
      'a Terraform default of a variable not named like a secret',
      'infra/vars.tf',
      `variable "bucket" {\n  default = "acme-${k.pick('abcdefghijklmnopqrstuvwxyz0123456789', 20)}"\n}`,
    ],
    ['a Dockerfile ENV pointing to a file', 'Dockerfile', 'ENV DB_PASSWORD_FILE /run/secrets/db_password'],
    ['a Dockerfile ENV from a build arg', 'Dockerfile', 'ENV API_TOKEN ${API_TOKEN}'],
    ['the ENV space form outside a Dockerfile', 'docs/notes.md', `ENV SERVICE_API_KEY ${k.pick(ALNUM, 32)}`],
    ['an XML entry naming a header', 'web.config', '<add key="ApiKeyHeader" value="X-Api-Key" />'],
    ['an XML property from a placeholder', 'beans.xml', '<property name="password" value="${db.password}"/>'],
    [
      'a Kubernetes env from a secretKeyRef',
      'k8s/deploy.yaml',
      '  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef: { name: api, key: token }',
    ],
    ['a Kubernetes env holding a setting', 'k8s/deploy.yaml', '  - name: PASSWORD_MIN_LENGTH\n    value: "12"'],
    ['a .netrc password from the environment', '.netrc', 'machine api.example.com login me password $NETRC_TOKEN'],
  ])('stays quiet on %s', (_kind, path, text) => {
    expect(found(text, path)).toEqual([]);
  });
});
