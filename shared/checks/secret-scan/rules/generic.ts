// Rules that recognise a secret by where it sits (a URL's password, a variable named like a secret)
// rather than by a provider's format: they run the stricter generic decoy filter.
import {
  isGenericDecoy,
  isHandMadeValue,
  isPasswordDecoy,
  isUrlPasswordDecoy,
  longestPatternRun,
  shannonEntropy,
} from '../filters.ts';
import { isExampleJwt } from './keys.ts';
import { type RuleContext, rotate, type SecretRule, TYPED_ASSIGN } from './types.ts';

/** Byte-string wrappers around a quoted literal: Go `[]byte("…")`, Python `b"…"`. */
const WRAPPER = String.raw`(?:\[\]byte\(|\bb(?=["']))?`;

/**
 * `=`, `:`, `:=`, Makefile `::=` `:::=` `?=` `+=`, PHP `.=`, `??=`, `||=`, `=>`, a typed declaration (`: T =`, Go
 * `name string =`), `(` for setters (`setPassword("…")`, checked by name), `>` for XML elements (`<password>…</password>`,
 * also with the value on its own line), a YAML block scalar (`password: |` then the value), and `,` after a quoted
 * name (`define('DB_PASSWORD', '…')`, `config.set("api_key", "…")`).
 */
const ASSIGN = String.raw`[\w.-]{0,30}(?:\\?["'\x60]?(?:[ \t]{0,4}(?:[:?+.]{1,3}=|\?\?=|=|=>|\|\|=|\()|${TYPED_ASSIGN}|[ \t]{0,4}:(?:[ \t]{0,4}[|>][-+]?[ \t]{0,4}\r?\n[ \t]{1,16})?|[ \t]{0,4}>(?:[ \t]{0,4}\r?\n[ \t]{1,16})?)|\\?["'][ \t]{0,4},)(?![=>])[ \t]{0,4}${WRAPPER}`;
/**
 * Group 1: the quote; group 2: a quoted value; group 3: an unquoted value (config files only). A quoted value may
 * carry its header's scheme (`AUTH_TOKEN: "Bearer …"`, `"token ghp_…"`), which is not part of the secret. A JWT may
 * run past 256 characters (an RS256 signature alone is 342), so one of that shape is read whole. A quoted value does
 * not start with `,` or `;`: that quote closed the previous literal (`passwordLabel:"Password:",rememberMeLabel:"…"`
 * in minified code), it does not open a value.
 */
const VALUE = String.raw`(?:\\?(["'\x60])(?:(?:bearer|token)[ \t]{1,3}(?=[^\s"'\x60\\]{32}))?(?![,;])(eyJ[\w-]{10,1000}={0,2}\.[\w-]{4,4000}={0,2}\.[\w-]{16,1000}|[^\s"'\x60\\]{6,256})\\?\1|([^\s"'\x60,;#&|<>(){}\[\]\\][^\s"'\x60,<>{}\[\]\\]{5,255})(?=[\s,<"]|\\[nrt"]|$))`;

function assignment(name: string): RegExp {
  return new RegExp(`(?:${name})${ASSIGN}${VALUE}`, 'i');
}

/** Last word of a name that makes the value a setting about a secret (its URL, length, header), not the secret. */
const SETTING_WORD =
  /^(?:url|uri|path|file|filename|dir|name|id|ids|type|header|field|length|len|size|ttl|expiry|expires|expiration|expire|in|at|prefix|suffix|regex|regexp|pattern|endpoint|env|var|label|placeholder|count|min|max|hint|format|policy|mode|version|hash|hashed|digest|enabled|required|timeout|ref|arn|location|provider|store|manager|limit|error|message|msg|text|title|description|input|button|link|page|route|column|table|schema|param|index|kind|method|algorithm|rounds|reset|confirm|confirmation|strength|rule|rules|source|storage|cache|service|class|module|component|handler|validator|selector|event|action|status|state|option|options|usage|encoding|template|fingerprint|policy|question|answer|salt|iv|nonce)$/;
const NOT_A_SECRET_WORD =
  /hash|digest|checksum|sha\d|md5|public|publishable|pubkey|tokeniz|next_?token|page_?token|continuation|csrf|xsrf|authenticity|non_?matching|invalid|incorrect|wrong_|tokens$|token_?type|passwordless|forgot|i18n|translation|secretlint|gitleaks|example|sample|dummy|mock|fake/;

const snakeCase = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    // `CookieKeyIDName`: an acronym ends where the next word's capital starts (`ID_Name`).
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[.-]/g, '_')
    .toLowerCase();

/** The whole variable name around the keyword, in snake_case (`stripe_client_secret` for a hit on `SECRET`),
 * and the character before it. */
function assignedName({ text, match }: RuleContext): { name: string; before: string } {
  const hit = match.index;
  let start = hit;
  while (start > 0 && start > hit - 60 && /[\w.-]/.test(text[start - 1])) {
    // `\nAPI_TOKEN=` inside a JSON string: the escape ends the previous line, it is not part of the name.
    if (text[start - 2] === '\\' && /[nrt]/.test(text[start - 1])) break;
    start--;
  }
  const nameEnd = match[0].search(/[^\w.-]/);
  const name = snakeCase(text.slice(start, hit + (nameEnd === -1 ? match[0].length : nameEnd)));
  return { name, before: text[start - 1] ?? '' };
}

function isSecretName(context: RuleContext, { name, before } = assignedName(context)): boolean {
  // `"config/secret-names.ts": "<sha>"`: a file path used as a key.
  if (before === '/' || before === '\\') return false;
  // `setPassword("…")`, `withApiKey("…")`: a call passes a secret only when it sets one, not `getSecret("name")`.
  if (/^[\w.-]*\(/.test(context.match[0]) && !/(?:^|_)(?:set|with)_/.test(name)) return false;
  return isSecretWord(name);
}

/** A snake_case name that holds a secret, not a setting about one (`db_password`, not `password_length`). */
function isSecretWord(name: string): boolean {
  return !NOT_A_SECRET_WORD.test(name) && !SETTING_WORD.test(name.slice(name.lastIndexOf('_') + 1));
}

/**
 * Unquoted values count only in files where `KEY=value` is a literal (env, YAML, properties, shell), or inside a
 * string that holds such a file (`"env": "A=1\nAPI_TOKEN=…\nB=2"`): the value ends at an escaped line break.
 */
function quotedOrConfig(value: string, { match, text, index, allowsUnquoted }: RuleContext): boolean {
  if (match[3] === undefined || allowsUnquoted) return true;
  // `"env": "A=1\nAPI_TOKEN=…\nB=2"`: `NAME=value` right after an escaped line break, ending one or the string.
  const after = text.slice(index + value.length, index + value.length + 2);
  return /\\n[\w.-]{1,80}=$/.test(text.slice(Math.max(0, index - 90), index)) && /^(?:\\[nr"]|"|$)/.test(after);
}

/**
 * `define('DB_PASSWORD', '…')`, `config.set("api_key", "…")`: a name and a value passed side by side to a call.
 * A list of strings (`["a11y_accesskey", "a11y_aria_…"]`) has commas too, but no call before its first name.
 */
function isCallPair({ match, text }: RuleContext): boolean {
  if (!/^[\w.-]*\\?["']\s{0,4},/.test(match[0])) return true;
  let start = match.index;
  while (start > 0 && start > match.index - 60 && /[\w.-]/.test(text[start - 1])) start--;
  return /\(\s{0,4}\\?["']$/.test(text.slice(Math.max(0, start - 8), start));
}

/** Words in a variable name that make its value a secret, and the keywords that find them. */
const SECRET_NAME =
  '(?:password|passwd|passphrase|(?<![a-z])pass(?![a-z])|pwd|secret|token|api[_.-]?key|access[_.-]?key|auth[_.-]?key|private[_.-]?key|credentials?)';
const SECRET_NAME_KEYWORDS = [
  'password',
  'passwd',
  'passphrase',
  'pass',
  'pwd',
  'secret',
  'token',
  'api_key',
  'api-key',
  'api.key',
  'apikey',
  'access_key',
  'access-key',
  'accesskey',
  'auth_key',
  'authkey',
  'private_key',
  'privatekey',
  'credential',
];
const SECRET_NAME_RE = new RegExp(SECRET_NAME, 'i');

/** A name/value pair whose name is in one place and value in another: the name alone decides. */
function isSecretPair(value: string, context: RuleContext): boolean {
  return isSecretName(context) && !isGenericDecoy(value);
}

/**
 * `scheme://user:password@host`. A password may hold an unescaped `@` (`app:p@ss9Word!@cluster0…`): drivers
 * that parse from the right accept it and people write it. The host follows the last `@` before the path, port or
 * query; each `@`-part of the password stops at `/`, `?` and `#`, so `user:pw@host?to=a@b.io` keeps `pw`. Every
 * part is bounded and can only end at `@`, so a failed match backtracks linearly.
 */
const URL_PASSWORD = String.raw`:\/\/([^\s:@/"'<>\x60]{0,128}):([^\s@/"'<>\x60]{1,256}(?:@[^\s@/?#"'<>\x60]{1,64}){0,2})@[A-Za-z0-9\[._-]`;
const DB_SCHEMES =
  'postgres|postgresql|mysql|mysqlx|mariadb|mongodb|mongodb\\+srv|redis|rediss|amqp|amqps|mssql|sqlserver|cockroachdb|clickhouse|neo4j|neo4j\\+s|couchdb|couchbases?|cassandra|oracle|db2|jdbc:[a-z]{2,12}';
/** SQLAlchemy's and Celery's `dialect+driver://` (`postgresql+psycopg2://`, `mysql+pymysql://`, `amqp+ssl://`). */
const DB_DRIVER = String.raw`(?:\+[a-z][a-z0-9_]{1,20})?`;

/** An argument before the password: a string literal, or a variable, constant or property (`$dsn`, `DB_HOST`). */
const CALL_ARG = String.raw`(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[$\w.>-]{1,60})`;

/**
 * Schemes other than a database's whose URLs carry a login: web and file transfer, mail, directories, proxies
 * (`socks5://user:pass@proxy:1080`), cameras' streams (`rtsp://`), message brokers (`mqtt://`, `nats://`), shares.
 */
const URL_SCHEMES =
  'https?|wss?|ftps?|sftp|ssh|git\\+https|svn(?:\\+ssh)?|smb|webdavs?|smtps?|imaps?|pop3s?|ldaps?|socks(?:4a?|5h?)?|rtsps?|rtmps?|mqtts?|nats';

/** Between a .netrc entry's words: spaces and line breaks, also escaped in a string (`"machine h\n login u\n …"`). */
const NETRC_GAP = String.raw`(?:[ \t\r\n]|\\[nrt]){1,40}`;
const NETRC_TOKEN = String.raw`[^\s"'\x60\\]{1,253}`;
const NETRC_FILE = /(?:^|\/)[._]netrc$/;

/**
 * A query parameter that carries a credential, in a URL anywhere (`fetch('https://api.shop.io/v1/x?api_key=…')`):
 * the value runs to `&`, `#`, a quote, a bracket or whitespace. A key or token a service issues is at least 16
 * characters; a shorter one is cut off for a sample response (`?access_token=EAACEdEose0cB`). `key` alone also names
 * cache and sort keys, so under it only a long, random, machine-issued value counts.
 */
const QUERY_NAMES = ['api_key', 'api-key', 'apikey', 'access_token', 'auth_token', 'token', 'client_secret', 'key'];
const QUERY_VALUE = String.raw`([A-Za-z0-9._~+/%=-]{16,512})(?=[&#"'\x60\s\\)<>,;\]]|$)`;

export const GENERIC_RULES: readonly SecretRule[] = [
  {
    id: 'database-url-password',
    title: 'Database URL with a password',
    severity: 'high',
    keywords: ['://'],
    pattern: new RegExp(`(?<=(?<![A-Za-z0-9+])(?:${DB_SCHEMES})${DB_DRIVER})${URL_PASSWORD}`, 'i'),
    group: 2,
    generic: true,
    validate: (value, { match }) => !isUrlPasswordDecoy(value, match[1]),
    remediation: rotate('change the database user password, then read the URL from a secret store'),
  },
  {
    // Go's MySQL driver takes a DSN without a scheme: `app:pass@tcp(db:3306)/shop`, `app:pass@unix(/run/mysqld.sock)/`.
    id: 'database-dsn-password',
    title: 'Database DSN with a password',
    severity: 'high',
    keywords: ['@tcp(', '@unix('],
    pattern: /(?<=(?<![^\s"'\x60=(,>])([^\s:@/"'<>\x60()]{1,64}):([^\s@/"'<>\x60]{3,256}))@(?:tcp|unix)\(/i,
    group: 2,
    generic: true,
    validate: (value, { match }) => !isUrlPasswordDecoy(value, match[1]),
    remediation: rotate('change the database user password, then read the DSN from a secret store'),
  },
  {
    // The calls that take a password as a literal argument: the third of PHP's `new PDO($dsn, 'shop', '…')`,
    // `mysqli_connect('db', 'shop', '…', 'shop')`, JDBC's `DriverManager.getConnection(url, "shop", "…")`; the second
    // of .NET's `new NetworkCredential("svc", "…")` (also `System.Net.NetworkCredential(` and PowerShell's
    // `New-Object System.Net.NetworkCredential(…)`), the login to a mail server, share or proxy.
    id: 'database-connect-password',
    title: 'Password in a connect or credential call',
    severity: 'high',
    keywords: ['new PDO(', 'new mysqli(', 'mysqli_connect(', 'mysql_connect(', 'getConnection(', 'NetworkCredential('],
    pattern: new RegExp(
      String.raw`(?:new PDO|new mysqli|mysqli_connect|mysql_connect|getConnection)\(\s{0,8}${CALL_ARG},\s{0,8}${CALL_ARG},\s{0,8}(["'])([^"'\s\\]{3,128})\1\s{0,8}[,)]` +
        String.raw`|NetworkCredential\(\s{0,8}${CALL_ARG},\s{0,8}(["'])([^"'\s\\]{3,128})\3\s{0,8}[,)]`,
      'i',
    ),
    group: [2, 4],
    generic: true,
    validate: (value) => !isPasswordDecoy(value),
    remediation: rotate(
      'change the password of that database, mail or network account, then read it from the environment',
    ),
  },
  {
    // Oracle's thin and OCI JDBC URLs put the credentials before `@`: `jdbc:oracle:thin:app/pass@//db:1521/ORCL`.
    id: 'oracle-jdbc-password',
    title: 'Oracle JDBC URL with a password',
    severity: 'high',
    keywords: ['jdbc:oracle:'],
    pattern: /jdbc:oracle:(?:thin|oci8?):([\w$#.-]{1,128})\/([^\s@/"'<>\x60]{3,256})@/i,
    group: 2,
    generic: true,
    validate: (value, { match }) => !isUrlPasswordDecoy(value, match[1]),
    remediation: rotate('change the database user password, then read the URL from a secret store'),
  },
  {
    id: 'url-basic-auth',
    title: 'Password in a URL',
    severity: 'high',
    keywords: ['://'],
    pattern: new RegExp(`(?<=(?<![A-Za-z0-9+])(?:${URL_SCHEMES}))${URL_PASSWORD}`, 'i'),
    group: 2,
    generic: true,
    validate: (value, { match }) => !isUrlPasswordDecoy(value, match[1]),
    remediation: rotate('change the password or token embedded in the URL'),
  },
  {
    id: 'signing-secret',
    title: 'Signing secret (JWT, session or app secret)',
    severity: 'high',
    keywords: [
      'jwt',
      'signing',
      'hmac',
      'session',
      'cookie',
      'secret_key',
      'secretkey',
      'secret-key',
      'app_secret',
      'appsecret',
      'auth_secret',
      'authsecret',
      'encryption_key',
      'encryptionkey',
      'master_key',
      'masterkey',
    ],
    pattern: assignment(
      '(?:jwt[_.-]?(?:secret|key|signing[_.-]?key)|signing[_.-]?(?:key|secret)|hmac[_.-]?(?:key|secret)|session[_.-]?(?:secret|key)|cookie[_.-]?(?:secret|key)|secret[_.-]?key(?:[_.-]?base)?|app[_.-]?secret|auth[_.-]?secret|encryption[_.-]?key|master[_.-]?key)',
    ),
    group: [2, 3],
    generic: true,
    skipLockfiles: true,
    validate: (value, context) =>
      quotedOrConfig(value, context) && isCallPair(context) && isSecretName(context) && !isGenericDecoy(value),
    remediation: rotate('generate a new secret; every session or token it signed becomes invalid'),
  },
  {
    // JDBC query strings and ADO.NET connection strings: `?user=app&password=…`, `Server=db;Pwd=…;`.
    id: 'connection-string-password',
    title: 'Password in a connection string',
    severity: 'high',
    keywords: ['password', 'pwd'],
    pattern: /(?<=[?&;]\s{0,2})(?:password|pwd)\s{0,2}=\s{0,2}([^&;\s"'<>\x60]{6,128})/i,
    generic: true,
    validate: (value) => !isPasswordDecoy(value),
    remediation: rotate('change the database user password, then read the connection string from a secret store'),
  },
  {
    // Groovy's method-call form in a Gradle build: `credentials { username 'deploy'; password 'the-password' }`
    // publishes to (or reads from) a private Maven repository with that password; no `=` before the value.
    id: 'gradle-credentials-password',
    title: 'Password in a Gradle repository block',
    severity: 'high',
    keywords: ['password'],
    mode: 'scan',
    pattern: /(?<=\bcredentials[ \t]*(?:\([^)]{0,80}\))?[ \t]*\{[^{}]{0,300})\bpassword[ \t]+(["'])([^"'\s$]{6,256})\1/,
    group: 2,
    generic: true,
    paths: /\.gradle$/,
    validate: (value) => !isPasswordDecoy(value),
    remediation: rotate(
      'the repository the block publishes to: change the password or token, then read it from gradle.properties outside the repo or an environment variable',
    ),
  },
  {
    id: 'sql-password',
    title: 'Password in SQL',
    severity: 'medium',
    keywords: ['identified', 'password'],
    pattern: /(?:IDENTIFIED\s{1,3}BY|PASSWORD)\s{1,3}'([^'\s]{6,128})'/i,
    generic: true,
    validate: (value) => !isGenericDecoy(value),
    remediation: rotate('change the database user password; keep it out of migration files'),
  },
  {
    id: 'authorization-header',
    title: 'Credential in an Authorization header',
    severity: 'medium',
    keywords: ['authorization'],
    pattern:
      /authorization\\?["']?\s{0,3}[:=]\s{0,3}\\?["'\x60]?(?:bearer|basic|token)\s{1,3}([A-Za-z0-9._~+/-]{16,1024}={0,2})(?![A-Za-z0-9._~+/=-])/i,
    generic: true,
    validate: (value) => !isGenericDecoy(value),
    remediation: rotate('revoke the token or change the password it encodes'),
  },
  {
    // `variable "db_password" { default = "…" }`: the name and the value sit on different lines of the block.
    id: 'terraform-variable-default',
    title: 'Secret in a Terraform variable default',
    severity: 'medium',
    // `variable` only gates the file (a set insert per hit; `default` is everywhere in JavaScript); the pattern
    // finds each `default` and looks back for the block's header, cheaper than a lazy run forward from `variable`.
    keywords: ['variable'],
    mode: 'scan',
    pattern:
      /(?<=\bvariable[ \t]{1,4}"([\w-]{1,60})"[ \t]{0,4}\{[^{}]{0,400})\bdefault[ \t]{0,4}=[ \t]{0,4}"([^"\s]{6,256})"/,
    group: 2,
    generic: true,
    paths: /\.tf$/,
    validate: (value, { match }) =>
      SECRET_NAME_RE.test(match[1]) && isSecretWord(snakeCase(match[1])) && !isGenericDecoy(value),
    remediation: rotate('wherever it was issued; pass it in with TF_VAR_ or a secret store instead of a default'),
  },
  {
    // The legacy `ENV NAME value` form: a space, not `=`, separates them.
    id: 'dockerfile-env-secret',
    title: 'Secret in a Dockerfile ENV',
    severity: 'medium',
    keywords: SECRET_NAME_KEYWORDS,
    pattern: new RegExp(
      `(?<=^[ \\t]*ENV[ \\t]+[\\w.-]{0,40})${SECRET_NAME}[\\w.-]{0,30}[ \\t]+["']?([^\\s"'=$]{6,256})["']?[ \\t]*$`,
      'im',
    ),
    generic: true,
    paths: /(?:^|\/)(?:Dockerfile|Containerfile)[^/]*$|\.dockerfile$/i,
    validate: isSecretPair,
    remediation: rotate('wherever it was issued; an ENV value ships in every image layer, use a build secret'),
  },
  {
    // `<add key="PaymentApiKey" value="…"/>`, `<property name="password" value="…"/>`, and Kubernetes or
    // Compose env lists: `- name: API_TOKEN` then `value: "…"` on the next line.
    id: 'named-value-secret',
    title: 'Hard-coded secret',
    severity: 'medium',
    keywords: SECRET_NAME_KEYWORDS,
    pattern: new RegExp(
      `(?:(?<=<[\\w:.-]{1,40}[ \\t]+(?:key|name)[ \\t]*=[ \\t]*"[\\w.:-]{0,40})${SECRET_NAME}[\\w.:-]{0,30}"[ \\t]+value[ \\t]*=[ \\t]*"([^"\\s]{6,256})"` +
        `|(?<=\\bname:[ \\t]*["']?[\\w.-]{0,40})${SECRET_NAME}[\\w.-]{0,30}["']?[ \\t]*\\r?\\n[ \\t]*value:[ \\t]*["']?([^\\s"'#]{6,256})["']?[ \\t]*$)`,
      'im',
    ),
    group: [1, 2],
    generic: true,
    skipLockfiles: true,
    validate: isSecretPair,
    remediation: rotate('wherever it was issued'),
  },
  {
    // `curl -u user:pass`, `--user 'user:pass'`, `-u "$KEY:"`-style pairs, also a few continued lines after `curl`.
    id: 'curl-basic-auth',
    title: 'Credentials in a curl command',
    severity: 'high',
    keywords: ['curl'],
    mode: 'scan',
    pattern:
      /\bcurl\b(?:[^\n]|\n(?![ \t]*\r?\n)){0,1200}?[ \t\n](?:-u|--user)(?:=|[ \t]{1,5})(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|((?:"[^"\n]{0,256}"|'[^'\n]{0,256}'|[^\s"'\\\x60]){3,300}))(?=\s|$)/,
    group: [1, 2, 3],
    generic: true,
    validate: (value) => isCurlCredential(value),
    remediation: rotate('the service the command calls: change the password or revoke the key'),
  },
  {
    // MySQL's clients take the password glued to `-p` (`mysql -u shop -pS3cr…`, `mysqldump -p'…'`) or as
    // `--password=…`, in Dockerfiles, CI scripts and cron jobs. `-p` alone (then a space) asks for it instead;
    // `-P` is the port.
    id: 'mysql-cli-password',
    title: 'Password on a MySQL command line',
    severity: 'high',
    keywords: ['mysql'],
    pattern:
      /mysql(?:dump|admin|import|check|sh|pump)?\b[^\n]{0,200}?[ \t](?:-p|--password=)(?:'([^'\s]{3,128})'|"([^"\s]{3,128})"|([^\s'"$`;|&<>()\\]{3,128}))(?=[\s;|&)]|$)/,
    group: [1, 2, 3],
    generic: true,
    validate: (value) => !isPasswordDecoy(value),
    remediation: rotate('change the MySQL user password, then pass it through MYSQL_PWD or an option file'),
  },
  {
    // `curl -H "Authorization: Api-Token …"`, `-H "X-Octopus-ApiKey: …"`, `--header 'apikey: …'`: a header whose
    // name carries a credential, in a curl command (also continued over a few lines).
    id: 'curl-header-secret',
    title: 'Credential in a curl header',
    severity: 'high',
    keywords: ['curl'],
    mode: 'scan',
    pattern:
      /\bcurl\b(?:[^\n]|\n(?![ \t]*\r?\n)){0,1200}?[ \t\n](?:-H|--header)(?:=|[ \t]{1,5})(["'])[ \t]*([\w-]{0,40}(?:authorization|api-?key|token|secret|auth)[\w-]{0,20})[ \t]*:[ \t]*(?:(?:bearer|basic|token|api-?token|api-?key|key|sso-key)[ \t]+)?([^\s"']{8,1024})[ \t]*\1/i,
    group: 3,
    generic: true,
    validate: (value) => isHeaderCredential(value),
    remediation: rotate('the service the command calls: revoke the token or key'),
  },
  {
    // In a .netrc file, any `password` token. Elsewhere, a whole entry written into one (a heredoc, a Dockerfile's
    // `RUN echo "machine … login … password …" > ~/.netrc`, a string with `\n` escapes, documentation): `machine`,
    // its host, an optional login and account, then the password, on one line or across lines.
    id: 'netrc-password',
    title: 'Password in a .netrc entry',
    severity: 'high',
    keywords: ['machine', 'password'],
    pattern: new RegExp(
      String.raw`machine${NETRC_GAP}${NETRC_TOKEN}(?:${NETRC_GAP}login${NETRC_GAP}${NETRC_TOKEN})?(?:${NETRC_GAP}account${NETRC_GAP}${NETRC_TOKEN})?${NETRC_GAP}password${NETRC_GAP}([^\s"'\x60\\]{6,256})` +
        String.raw`|password[ \t]+(\S{6,256})`,
    ),
    group: [1, 2],
    generic: true,
    validate: (value, { match, path }) => (match[1] !== undefined || NETRC_FILE.test(path)) && !isPasswordDecoy(value),
    remediation: rotate('change the password or token for that machine'),
  },
  {
    id: 'url-query-credential',
    title: 'Credential in a URL query string',
    severity: 'high',
    keywords: QUERY_NAMES.map((name) => `${name}=`),
    pattern: new RegExp(`(?<=[?&]|&amp;)(?:${QUERY_NAMES.join('|')})=${QUERY_VALUE}`, 'i'),
    generic: true,
    validate: (value, { match, text }) =>
      !isExampleHostUrl(text, match.index) &&
      isQueryCredential(value, match[0].slice(0, match[0].indexOf('=')).toLowerCase()),
    remediation: rotate(
      'the service the URL calls: revoke the key or token, then send it in a header from a secret store',
    ),
  },
  {
    id: 'generic-secret',
    title: 'Hard-coded secret',
    severity: 'medium',
    keywords: SECRET_NAME_KEYWORDS,
    pattern: assignment(SECRET_NAME),
    group: [2, 3],
    generic: true,
    skipLockfiles: true,
    validate: (value, context) => {
      if (!quotedOrConfig(value, context) || !isCallPair(context)) return false;
      const assigned = assignedName(context);
      return (
        isSecretName(context, assigned) &&
        !isCodeNotValue(value, assigned.name, context) &&
        !isTooShortForItsName(value, assigned.name) &&
        !isGenericDecoy(value) &&
        !isHandMadeValue(value) &&
        !isExampleJwt(value)
      );
    },
    remediation: rotate('wherever it was issued'),
  },
];

/**
 * A token, key or secret a machine issued is long; a password a person chose may be short. Under a name that is not a
 * password's, fewer than 12 characters is a stand-in or a cut-off example (`salesforce_refresh_token = "5Aep86111"`).
 */
function isTooShortForItsName(value: string, name: string): boolean {
  return value.length < 12 && !/pass|pwd/.test(name);
}

/**
 * What stands after a secret's name but is code or a label, not a secret: an enum constant whose value spells its
 * own name (`O_AUTH2_CLIENT_CREDENTIAL = "OAuth2ClientCredential"`, `...S3objectCredentials =
 * "SensitiveData:S3Object/Credentials"`); in a config or README, an unquoted call (`credential =
 * AzureKeyCredential(`) or a connection string's next field (`SharedAccessKey=my-SA-key;EntityPath=…`); the opening
 * piece of a path built by concatenation.
 */
function isCodeNotValue(value: string, name: string, context: RuleContext): boolean {
  const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const spelled = letters(value);
  if (spelled.length >= 8 && letters(name).includes(spelled)) return true;
  const { match, text, index } = context;
  // The opening piece of a path or key built by concatenation: `'credentials/' + client + '/' + role`.
  if (
    match[2] !== undefined &&
    /[/:=._-]$/.test(value) &&
    /^\\?["'\x60]\s{0,2}\+/.test(text.slice(index + value.length, index + value.length + 6))
  )
    return true;
  return match[3] !== undefined && (/\($/.test(value) || /;[A-Za-z]\w*=/.test(value));
}

const UUID_VALUE = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

/**
 * A header value that is a credential: an API key in UUID form (a UUID alone is an id, but not under an
 * `apikey` or `Authorization` header), Basic `user:password` whose password half is real, or a random token.
 */
function isHeaderCredential(value: string): boolean {
  if (/\$/.test(value)) return false;
  if (UUID_VALUE.test(value)) return longestPatternRun(value.replace(/-/g, '')) < 5;
  if (/^[A-Za-z0-9+/]{8,}={0,2}$/.test(value)) {
    const decoded = Buffer.from(value, 'base64').toString('latin1');
    const colon = decoded.indexOf(':');
    if (/^[\x20-\x7e]+$/.test(decoded) && colon >= 0) return !isPasswordDecoy(decoded.slice(colon + 1));
  }
  return !isGenericDecoy(value);
}

/** Placeholder passwords in documentation: `user:pass`, `admin:changeme`, `<user>:<password>`, `[PASSWORD]`. */
const CURL_PLACEHOLDER = /^(?:change(?:it|me)|pass(?:word)?|pwd|secret|test|token|api[_-]?key|\*+|x+|y+)$/i;

/** A `user:password` pair from a curl `-u` flag whose secret half is a literal, not a variable or placeholder. */
function isCurlCredential(word: string): boolean {
  const unquoted = word.replace(/^(["'])(.*)\1$/, '$2').replace(/"([^"]*)"|'([^']*)'/g, '$1$2');
  const colon = unquoted.indexOf(':');
  if (colon < 0) return false;
  const user = unquoted.slice(0, colon);
  const password = unquoted.slice(colon + 1);
  // `-u "sk_live_…:"`: an API key as the user name with an empty password is the secret itself.
  const secret = (password === '' ? user : password).replace(/[,;.)]+$/, '');
  if (secret.length < 3 || CURL_PLACEHOLDER.test(secret)) return false;
  if (/[<>[\]]|\$|\{\{|%\w/.test(secret) || /^\{?\$|^<|^\[/.test(user)) return false;
  return !/^(?:user(?:name)?|login|email|admin|me|foo|bar|example)?$/i.test(secret) && shannonEntropy(secret) >= 2;
}

/**
 * The URL around a query parameter points at a host reserved for documentation (RFC 2606: `api.example.com`,
 * `shop.example`, `x.invalid`): its key is a stand-in written for a sample request.
 */
function isExampleHostUrl(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 300), index);
  const url = /:\/\/(?:[^\s/?#@"'\x60]{0,128}@)?([^\s/?#:"'\x60]{1,253})[^\s"'\x60]*$/.exec(before);
  return url !== null && /(?:^|\.)example(?:\.(?:com|org|net))?$|\.(?:invalid|test)$/i.test(url[1]);
}

/**
 * A query-string value that is a credential: random and machine-made, not a placeholder, a template or a hand-typed
 * stand-in. Under the bare name `key` (also a cache, sort or map key) only 20 or more characters of mixed letters
 * and digits count.
 */
function isQueryCredential(value: string, name: string): boolean {
  const plain = value.replace(/%[0-9A-F]{2}/gi, '');
  // `%s`, `%v`: a format string's slot, filled in at run time.
  if (/%(?![0-9A-F]{2})/i.test(value)) return false;
  if (isGenericDecoy(value) || isHandMadeValue(value) || isExampleJwt(value)) return false;
  if (name === 'key' && (plain.length < 20 || !/[A-Za-z]/.test(plain) || !/\d/.test(plain))) return false;
  return shannonEntropy(plain) >= 3;
}
