// Provider shapes the syntax table does not reach: a token written beside its provider's name without an
// assignment, legacy short Slack tokens, alphabets with `=`, and a NuGet password only where NuGet reads it.
// Every value is random, built here; each shape comes with the near miss it must stay quiet on.
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../../../shared/checks/secret-scan/detect.ts';
import { ALNUM, HEX, Keys, URLSAFE } from '../../../fixtures/secret-corpus/generate.ts';

const k = new Keys(4242);
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const rules = (text: string, path = 'src/config.ts') => detectSecrets(text, path).map((m) => [m.ruleId, m.value]);

describe('provider shapes', () => {
  it.each([
    [
      'a Facebook app access token after the word',
      'facebook-app-access-token',
      () => `${k.digits(16)}|${k.pick(URLSAFE, 27)}`,
      (v: string) => `# facebook ${v}`,
    ],
    [
      'a legacy Slack workspace token',
      'slack-token',
      () => `xoxa-2-${k.pick(LOWER, 14)}`,
      (v: string) => `"access_token": "${v}"`,
    ],
    [
      'a legacy Slack token with a short last part',
      'slack-token',
      () => `xoxs-${k.digits(10)}-${k.digits(10)}-${k.digits(10)}-${k.pick(HEX, 10)}`,
      (v: string) => `"token": "${v}"`,
    ],
    [
      'a Heroku v2 token beside any name',
      'heroku-api-key',
      () => `HRKU-AA${k.pick(URLSAFE, 58)}`,
      (v: string) => `const KEY = "${v}"`,
    ],
    [
      'a PlanetScale password with `=`',
      'planetscale-token',
      () => `pscale_pw_${k.pick(`${LOWER}=_.`, 20)}=${k.pick(LOWER, 20)}`,
      (v: string) => `DATABASE_PASSWORD=${v}`,
    ],
    [
      'a Netlify token with `=`',
      'netlify-token-assignment',
      () => `${k.pick(LOWER, 20)}=${k.pick(`${LOWER}_`, 21)}`,
      (v: string) => `netlifyToken = "${v}"`,
    ],
    [
      'a Vercel app access token',
      'vercel-token',
      () => `vca_${k.pick(ALNUM, 56)}`,
      (v: string) => `VERCEL_APP_TOKEN=${v}`,
    ],
    [
      'a Sumo Logic access id',
      'sumologic-access-id',
      () => `su${k.pick(ALNUM, 12)}`,
      (v: string) => `SUMO_ACCESS_ID = "${v}"`,
    ],
    [
      'an Airtable OAuth access token (not the legacy key it starts like)',
      'airtable-oauth-token',
      () => `oaa${k.pick(ALNUM, 14)}.v1.${k.pick(URLSAFE, 180)}.${k.pick(HEX, 64)}`,
      (v: string) => `AIRTABLE_ACCESS_TOKEN=${v}`,
    ],
    [
      'an Azure Functions key in the function URL',
      'azure-function-key-url',
      () => `${k.pick(URLSAFE, 54)}==`,
      (v: string) => `const url = "https://shop-orders.azurewebsites.net/api/refund?code=${v}";`,
    ],
    [
      'an Azure Functions key in its header',
      'azure-function-key',
      () => `${k.pick(URLSAFE, 54)}==`,
      (v: string) => `headers: { 'x-functions-key': '${v}' }`,
    ],
    [
      'an Azure AI Search admin key',
      'azure-search-key',
      () => k.pick(ALNUM, 52),
      (v: string) => `AZURE_SEARCH_ADMIN_KEY=${v}`,
    ],
    [
      'a pre-2023 Azure AI Search query key',
      'azure-search-key',
      () => k.pick('0123456789ABCDEF', 32),
      (v: string) => `searchQueryKey: "${v}"`,
    ],
    [
      "an Azure OpenAI key under the openai SDK's own variable name",
      'azure-openai-key',
      () => k.pick(HEX, 32),
      (v: string) => `os.environ["OPENAI_API_KEY"] = "${v}"`,
    ],
    [
      'an Entra ID client secret in parentheses (a call argument, a note)',
      'azure-ad-client-secret',
      () => `${k.pick(ALNUM, 3)}8Q~${k.pick(`${ALNUM}_~.-`, 34)}`,
      (v: string) => `credential = ClientSecretCredential(tenant, client, (${v}))`,
    ],
  ])('finds %s', (_shape, ruleId, make, write) => {
    const value = make();
    expect(rules(write(value))).toEqual([[ruleId, value]]);
  });

  it.each([
    [
      'a quoted -u pair',
      (v: string) => `curl -s -u "deploy:${v}" https://api.shop.test/v1`,
      'curl-basic-auth',
      (v: string) => `deploy:${v}`,
    ],
    [
      'an empty user',
      (v: string) => `curl -u ":${v}" https://search.shop.test:9200`,
      'curl-basic-auth',
      (v: string) => `:${v}`,
    ],
    [
      'an Api-Token scheme',
      (v: string) => `curl -H "Authorization: Api-Token ${v}" https://api.shop.test`,
      'curl-header-secret',
      (v: string) => v,
    ],
    [
      'an apikey header on a continued line',
      (v: string) => `curl -X GET \\\n  -H 'apikey: ${v}' \\\n  https://api.shop.test`,
      'curl-header-secret',
      (v: string) => v,
    ],
  ])('finds the credential of a curl command with %s', (_form, write, ruleId, reported) => {
    const value = `${k.pick(ALNUM, 18)}!${k.digits(3)}`;
    expect(rules(write(value), 'scripts/check.sh')).toEqual([[ruleId, reported(value)]]);
  });

  it('finds a UUID API key or a Basic pair in a curl header, not a variable or a placeholder', () => {
    const uuid = k.uuid();
    const basic = Buffer.from(`shop:${k.pick(ALNUM, 20)}`).toString('base64');
    expect(rules(`curl -H "X-Shop-ApiKey: ${uuid}" https://api.shop.test`, 'run.sh')).toEqual([
      ['curl-header-secret', uuid],
    ]);
    expect(rules(`curl -H "Authorization: Basic ${basic}" https://api.shop.test`, 'run.sh').map(([id]) => id)).toEqual([
      expect.stringMatching(/header/),
    ]);
    for (const decoy of [
      '"apikey: $API_KEY"',
      '"Authorization: Bearer <your token>"',
      '"Authorization: Token **********"',
    ]) {
      expect(rules(`curl -H ${decoy} https://api.shop.test`, 'run.sh')).toEqual([]);
    }
  });

  it('calls a plain `Password` key a NuGet feed password only in NuGet.config', () => {
    const value = `${k.pick(ALNUM, 14)}!7`;
    const line = `<add key="Password" value="${value}" />`;
    expect(rules(line, 'NuGet.Config')).toEqual([['nuget-config-password', value]]);
    // Elsewhere a random value under a `Password` key is still a secret, found by its name, not as NuGet's.
    expect(rules(line, 'config/app.xml')).toEqual([['named-value-secret', value]]);
    expect(rules(`<add key="ClearTextPassword" value="${value}" />`, 'config/app.xml')).toEqual([
      ['nuget-config-password', value],
    ]);
  });

  it('finds a provider name at a camelCase hump, not inside another word', () => {
    const value = k.pick('0123456789abcdef', 40);
    expect(rules(`const myMerakiKey = "${value}"`)).toEqual([['cisco-meraki-api-key', value]]);
    expect(rules(`const CameraKitHash = "${value}"`)).toEqual([]);
  });

  // A password in a URL to a host logs in somewhere: a typed password with a word in it is still a credential.
  // Only lookups, placeholder words (also in leetspeak), the user name repeated, runs and very short values are not.
  it.each([
    ['a word and digits', () => `kestrel${k.digits(4)}`],
    ['a leetspeak phrase', () => `bl4ckB1rd${k.digits(2)}`],
    ['a word that names what it is, with digits', () => `mySecret${k.digits(4)}`],
    ['the word password with digits', () => `passW0rd${k.digits(3)}`],
    ['a leetspeak strong word', () => `str0ngP4ss${k.digits(1)}`],
    ['a random value', () => `${k.pick(ALNUM, 16)}`],
  ])('finds a database or service URL password made of %s', (_shape, make) => {
    const value = make();
    expect(rules(`DATABASE_URL="postgres://app_user:${value}@db.shop.test:5432/shop"`, '.env')).toEqual([
      ['database-url-password', value],
    ]);
    expect(rules(`const uri = "mongodb+srv://svc:${value}@cluster7.shop.test/orders";`)).toEqual([
      ['database-url-password', value],
    ]);
    expect(rules(`const JDBC = "jdbc:mysql://admin:${value}@db.shop.test:3306/app";`)).toEqual([
      ['database-url-password', value],
    ]);
    expect(rules(`const api = "https://deploy:${value}@api.shop.test/v2";`)).toEqual([['url-basic-auth', value]]);
  });

  it.each([
    ['the word password', 'password'],
    ['a leetspeak password', 'P@ssw0rd'],
    ['my password', 'mypassword'],
    ['a test password', 'test_password'],
    ['a placeholder to replace', 'REPLACE_WITH_PASSWORD'],
    ['a your-password placeholder', 'YOUR_PASSWORD'],
    ['an angle-bracket placeholder', '<password>'],
    ['a brace placeholder', '{password}'],
    ['a template', '{{db_password}}'],
    ['a shell lookup', `\${DB_PASSWORD}`],
    ['a Makefile lookup', '$(PGPASSWORD)'],
    ['a format verb', '%s'],
    ['masking stars', '********'],
    ['a filler', 'xxxxxxxx'],
    ['a run of digits', '123456'],
    ['a short value', 'abc'],
    ['the user name again', 'postgres'],
    ['a Java keystore default', 'changeit'],
  ])('keeps quiet on a URL password that is %s', (_shape, value) => {
    expect(rules(`DATABASE_URL="postgres://postgres:${value}@db.shop.test:5432/shop"`, '.env')).toEqual([]);
    expect(rules(`const api = "https://deploy:${value}@api.shop.test/v2";`)).toEqual([]);
  });

  it('finds an OpenAI project key only with the marker every issued key carries', () => {
    const key = `sk-proj-${k.pick(URLSAFE, 58)}T3BlbkFJ${k.pick(URLSAFE, 58)}`;
    expect(rules(`OPENAI_API_KEY=${key}`, '.env')).toEqual([['openai-api-key', key]]);
    // Without `T3BlbkFJ` ("OpenAI" in base64) the shape is somebody's stand-in, as in scanners' own negative tests.
    expect(rules(`OPENAI_API_KEY=sk-proj-${k.pick(URLSAFE, 120)}`, '.env').map(([id]) => id)).not.toContain(
      'openai-api-key',
    );
  });

  it("keeps quiet on the Kubernetes documentation's sample Secret", () => {
    const manifest = 'kind: Secret\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm\n';
    expect(rules(manifest, 'k8s/secret.yaml')).toEqual([]);
  });

  // Shapes scanners' negative samples use: each beside a real value of the same kind that stays found.
  it.each([
    ['a token broken by a `?`', () => `${k.pick(ALNUM, 12)}?${k.pick(ALNUM, 14)}`],
    ['a bot-token shape broken by a `?`', () => `${k.digits(9)}:${k.pick(ALNUM, 10)}?${k.pick(ALNUM, 20)}`],
    ['a printf verb', () => `${k.pick(ALNUM, 20)}%c^`],
    ['letters and digits counting up in step', () => `a1b2c3d4e5f6a7b8c9d0${k.pick(HEX, 12)}`],
    ['two interleaved runs', () => `V2w3X4y5Z6a7${k.pick(ALNUM, 20)}`],
    ['blocks of one character', () => `${k.pick(ALNUM, 10)}AAAABBBBCCCC${k.pick(ALNUM, 10)}`],
    ['a host name', () => `${k.pick(HEX, 6)}.billing-shop.com`],
    ['a publishable key', () => `live_pub_${k.pick(HEX, 31)}`],
  ])('keeps quiet on a named value that is %s', (_shape, make) => {
    expect(rules(`const apiSecret = "${make()}";`)).toEqual([]);
  });

  it('still finds named values with URL escapes, a `?` among other symbols, or a Go lookup beside a literal', () => {
    const escaped = `${k.pick(ALNUM, 10)}%2B${k.pick(ALNUM, 12)}%3D`;
    expect(rules(`const apiSecret = "${escaped}";`)).toEqual([['generic-secret', escaped]]);
    const password = `${k.pick(ALNUM, 8)}?!${k.pick(ALNUM, 6)}#`;
    expect(rules(`DB_PASSWORD="${password}"`, '.env')).toEqual([['generic-secret', password]]);
    // A generated password of usual length may hold one `?` among letters and digits.
    const short = `${k.pick(ALNUM, 9)}?${k.pick(ALNUM, 6)}`;
    expect(rules(`DB_PASSWORD="${short}"`, '.env')).toEqual([['generic-secret', short]]);
    expect(rules('apiSecret := os.Getenv("API_SECRET")', 'main.go')).toEqual([]);
  });

  it('finds a named token written with its header scheme, or several hundred characters long', () => {
    const bearer = k.pick(URLSAFE, 40);
    expect(rules(`  crm_auth_token: "Bearer ${bearer}"`, 'config.yml')).toEqual([['generic-secret', bearer]]);
    expect(rules(`const githubToken = "token ${bearer}";`)).toEqual([['generic-secret', bearer]]);
    // A JWS runs past 256 characters (an RS256 signature alone is 342); its payload need not be JSON (RFC 7515).
    const header = Buffer.from('{"typ":"JWT","alg":"RS256"}').toString('base64url');
    const long = `${header}.${k.pick(URLSAFE, 240)}.${k.pick(URLSAFE, 342)}`;
    expect(rules(`"flights_secret": "${long}"`, 'settings.json')).toEqual([['generic-secret', long]]);
    // A JWT library's test token (toy claims, padded) stays a test token when it stands under a secret's name.
    const claims = Buffer.from('{"foo":"padded"}').toString('base64');
    const toy = `${header}.${claims}.${k.pick(URLSAFE, 342)}`;
    expect(claims.endsWith('=')).toBe(true);
    expect(rules(`tokenString: "${toy}",`, 'parser_test.go')).toEqual([]);
    // A short value after the scheme is a documentation stand-in; a template is filled in at run time.
    expect(rules(`  crm_auth_token: "Bearer ${k.pick(ALNUM, 20)}"`, 'config.yml')).toEqual([]);
    expect(rules('  crm_auth_token: "Bearer $CRM_AUTH_TOKEN_FROM_THE_ENVIRONMENT"', 'config.yml')).toEqual([]);
  });

  it('finds a Vault AppRole secret ID beside its role ID, in Terraform, an env file and Spring YAML', () => {
    const roleId = k.uuid();
    const secretId = k.uuid();
    const found = [['vault-approle-secret-id', secretId]];
    const terraform = `auth_login {\n  path = "auth/approle/login"\n  parameters = {\n    role_id   = "${roleId}"\n    secret_id = "${secretId}"\n  }\n}`;
    expect(rules(terraform, 'infra/vault.tf')).toEqual(found);
    expect(rules(`VAULT_ROLE_ID=${roleId}\nVAULT_SECRET_ID=${secretId}\n`, '.env')).toEqual(found);
    const spring = `spring.cloud.vault:\n  app-role:\n    role-id: ${roleId}\n    secret-id: ${secretId}\n`;
    expect(rules(spring, 'src/main/resources/bootstrap.yml')).toEqual(found);
    // A UUID under `secret_id` with no role beside it names something else (a Secrets Manager entry, a credential).
    expect(rules(`secret_id = "${secretId}"`, 'infra/main.tf')).toEqual([]);
    expect(rules(`aws secretsmanager get-secret-value --secret-id ${secretId}`, 'scripts/read.sh')).toEqual([]);
  });

  it('finds a database password in a driver URL, a Go MySQL DSN and an Oracle thin URL', () => {
    const password = k.pick(ALNUM, 18);
    expect(rules(`engine = create_engine("mysql+pymysql://shop:${password}@db.internal/shop")`, 'app/db.py')).toEqual([
      ['database-url-password', password],
    ]);
    expect(rules(`BROKER_URL=amqp+ssl://shop:${password}@mq.internal:5671//`, '.env')).toEqual([
      ['database-url-password', password],
    ]);
    expect(rules(`db, err := sql.Open("mysql", "shop:${password}@unix(/run/mysqld.sock)/shop")`, 'db.go')).toEqual([
      ['database-dsn-password', password],
    ]);
    expect(rules(`<url>jdbc:oracle:oci:shop/${password}@db.internal:1521:ORCL</url>`, 'context.xml')).toEqual([
      ['oracle-jdbc-password', password],
    ]);
    // A URL with a scheme before the same DSN: the URL rule reports the password alone.
    expect(rules(`url: "jdbc:mysql://shop:${password}@tcp(db.internal:3306)/shop"`, 'app.yml')).toEqual([
      ['database-url-password', password],
    ]);
    expect(rules('dsn := fmt.Sprintf("%s:%s@tcp(%s)/shop", user, pass, host)', 'db.go')).toEqual([]);
    expect(rules('url=jdbc:oracle:thin:shop/%DB_PASSWORD%@db.internal:1521:ORCL', 'app.properties')).toEqual([]);
  });

  it('finds a database password passed as a literal to a connect call, not a variable or a stand-in', () => {
    const password = k.pick(ALNUM, 16);
    const found = [['database-connect-password', password]];
    expect(rules(`$pdo = new PDO('mysql:host=db;dbname=shop', 'shop', '${password}');`, 'src/db.php')).toEqual(found);
    expect(rules(`$db = mysqli_connect("db", DB_USER, "${password}", "shop");`, 'src/db.php')).toEqual(found);
    const java = `Connection c = DriverManager.getConnection(url, "shop", "${password}");`;
    expect(rules(java, 'src/Db.java')).toEqual(found);
    expect(rules('$pdo = new PDO($dsn, $user, $password);', 'src/db.php')).toEqual([]);
    expect(rules('$db = mysqli_connect("localhost", "root", "password", "test");', 'src/db.php')).toEqual([]);
    expect(rules('$db = mysqli_connect("localhost", "root", "", "test");', 'src/db.php')).toEqual([]);
  });

  it('finds a password glued to a MySQL client flag, not the prompt, the port, a variable or another tool', () => {
    const password = k.pick(ALNUM, 16);
    const found = [['mysql-cli-password', password]];
    expect(rules(`mysql -h db.internal -u shop -p${password} shop < dump.sql`, 'scripts/restore.sh')).toEqual(found);
    expect(rules(`RUN mysqldump -u shop -p'${password}' shop > /tmp/dump.sql`, 'Dockerfile')).toEqual(found);
    expect(rules(`  - mysqladmin --user=root --password=${password} create shop`, '.gitlab-ci.yml')).toEqual(found);
    for (const line of [
      'mysql -u root -p shop',
      'mysql -u root -P 3306 -h 127.0.0.1',
      'mysql -uroot -p"$MYSQL_ROOT_PASSWORD"',
      'mysql -uroot -proot',
      'find /var/lib/mysql -name "*.ibd" -print',
      'gcc -o app app.c -lmysqlclient -pthread',
    ]) {
      expect(rules(line, 'scripts/db.sh')).toEqual([]);
    }
  });

  it.each([
    ['a SOCKS proxy', (p: string) => `ALL_PROXY=socks5h://scraper:${p}@proxy.internal:1080`],
    ['a camera stream', (p: string) => `camera_url: rtsp://viewer:${p}@10.0.0.12:554/stream1`],
    ['an MQTT broker', (p: string) => `MQTT_URL=mqtts://device:${p}@broker.internal:8883`],
    ['an SMB share', (p: string) => `BACKUP_TARGET=smb://backup:${p}@nas.internal/backups`],
  ])('finds the password in the URL of %s', (_kind, write) => {
    const password = k.pick(ALNUM, 16);
    expect(rules(write(password), '.env')).toEqual([['url-basic-auth', password]]);
    expect(rules(write('password'), '.env')).toEqual([]);
  });

  it('finds a generated password holding `<` or `>`, not a `<placeholder>` or an arrow', () => {
    const password = `${k.pick(ALNUM, 6)})${k.pick(ALNUM, 2)}>${k.pick(ALNUM, 5)}^(${k.pick(ALNUM, 4)}<${k.pick(ALNUM, 2)}=`;
    expect(rules(`  sms_gateway_secret: "${password}"`, 'config.yml')).toEqual([['generic-secret', password]]);
    expect(rules('  sms_gateway_secret: "<your-gateway-secret>"', 'config.yml')).toEqual([]);
    expect(rules(`  sms_gateway_secret: "${k.pick(ALNUM, 10)}->${k.pick(ALNUM, 8)}"`, 'config.yml')).toEqual([]);
  });

  it('reads GitLab OAuth secrets and legacy personal tokens only at their lengths', () => {
    const oauth = `gloas-${k.pick(HEX, 64)}`;
    const pat = `glpat-${k.pick(HEX, 20)}`;
    expect(rules(`client_secret: ${oauth}`, 'ci.yml')).toEqual([['gitlab-token', oauth]]);
    expect(rules(`token: ${pat}`, 'ci.yml')).toEqual([['gitlab-token', pat]]);
    expect(rules(`client_secret: gloas-${k.pick(HEX, 32)}`, 'ci.yml').map(([id]) => id)).not.toContain('gitlab-token');
    expect(rules(`token: glpat-${k.pick(HEX, 64)}`, 'ci.yml').map(([id]) => id)).not.toContain('gitlab-token');
  });

  it('does not cut a Square token out of a longer run', () => {
    const token = `EAAA${k.pick(URLSAFE, 60)}`;
    expect(rules(`square: ${token}`, 'app.yml')).toEqual([['square-access-token', token]]);
    expect(rules(`square: EAAA${k.pick(ALNUM, 30)}?b=${k.pick(ALNUM, 20)}`, 'app.yml').map(([id]) => id)).not.toContain(
      'square-access-token',
    );
  });

  it("keeps quiet on a JWT signed with jwt.io's example secret, not on one signed with another", () => {
    const sign = (secret: string) => {
      const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: `user-${k.digits(6)}`, admin: true })}`;
      return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
    };
    const live = sign(k.pick(ALNUM, 32));
    expect(rules(`const token = "${live}";`)).toEqual([['jwt', live]]);
    expect(rules(`const token = "${sign('a-string-secret-at-least-256-bits-long')}";`)).toEqual([]);
    expect(rules(`const token = "${sign('your-256-bit-secret')}";`)).toEqual([]);
  });

  it('finds an Alibaba Cloud secret written beside its AccessKey ID, with no provider name', () => {
    const [secret, id] = [k.pick(ALNUM, 30), `LTAI${k.pick(ALNUM, 20)}`];
    expect(rules(`[DEBUG] key=${secret}\n[DEBUG] id=${id}\n`, 'deploy.log')).toEqual([
      ['alibaba-secret-key-paired', secret],
      ['alibaba-access-key-id', id],
    ]);
  });

  const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const BASE64 = `${ALNUM}+/`;
  it('finds a service-account key file stored as a JSON string, escaped once or twice', () => {
    const pem = Array.from({ length: 20 }, () => k.pick(BASE64, 64)).join('\\n');
    const file = JSON.stringify({
      type: 'service_account',
      private_key_id: k.pick(HEX, 40),
      private_key: `-----BEGIN PRIVATE KEY-----\\n${pem}\\n-----END PRIVATE KEY-----\\n`,
      client_email: 'ci@shop-prod.iam.gserviceaccount.com',
    });
    const once = JSON.stringify({ credentials: file });
    const twice = JSON.stringify({ secrets: once });
    for (const text of [file, once, twice]) {
      expect(rules(text, 'deploy/vars.json').map(([id]) => id)).toEqual(['gcp-service-account-key']);
    }
  });

  it('finds a private key in a JSON string held in another JSON string (its line breaks escaped twice)', () => {
    const pem = Array.from({ length: 16 }, () => k.pick(BASE64, 64)).join('\n');
    const block = `-----BEGIN PRIVATE KEY-----\n${pem}\n-----END PRIVATE KEY-----\n`;
    const twice = JSON.stringify({ settings: JSON.stringify({ tls_key: block }) });
    expect(twice).toContain('-----\\\\n');
    expect(rules(twice, 'deploy/settings.json').map(([id]) => id)).toEqual(['private-key']);
  });

  it.each([
    [
      'a ScrapingBee key in a query string',
      'scrapingbee-api-key',
      () => k.pick(UPPER, 80),
      (v: string) => `fetch("https://app.scrapingbee.com/api/v1/?api_key=${v}&url=" + target)`,
    ],
    [
      'a ScrapingBee key in a notebook cell',
      'scrapingbee-api-key',
      () => k.pick(UPPER, 80),
      (v: string) => `"source": [\n    "ScrapingBee API key:\\n",\n    "    ${v}\\n",\n`,
    ],
    [
      'a ScrapingBee key passed by name',
      'scrapingbee-api-key',
      () => k.pick(UPPER, 80),
      (v: string) => `client.search(scraping_bee = '${v}')`,
    ],
    [
      'an Azure Container Registry password',
      'azure-container-registry-password',
      () => `${k.pick(BASE64, 42)}+ACR${k.pick(ALNUM, 6)}`,
      (v: string) => `{"username":"shopacr","password":"${v}"}`,
    ],
    [
      'a Tableau personal access token secret',
      'tableau-pat-secret',
      () => `${k.pick(BASE64, 22)}==:${k.pick(ALNUM, 32)}`,
      (v: string) => `TABLEAU_PAT_NAME=ci-export\nTABLEAU_PAT_SECRET=${v}`,
    ],
    [
      'a New Relic Insights insert key of 25 characters',
      'new-relic-key',
      () => `NRII-${k.pick(URLSAFE, 25)}`,
      (v: string) => `insights_insert_key: '${v}'`,
    ],
    [
      'a New Relic Insights query key',
      'new-relic-key',
      () => `NRIQ-${k.pick(URLSAFE, 32)}`,
      (v: string) => `insights_query_key: '${v}'`,
    ],
    ['a New Relic browser key', 'new-relic-key', () => `NRBR-${k.pick(HEX, 19)}`, (v: string) => `browserKey: '${v}'`],
    [
      'a GitHub OAuth client secret by its name',
      'github-oauth-client-secret',
      () => k.pick(HEX, 40),
      (v: string) => `GITHUB_CLIENT_SECRET=${v}`,
    ],
    [
      'a GitHub OAuth secret written after its client ID',
      'github-oauth-client-pair',
      () => k.pick(HEX, 40),
      (v: string) => `github = '${k.pick(ALNUM, 20)}', '${v}'`,
    ],
    [
      'a GitHub App secret after its `Iv1.` client ID',
      'github-oauth-client-pair',
      () => k.pick(HEX, 40),
      (v: string) => `github: Iv1.${k.pick(HEX, 16)}:${v}`,
    ],
    [
      'a pre-2019 Alibaba Cloud AccessKey ID',
      'alibaba-access-key-id',
      () => `LTAI${k.pick(ALNUM, 12)}`,
      (v: string) => `id: ${v}`,
    ],
    [
      'a New Relic Insights query key of 25 characters',
      'new-relic-key',
      () => `NRIQ-${k.pick(URLSAFE, 25)}`,
      (v: string) => `NEW_RELIC_QUERY_KEY="${v}"`,
    ],
    [
      'an Azure AI Search admin key beside the word Azure',
      'azure-search-key',
      () => k.pick(ALNUM, 52),
      (v: string) => `# Azure (product search, admin): ${v}`,
    ],
    [
      'an API Management direct key beside its management host',
      'azure-apim-management-key',
      () => `${k.pick(BASE64, 86)}==`,
      (v: string) => `<apim host="https://shop-apim.management.azure-api.net" key="${v}" />`,
    ],
    [
      'a Mux token secret beside the word Mux',
      'mux-token-secret',
      () => k.pick(BASE64, 75),
      (v: string) => `video:\n  mux: "${v}"`,
    ],
    [
      'a Finage key with no name near it',
      'finage-api-key',
      () => `API_KEY${k.pick(UPPER, 20)}${k.digits(12)}`,
      (v: string) => `{"quotes": {"provider": "fx", "credential": "${v}"}}`,
    ],
    [
      'a Couchbase Capella password in its connection string',
      'database-url-password',
      () => `${k.pick(ALNUM, 10)}${k.digits(4)}`,
      (v: string) => `COUCHBASE_URL=couchbases://app:${v}@cb.${k.pick(LOWER, 12)}.cloud.couchbase.com`,
    ],
  ])('finds %s', (_shape, ruleId, make, write) => {
    const value = make();
    expect(rules(write(value), 'config/settings.txt')).toEqual([[ruleId, value]]);
  });

  it.each([
    [
      'a ScrapingBee-length run of letters far from the name',
      `scrapingbee: enabled\n${'-'.repeat(60)}\nid ${k.pick(UPPER, 80)}`,
    ],
    ['an ACR-shaped run with the marker in the wrong place', `blob: ${k.pick(BASE64, 30)}+ACR${k.pick(ALNUM, 18)}`],
    ['a Tableau-shaped secret of repeated characters', `${'A'.repeat(22)}==:${'b'.repeat(32)}`],
    ['a New Relic browser key that is not hex', `browserKey: 'NRBR-${k.pick('ghijklmnopqrstuvwxyz', 19)}'`],
    ['a commit SHA beside the word GitHub', `see github commit ${k.pick(HEX, 40)} for the fix`],
    ['a commit SHA after a GitHub URL', `https://github.com/shop/app/commit/${k.pick(HEX, 40)}`],
    ['a 30-character run with no AccessKey ID near it', `key=${k.pick(ALNUM, 30)}\nid=LTAI-not-here`],
    ['an AccessKey ID of the wrong length', `id: LTAI${k.pick(ALNUM, 16)}`],
    ['a 52-character lowercase run under an Azure name', `azure_key: ${k.pick(LOWER, 52)}`],
    ['a function URL without a key', 'fetch("https://shop-orders.azurewebsites.net/api/refund?code=")'],
    // A GUID without its dashes is the old Search key's shape, but beside `azure` alone it is any resource ID.
    ['a dashless GUID beside the word Azure', `azure tenant ${k.pick('0123456789ABCDEF', 32)}`],
    ['a 52-character mixed-case run inside a longer word', `myazure ${k.pick(ALNUM, 52)}`],
    ['a constant named API_KEY with a suffix', `API_KEY${k.pick(UPPER, 32)}_LEGACY = 1`],
    ['a lower-case run after API_KEY', `API_KEY${k.pick(LOWER, 32)}`],
    ['a Go router beside a digest', `mux.Handle("/static/${k.pick(HEX, 64)}", files)`],
    [
      'a storage-key-shaped value near the management host, one character short',
      `https://shop-apim.management.azure-api.net key=${k.pick(BASE64, 85)}==`,
    ],
  ])('keeps quiet on %s', (_shape, text) => {
    expect(rules(text, 'config/settings.txt')).toEqual([]);
  });
});

// A provider's own prefix with a body cut short (a key truncated in a log or a document, or made up around a real
// prefix) is not a key: its rule takes it and stays quiet, and no rule reports it by the name it is assigned to.
describe('a provider prefix with a malformed body', () => {
  const k = new Keys(3011);
  const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

  it.each([
    ['new-relic-mobile-app-token', `AA${k.pick(HEX, 40)}-NRMA`],
    ['new-relic-mobile-app-token', `eu01xx${k.pick(HEX, 36)}-NRMA`],
    ['adafruit-io-aio-key', `aio_${k.pick(ALNUM, 28)}`],
    ['xai-api-key', `xai-${k.pick(ALNUM, 80)}`],
    ['artifactory-token', `cmVmdGtuOjAx${k.pick(ALNUM, 52)}`],
  ])('%s: its exact shape is found under any name', (ruleId, value) => {
    expect(rules(`API_TOKEN=${value}\n`)).toEqual([[ruleId, value]]);
  });

  it.each([
    ['an xAI key cut short', `xai-${k.pick(ALNUM, 43)}`],
    [
      'a Harness token with its last part cut short',
      `pat.${k.pick(ALNUM, 22)}.${k.pick(HEX, 24)}.${k.pick(ALNUM, 17)}`,
    ],
    ['a Spectral token in upper case', `spu-${k.pick(HEX, 32).toUpperCase()}`],
    ['a JFrog reference token cut short', `cmVmdGtuOjAx${k.pick(ALNUM, 21)}`],
    ['a New Relic mobile token with a short hex body', `AA${k.pick(HEX, 38)}-NRMA`],
    ['an Adafruit IO key one character long', `aio_${k.pick(LOWER, 29)}`],
  ])('quiet on %s, even under a secret name', (_what, value) => {
    expect(rules(`API_TOKEN=${value}\nsecret_key: '${value}'\n`)).toEqual([]);
  });
});

// GitHub's App installation tokens since 2026: `ghs_<app id>_<JWT>`, about 520 characters.
describe('a GitHub App installation token in the JWT format', () => {
  const k = new Keys(2604);
  const part = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');
  const token = (signature: string, header: object = { alg: 'RS256', typ: 'JWT' }) =>
    `ghs_${k.digits(7)}_${part(header)}.${part({
      iat: 1_780_000_000,
      exp: 1_780_003_600,
      iss: k.digits(7),
      sub: `installation|${k.digits(8)}`,
      jti: k.pick(URLSAFE, 22),
    })}.${signature}`;

  it('is found under any name or none', () => {
    const value = token(k.pick(URLSAFE, 342));
    expect(rules(`GITHUB_TOKEN=${value}\n`)).toEqual([['github-app-installation-token', value]]);
    expect(rules(`git clone https://x-access-token:${value}@github.com/shop/app\n`)).toContainEqual([
      'github-app-installation-token',
      value,
    ]);
  });

  it.each([
    ['with jwt.io’s example signature', () => token('SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')],
    [
      'whose header is not JSON',
      () => `ghs_${k.digits(7)}_eyJ${k.pick(ALNUM, 30)}.eyJ${k.pick(ALNUM, 60)}.${k.pick(URLSAFE, 342)}`,
    ],
    ['unsigned (alg none)', () => token(k.pick(URLSAFE, 40), { alg: 'none' })],
  ])('keeps quiet on one %s', (_what, make) => {
    expect(
      rules(`const installation = "${make()}";\n`).filter(([id]) => id === 'github-app-installation-token'),
    ).toEqual([]);
  });
});

describe('an Okta API token after its SSWS scheme', () => {
  const k = new Keys(5150);
  it('is found without the provider name, in a header or a curl command', () => {
    const token = `00${k.pick(URLSAFE, 40)}`;
    expect(rules(`headers: { Authorization: "SSWS ${token}" },\n`)).toEqual([['okta-api-token', token]]);
    expect(rules(`curl -H 'Authorization: SSWS ${token}' https://shop.example.com/api/v1/users\n`)).toContainEqual([
      'okta-api-token',
      token,
    ]);
  });

  it('keeps quiet on a value that is not an Okta token', () => {
    expect(rules(`Authorization: SSWS ${k.pick(ALNUM, 30)}\n`)).toEqual([]);
  });
});

describe('formats other scanners list that real repositories hold', () => {
  const k = new Keys(7070);
  const wgKey = () => randomBytes(32).toString('base64');

  it.each([
    ['tavily-api-key', () => `tvly-${k.pick(ALNUM, 32)}`, (v: string) => `TAVILY_API_KEY=${v}`],
    ['tavily-api-key', () => `tvly-dev-${k.pick(ALNUM, 32)}`, (v: string) => `client = TavilyClient(api_key="${v}")`],
    ['twitch-stream-key', () => `live_${k.digits(9)}_${k.pick(ALNUM, 30)}`, (v: string) => `STREAM_KEY=${v}`],
    ['google-oauth-access-token', () => `ya29.${k.pick(URLSAFE, 160)}`, (v: string) => `creds = {"token": "${v}"}`],
    ['wireguard-private-key', wgKey, (v: string) => `[Interface]\nAddress = 10.0.0.2/32\nPrivateKey = ${v}`],
    ['wireguard-private-key', wgKey, (v: string) => `[Peer]\nPresharedKey = ${v}\nAllowedIPs = 0.0.0.0/0`],
    // A Java system property on a Maven or Gradle command line names the token after `-D`.
    ['sonar-token-assignment', () => k.pick(HEX, 40), (v: string) => `mvn sonar:sonar -Dsonar.login=${v}`],
  ])('%s is found', (ruleId, make, write) => {
    const value = make();
    expect(rules(write(value), 'config/settings.txt')).toEqual([[ruleId, value]]);
  });

  it.each([
    ['a WireGuard public key', `[Peer]\nPublicKey = ${wgKey()}`],
    ['a Tavily key cut short', `tvly-${k.pick(ALNUM, 20)}`],
    ['a stream key inside a Stripe key', `sk_live_${k.digits(9)}_${k.pick(ALNUM, 30)}`],
    ['a ya29 word in prose', 'see ya29.example for details'],
  ])('keeps quiet on %s', (_what, text) => {
    expect(rules(text, 'config/settings.txt').filter(([id]) => id !== 'stripe-secret-key')).toEqual([]);
  });
});

// Formats Nosey Parker's rules know and ours missed: each built here at random in the provider's own shape, with
// the near miss it must stay quiet on.
describe('provider formats from the Nosey Parker comparison', () => {
  const k = new Keys(1313);
  const share = () => `${k.pick(`${ALNUM}+/`, 43)}${k.pick('AQgw', 1)}`;
  const pemOf = (label: string, bytes: number) => {
    const body = Buffer.from(k.pick(ALNUM, bytes)).toString('base64');
    const lines = body.match(/.{1,64}/g)?.join('\n');
    return `-----BEGIN ${label}-----\n${lines}\n-----END ${label}-----\n`;
  };
  const b64 = (text: string) => Buffer.from(text).toString('base64');

  it.each([
    ['a Jina AI key', 'jina-api-key', () => `jina_${k.pick(ALNUM, 60)}`, (v: string) => `JINA_API_KEY=${v}`],
    [
      'a Doppler service token naming its environment',
      'doppler-token',
      () => `dp.st.prd.${k.pick(ALNUM, 43)}`,
      (v: string) => `"DOPPLER_TOKEN": "${v}"`,
    ],
    [
      'a Doppler service token of a custom environment',
      'doppler-token',
      () => `dp.st.qa_eu-2.${k.pick(ALNUM, 44)}`,
      (v: string) => `echo '${v}' | doppler configure set token`,
    ],
    [
      'a Dependency-Track key (4.9 to 4.12)',
      'dependency-track-api-key',
      () => `odt_${k.pick(ALNUM, 32)}`,
      (v: string) => `curl -H "X-Api-Key: ${v}" https://dtrack.shop.test/api/v1/project`,
    ],
    [
      'a Dependency-Track key with its public ID (4.13)',
      'dependency-track-api-key',
      () => `odt_${k.pick(ALNUM, 8)}_${k.pick(ALNUM, 32)}`,
      (v: string) => `DTRACK_API_KEY=${v}`,
    ],
    ['an unseal key as vault operator init prints it', 'vault-unseal-key', share, (v: string) => `Unseal Key 2: ${v}`],
    ['a recovery key', 'vault-unseal-key', share, (v: string) => `Recovery Key 4: ${v}`],
    [
      'an unseal key given to vault operator unseal',
      'vault-unseal-key',
      share,
      (v: string) => `kubectl -n vault exec vault-0 -- vault operator unseal ${v}`,
    ],
    [
      'an unseal key in the JSON of vault operator init',
      'vault-unseal-key',
      share,
      (v: string) => `{\n  "unseal_keys_b64": [\n    "${v}",\n    "${share()}"\n  ],`,
    ],
    [
      'an unseal key in hex',
      'vault-unseal-key',
      () => k.pick(HEX, 66),
      (v: string) => `vault operator unseal -address=https://vault.shop.test:8200 ${v}`,
    ],
    [
      'a Teams webhook on the legacy outlook.office.com host',
      'microsoft-teams-webhook',
      () => `https://outlook.office.com/webhook/${k.uuid()}@${k.uuid()}/IncomingWebhook/${k.pick(HEX, 32)}/${k.uuid()}`,
      (v: string) => `teams_url: "${v}"`,
    ],
    [
      'a base64-encoded private key in an env file',
      'private-key-base64',
      () => b64(pemOf('RSA PRIVATE KEY', 900)),
      (v: string) => `GITHUB_APP_PRIVATE_KEY_B64=${v}`,
    ],
    [
      'a base64-encoded PKCS#8 key in a Kubernetes Secret',
      'private-key-base64',
      () => b64(pemOf('PRIVATE KEY', 900)),
      (v: string) => `data:\n  tls.key: ${v}\n`,
    ],
    [
      'a legacy Figma token in its header',
      'figma-token-legacy',
      () => `${k.digits(5)}-${k.uuid()}`,
      (v: string) => `curl -H 'X-Figma-Token: ${v}' https://api.figma.com/v1/me`,
    ],
    [
      'a legacy Figma token under its name',
      'figma-token-legacy',
      () => `${k.digits(4)}-${k.uuid()}`,
      (v: string) => `FIGMA_ACCESS_TOKEN="${v}"`,
    ],
    [
      'a Mapbox temporary token',
      'mapbox-temporary-token',
      () => `tk.eyJ${k.pick(URLSAFE, 120)}.${k.pick(URLSAFE, 22)}`,
      (v: string) => `const token = '${v}';`,
    ],
  ])('finds %s', (_shape, ruleId, make, write) => {
    const value = make();
    expect(rules(write(value), 'deploy/settings.txt')).toEqual([[ruleId, value]]);
  });

  it.each([
    ['a Jina key one character short', `JINA_API_KEY=jina_${k.pick(ALNUM, 59)}`],
    ['a Dependency-Track key one character short', `DTRACK_KEY=odt_${k.pick(ALNUM, 31)}`],
    ['an unseal key placeholder', 'Unseal Key 1: <unseal key 1>'],
    ['an unseal prompt with no key', 'vault operator unseal\nUnseal Key (will be hidden):'],
    ['a Teams webhook URL on another connector', `https://outlook.office.com/webhook/${k.uuid()}@${k.uuid()}/`],
    ['a base64-encoded certificate', `ca.crt: ${b64(pemOf('CERTIFICATE', 900))}`],
    ['a base64-encoded public key', `PUBLIC_KEY_B64=${b64(pemOf('PUBLIC KEY', 300))}`],
    [
      'a base64-encoded key header over a document stand-in',
      `PRIVATE_KEY_B64=${b64('-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----\n')}`,
    ],
    ['a UUID beside the word Figma', `figma file ${k.uuid()}`],
    ['a node ID and a UUID beside the word Figma', `figma node 12-${k.uuid()}`],
    ['a Mapbox temporary token cut short', `tk.eyJ${k.pick(URLSAFE, 10)}.${k.pick(URLSAFE, 22)}`],
  ])('keeps quiet on %s', (_shape, text) => {
    expect(rules(text, 'deploy/settings.txt')).toEqual([]);
  });
});

// Credentials written in forms rather than formats: a URL's query string, a .netrc entry, a .NET NetworkCredential,
// a URL password holding `@`. Each with the near misses real code is full of.
describe('credentials in a query string, a .netrc entry or a credential call', () => {
  const k = new Keys(1307);
  const found = (text: string, path: string) => detectSecrets(text, path).map((m) => [m.ruleId, m.value]);

  it.each([
    ['api_key in a fetch call', 'src/shop.js', (v: string) => `fetch('https://api.shop.io/v1/orders?api_key=${v}')`],
    [
      'access_token before another parameter',
      'app/client.py',
      (v: string) => `requests.get(f"https://graph.shop.io/v2/me?access_token=${v}&fields=id")`,
    ],
    ['token after another parameter', 'pkg/client.go', (v: string) => `url := "https://api.shop.io/x?id=3&token=${v}"`],
    ['apikey before a fragment', 'src/map.ts', (v: string) => `const tiles = "https://tiles.shop.io/t?apikey=${v}#z"`],
    ['client_secret in HTML', 'public/index.html', (v: string) => `<a href="/oauth?id=1&amp;client_secret=${v}">`],
    ['key with a long random value', 'src/geo.js', (v: string) => `get("https://geo.shop.io/v1?key=${v}")`],
  ])('finds %s', (_what, path, write) => {
    const value = `${k.pick(ALNUM, 22)}${k.digits(3)}`;
    expect(found(write(value), path)).toEqual([['url-query-credential', value]]);
  });

  it.each([
    ['a placeholder', 'fetch("https://api.shop.io/v1?api_key=YOUR_API_KEY")'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the template literal is the sample
    ['a template literal', 'fetch(`https://api.shop.io/v1?api_key=${apiKey}`)'],
    ['a format slot', 'url = "https://api.shop.io/v1?access_token={token}&x=1"'],
    ['a printf slot', 'url = fmt.Sprintf("https://api.shop.io/v1?token=%s", token)'],
    ['an angle-bracket stand-in', 'curl "https://api.shop.io/v1?apikey=<apikey>"'],
    ['a run of x', 'url = "https://api.shop.io/v1?client_secret=xxxxxxxxxxxxxxxxxxxx"'],
    ['a key that names a sort order', 'url = "https://api.shop.io/v1/items?key=sortByNameAscending"'],
    [
      'a token cut short in a sample response',
      `next: "https://graph.shop.io/v2/friends?access_token=${k.pick(ALNUM, 13)}"`,
    ],
    ['a short key', `url = "https://api.shop.io/v1/items?key=${k.pick(ALNUM, 12)}7"`],
    ['a key on a documentation host', `url = "https://api.example.com/v1?key=${k.pick(ALNUM, 30)}7"`],
    ['a token name without a query', `const token=${k.pick(ALNUM, 16)}7;`],
  ])('keeps quiet on %s', (_what, text) => {
    expect(found(text, 'src/client.ts')).toEqual([]);
  });

  const password = () => `${k.pick(ALNUM, 12)}${k.digits(2)}`;

  it.each([
    ['on one line', 'docs/setup.md', (v: string) => `machine api.shop.io login ci password ${v}`],
    [
      'across lines in a heredoc',
      'scripts/setup.sh',
      (v: string) => `cat > ~/.netrc <<EOF\nmachine git.shop.io\n  login ci\n  password ${v}\nEOF\n`,
    ],
    [
      'echoed in a Dockerfile',
      'Dockerfile',
      (v: string) => `RUN echo "machine git.shop.io login ci password ${v}" > /root/.netrc`,
    ],
    [
      'in a string with escaped line breaks',
      'tools/auth.py',
      (v: string) => `f.write("machine git.shop.io\\n  login ci\\n  password ${v}\\n")`,
    ],
    ['with a bare password line in a .netrc file', 'home/.netrc', (v: string) => `password ${v}\n`],
  ])('finds a .netrc entry %s', (_what, path, write) => {
    const value = password();
    expect(found(write(value), path)).toEqual([['netrc-password', value]]);
  });

  it.each([
    ['a bare password line outside a .netrc file', 'docs/notes.txt', `password ${password()}\n`],
    ['prose about machines', 'docs/intro.md', 'the machine learning login page has a password reset link'],
    ['a variable', 'scripts/setup.sh', 'echo "machine git.shop.io login ci password $GIT_TOKEN" > ~/.netrc'],
  ])('keeps quiet on %s', (_what, path, text) => {
    expect(found(text, path)).toEqual([]);
  });

  it.each([
    ['C#', 'src/Mailer.cs', (v: string) => `client.Credentials = new NetworkCredential("orders@shop.io", "${v}");`],
    [
      'with its namespace and a domain',
      'src/Share.cs',
      (v: string) => `new System.Net.NetworkCredential(user, "${v}", "SHOP")`,
    ],
    [
      'PowerShell',
      'deploy.ps1',
      (v: string) => `$wc.Credentials = New-Object System.Net.NetworkCredential("ci", "${v}")`,
    ],
  ])('finds the password of a NetworkCredential in %s', (_what, path, write) => {
    const value = password();
    expect(found(write(value), path)).toEqual([['database-connect-password', value]]);
  });

  it('keeps quiet on a NetworkCredential built from variables or a stand-in', () => {
    expect(found('new NetworkCredential(user, password)\nnew NetworkCredential("me", "password")', 'a.cs')).toEqual([]);
  });

  it('reads a URL password that holds an unescaped @ up to the host', () => {
    const value = `${k.pick(ALNUM, 5)}@${k.pick(ALNUM, 6)}${k.digits(2)}!`;
    const text = `const uri = 'mongodb+srv://app:${value}@cluster0.${k.pick(LOWER, 6)}.mongodb.net/shop';`;
    expect(found(text, 'src/db.js')).toEqual([['database-url-password', value]]);
  });

  it('ends a URL password at the host when the query holds an @', () => {
    const value = password();
    expect(found(`DB=postgres://app:${value}@db.shop.io/shop?notify=ops@shop.io`, '.env')).toEqual([
      ['database-url-password', value],
    ]);
  });

  it('does not take the tail of a closing quote for a value in minified code', () => {
    const text = 'l10n={usernameLabel:"Username or email:",passwordLabel:"Password:",rememberMeLabel:"Remember me:"}';
    expect(found(text, 'dist/login.min.js')).toEqual([]);
  });
});

describe("a password in a Gradle build's credentials block", () => {
  const k = new Keys(6161);
  const block = (password: string, quote = "'") =>
    `publishing {\n  repositories {\n    maven {\n      url "https://repo.shop.example.net/releases"\n      credentials {\n        username ${quote}deploy${quote}\n        password ${quote}${password}${quote}\n      }\n    }\n  }\n}\n`;

  it.each(["'", '"'])('is found with %s quotes, though no = stands before it', (quote) => {
    const password = k.pick(ALNUM, 18);
    expect(rules(block(password, quote), 'build.gradle')).toEqual([['gradle-credentials-password', password]]);
  });

  it('keeps quiet on a stand-in, a property read at build time, and the same text outside a Gradle file', () => {
    expect(rules(block('password'), 'build.gradle')).toEqual([]);
    expect(rules(block('$repoPassword', '"'), 'build.gradle')).toEqual([]);
    expect(rules(block(k.pick(ALNUM, 18), '"'), 'notes/build.md')).toEqual([]);
  });
});
