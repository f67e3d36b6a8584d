// Decoy filters shared by every rule: a gate that reports placeholders, documentation examples,
// public material or hashes gets switched off, so each class of decoy is rejected here, once.

/** Shannon entropy in bits per character. Random keys score 4-6; words and placeholders score lower. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** Longest run of one repeated character, or of consecutive characters up or down (`abcdef`, `654321`). */
export function longestPatternRun(value: string): number {
  const lower = value.toLowerCase();
  let best = value.length > 0 ? 1 : 0;
  let repeat = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < lower.length; i++) {
    const step = lower.charCodeAt(i) - lower.charCodeAt(i - 1);
    repeat = step === 0 ? repeat + 1 : 1;
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    best = Math.max(best, repeat, up, down);
  }
  return best;
}

/** Share of the characters that sit in runs of three or more repeated or consecutive characters. */
export function patternRunShare(value: string): number {
  const lower = value.toLowerCase();
  let covered = 0;
  let runStart = 0;
  let step = Number.NaN;
  for (let i = 1; i <= lower.length; i++) {
    const next = i < lower.length ? lower.charCodeAt(i) - lower.charCodeAt(i - 1) : Number.NaN;
    const continues = (next === 0 || next === 1 || next === -1) && (i - runStart === 1 || next === step);
    if (continues) {
      step = next;
      continue;
    }
    if (i - runStart >= 3) covered += i - runStart;
    runStart = i;
    step = Number.NaN;
    // The character that broke the run may start the next one with its predecessor.
    if (next === 0 || next === 1 || next === -1) {
      runStart = i - 1;
      step = next;
    }
  }
  return value.length === 0 ? 0 : Math.min(1, covered / value.length);
}

/** Words that only appear in keys somebody wrote by hand for documentation or tests. */
const MARKER_WORDS =
  /example|sample|dummy|placeholder|redacted|\*\*\*|\.\.\.|…|your[-_]?(?:own|key|api|secret|token|pass)|yourkey|changeme|change[-_]me|replace[-_]?(?:me|with|this)|insert[-_]?(?:your|here|key)|notreal|not[-_]a[-_]real|fakekey|fake[-_]|[-_]fake|invalid[-_]?key|<|>|\{\{|\}\}|\$\{|\$\(/i;

const MARKER_WORD_RUNS = new RegExp(MARKER_WORDS.source, 'gi');

/**
 * A marker word as a person types it: `dummy`, `DUMMY` or `Dummy`. Mixed case (`duMMy` in `…XAzduMMygD…`) is a random
 * key's letters falling that way, about once in 20,000 GitHub tokens.
 */
function hasMarkerWord(value: string): boolean {
  for (const [word] of value.matchAll(MARKER_WORD_RUNS)) {
    const rest = word.slice(1);
    if (rest === rest.toLowerCase() || word === word.toUpperCase()) return true;
  }
  return false;
}

/** Keys printed in providers' own documentation, copied into countless READMEs and tests. */
const KNOWN_EXAMPLES = [
  '4eC39HqLyjWDarjtT1zdp7dc', // Stripe API reference
  '16C7e42F292c6912E7710c838347Ae178B4a', // GitHub docs
  'flKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', // jwt.io's signature (without its first letter, so a broken copy is known too)
  '2YotnFZFEjr1zCsicMWpAA', // RFC 6749 access token
  'tGzv3JOkF0XG5Qx2TlKWIA', // RFC 6749 refresh token
  'czZCaGRSa3F0MzpnWDFmQmF0M2JW', // RFC 6749 client credentials (s6BhdRkqt3:gX1fBat3bV)
  'gX1fBat3bV', // RFC 6749 client secret
  'SplxlOBeZQQYbYS6WxSbIA', // RFC 6749 authorization code
  'A3-C4ZJMN-PQTZTL-HGL84-G64M7-KVZRN-4ZVP6', // 1Password emergency-kit sample in secretlint's published rules
  '33f!!lloppa', // NuGet.config reference (learn.microsoft.com): packageSourceCredentials example
  'hal+9ooo_da!sY', // NuGet.config reference: the second packageSourceCredentials example
  '6fe4476ee5a1832882e326b506d14126', // Yarn's public Algolia search-only key, shipped in every yarn bundle
  'MWYyZDFlMmU2N2Rm', // Kubernetes Secret documentation: base64 of the sample password 1f2d1e2e67df
  // The Azure Storage emulator's (Azurite) account key for devstoreaccount1, published by Microsoft.
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
];

export function isKnownExample(value: string): boolean {
  return KNOWN_EXAMPLES.some((example) => value.includes(example));
}

/**
 * True when a provider-format value (prefix already removed) is a hand-written stand-in:
 * marker words, `xxxx`, long repeated or sequential runs, or too little randomness.
 */
/** `xxxx` or `XXXX` as a filler; mixed case (`xXxX`) turns up in random keys. */
const FILLER = /xxxx|XXXX/;

export function isFakeToken(body: string, minEntropy = 3, allowRuns = false): boolean {
  if (hasMarkerWord(body) || FILLER.test(body) || isKnownExample(body)) return true;
  if (!allowRuns && (longestPatternRun(body) >= 6 || isHandTypedSequence(body))) return true;
  // A short value over a small alphabet measures low by chance: one random 20-digit hex key in about 30 falls
  // under 3 bits per character.
  const short = body.length < 16 || (body.length < 32 && /^[0-9a-f]+$/i.test(body));
  const threshold = short ? Math.min(minEntropy, 2.5) : minEntropy;
  return shannonEntropy(body) < threshold;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Three or more words with spaces between them: a sentence someone wrote. */
const PROSE = /^(?:[A-Za-z',.!?-]+ ){2,}[A-Za-z',.!?-]+$/;
/** An ISO 8601 date or time (`2016-09-08T21:47:36Z`): when a password was last used, not the password. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** bcrypt, argon2, crypt(3) hashes: what a database stores instead of the password. */
const PASSWORD_HASH = /^\$(?:2[abxy]?|argon2(?:id|i|d)|scrypt|pbkdf2[-\w]*|[156])\$/;
const HASH_PREFIX = /^(?:sha(?:1|224|256|384|512)|md5)[-:]/i;
/** Environment lookups, templates and interpolation: the value is filled in at run time. */
const INDIRECTION =
  /\$\{|\$\(|\{\{|\}\}|%\(|%s|%v|<%|^\$[A-Za-z_]|^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|os\.Get[Ee]nv|os\.LookupEnv|env\.|ENV\[|secrets\.|vars\.|System\.getenv|Deno\.env|config\.|settings\.)/;
/** Words that make a generic value a placeholder or a test value rather than a credential. */
const GENERIC_MARKERS =
  /example|sample|dummy|placeholder|redacted|changeme|change_me|change-me|replace|insert|your|here|\*\*|\.\.\.|…|pass|secret|token|test|fake|foobar|lorem|todo|fixme|default|insecure|none|null|undefined|admin|letmein|qwerty|hunter2|abc123|123456|mock|demo|local|sandbox|dev[-_]/i;
/**
 * Angle brackets that mark a stand-in or code: `<your-key>`, `<TOKEN`, `a->b`, `x => y`. A lone `<` or `>` inside a
 * value a generator drew from all printable characters marks nothing.
 */
const ANGLE_MARKERS = /<[^<>]*>|^[<>]|[<>]$|[-=]>|<[-=]/;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Marker words, also spelled in leetspeak (`P@ssw0rd`, `S3cr3t`): hand-written stand-ins, not credentials. */
function hasMarker(value: string): boolean {
  if (GENERIC_MARKERS.test(value) || ANGLE_MARKERS.test(value) || FILLER.test(value)) return true;
  // Only short, mostly-letter values are leetspeak; in a hex digest `7e57` is chance, not "test".
  const letters = value.replace(/[^A-Za-z]/g, '').length;
  return (
    value.length <= 16 &&
    letters * 2 >= value.length &&
    GENERIC_MARKERS.test(value.replace(/[013457@$]/g, (c) => LEET[c]))
  );
}

/** The text inside a base64 value (a Kubernetes Secret's `data:`), when it decodes to printable ASCII. */
function decodedBase64Text(value: string): string | undefined {
  if (value.length < 8 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  return /^[\x20-\x7e]+$/.test(decoded) ? decoded : undefined;
}

/**
 * True when a value found only by its variable name (`password = "…"`) is not a credential:
 * placeholders, lookups, templates, identifiers, paths, numbers, hashes, UUIDs, data URIs, or low entropy.
 */
/**
 * Letters and digits counting up in step (`a1b2c3d4e5`, `A1B2C3`, `1a2b3C4d-5E6f`): typed by hand, a sequence a
 * plain run check misses. `loose` (values found only by their name) also takes one interleaved run of five
 * (`V2w3X4y5Z6`) and blocks of one repeated character (`AAAABBBBCCCC`).
 */
export function isHandTypedSequence(value: string, loose = false): boolean {
  const chars = value.replace(/[-_.]/g, '');
  const strides = [0, 1].map((offset) => {
    let every = '';
    for (let i = offset; i < chars.length; i += 2) every += chars[i];
    return every;
  });
  for (let i = 0; i + 10 <= chars.length; i++) {
    const window = chars.slice(i, i + 10);
    const evens = window.replace(/(.)./g, '$1');
    const odds = window.replace(/.(.)/g, '$1');
    const letterDigit =
      (/^[A-Za-z]+$/.test(evens) && /^\d+$/.test(odds)) || (/^\d+$/.test(evens) && /^[A-Za-z]+$/.test(odds));
    if (letterDigit && longestPatternRun(evens) >= 5 && longestPatternRun(odds) >= 5) return true;
  }
  if (!loose) return false;
  return strides.some((every) => longestPatternRun(every) >= 5) || /(\w)\1{3}(?!\1)(\w)\2{3}/.test(value);
}

/**
 * Values that show they are not one token: a printf verb ending a run (`…%c^`, `…%s`; `%2B` is URL encoding), or a
 * `?` breaking a long token-shaped run (`npm_hK0F…?Kp6b`), as scanners' negative samples write them; a password of
 * usual length may hold one `?`.
 */
function isBrokenToken(value: string): boolean {
  if (/%[a-zA-Z](?![0-9A-Za-z])/.test(value)) return true;
  return value.length >= 20 && /^[\w.+/=:-]*\?[\w.+/=:-]*$/.test(value);
}

/** A host name (`4f2a9c.shop.com`) or a publishable key (`pk_live_`, `live_pub_`): public, not a secret. */
const PUBLIC_VALUE =
  /^(?:[\w-]+\.)+(?:com|net|org|io|dev|app|co|cloud|info|biz)$|^(?:pk_(?:live|test)_|(?:live|test)_pub_)/i;

/**
 * Five keys in a row of a QWERTY keyboard, either way (`zxcvb`, `poiuy`, `asdfg`), in a key-sized value: typed by
 * hand, not generated (a random value of up to 48 characters holds one about once in 20,000; longer ones more often).
 */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function hasKeyboardRun(value: string): boolean {
  if (value.length > 48) return false;
  const lower = value.toLowerCase();
  for (let i = 0; i + 5 <= lower.length; i++) {
    const five = lower.slice(i, i + 5);
    if (KEYBOARD_ROWS.some((row) => row.includes(five) || row.includes([...five].reverse().join('')))) return true;
  }
  return false;
}

/**
 * Hex with one or two letters that are not hex digits, or not in the case of the others (`…016rf34…`, `…cfA00…`):
 * a generator gives either hex (one case) or letters all through, so this is a hex key edited by hand.
 * A word prefix (`spu-`, `key_`) is not counted.
 */
function isEditedHex(value: string): boolean {
  const body = value.replace(/^[A-Za-z]{1,8}[-_]/, '');
  if (body.length < 24 || !/^[A-Za-z0-9]+$/.test(body)) return false;
  const strays = (hex: RegExp) => body.replace(hex, '').length;
  const fewest = Math.min(strays(/[0-9a-f]/g), strays(/[0-9A-F]/g));
  return fewest >= 1 && fewest <= 2;
}

/** The shape of a JWT (`eyJ…` header, three parts) whose header is not JSON: a token edited by hand. */
function isBrokenJwt(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 3 || !value.startsWith('eyJ')) return false;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    return typeof header !== 'object' || header === null;
  } catch {
    return true;
  }
}

/**
 * A value under a secret's name that a person made rather than a generator: keyboard runs, hex edited by hand, a JWT
 * with a broken header, or a long value mostly made of runs (`abcdef`, `ghijkl`, `789`). For values found by their
 * name alone; a command that sends the value (a curl header) says more than the value's looks.
 */
export function isHandMadeValue(value: string): boolean {
  if (hasKeyboardRun(value) || isEditedHex(value) || isBrokenJwt(value)) return true;
  return value.length >= 32 && patternRunShare(value) >= 0.3;
}

export function isGenericDecoy(value: string): boolean {
  if (isKnownExample(value) || isBrokenToken(value) || PUBLIC_VALUE.test(value)) return true;
  // A Kubernetes Secret's base64 of a placeholder (`cGFzc3dvcmQ=`) is still a placeholder.
  const decoded = decodedBase64Text(value);
  // Or the base64 of a sentence (`dGhpcyBpcyBub3QgYSByZWFsIHZhbHVl`: "this is not a real value").
  if (decoded !== undefined && (decoded.length < 6 || isPlainDecoy(decoded) || PROSE.test(decoded))) return true;
  return isPlainDecoy(value);
}

function isPlainDecoy(value: string): boolean {
  if (INDIRECTION.test(value) || hasMarker(value) || PASSWORD_HASH.test(value)) return true;
  // Keyboard mashing (`asdf`, `sdf0o9823sjdfsdf`): typed by hand for a docstring, not generated.
  if (value.length <= 24 && /^[a-z0-9]+$/.test(value) && /asd|sdf|dfg|jkl|hjk|qwe|wer|zxc|xcv/.test(value)) return true;
  // Fingers resting on the home row (`lsdajfh923874`, RFC 5849's `kd94hf93k423kf44`): random letters rarely stay there.
  if (value.length <= 24 && /^[asdfghjkl0-9]+$/.test(value) && /(?:[a-z]\d*){6}/.test(value)) return true;
  if (UUID.test(value) || HASH_PREFIX.test(value) || value.startsWith('data:')) return true;
  if (/^[/.~]|:\/\/|\\[nrt]/.test(value)) return true;
  // A token format written as a regex: `[A-Za-z0-9]{24}`, `\d{6}`.
  if (/\[[^\]]{0,20}-[^\]]{0,20}\]|\]\{|\{\d+(?:,\d*)?\}|\\[dwsb]/.test(value)) return true;
  if (/^\d+$/.test(value) || /^[\d.:-]+$/.test(value) || ISO_TIME.test(value)) return true;
  // A Python entry point or dotted module path: `keystoneauth1.loading._plugins.identity.v3:ApplicationCredential`.
  if (/^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+:[A-Za-z_]\w*$|^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*){2,}$/.test(value))
    return true;
  if (isRandomLetters(value)) return false;
  // Identifiers, flags, paths and type names: `--docker-credential-file`, `scram-sha-256`, `list[Ref]`, `#08547A`.
  if (IDENTIFIER.test(value)) return true;
  if (/^[[{(#]|[\]})]$|\w\[\w+\]/.test(value)) return true;
  if (/^_*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+_*$/.test(value)) return true;
  // Code concatenation seen from inside a string: `"Unexpected token: "+E.type+" ("`.
  if (/^\+|\+$/.test(value)) return true;
  // Long random values hold a run of five by chance now and then; hand-typed ones hold it from the start.
  if (longestPatternRun(value) >= (value.length >= 32 ? 7 : 5) || isHandTypedSequence(value, true)) return true;
  // `AbCeFG123`: a short value made of runs of three (`abc`, `efg`, `123`) is typed by hand.
  if (value.length < 16 && patternRunShare(value) >= 0.6) return true;
  const classes = characterClasses(value);
  if (value.length < 12) return classes < 3 || shannonEntropy(value) < 2.5;
  return classes < 2 || shannonEntropy(value) < 0.7 * Math.log2(Math.min(value.length, alphabetSize(value)));
}

/**
 * Letters-only values (`iXrsPUFYOePuPA`) can still be random: mixed case with upper-case pairs or
 * frequent case switches and no lower-case run of five, or five lower-case consonants in a row
 * (`fqrlnx`), which words hardly ever have. Identifiers (`resetPasswordToken`, `XMLHttpRequest`) don't.
 */
export function isRandomLetters(value: string): boolean {
  const letters = value.replace(/[._-]/g, '');
  if (letters.length < 10 || !/^[A-Za-z]+$/.test(letters) || !/[a-z]/.test(letters) || !/[A-Z]/.test(letters)) {
    return false;
  }
  if (/[bcdfghjklmnpqrstvwxz]{5}/.test(letters) && !/ngths|rchst|ngstr|ntstr/.test(letters)) return true;
  if (/[a-z]{5}/.test(letters)) return false;
  let upperPairs = 0;
  let switchesUp = 0;
  for (let i = 1; i < letters.length; i++) {
    const previousUpper = letters[i - 1] <= 'Z';
    const upper = letters[i] <= 'Z';
    if (previousUpper && upper) upperPairs++;
    if (!previousUpper && upper) switchesUp++;
  }
  return upperPairs >= 2 || switchesUp >= 3;
}

/**
 * A word: `name`, `Name`, `NAME`, `camelCase`, `NSRecursiveLock`, `AWSAccessKeyId`, with a short number
 * (`v1`, `s3`, `sha256`). Every lower-case run but a final one is two letters or more (or a short English word such as
 * `In` in `InterpolationInTemplate`), which random text rarely keeps up.
 * Runs end where the next character is not the same kind, so the pattern never backtracks much.
 */
const WORD =
  '(?:[A-Z]{0,10}[a-z]{2,}(?![a-z])|[A-Z]{1,10}[a-z]?(?![A-Za-z])|(?:In|On|Of|To|At|By|Is|As|Or|If|No|Up|Do|Go|My|It|Be|An)(?=[A-Z])|[a-z](?=\\d))+\\d{0,3}';
const IDENTIFIER = new RegExp(`^[^A-Za-z0-9]{0,2}${WORD}(?:[._/:=-](?:${WORD}|\\d+))*$`);

/** Size of the alphabet the value seems drawn from: random text can't beat log2 of it in entropy. */
function alphabetSize(value: string): number {
  if (/^[0-9a-f]+$/i.test(value) && /[0-9]/.test(value)) return 16;
  return (
    (/[a-z]/.test(value) ? 26 : 0) +
    (/[A-Z]/.test(value) ? 26 : 0) +
    (/\d/.test(value) ? 10 : 0) +
    (/[^A-Za-z0-9]/.test(value) ? 16 : 0)
  );
}

function characterClasses(value: string): number {
  return (
    Number(/[a-z]/.test(value)) +
    Number(/[A-Z]/.test(value)) +
    Number(/\d/.test(value)) +
    Number(/[^A-Za-z0-9]/.test(value))
  );
}

export const INLINE_ALLOW = /launch-ready:allow|gitleaks:allow|secretlint-disable-line/;

/**
 * An allow comment covers the match: on its own line (`launch-ready:allow`, `gitleaks:allow`,
 * `secretlint-disable-line`), on the line before (`secretlint-disable-next-line`), or a `secretlint-disable`
 * block not yet closed by `secretlint-enable`. secretlint's own comments, so a repository written for it needs no
 * second set; like a bare secretlint comment, each silences every rule (rule ids after it are not read).
 */
export function isInlineAllowed(text: string, index: number, length: number): boolean {
  if (INLINE_ALLOW.test(lineAround(text, index, length))) return true;
  if (!mentionsSecretlintDirective(text)) return false;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (lineStart > 0 && lineAround(text, lineStart - 1).includes('secretlint-disable-next-line')) return true;
  return insideDisabledBlock(text, index);
}

const DISABLE = 'secretlint-disable';
const ENABLE = 'secretlint-enable';

/** The last text looked at and whether it holds any secretlint comment: one search per text, not per match. */
let directiveMemo: { text: string; found: boolean } | undefined;

function mentionsSecretlintDirective(text: string): boolean {
  if (directiveMemo?.text !== text) directiveMemo = { text, found: text.includes(DISABLE) };
  return directiveMemo.found;
}

/** A bare `secretlint-disable` (not `-line` / `-next-line`) before the match, with no `secretlint-enable` between. */
function insideDisabledBlock(text: string, index: number): boolean {
  let at = text.lastIndexOf(DISABLE, index);
  while (at !== -1 && text[at + DISABLE.length] === '-') at = at === 0 ? -1 : text.lastIndexOf(DISABLE, at - 1);
  if (at === -1) return false;
  const enable = text.indexOf(ENABLE, at);
  return enable === -1 || enable > index;
}

/**
 * The line holding the match, without its newline, clipped to a few hundred characters around it:
 * in a minified bundle one "line" is the whole file, and an allow comment far away is about other code.
 */
export function lineAround(text: string, index: number, length = 0, reach = 300): string {
  const start = Math.max(text.lastIndexOf('\n', index - 1) + 1, index - reach);
  const newline = text.indexOf('\n', index + length);
  const end = Math.min(newline === -1 ? text.length : newline, index + length + reach);
  return text.slice(start, end);
}

const BASE64_CHAR = /[A-Za-z0-9+/=]/;

/**
 * True when the match sits inside a longer base64 run (an inline image, a certificate body, a font):
 * provider prefixes turn up there by chance.
 */
export function isInsideBase64Blob(text: string, index: number, length: number): boolean {
  let start = index;
  const floor = Math.max(0, index - 4096);
  while (start > floor && BASE64_CHAR.test(text[start - 1])) start--;
  let end = index + length;
  const ceiling = Math.min(text.length, end + 4096);
  while (end < ceiling && BASE64_CHAR.test(text[end])) end++;
  const run = text.slice(start, end);
  if (text.slice(Math.max(0, start - 8), start).endsWith('base64,')) return true;
  return run.length - length > 64 && /[+/]/.test(run);
}

/** The match is followed by regex syntax or interpolation: a token format or a string built at run time. */
export function isPatternOrTemplate(text: string, index: number, length: number): boolean {
  const after = text.slice(index + length, index + length + 3);
  if (/^(?:\[|\{\d|\{\$|\$\{|\\[dwsb]|\(\?|\]\{|\]\+|\*|\+[^ ])/.test(after)) return true;
  const before = text.slice(Math.max(0, index - 2), index);
  if (/\\[dwsb]$|\]$/.test(before) && /^[\]{|)]/.test(after)) return true;
  // `(tok|…)` or `(tok)?` is a regex group; a value merely in parentheses (`(secret)`, a call's argument) is not.
  return before.endsWith('(') && /^(?:[|{]|\)[?*+{])/.test(after);
}

const LOCKFILE =
  /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|Cargo\.lock|Gemfile\.lock|poetry\.lock|composer\.lock|go\.sum|Pipfile\.lock|uv\.lock|packages\.lock\.json)$/;

/** Lockfiles hold integrity hashes and tarball URLs, never hand-written assignments. */
export function isLockfile(path: string): boolean {
  return LOCKFILE.test(path);
}

const CONFIG_FILE =
  /(?:^|\/)(?:\.env[^/]*|[^/]*\.env|[^/]*\.(?:ya?ml|properties|ini|cfg|cnf|conf|config|toml|sh|bash|zsh|npmrc|pypirc|netrc|tfvars|envrc|xml|plist|txt|csv|mk)|Dockerfile[^/]*|\.npmrc|\.pypirc|\.netrc|\.envrc|Containerfile|Makefile|[^/.]+)$/i;

/** Files where `KEY=value` needs no quotes: an unquoted value there is a literal, not an expression. */
export function allowsUnquotedValues(path: string): boolean {
  return CONFIG_FILE.test(path);
}

/** A password in a URL or SQL that is a placeholder, a lookup, a repeated word or too short to be real. */
export function isPasswordDecoy(value: string): boolean {
  if (value.length < 6 || INDIRECTION.test(value) || hasMarker(value)) return true;
  if ((/^[A-Za-z_.-]+$/.test(value) && !isRandomLetters(value)) || /^\d+$/.test(value)) return true;
  return longestPatternRun(value) >= 5 || shannonEntropy(value) < 2.3;
}

/** Stand-ins written where a URL's password goes: `password`, `my_pass`, `db-secret`, `P@ssw0rd`, `changeit`. */
const URL_PASSWORD_WORD =
  /^(?:(?:my|your|the|some|new|user|db|database|admin|root|app|test|dev|default|sample|dummy|fake)[-_.]?)?(?:password|passwd|passwort|pass|pwd|pw|pword|secret|pass(?:word)?[-_.]?(?:here|goes[-_.]?here)|changeme|changeit|letmein|qwerty|foobar|hunter2|none|null|undefined|empty)$/i;
/** Stand-ins that may sit anywhere in the value: `REPLACE_WITH_PASSWORD`, `YOUR_DB_PASSWORD`, `<secret>`, `***`. */
const URL_PASSWORD_MARKERS =
  /example|sample|dummy|placeholder|redacted|replace|your[-_]|^your|changeme|change[-_]me|insert[-_]|[-_]here$|notreal|\*\*\*|\.\.\.|…|xxxx|[<>{}[\]]/i;

/**
 * A password in a URL's userinfo (`scheme://user:password@host`) that is not a credential: a lookup or template,
 * a placeholder word (also in leetspeak), the user name repeated (`postgres:postgres@`), a run (`123456`), or a
 * value too short or too plain to be real. Unlike a bare `password = …`, a URL to a host states that the value
 * logs in somewhere, so a typed password with a word in it (`mySecret2024`, `r3alP4ssw0rd`) still counts.
 */
export function isUrlPasswordDecoy(password: string, user = ''): boolean {
  if (password.length < 6 || INDIRECTION.test(password) || /^%|\$/.test(password)) return true;
  // `a%20secret`, `top%20secret`: words with spaces between them, written for a URL-parsing example.
  if (/%20/.test(password) && /^(?:[A-Za-z]+%20)+[A-Za-z]+$/.test(password)) return true;
  if (URL_PASSWORD_MARKERS.test(password) || isKnownExample(password)) return true;
  const plain = password.replace(/[013457@$]/g, (c) => LEET[c]);
  if (URL_PASSWORD_WORD.test(password) || URL_PASSWORD_WORD.test(plain)) return true;
  if (user !== '' && password.toLowerCase() === user.toLowerCase()) return true;
  // Oracle's demo account, `scott`/`tiger` (also dressed up, `tiger^5HHH`), in every database library's documentation.
  if (/^scott$/i.test(user) && /^tiger/i.test(password)) return true;
  if ((/^[A-Za-z_.-]+$/.test(password) && !isRandomLetters(password)) || /^\d+$/.test(password)) return true;
  return longestPatternRun(password) >= 5 || shannonEntropy(password) < 2.3;
}

/**
 * The match sits on a comment line that calls it an example (`* e.g.) shpss_…`, `/** @example "-----BEGIN…`):
 * documentation of a format, as in scanners' and SDKs' own sources. Lines of code embedded in a JSON string
 * (a source map's `sourcesContent`) count as lines too.
 */
export function isDocumentedExample(text: string, index: number): boolean {
  const from = Math.max(0, index - 160);
  const before = text.slice(from, index);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\\n') + 1);
  const line = before.slice(lineStart + 1);
  return /^\s*(?:\*|\/\/|#|<!--|\/\*)[^\n]*?(?:\be\.g\.|@example\b|\bexamples?\b|\bsample\b)/i.test(line);
}
