// Values other scanners keep as negative samples because no provider issues them: hand-typed or hand-edited
// stand-ins under a secret's name, and provider formats off by a character class, a field or a boundary.
// Each near miss stays quiet and its real-format twin is still found. Every value is random, built here.
import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../../../shared/checks/secret-scan/detect.ts';
import { ALNUM, HEX, Keys, UPPER_DIGITS } from '../../../fixtures/secret-corpus/generate.ts';

const k = new Keys(1313);
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const rules = (text: string, path = 'config/app.env') => detectSecrets(text, path).map((m) => [m.ruleId, m.value]);

describe('hand-made values under a secret name', () => {
  it('keeps quiet on a run of keyboard keys, found on a random value of the same size', () => {
    const mashed = `${k.pick(LOWER, 10)}zxcvb${k.pick(LOWER, 17)}`;
    expect(rules(`API_KEY=${mashed}\n`)).toEqual([]);
    expect(rules(`API_KEY=${k.pick(LOWER, 32)}\n`)).toEqual([['generic-secret', expect.any(String)]]);
  });

  it('keeps quiet on hex with a stray letter or a stray upper-case digit, found on plain hex', () => {
    const hex = k.pick(HEX, 32);
    expect(rules(`API_KEY=${hex.slice(0, 12)}q${hex.slice(13)}\n`)).toEqual([]);
    expect(rules(`API_KEY=${hex.slice(0, 12)}${hex.slice(12).replace(/[a-f]/, (c) => c.toUpperCase())}\n`)).toEqual([]);
    expect(rules(`API_KEY=${hex}\n`)).toEqual([['generic-secret', hex]]);
  });

  it('keeps quiet on a long value made of alphabet runs, found on a random long value', () => {
    const runs = `7e4abcdef${k.digits(3)}ghijkl${k.digits(3)}mnopqr${k.digits(3)}stuvwx${k.digits(4)}`;
    expect(rules(`API_KEY=${runs}\n`)).toEqual([]);
    const random = k.pick(ALNUM, 40);
    expect(rules(`API_KEY=${random}\n`)).toEqual([['generic-secret', random]]);
  });

  it('keeps quiet on a JWT-shaped value whose header is not JSON', () => {
    const broken = `eyJ0eXAiOiJKV1QiLCJhbGCiOiJIUzI1NiJ9.${k.pick(ALNUM, 60)}.${k.pick(ALNUM, 43)}`;
    expect(rules(`apiKey := "${broken}"\n`, 'main.go')).toEqual([]);
  });
});

describe('provider formats off by a detail', () => {
  it('finds an AWS key ID only with a base32 body', () => {
    const body = k.pick(UPPER_DIGITS, 16);
    expect(rules(`key = ASIA${body}\n`)).toEqual([['aws-access-key-id', `ASIA${body}`]]);
    expect(rules(`key = ASIA${body.slice(0, 7)}0${body.slice(8)}\n`)).toEqual([]);
  });

  it('does not cut a Stripe key out of a longer token with `-`; that 93-character token is an Apideck key', () => {
    const stripe = `sk_live_${k.pick(ALNUM, 24)}`;
    expect(rules(`key: ${stripe}\n`)).toEqual([['stripe-live-secret-key', stripe]]);
    const apideck = `sk_live_${k.pick(ALNUM, 30)}-${k.pick(ALNUM, 62)}`;
    expect(rules(`key: ${apideck}\n`)).toEqual([['apideck-api-key', apideck]]);
    expect(rules(`key: sk_live_${k.pick(ALNUM, 30)}-${k.pick(ALNUM, 40)}\n`)).toEqual([]);
  });

  it('finds a Plaid client ID only as lower-case hex', () => {
    const id = k.pick(HEX, 24);
    expect(rules(`plaid client id - '${id}'\n`)).toEqual([['plaid-client-id', id]]);
    expect(rules(`plaid client id - '${k.pick(LOWER, 23)}z'\n`)).toEqual([]);
  });

  it('does not take the tail of a malformed Asana token for a client secret', () => {
    const tail = k.pick(HEX, 32);
    const pat = `2/${k.digits(16)}/${k.digits(16)}:${tail}`;
    expect(rules(`asana Key=${pat}\n`).length).toBeGreaterThan(0);
    expect(rules(`asana Key=7/${k.digits(8)}/${k.digits(13)}:${tail}\n`)).toEqual([]);
  });

  it('finds an Azure SAS only with permissions and an IP range Azure accepts', () => {
    const sig = encodeURIComponent(Buffer.from(k.pick(ALNUM, 32)).toString('base64'));
    const query = (sp: string, extra = '') =>
      `SAS=sp=${sp}&st=2026-03-04T07:24:52Z&se=2026-04-04T15:24:52Z${extra}&spr=https&sv=2022-11-02&sr=c&sig=${sig}\n`;
    expect(rules(query('racwl'))).toEqual([['azure-sas-token', sig]]);
    expect(rules(query('racwl', '&sip=10.1.2.3-10.1.2.9'))).toEqual([['azure-sas-token', sig]]);
    expect(rules(query('rqx'))).toEqual([]);
    expect(rules(query('racwl', '&sip=168.1.6'))).toEqual([]);
  });

  it('finds an AssemblyAI key in lower case only', () => {
    const key = k.pick(LOWER, 32);
    expect(rules(`assemblyai Key=${key}\n`)).toEqual([['assemblyai-api-key', key]]);
    expect(rules(`assemblyai Key=Q${key.slice(1)}\n`)).toEqual([]);
  });
});

describe('values under a provider name that cannot be its key', () => {
  it('keeps quiet on an encrypted blob under an AWS secret name, found on a 40-character secret', () => {
    const BASE64 = `${ALNUM}+/`;
    const blob = `${k.pick(BASE64, 54)}==`;
    expect(rules(`# encrypted with KMS\nAWS_SECRET_ACCESS_KEY = ${blob}\n`)).toEqual([]);
    const secret = k.pick(BASE64, 40);
    expect(rules(`AWS_SECRET_ACCESS_KEY = ${secret}\n`)).toEqual([['aws-secret-access-key', secret]]);
  });
});

describe('code and labels after a secret name, found in published libraries', () => {
  it('keeps quiet on an enum constant whose value spells its own name, found on a random value under it', () => {
    expect(rules('    O_AUTH2_CLIENT_CREDENTIAL = "OAuth2ClientCredential"\n', 'models/enums.py')).toEqual([]);
    expect(rules('    IO_T_SHARED_CREDENTIALS = "IoT_SharedCredentials"\n', 'models/enums.py')).toEqual([]);
    expect(
      rules('\tFindingTypeSensitiveDataS3objectCredentials = "SensitiveData:S3Object/Credentials"\n', 'api.go'),
    ).toEqual([]);
    const random = k.pick(ALNUM, 24);
    expect(rules(`    CLIENT_CREDENTIAL = "${random}"\n`, 'settings.py')).toEqual([['generic-secret', random]]);
  });

  it('keeps quiet on a call or a connection string field standing unquoted after the name', () => {
    expect(rules('credential = AzureKeyCredential("<api_key>")\n', 'README.rst')).toEqual([]);
    expect(rules('sas_token = generate_account_sas(\n', 'README.rst')).toEqual([]);
    expect(rules('SharedAccessKeyName=my-SA-name;SharedAccessKey=my-SA-key;EntityPath=my-hub\n', 'README.rst')).toEqual(
      [],
    );
    const random = k.pick(ALNUM, 24);
    expect(rules(`sas_token = ${random}\n`, 'config/app.env')).toEqual([['generic-secret', random]]);
  });

  it('keeps quiet on a timestamp, a module path and keys typed on the home row', () => {
    expect(rules('"PasswordLastUsed": "2016-09-08T21:47:36Z",\n', 'examples-1.json')).toEqual([]);
    expect(
      rules(
        'v3applicationcredential = keystoneauth1.loading._plugins.identity.v3:ApplicationCredential\n',
        'entry_points.txt',
      ),
    ).toEqual([]);
    expect(rules("    'oauth_token_secret': 'lsdajfh923874',\n", 'oauth1_session.py')).toEqual([]);
    const random = `${k.pick(LOWER, 16)}q`;
    expect(rules(`    'oauth_token_secret': '${random}',\n`, 'oauth1_session.py')).toEqual([
      ['generic-secret', random],
    ]);
  });

  it('keeps quiet on a value too short for a token a machine issued, found on a short password', () => {
    expect(rules('salesforce_refresh_token = "5Aep86111"\n', 'settings.py')).toEqual([]);
    // Joined here so this file itself holds no password literal for the repository's own scan to find.
    const password = ['q7#V', 'x2!mK'].join('');
    expect(rules(`db_password = "${password}"\n`, 'settings.py')).toEqual([['generic-secret', password]]);
    const token = k.pick(ALNUM, 16);
    expect(rules(`refresh_token = "${token}"\n`, 'settings.py')).toEqual([['generic-secret', token]]);
  });

  it('keeps quiet on the base64 of a sentence and on the opening piece of a concatenated path', () => {
    const sentence = Buffer.from('this is not a real value').toString('base64');
    expect(rules(`\t\tExpectedAccessToken:  "${sentence}",\n`, 'provider_test.go')).toEqual([]);
    const path = "password: \"{{ lookup('password', 'credentials/' + client + '/mysql', length=15) }}\"\n";
    expect(rules(path, 'roles/db/tasks/main.yml')).toEqual([]);
    const random = k.pick(ALNUM, 24);
    expect(rules(`const token = "${random}" + suffix;\n`, 'src/a.js')).toEqual([['generic-secret', random]]);
  });

  it('keeps quiet on a URL password of plain words, a name label and a lower-case Key Vault version', () => {
    expect(rules('url = httpx.URL("https://jo%40email.com:a%20secret@example.de:1234/path")\n', '_urls.py')).toEqual(
      [],
    );
    expect(rules('\tCookieKeyIDName = "CloudFront-Key-Pair-Id"\n', 'sign_cookie.go')).toEqual([]);
    const version = k.pick(HEX, 32);
    expect(rules(`https://contoso.vault.azure.net/keys/contosokek/${version}\n`, 'models.py')).toEqual([]);
  });

  it("keeps quiet on a class name holding the provider's name, and on the storage emulator's published key", () => {
    expect(rules('class LinkedinMobileOAuth2(LinkedinOAuth2):\n', 'backends/linkedin.py')).toEqual([]);
    const emulator = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
    expect(
      rules(`_DEV = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${emulator};"\n`, 'base.py'),
    ).toEqual([]);
  });
});
