export const id = 100;
export const ids = [100];
export const modules = {

/***/ 25100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEnvCheck: () => (/* binding */ runEnvCheck)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./shared/checks/env-check/runtime-variables.ts
// Variables the runtime, the shell or the hosting platform sets by itself: reading them in code
// needs no declaration in .env.example.

const RUNTIME_VARIABLES = [
    'NODE_ENV',
    'NODE_OPTIONS',
    'NODE_DEBUG',
    'NODE_EXTRA_CA_CERTS',
    'NODE_TLS_REJECT_UNAUTHORIZED',
    'NODE_APP_INSTANCE',
    'NEXT_RUNTIME',
    'NEXT_PHASE',
    'CI',
    'PORT',
    'HOST',
    'HOSTNAME',
    'HOME',
    'PATH',
    'PWD',
    'TZ',
    'LANG',
    'LANGUAGE',
    'LC_*',
    'USER',
    'USERNAME',
    'LOGNAME',
    'SHELL',
    'TERM',
    'TMPDIR',
    'TEMP',
    'TMP',
    'DEBUG',
    'FORCE_COLOR',
    'NO_COLOR',
    'COLORTERM',
    'EDITOR',
    'GITHUB_*',
    'RUNNER_*',
    'ACTIONS_*',
    'VERCEL',
    'VERCEL_*',
    'NEXT_PUBLIC_VERCEL_*',
    'NETLIFY',
    'NETLIFY_*',
    'CONTEXT',
    'DEPLOY_URL',
    'DEPLOY_PRIME_URL',
    'RENDER',
    'RENDER_*',
    'RAILWAY_*',
    'FLY_*',
    'HEROKU_*',
    'DYNO',
    'K_SERVICE',
    'K_REVISION',
    'K_CONFIGURATION',
    'AWS_LAMBDA_*',
    'AWS_EXECUTION_ENV',
    'LAMBDA_TASK_ROOT',
    'CF_PAGES',
    'CF_PAGES_*',
    'npm_*',
    'INIT_CWD',
    'PYTHONPATH',
    'PYTHONUNBUFFERED',
    'VIRTUAL_ENV',
    'RAILS_ENV',
    'RACK_ENV',
    'GOPATH',
    'GOOS',
    'GOARCH',
    'JAVA_HOME',
    'VITEST',
    'VITEST_*',
    'JEST_WORKER_ID',
];
/** Vite's own `import.meta.env` fields. */
const VITE_BUILTINS = new Set(['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
/** True for variables the code scan must not report; `extra` are the user's ignoreVariables globs. */
function runtimeVariableFilter(extra) {
    const matches = picomatch_default()([...RUNTIME_VARIABLES, ...extra]);
    return (name) => matches(name);
}
function isViteBuiltin(name) {
    return VITE_BUILTINS.has(name);
}

;// CONCATENATED MODULE: ./shared/checks/env-check/env-references.ts
// Where source code reads environment variables, across the languages a SaaS is usually written in.

const Q = `(['"\`])`;
const NAME = '(?<name>[A-Za-z_][A-Za-z0-9_]*)';
const ENV_FUNCTION_FILES = new Set(['.php', '.prisma']);
const PYTHON_FILES = new Set(['.py']);
const PATTERNS = [
    { regex: new RegExp(String.raw `\bprocess\.env\.${NAME}`, 'g') },
    { regex: new RegExp(String.raw `\bprocess\.env\[\s*${Q}${NAME}\1\s*\]`, 'g') },
    { regex: new RegExp(String.raw `\bimport\.meta\.env\.${NAME}`, 'g'), importMeta: true },
    { regex: new RegExp(String.raw `\bimport\.meta\.env\[\s*${Q}${NAME}\1\s*\]`, 'g'), importMeta: true },
    { regex: new RegExp(String.raw `\bBun\.env\.${NAME}`, 'g') },
    { regex: new RegExp(String.raw `\bDeno\.env\.get\(\s*${Q}${NAME}\1`, 'g') },
    // const { A, B: b, C = 'x' } = process.env
    {
        regex: /\{(?<list>[^{}]*)\}\s*=\s*(?:process\.env|Bun\.env)\b/g,
    },
    { regex: /\{(?<list>[^{}]*)\}\s*=\s*import\.meta\.env\b/g, importMeta: true },
    // Python os.environ["X"], os.environ.get("X"), environ["X"]; os.getenv("X") and PHP getenv('X')
    { regex: new RegExp(String.raw `\benviron(?:\.get\(\s*|\[\s*)${Q}${NAME}\1`, 'g') },
    { regex: new RegExp(String.raw `\bgetenv\(\s*${Q}${NAME}\1`, 'g') },
    // django-environ: env("X"), env.str("X"), env.bool("X", default=False), env.db("DATABASE_URL")
    {
        regex: new RegExp(String.raw `(?<![\w.])env(?:\.[a-z_]+)?\(\s*${Q}${NAME}\1`, 'g'),
        extensions: PYTHON_FILES,
    },
    // Ruby ENV["X"], ENV.fetch("X")
    { regex: new RegExp(String.raw `\bENV(?:\.fetch\(?\s*|\[\s*)${Q}${NAME}\1`, 'g') },
    // Go, Rust, Java, C#, Elixir
    { regex: new RegExp(String.raw `\bos\.(?:Getenv|LookupEnv)\(\s*"${NAME}"`, 'g') },
    { regex: new RegExp(String.raw `\benv::var(?:_os)?\(\s*"${NAME}"`, 'g') },
    { regex: new RegExp(String.raw `\bSystem\.getenv\(\s*"${NAME}"`, 'g') },
    { regex: new RegExp(String.raw `\bEnvironment\.GetEnvironmentVariable\(\s*"${NAME}"`, 'g') },
    { regex: new RegExp(String.raw `\bSystem\.(?:get_env|fetch_env!?)\(\s*"${NAME}"`, 'g') },
    // PHP $_ENV['X'], Laravel env('X'), Prisma env("DATABASE_URL")
    { regex: new RegExp(String.raw `\$_ENV\[\s*${Q}${NAME}\1`, 'g'), extensions: ENV_FUNCTION_FILES },
    { regex: new RegExp(String.raw `(?<![\w$>.])env\(\s*${Q}${NAME}\1`, 'g'), extensions: ENV_FUNCTION_FILES },
];
function findEnvReferences(text, extension) {
    // Every pattern above contains "env" in some case: most files never mention it and cost one search.
    if (!/env/i.test(text))
        return [];
    const found = [];
    for (const pattern of PATTERNS) {
        if (pattern.extensions !== undefined && !pattern.extensions.has(extension))
            continue;
        for (const match of text.matchAll(pattern.regex)) {
            const groups = match.groups ?? {};
            const names = groups.list === undefined
                ? [{ name: groups.name, index: match.index }]
                : destructuredNames(groups.list, match.index + match[0].indexOf('{') + 1);
            for (const reference of names) {
                if (!(pattern.importMeta && isViteBuiltin(reference.name)))
                    found.push(reference);
            }
        }
    }
    const lineOf = lineFinder(text);
    return found.sort((a, b) => a.index - b.index).map(({ name, index }) => ({ name, line: lineOf(index) }));
}
/** `A, B: b, C = 'x', ...rest` → A, B, C with their offsets. */
function destructuredNames(list, offset) {
    const names = [];
    for (const match of list.matchAll(/(?:^|,)\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?=[:=,]|$)/dg)) {
        names.push({ name: match.groups.name, index: offset + match.indices.groups.name[0] });
    }
    return names;
}
function lineFinder(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (index) => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= index)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/fs/walk.ts
var fs_walk = __webpack_require__(9195);
// EXTERNAL MODULE: ./shared/checks/env-check/schema.ts
var schema = __webpack_require__(68032);
;// CONCATENATED MODULE: ./shared/checks/env-check/source-files.ts
// A project's source files, read: the shared walker lists them as git sees them (.gitignore honoured,
// symlinks not followed); dependency and build folders, minified and oversized files are left out.





const SOURCE_EXTENSIONS = new Set([
    '.js',
    '.mjs',
    '.cjs',
    '.jsx',
    '.ts',
    '.mts',
    '.cts',
    '.tsx',
    '.vue',
    '.svelte',
    '.astro',
    '.py',
    '.rb',
    '.rake',
    '.go',
    '.rs',
    '.java',
    '.kt',
    '.cs',
    '.php',
    '.ex',
    '.exs',
    '.prisma',
]);
const SKIPPED_DIRECTORIES = new Set([
    'node_modules',
    'bower_components',
    'jspm_packages',
    'vendor',
    'third_party',
    'dist',
    'build',
    'out',
    'coverage',
    '.git',
    '.hg',
    '.svn',
    '.next',
    '.nuxt',
    '.output',
    '.svelte-kit',
    '.vercel',
    '.netlify',
    '.turbo',
    '.cache',
    '.venv',
    'venv',
    '__pycache__',
    'target',
]);
/** Dependency and build folders, as gitignore patterns: they hold no variable the project itself reads. */
const SKIPPED = [...SKIPPED_DIRECTORIES].map((name) => `${name}/`);
async function walkSourceFiles(root, extraIgnores, limits, visit) {
    const walk = (0,fs_walk/* walkTree */.Ir)({ root, gitignore: true, buildDirs: [], ignore: [...SKIPPED, ...extraIgnores] });
    const sources = walk.files.filter((path) => SOURCE_EXTENSIONS.has((0,external_node_path_.extname)(path)) && !(0,external_node_path_.basename)(path).includes('.min.'));
    const stats = {
        filesScanned: 0,
        skippedLarge: 0,
        skippedBinary: 0,
        skippedUnreadable: walk.skipped.length,
        truncated: sources.length > limits.maxFiles,
        nestedExampleFiles: walk.files.filter((path) => path.includes('/') && schema/* EXAMPLE_FILE_CANDIDATES */.dt.includes((0,external_node_path_.basename)(path))),
    };
    await readInParallel(root, sources.slice(0, limits.maxFiles), limits, stats, visit);
    return stats;
}
/** A few reads at a time: enough to hide disk latency without opening thousands of handles. */
async function readInParallel(root, paths, limits, stats, visit) {
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const path = paths[next++];
            const text = await readSource((0,external_node_path_.join)(root, path), limits, stats);
            if (text === undefined)
                continue;
            stats.filesScanned += 1;
            visit({ path, extension: (0,external_node_path_.extname)(path), text });
        }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
}
async function readSource(path, limits, stats) {
    let buffer;
    try {
        // Non-blocking and regular files only: a FIFO put where the walker saw a file must not hang the scan.
        const handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
        try {
            const info = await handle.stat();
            if (!info.isFile()) {
                stats.skippedUnreadable += 1;
                return undefined;
            }
            if (info.size > limits.maxFileBytes) {
                stats.skippedLarge += 1;
                return undefined;
            }
            buffer = await handle.readFile();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        stats.skippedUnreadable += 1;
        return undefined;
    }
    if (buffer.subarray(0, 8000).includes(0)) {
        stats.skippedBinary += 1;
        return undefined;
    }
    return buffer.toString('utf8');
}

;// CONCATENATED MODULE: ./shared/checks/env-check/code-scan.ts
// Which variables the code reads, and where first: the evidence behind "undeclared" and "unused".


const LIMITS = { maxFileBytes: 1024 * 1024, maxFiles: 50_000 };
async function scanCode(root, ignorePaths) {
    const uses = new Map();
    const stats = await walkSourceFiles(root, ignorePaths, LIMITS, (file) => {
        for (const reference of findEnvReferences(file.text, file.extension)) {
            const known = uses.get(reference.name);
            if (known === undefined) {
                uses.set(reference.name, { file: file.path, line: reference.line, count: 1 });
                continue;
            }
            known.count += 1;
            if (file.path < known.file || (file.path === known.file && reference.line < known.line)) {
                known.file = file.path;
                known.line = reference.line;
            }
        }
    });
    return { uses, stats };
}

// EXTERNAL MODULE: ./shared/report/model.ts
var model = __webpack_require__(1124);
// EXTERNAL MODULE: ./shared/report/redact.ts
var redact = __webpack_require__(35500);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./shared/checks/env-check/hosts.ts
// Where a value points: production must not point at a developer's machine or at a staging system.

/** Tunnels to a laptop are as local as localhost, only reachable from outside. */
const LOCAL_SUFFIXES = [
    '.localhost',
    '.local',
    '.test',
    '.internal.docker',
    '.ngrok.io',
    '.ngrok.app',
    '.ngrok-free.app',
    '.ngrok-free.dev',
    '.trycloudflare.com',
    '.loca.lt',
    '.localtest.me',
    '.lvh.me',
    '.nip.io',
    '.sslip.io',
];
const LOCAL_HOSTS = new Set(['localhost', '0.0.0.0', '::', '::1', 'host.docker.internal', 'gateway.docker.internal']);
const STAGING_WORDS = new Set([
    'staging',
    'stage',
    'stg',
    'dev',
    'develop',
    'development',
    'sandbox',
    'preview',
    'qa',
    'uat',
    'test',
    'testing',
]);
/** Hosts a value names: itself when it is a URL or host[:port], or each entry of a comma/space list of URLs. */
function hostsIn(value) {
    const hosts = [];
    for (const part of value.split(/[\s,;]+/)) {
        const host = hostOf(part);
        if (host !== undefined)
            hosts.push(host);
    }
    return hosts;
}
function hostOf(text) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
        try {
            const hostname = new URL(text).hostname;
            return hostname === '' ? undefined : hostname.replace(/^\[|\]$/g, '').toLowerCase();
        }
        catch {
            return undefined;
        }
    }
    // A bare host[:port]: needs a dot or to be a known local name, so that ordinary words are not hosts.
    const bare = /^(\[[0-9a-f:]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.exec(text);
    if (bare === null)
        return undefined;
    const host = bare[1].replace(/^\[|\]$/g, '').toLowerCase();
    if (LOCAL_HOSTS.has(host) || (0,external_node_net_.isIP)(host) !== 0)
        return host;
    // `3.14` or `v1.2` are not hosts: a domain ends in a label with a letter.
    return /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z0-9-]*[a-z][a-z0-9-]*$/.test(host) ? host : undefined;
}
function classifyHost(host) {
    if (LOCAL_HOSTS.has(host) || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix)))
        return 'local';
    if ((0,external_node_net_.isIP)(host) === 4 && host.startsWith('127.'))
        return 'local';
    if ((0,external_node_net_.isIP)(host) !== 0)
        return undefined;
    // The last label is the TLD: `myshop.dev` is a real domain, `dev.myshop.com` is not production.
    const labels = host.split('.').slice(0, -1);
    const words = labels.flatMap((label) => label.split('-'));
    return words.some((word) => STAGING_WORDS.has(word)) ? 'staging' : undefined;
}
/** The worst place a value points at, local before staging. */
function classifyValueHosts(value) {
    const classes = hostsIn(value).map(classifyHost);
    if (classes.includes('local'))
        return 'local';
    if (classes.includes('staging'))
        return 'staging';
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./shared/checks/env-check/kinds.ts
// Whether a value has the shape its kind promises. Messages say what is expected, never the value.

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const BOOLEAN_WORDS = new Set(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']);
const email = schemas/* email */.Rpp();
/** Undefined when the value fits, else what was expected ("a URL such as https://shop.example"). */
function shapeProblem(value, rule) {
    const trimmed = value.trim();
    switch (rule.kind) {
        case 'string':
            return undefined;
        case 'url':
            return isUrl(trimmed) ? undefined : 'a URL with a scheme and host (such as https://shop.example)';
        case 'number':
            return NUMBER.test(trimmed) ? undefined : 'a number';
        case 'boolean':
            return BOOLEAN_WORDS.has(trimmed.toLowerCase()) ? undefined : 'a boolean (true/false, 1/0, yes/no, on/off)';
        case 'enum':
            return rule.values?.includes(trimmed) ? undefined : `one of: ${(rule.values ?? []).join(', ')}`;
        case 'regex':
            return matchesWhole(trimmed, rule.pattern ?? '') ? undefined : `a value matching /${rule.pattern}/`;
        case 'email':
            return email.safeParse(trimmed).success ? undefined : 'an email address';
    }
}
function isUrl(text) {
    if (!/^[a-z][a-z0-9+.-]*:\/\/[^/\s]/i.test(text))
        return false;
    try {
        new URL(text);
        return true;
    }
    catch {
        return false;
    }
}
function matchesWhole(value, pattern) {
    try {
        return new RegExp(`^(?:${pattern})$`).test(value);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./shared/checks/env-check/placeholders.ts
// Values a template left behind: deploying one means the feature (or its security) does not work.
const PLACEHOLDER_VALUES = new Set([
    'changeme',
    'change-me',
    'change_me',
    'changethis',
    'change-this',
    'change_this',
    'replaceme',
    'replace-me',
    'replace_me',
    'todo',
    'tbd',
    'fixme',
    'dummy',
    'placeholder',
    'example',
    'sample',
    'test123',
    'foo',
    'bar',
    'foobar',
    'baz',
    'null',
    'undefined',
    'asdf',
    'qwerty',
    '1234',
    '12345',
    '123456',
    'abc123',
    // AWS's documented example credentials.
    'akiaiosfodnn7example',
    'wjalrxutnfemi/k7mdeng/bpxrficyexamplekey',
]);
/** Words that are fine as ordinary settings but never as a credential. */
const WEAK_SECRET_VALUES = /^(secret|password|passwd|pass|admin|root|test|letmein|default)\d*$/i;
const PLACEHOLDER_PATTERNS = [
    // xxx, xxxx-xxxx, sk_live_xxxxxxxx
    /(^|[^a-z0-9])x{3,}([^a-z0-9]|$)/i,
    // ***, ...
    /^[*.]{3,}$/,
    // <your-api-key>, postgres://<user>:<password>@host; but not a real address in angle brackets, the
    // standard From form: "Acme Mugs <orders@acme-mugs.com>", "<https://acme-mugs.com/unsubscribe>".
    /<(?![^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>)(?![a-z][a-z0-9+.-]*:\/\/[^<>\s]+>)[^<>\s][^<>]*>/i,
    // you@yourdomain.com, https://your-domain.com
    /(^|[^a-z0-9])(your|my)[-_]?(domain|company|site)\.[a-z]{2,}([^a-z0-9]|$)/i,
    // {{ API_KEY }}: a template nobody rendered
    /^\{\{.*\}\}$/,
    // your-key, your_api_key, yourApiKey, put-your-key-here
    /^your([-_ .]|[A-Z])/,
    /^your[-_ ]/i,
    /(^|[-_ ])(here|goes[-_ ]here)$/i,
    // enter-your-key, put_the_token, paste-api-key (but not add_to_cart)
    /^(enter|insert|put|add|paste|set)[-_ ](your|the|a|an|real|key|token|secret|value|api)(?=[-_ ]|$)/i,
    /^(replace|change)[-_ ]?(me|this|it|with)/i,
    /^(todo|tbd|fixme)\b/i,
    /(^|[^a-z])(dummy|placeholder|fake|example)([^a-z]|$)/i,
    /(^|[^a-z0-9])example\.(com|org|net)([^a-z0-9]|$)/i,
];
function isPlaceholder(value, options) {
    const trimmed = value.trim();
    if (trimmed === '')
        return false;
    if (PLACEHOLDER_VALUES.has(trimmed.toLowerCase()))
        return true;
    if (PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(trimmed)))
        return true;
    if (!options.secret)
        return false;
    if (WEAK_SECRET_VALUES.test(trimmed))
        return true;
    // A secret still equal to the example file's value was copied, not generated.
    return (options.exampleValue !== undefined && options.exampleValue.trim() !== '' && trimmed === options.exampleValue.trim());
}

;// CONCATENATED MODULE: ./shared/checks/env-check/test-mode.ts
// Values that switch a provider into test, sandbox or debug mode: in production the shop takes no real
// payments, sends no real mail, or shows stack traces to customers.
const TEST_KEY_PREFIXES = [
    { prefix: 'sk_test_' },
    { prefix: 'pk_test_' },
    { prefix: 'rk_test_' },
    { prefix: 'rzp_test_', provider: 'Razorpay' },
    { prefix: 'sandbox_', provider: 'Braintree' },
    { prefix: 'test_' },
];
const MODE_NAME = /(^|_)(ENV|ENVIRONMENT|MODE|STAGE|APP_ENV)$/;
const TEST_MODE_VALUES = new Set(['test', 'testing', 'sandbox', 'development', 'dev', 'staging', 'local', 'debug']);
const DEBUG_NAME = /(^|_)(DEBUG|DEBUG_MODE|TEST_MODE|TESTMODE|SANDBOX|SANDBOX_MODE|USE_SANDBOX)$/;
const TRUE_VALUES = new Set(['1', 'true', 'yes', 'on']);
function detectTestMode(name, value, secret) {
    const trimmed = value.trim();
    const upperName = name.toUpperCase();
    for (const { prefix, provider } of TEST_KEY_PREFIXES) {
        if (!trimmed.startsWith(prefix))
            continue;
        // `test_` alone is too common a word to blame outside credentials (Mollie, Paddle keys).
        if (prefix === 'test_' && !secret)
            continue;
        const brand = provider ?? (upperName.includes('STRIPE') ? 'Stripe' : undefined);
        return { what: `a ${brand === undefined ? '' : `${brand} `}test-mode key (${prefix}…)`, kind: 'key' };
    }
    if (MODE_NAME.test(upperName) && TEST_MODE_VALUES.has(trimmed.toLowerCase())) {
        return { what: 'set to a test, sandbox or development mode', kind: 'mode' };
    }
    if (DEBUG_NAME.test(upperName) && TRUE_VALUES.has(trimmed.toLowerCase())) {
        return { what: 'turning on debug, test or sandbox mode', kind: 'debug' };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./shared/checks/env-check/evaluate.ts
// Judges one variable's value against its spec. Messages name the variable and the problem, never the value.






function evaluateVariable(spec, value, ctx) {
    const { name } = spec;
    const env = ctx.environment;
    const where = `the ${env} environment (your host's settings, or the workflow's env: from secrets)`;
    if (value === undefined || value.trim() === '') {
        if (!spec.required)
            return [];
        const rule = value === undefined ? 'missing' : 'empty';
        return [
            {
                rule,
                severity: ctx.production ? 'blocker' : 'high',
                message: value === undefined ? `${name} is not set in ${env}` : `${name} is set but empty in ${env}`,
                remediation: `Set ${name} in ${where}, or mark it optional if the app runs without it.${describe(spec)}`,
            },
        ];
    }
    const evidence = (0,redact/* redactValue */.FI)(value.trim());
    if (isPlaceholder(value, { secret: spec.secret, exampleValue: spec.exampleValue })) {
        return [
            {
                rule: 'placeholder',
                severity: ctx.production ? (spec.secret ? 'blocker' : 'high') : 'medium',
                message: `${name} holds a placeholder value in ${env}, not a real one`,
                remediation: spec.secret
                    ? `Put the real credential in ${name} (from the provider's dashboard, or generate a fresh random one); a value copied from the example file counts as a placeholder.`
                    : `Put the real value in ${name} for ${env}.`,
                evidence,
            },
        ];
    }
    const problems = [];
    const expected = shapeProblem(value, spec);
    if (expected !== undefined) {
        problems.push({
            rule: 'invalid',
            severity: spec.kindInferred ? (ctx.production ? 'medium' : 'low') : ctx.production ? 'high' : 'medium',
            message: `${name} is not ${expected}`,
            remediation: spec.kindInferred
                ? `Give ${name} ${expected}, or declare its kind in the env section of launch-ready.yml.`
                : `Give ${name} ${expected}.`,
            evidence,
        });
    }
    if (ctx.production)
        problems.push(...productionProblems(spec, value, evidence));
    return problems;
}
function productionProblems(spec, value, evidence) {
    const { name } = spec;
    const problems = [];
    const testMode = detectTestMode(name, value, spec.secret);
    if (testMode !== undefined) {
        problems.push({
            rule: 'testMode',
            severity: testMode.kind === 'key' ? 'blocker' : 'high',
            message: `${name} is ${testMode.what} in production`,
            remediation: testMode.kind === 'key'
                ? `Use the live key in ${name}: test-mode keys take no real payments or data.`
                : `Switch ${name} to its live/production setting.`,
            evidence,
        });
    }
    const hostClass = classifyValueHosts(value);
    if (hostClass === 'local') {
        problems.push({
            rule: 'local',
            severity: 'high',
            message: `${name} points at a local address (localhost, a loopback IP, a .local/.test host or a dev tunnel) in production`,
            remediation: `Point ${name} at the production service's public or private network address.`,
            evidence,
        });
    }
    else if (hostClass === 'staging') {
        problems.push({
            rule: 'staging',
            severity: 'medium',
            message: `${name} points at a staging, development or sandbox host in production`,
            remediation: `Point ${name} at the production host, unless this service really is shared with staging.`,
            evidence,
        });
    }
    // A local http:// URL is already reported above: one problem, one finding.
    if (spec.kind === 'url' && hostClass !== 'local' && /^http:\/\//i.test(value.trim())) {
        problems.push({
            rule: 'insecureUrl',
            severity: 'high',
            message: `${name} is an http:// URL in production; https:// is expected`,
            remediation: `Use the https:// address in ${name}: plain http leaks cookies and tokens and browsers block mixed content.`,
            evidence,
        });
    }
    return problems;
}
/** The spec's own words on what the variable is for, so whoever sets it knows what to look for. */
function describe(spec) {
    return spec.description === undefined ? '' : ` ${spec.name}: ${spec.description}`;
}
/** A variable's state is its worst problem (the first one found among equals). */
function statusOf(problems, present) {
    if (problems.length === 0)
        return present ? 'ok' : 'unset';
    return problems.reduce((worst, problem) => (0,model/* severityRank */.qs)(problem.severity) < (0,model/* severityRank */.qs)(worst.severity) ? problem : worst).rule;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/checks/env-check/rules.ts
// Every env-check rule: its id, its title, and how findings from it are fingerprinted.

const CHECK_NAME = 'env-check';
const RULES = {
    missing: { id: 'env/missing', title: 'Required variable is not set' },
    empty: { id: 'env/empty', title: 'Required variable is empty' },
    placeholder: { id: 'env/placeholder', title: 'Variable holds a placeholder value' },
    invalid: { id: 'env/invalid-value', title: 'Value does not have the expected shape' },
    testMode: { id: 'env/test-mode', title: 'Test, sandbox or debug mode in production' },
    local: { id: 'env/local-value', title: 'Production points at a local address' },
    staging: { id: 'env/staging-value', title: 'Production points at a staging or sandbox host' },
    insecureUrl: { id: 'env/insecure-url', title: 'Plain http:// URL in production' },
    undeclared: { id: 'env/undeclared', title: 'Variable read in code but not declared' },
    unused: { id: 'env/unused', title: 'Declared variable never read in code' },
    noSpec: { id: 'env/no-spec', title: 'No spec of the environment variables' },
};
/** Stable across runs and line moves: rule, environment and variable (plus a file where that matters). */
function fingerprint(ruleId, ...parts) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([ruleId, ...parts].join('\0'))
        .digest('hex')
        .slice(0, 16);
}

// EXTERNAL MODULE: ./shared/checks/env-check/status-words.ts
var status_words = __webpack_require__(68953);
;// CONCATENATED MODULE: ./shared/checks/env-check/report.ts
// Turns evaluated variables and the code scan into env-check's Report: findings, one-line summary,
// metrics and per-variable details (names and states only: no value ever goes in here).



function buildReport(input) {
    const { spec, evaluated } = input;
    const environment = spec.environment;
    const unused = unusedVariables(input);
    const findings = (0,model/* sortFindings */.Tc)([
        ...evaluated.flatMap((variable) => variable.problems.map((problem) => problemFinding(variable.spec, problem, spec))),
        ...undeclaredFindings(input),
        ...unused.map((variable) => unusedFinding(variable, spec)),
        ...noSpecFindings(input),
    ]);
    const counts = statusCounts(evaluated);
    const details = {
        environment,
        production: input.production,
        exampleFile: spec.exampleFile,
        envFile: input.envFile,
        variables: evaluated.map((variable) => ({
            name: variable.spec.name,
            required: variable.spec.required,
            secret: variable.spec.secret,
            kind: variable.spec.kind,
            present: variable.present,
            status: variable.status,
            problems: variable.problems.map((problem) => RULES[problem.rule].id),
            declaredIn: variable.spec.declaredIn,
            uses: input.code?.uses.get(variable.spec.name)?.count ?? (input.code === undefined ? undefined : 0),
        })),
        undeclared: input.undeclared,
        unused: unused.map((variable) => variable.name),
        scan: input.code?.stats,
        notices: input.notices,
    };
    return {
        check: CHECK_NAME,
        ok: !findings.some((finding) => (0,model/* isAtLeast */.du)(finding.severity, 'high')),
        summary: summaryLine(input, counts),
        findings,
        metrics: {
            environment,
            declared: evaluated.length,
            required: evaluated.filter((v) => v.spec.required).length,
            present: evaluated.filter((v) => v.present).length,
            withProblems: evaluated.filter((v) => v.problems.length > 0).length,
            missing: counts.get('missing') ?? 0,
            empty: counts.get('empty') ?? 0,
            placeholder: counts.get('placeholder') ?? 0,
            invalid: counts.get('invalid') ?? 0,
            testMode: counts.get('testMode') ?? 0,
            local: counts.get('local') ?? 0,
            staging: counts.get('staging') ?? 0,
            insecureUrl: counts.get('insecureUrl') ?? 0,
            undeclared: input.undeclared.length,
            unused: unused.length,
            filesScanned: input.code?.stats.filesScanned ?? 0,
        },
        details,
    };
}
function statusCounts(evaluated) {
    const counts = new Map();
    for (const variable of evaluated)
        counts.set(variable.status, (counts.get(variable.status) ?? 0) + 1);
    return counts;
}
/** "3 of 12 production variables have problems: 1 missing, 1 placeholder, 1 test-mode; 2 read in code but not declared". */
function summaryLine(input, counts) {
    const { spec, evaluated, undeclared } = input;
    const codeNote = undeclared.length === 0 ? '' : `; ${undeclared.length} read in code but not declared`;
    if (evaluated.length === 0) {
        return `No variable spec for ${spec.environment}: add .env.example or an env section to launch-ready.yml${codeNote}`;
    }
    const bad = evaluated.filter((variable) => variable.problems.length > 0);
    if (bad.length === 0) {
        return `All ${evaluated.length} ${spec.environment} variables are set and look right${codeNote}`;
    }
    // Fixed order (most damaging first) so the line reads the same from run to run.
    const parts = Object.keys(status_words/* STATUS_WORDS */.l)
        .filter((status) => status !== 'ok' && status !== 'unset' && counts.has(status))
        .map((status) => `${counts.get(status)} ${status_words/* STATUS_WORDS */.l[status]}`);
    const verb = bad.length === 1 ? 'has' : 'have';
    return `${bad.length} of ${evaluated.length} ${spec.environment} variables ${verb} problems: ${parts.join(', ')}${codeNote}`;
}
function exampleLocation(variable, spec) {
    if (spec.exampleFile === undefined || variable.exampleLine === undefined)
        return undefined;
    return { file: spec.exampleFile, line: variable.exampleLine };
}
function problemFinding(variable, problem, spec) {
    const rule = RULES[problem.rule];
    return {
        check: CHECK_NAME,
        ruleId: rule.id,
        severity: problem.severity,
        title: rule.title,
        message: problem.message,
        location: exampleLocation(variable, spec),
        evidence: problem.evidence,
        remediation: problem.remediation,
        fingerprint: fingerprint(rule.id, spec.environment, variable.name),
    };
}
function undeclaredFindings(input) {
    // Without any spec one finding says it all (see noSpecFindings), not one per variable.
    if (input.evaluated.length === 0)
        return [];
    const declaredWhere = input.spec.exampleFile ?? '.env.example';
    return input.undeclared.map((use) => {
        const others = use.uses - 1;
        const elsewhere = others === 0 ? '' : ` (and ${others} other ${others === 1 ? 'place' : 'places'})`;
        return {
            check: CHECK_NAME,
            ruleId: RULES.undeclared.id,
            severity: 'medium',
            title: RULES.undeclared.title,
            message: `${use.name} is read here${elsewhere} but not declared in ${declaredWhere} or launch-ready.yml`,
            location: { file: use.file, line: use.line },
            remediation: `Add ${use.name} to ${declaredWhere} (with \`# optional\` if the app runs without it) so every deploy knows it needs it.`,
            fingerprint: fingerprint(RULES.undeclared.id, use.name),
        };
    });
}
/** Only meaningful when some source was scanned: a deploy-only repo would make every variable "unused". */
function unusedVariables(input) {
    const code = input.code;
    if (code === undefined || code.stats.filesScanned === 0)
        return [];
    return input.evaluated.map((variable) => variable.spec).filter((variable) => !code.uses.has(variable.name));
}
function unusedFinding(variable, spec) {
    return {
        check: CHECK_NAME,
        ruleId: RULES.unused.id,
        severity: 'info',
        title: RULES.unused.title,
        message: `${variable.name} is declared but no scanned source file reads it`,
        location: exampleLocation(variable, spec),
        remediation: `Remove ${variable.name} from the spec if nothing needs it; if a framework or tool reads it by itself, ignore this.`,
        fingerprint: fingerprint(RULES.unused.id, variable.name),
    };
}
function noSpecFindings(input) {
    if (input.evaluated.length > 0)
        return [];
    const names = input.undeclared.map((use) => use.name);
    const shown = names.slice(0, 10).join(', ') + (names.length > 10 ? ', ...' : '');
    const nested = input.code?.stats.nestedExampleFiles ?? [];
    if (nested.length > 0) {
        // A monorepo checked from its root: the specs are there, one folder down, and nothing was checked.
        const listed = nested.slice(0, 5).join(', ') + (nested.length > 5 ? ', ...' : '');
        return [
            {
                check: CHECK_NAME,
                ruleId: RULES.noSpec.id,
                severity: 'high',
                title: RULES.noSpec.title,
                message: `No variable of ${input.spec.environment} was checked: there is no example file here, but ${listed} ${nested.length === 1 ? 'declares' : 'declare'} variables in sub-folders`,
                remediation: 'Run env-check once per app with working-directory (action) or --cwd (CLI) set to the folder of its .env.example, or point example-file at it.',
                fingerprint: fingerprint(RULES.noSpec.id, input.spec.environment),
            },
        ];
    }
    return [
        {
            check: CHECK_NAME,
            ruleId: RULES.noSpec.id,
            severity: names.length > 0 ? 'medium' : 'info',
            title: RULES.noSpec.title,
            message: names.length > 0
                ? `Nothing declares what ${input.spec.environment} needs, yet the code reads ${names.length} variables: ${shown}`
                : `Nothing declares what ${input.spec.environment} needs: no .env.example and no env section in launch-ready.yml`,
            remediation: 'Add a .env.example listing every variable the app needs (mark the ones it can do without with `# optional`), or describe them in the env section of launch-ready.yml.',
            fingerprint: fingerprint(RULES.noSpec.id, input.spec.environment),
        },
    ];
}

;// CONCATENATED MODULE: ./shared/checks/env-check/secret-names.ts
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
const SECRET_NAMES = /(^|_)(DATABASE_URL|DB_URL|REDIS_URL|MONGO(DB)?_UR[LI]|AMQP_URL|RABBITMQ_URL|CONNECTION_STRING|CONN_STR)$/;
function looksSecret(name) {
    const upper = name.toUpperCase();
    if (SECRET_NAMES.test(upper))
        return true;
    return upper.split(/_+/).some((word) => SECRET_WORDS.has(word) || word.endsWith('APIKEY') || word.endsWith('TOKEN'));
}
/** A connection string with a password in it (`rediss://:pw@host`, `amqp://user:pw@host`) is a secret whatever its name. */
function embedsPassword(value) {
    return value !== undefined && /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:[^\s/@]+@/i.test(value);
}

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./shared/fs/read.ts
var read = __webpack_require__(3746);
;// CONCATENATED MODULE: ./shared/checks/env-check/dotenv-file.ts
// Dotenv files: values come from Node's own parser (util.parseEnv: comments, `export`, quotes, multi-line),
// and a line scan adds what the parser drops: where each key is declared and its trailing comment.


const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=|:\s)/;
function parseDotenv(source) {
    // Editors on Windows save a BOM, which would otherwise become part of the first key's name.
    const text = source.replace(/^\uFEFF/, '');
    const values = (0,external_node_util_.parseEnv)(text);
    const lines = text.split(/\r?\n/);
    const positions = new Map();
    for (const [index, lineText] of lines.entries()) {
        const match = ASSIGNMENT.exec(lineText);
        if (match === null)
            continue;
        const name = match[1];
        // A line inside a quoted multi-line value can look like an assignment: only real keys count.
        if (!Object.hasOwn(values, name))
            continue;
        positions.set(name, { line: index + 1, comment: trailingComment(lineText.slice(match[0].length)) });
    }
    // parseEnv returns keys sorted: report them in the file's order, as people wrote them.
    return Object.entries(values)
        .map(([name, value]) => ({
        name,
        value: value ?? '',
        line: positions.get(name)?.line ?? 1,
        comment: positions.get(name)?.comment,
    }))
        .sort((a, b) => a.line - b.line);
}
/** The comment after a value: `# ...` once any quoted value is closed, preceded by whitespace or nothing. */
function trailingComment(afterEquals) {
    let rest = afterEquals.trimStart();
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
        const close = rest.indexOf(quote, 1);
        if (close === -1)
            return undefined;
        rest = rest.slice(close + 1);
    }
    else if (rest.startsWith('#')) {
        return rest.slice(1).trim();
    }
    const hash = rest.search(/\s#/);
    return hash === -1 ? undefined : rest.slice(hash).trimStart().slice(1).trim();
}
/** `# optional`, `# Optional: only for EU shops`, `# optional - ...`. */
function isOptionalComment(comment) {
    return comment !== undefined && /^optional\b/i.test(comment);
}
/** Reads a dotenv file the user pointed at; a file we cannot use is a usage mistake, said in one line. */
async function readDotenvFile(path, displayPath) {
    const text = await (0,read/* readTextFile */.Gu)(path, {
        maxBytes: read/* MAX_DOTENV_BYTES */.y_,
        what: 'dotenv file',
        display: displayPath,
        missingHint: 'check the path (relative to the working directory)',
    });
    return parseDotenv(text);
}

;// CONCATENATED MODULE: ./shared/checks/env-check/spec.ts
// The resolved spec of one environment: .env.example's keys, refined and extended by launch-ready.yml.







async function loadSpec(options, cwd) {
    checkEnvironmentName(options);
    const exampleFile = await findExampleFile(options.exampleFile, cwd);
    const entries = exampleFile === undefined ? [] : await readDotenvFile((0,external_node_path_.join)(cwd, exampleFile), exampleFile);
    const byName = new Map();
    for (const entry of entries)
        byName.set(entry.name, fromExample(entry));
    const environmentEntries = options.environments[options.environment] ?? {};
    for (const layer of [options.variables, environmentEntries]) {
        for (const [name, entry] of Object.entries(layer))
            byName.set(name, refine(byName.get(name), name, entry));
    }
    const declaredAnywhere = new Set(byName.keys());
    for (const layer of Object.values(options.environments)) {
        for (const name of Object.keys(layer))
            declaredAnywhere.add(name);
    }
    return {
        environment: options.environment,
        exampleFile,
        variables: [...byName.values()],
        declaredAnywhere,
        hasConfig: Object.keys(options.variables).length > 0 || Object.keys(options.environments).length > 0,
    };
}
/** With environments listed, an unknown name is almost always a typo that would check nothing. */
function checkEnvironmentName(options) {
    const known = Object.keys(options.environments);
    if (known.length === 0 || known.includes(options.environment))
        return;
    throw new errors/* UsageError */.e(`environment "${options.environment}" is not in env.environments (${known.join(', ')}): pick one of them or add it`);
}
async function findExampleFile(configured, cwd) {
    if (configured !== '')
        return configured;
    for (const candidate of schema/* EXAMPLE_FILE_CANDIDATES */.dt) {
        try {
            await (0,promises_.access)((0,external_node_path_.join)(cwd, candidate));
            return candidate;
        }
        catch {
            // try the next name
        }
    }
    return undefined;
}
function fromExample(entry) {
    const urlByValue = isUrl(entry.value.trim());
    return {
        name: entry.name,
        kind: urlByValue || /_UR[LI]$/i.test(entry.name) ? 'url' : 'string',
        kindInferred: true,
        required: !isOptionalComment(entry.comment),
        secret: looksSecret(entry.name),
        exampleLine: entry.line,
        exampleValue: entry.value,
        declaredIn: ['example'],
    };
}
function refine(base, name, entry) {
    const given = typeof entry === 'string' ? { kind: entry } : entry;
    const declaredKind = given.kind ?? (given.values ? 'enum' : given.pattern ? 'regex' : undefined);
    const declaredIn = base?.declaredIn.includes('config') ? base.declaredIn : [...(base?.declaredIn ?? []), 'config'];
    return {
        ...base,
        name,
        kind: declaredKind ?? base?.kind ?? (/_UR[LI]$/i.test(name) ? 'url' : 'string'),
        kindInferred: declaredKind === undefined && (base?.kindInferred ?? true),
        required: given.required ?? base?.required ?? true,
        secret: given.secret ?? base?.secret ?? looksSecret(name),
        values: given.values ?? base?.values,
        pattern: given.pattern ?? base?.pattern,
        description: given.description ?? base?.description,
        declaredIn: declaredIn,
    };
}

;// CONCATENATED MODULE: ./shared/checks/env-check/values.ts
// Where the values come from: the process environment (a workflow's `env:`), overlaid by an env file.
// The file wins: naming a file on purpose says "check these values", while the process environment
// also carries whatever the runner happens to set.


async function loadValues(envFile, context) {
    if (envFile === '')
        return { get: (name) => context.env[name], fileNames: [] };
    const entries = await readDotenvFile((0,external_node_path_.join)(context.cwd, envFile), envFile);
    const fromFile = new Map(entries.map((entry) => [entry.name, entry.value]));
    return {
        get: (name) => (fromFile.has(name) ? fromFile.get(name) : context.env[name]),
        envFile,
        fileNames: [...fromFile.keys()],
    };
}

;// CONCATENATED MODULE: ./shared/checks/env-check/run.ts







async function runEnvCheck(options, context) {
    const spec = await loadSpec(options, context.cwd);
    const values = await loadValues(options.envFile, context);
    const production = options.productionEnvironments.some((name) => name.toLowerCase() === options.environment.toLowerCase());
    maskSecrets(spec, values, context);
    const evaluated = spec.variables.map((variable) => {
        const value = values.get(variable.name);
        const problems = evaluateVariable(variable, value, { environment: spec.environment, production });
        const present = value !== undefined && value.trim() !== '';
        return { spec: variable, present, problems, status: statusOf(problems, present) };
    });
    const notices = [];
    const code = options.scanCode ? await scanCode(context.cwd, options.ignorePaths) : undefined;
    if (code !== undefined)
        notices.push(...scanNotices(code));
    for (const notice of notices)
        context.log(notice);
    const undeclared = code === undefined ? [] : undeclaredUses(code, spec, options.ignoreVariables);
    for (const use of undeclared)
        if (looksSecret(use.name))
            context.redactor.add(values.get(use.name));
    return buildReport({ spec, production, envFile: values.envFile, evaluated, undeclared, code, notices });
}
/** Declared secrets, secret-looking names, and every secret-looking key of the env file. */
function maskSecrets(spec, values, context) {
    for (const variable of spec.variables) {
        const value = values.get(variable.name);
        if (variable.secret || embedsPassword(value))
            context.redactor.add(value);
    }
    for (const name of values.fileNames) {
        const value = values.get(name);
        if (looksSecret(name) || embedsPassword(value))
            context.redactor.add(value);
    }
}
function undeclaredUses(code, spec, ignoreVariables) {
    const ignored = runtimeVariableFilter(ignoreVariables);
    return [...code.uses.entries()]
        .filter(([name]) => !spec.declaredAnywhere.has(name) && !ignored(name))
        .map(([name, use]) => ({ name, file: use.file, line: use.line, uses: use.count }))
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
function scanNotices(code) {
    const { stats } = code;
    const notices = [];
    if (stats.truncated)
        notices.push('env-check: the code scan stopped at 50,000 source files; narrow it with ignore-paths');
    const skipped = [
        [stats.skippedLarge, 'over 1 MiB'],
        [stats.skippedBinary, 'binary'],
        [stats.skippedUnreadable, 'unreadable'],
    ];
    for (const [count, why] of skipped) {
        if (count > 0)
            notices.push(`env-check: skipped ${count} ${why} source ${count === 1 ? 'file' : 'files'}`);
    }
    return notices;
}


/***/ })

};
