export const id = 748;
export const ids = [748];
export const modules = {

/***/ 87177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NZ: () => (/* binding */ detectSecrets),
  jm: () => (/* binding */ detectSecretsInBytes),
  p$: () => (/* binding */ matchesAllow),
  PI: () => (/* binding */ ruleInfo)
});

// UNUSED EXPORTS: listRules

// EXTERNAL MODULE: ./shared/checks/secret-scan/filters.ts
var filters = __webpack_require__(43296);
;// CONCATENATED MODULE: ./shared/checks/secret-scan/prefilter.ts
/** Keywords are ASCII: every other byte leaves the automaton at its root. */
const ALPHABET = 128;
class KeywordIndex {
    /**
     * delta[state << shift | class] = next state. Characters are mapped to classes first (the few dozen that occur
     * in keywords, case folded, and "any other"), which keeps the table small enough to stay in cache.
     * A state where keywords end (also through failure links) is stored as its complement (`~state`, negative):
     * the hot loop tests the sign, and the table needs no second pass to renumber or mark those states.
     */
    #delta;
    #shift;
    /** Byte -> class; 0 for every byte no keyword holds. */
    #classOf;
    /** Keywords ending at each state (empty for most). */
    #outputs;
    constructor(rules) {
        const keywords = collectKeywords(rules);
        const classOf = new Uint8Array(256);
        let classes = 1;
        for (const keyword of keywords) {
            for (const char of keyword.text.toLowerCase()) {
                const code = char.charCodeAt(0);
                if (code >= ALPHABET)
                    throw new Error(`rule keyword must be ASCII: ${keyword.text}`);
                if (classOf[code] !== 0)
                    continue;
                classOf[code] = classes;
                const upper = char.toUpperCase().charCodeAt(0);
                if (upper !== code && upper < ALPHABET)
                    classOf[upper] = classes;
                classes++;
            }
        }
        const shift = Math.max(1, Math.ceil(Math.log2(classes)));
        const stride = 1 << shift;
        const children = [new Map()];
        const ending = [[]];
        for (const keyword of keywords) {
            let state = 0;
            for (const char of keyword.text.toLowerCase()) {
                const symbol = classOf[char.charCodeAt(0)];
                let next = children[state].get(symbol);
                if (next === undefined) {
                    next = children.length;
                    children.push(new Map());
                    ending.push([]);
                    children[state].set(symbol, next);
                }
                state = next;
            }
            ending[state].push(keyword);
        }
        const count = children.length;
        const delta = count <= 32768 ? new Int16Array(count * stride) : new Int32Array(count * stride);
        const outputs = new Array(count);
        outputs[0] = [];
        const fail = new Int32Array(count);
        // A state's outputs are set when it is created: its failure target is shallower, so already created.
        const encode = (state) => (outputs[state].length > 0 ? ~state : state);
        const queue = [];
        for (const [symbol, next] of children[0]) {
            outputs[next] = ending[next];
            delta[symbol] = encode(next);
            queue.push(next);
        }
        // Breadth-first: a state's row is its failure target's row (one block copy) with its own children written
        // over it. This constructor runs in every thread at start-up; a lookup per state and symbol cost tens of ms.
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head];
            const failRow = fail[state] * stride;
            delta.copyWithin(state * stride, failRow, failRow + stride);
            for (const [symbol, next] of children[state]) {
                const target = delta[failRow + symbol];
                fail[next] = target < 0 ? ~target : target;
                const inherited = outputs[fail[next]];
                outputs[next] = ending[next].length === 0 ? inherited : [...ending[next], ...inherited];
                delta[state * stride + symbol] = encode(next);
                queue.push(next);
            }
        }
        this.#delta = delta;
        this.#shift = shift;
        this.#classOf = classOf;
        this.#outputs = outputs;
        this.#longest = Math.max(0, ...keywords.map((keyword) => keyword.text.length));
    }
    /** Longest keyword: a stream started this many characters early sees every keyword ending in its range. */
    #longest;
    /**
     * Keywords in a text. Its UTF-16 code units are read as bytes (the low byte of each): ASCII keywords match
     * exactly where they did, and a non-Latin character can only add a hit, which the rules then reject.
     */
    find(text) {
        return this.findInBytes(Buffer.from(text, 'latin1'));
    }
    /**
     * Keywords in bytes, before any decoding: a file without one is never decoded. The automaton's next state
     * depends on the last, so one pass waits on a table load per byte; four passes over the four quarters of the
     * input, stepped together, overlap those waits (about 1.5x faster). Each quarter's pass starts the longest
     * keyword's length early without reporting, so it sees every keyword ending in its quarter, once.
     */
    findInBytes(bytes) {
        const delta = this.#delta;
        const classOf = this.#classOf;
        const shift = this.#shift;
        const length = bytes.length;
        /** Per quarter: end position and state, in pairs, for each keyword end. */
        const ends = [[], [], [], []];
        const quarter = length >> 2;
        if (quarter < MIN_QUARTER) {
            const found = ends[0];
            let state = 0;
            for (let i = 0; i < length; i++) {
                state = delta[(state << shift) | classOf[bytes[i]]];
                if (state < 0) {
                    state = ~state;
                    found.push(i, state);
                }
            }
        }
        else {
            const warm = (end) => {
                let state = 0;
                for (let i = end - this.#longest; i < end; i++) {
                    state = delta[(state << shift) | classOf[bytes[i]]];
                    if (state < 0)
                        state = ~state;
                }
                return state;
            };
            const [f0, f1, f2, f3] = ends;
            let s0 = 0;
            let s1 = warm(quarter);
            let s2 = warm(2 * quarter);
            let s3 = warm(3 * quarter);
            let i1 = quarter;
            let i2 = 2 * quarter;
            let i3 = 3 * quarter;
            for (let i0 = 0; i0 < quarter; i0++, i1++, i2++, i3++) {
                s0 = delta[(s0 << shift) | classOf[bytes[i0]]];
                s1 = delta[(s1 << shift) | classOf[bytes[i1]]];
                s2 = delta[(s2 << shift) | classOf[bytes[i2]]];
                s3 = delta[(s3 << shift) | classOf[bytes[i3]]];
                if ((s0 | s1 | s2 | s3) < 0) {
                    if (s0 < 0) {
                        s0 = ~s0;
                        f0.push(i0, s0);
                    }
                    if (s1 < 0) {
                        s1 = ~s1;
                        f1.push(i1, s1);
                    }
                    if (s2 < 0) {
                        s2 = ~s2;
                        f2.push(i2, s2);
                    }
                    if (s3 < 0) {
                        s3 = ~s3;
                        f3.push(i3, s3);
                    }
                }
            }
            // The last quarter takes the bytes a division by four left over.
            for (; i3 < length; i3++) {
                s3 = delta[(s3 << shift) | classOf[bytes[i3]]];
                if (s3 < 0) {
                    s3 = ~s3;
                    f3.push(i3, s3);
                }
            }
        }
        const hits = { anchors: new Map(), scans: new Set() };
        for (const found of ends) {
            for (let k = 0; k < found.length; k += 2)
                record(hits, this.#outputs[found[k + 1]], bytes, found[k]);
        }
        return hits;
    }
}
/** Below four quarters of this many bytes one pass is as fast: the warm-up of three would cost more. */
const MIN_QUARTER = 1024;
function record(hits, found, bytes, end) {
    for (const keyword of found) {
        const start = end - keyword.text.length + 1;
        if (keyword.caseSensitive && !spells(bytes, start, keyword.text))
            continue;
        for (const rule of keyword.gated)
            hits.scans.add(rule);
        for (const rule of keyword.anchored) {
            const positions = hits.anchors.get(rule);
            if (positions === undefined)
                hits.anchors.set(rule, [start]);
            else if (positions[positions.length - 1] !== start)
                positions.push(start);
        }
    }
}
/** The bytes at `start` are the ASCII `text`, case included. */
function spells(bytes, start, text) {
    for (let i = 0; i < text.length; i++)
        if (bytes[start + i] !== text.charCodeAt(i))
            return false;
    return true;
}
function collectKeywords(rules) {
    const byKey = new Map();
    rules.forEach((rule, ruleIndex) => {
        const anchored = runsAtKeywords(rule);
        // A gating keyword is context (`mailgun` in `MAILGUN_API_KEY`): only anchored prefixes keep their case.
        const caseSensitive = anchored && !rule.pattern.flags.includes('i');
        for (const raw of rule.keywords) {
            const text = caseSensitive ? raw : raw.toLowerCase();
            const key = `${caseSensitive ? 's' : 'i'}:${text}`;
            let keyword = byKey.get(key);
            if (keyword === undefined) {
                keyword = { text, caseSensitive, anchored: [], gated: [] };
                byKey.set(key, keyword);
            }
            const list = anchored ? keyword.anchored : keyword.gated;
            if (!list.includes(ruleIndex))
                list.push(ruleIndex);
        }
    });
    return [...byKey.values()];
}
/** The rule's pattern is tried only where one of its keywords starts (see startsAtKeyword). */
function runsAtKeywords(rule) {
    return rule.mode !== 'scan' || startsAtKeyword(rule);
}
/**
 * A scan rule whose pattern begins with its keywords, literally (`(?:linear|linear-app)[\w.-]{0,40}…`,
 * `\bcurl\b…`, `"private_key"\s…`, `(?:shortcut[_. -]?api|clubhouse)…`, and each top-level alternative so):
 * every match starts where the keyword pass finds a keyword, so trying the pattern there alone (skipping starts
 * inside the previous match, as a whole-text scan does) finds exactly what scanning the whole text finds, for a
 * fraction of the cost on text that mentions the name a lot.
 */
function startsAtKeyword(rule) {
    const { flags } = rule.pattern;
    // With `iu` a non-ASCII letter (the Kelvin sign) can match an ASCII keyword the keyword pass folds only in ASCII.
    if (rule.mode !== 'scan' || rule.keywords.length === 0 || (flags.includes('i') && /[uv]/.test(flags)))
        return false;
    const literals = rule.keywords.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const alternatives = topLevelAlternatives(rule.pattern.source);
    return alternatives?.every((alternative) => beginsWithLiteral(alternative, literals)) === true;
}
/** True when every string the source matches begins with one of the (escaped) keyword literals. */
function beginsWithLiteral(source, literals) {
    const rest = source.replace(/^\\b/, '');
    if (rest.startsWith('(?:')) {
        const close = groupEnd(rest, 0);
        const inner = close === undefined ? undefined : topLevelAlternatives(rest.slice(3, close));
        // A quantifier after the group would make it optional.
        if (inner === undefined || /^[?*+{]/.test(rest.slice(close + 1)))
            return false;
        return inner.every((alternative) => beginsWithLiteral(alternative, literals));
    }
    // A quantifier after the literal would make its last character optional.
    return literals.some((literal) => rest.startsWith(literal) && !/^[?*+{]/.test(rest.slice(literal.length)));
}
/** The source split at its top-level `|` (not inside a group or class); undefined when unbalanced. */
function topLevelAlternatives(source) {
    const parts = [];
    let from = 0;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\')
            i++;
        else if (char === '[') {
            const end = classEnd(source, i);
            if (end === undefined)
                return undefined;
            i = end;
        }
        else if (char === '(') {
            const end = groupEnd(source, i);
            if (end === undefined)
                return undefined;
            i = end;
        }
        else if (char === ')')
            return undefined;
        else if (char === '|') {
            parts.push(source.slice(from, i));
            from = i + 1;
        }
    }
    parts.push(source.slice(from));
    return parts;
}
/** Index of the `)` closing the group opened at `open`. */
function groupEnd(source, open) {
    let depth = 0;
    for (let i = open; i < source.length; i++) {
        const char = source[i];
        if (char === '\\')
            i++;
        else if (char === '[') {
            const end = classEnd(source, i);
            if (end === undefined)
                return undefined;
            i = end;
        }
        else if (char === '(')
            depth++;
        else if (char === ')' && --depth === 0)
            return i;
    }
    return undefined;
}
/** Index of the `]` closing the class opened at `open` (in a JS regex the first unescaped `]` closes it). */
function classEnd(source, open) {
    for (let i = open + 1; i < source.length; i++) {
        if (source[i] === '\\')
            i++;
        else if (source[i] === ']')
            return i;
    }
    return undefined;
}

// EXTERNAL MODULE: ./shared/checks/secret-scan/rules/files.ts
var files = __webpack_require__(348);
// EXTERNAL MODULE: ./shared/checks/secret-scan/rules/types.ts
var types = __webpack_require__(83498);
;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/ai.ts

const AI_RULES = [
    {
        id: 'anthropic-api-key',
        title: 'Anthropic API key',
        severity: 'high',
        keywords: ['sk-ant-'],
        pattern: /(?<![A-Za-z0-9_-])(sk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_-]{80,130})(?![A-Za-z0-9_-])/,
        body: (value) => value.slice(14),
        remediation: (0,types/* rotate */.e$)('console.anthropic.com > Settings > API keys: delete the key'),
    },
    {
        id: 'openai-api-key',
        title: 'OpenAI API key',
        severity: 'high',
        keywords: ['sk-'],
        pattern: /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|sk-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
        body: (value) => value.replace(/^sk-(?:proj-|svcacct-|admin-|None-)?/, ''),
        minEntropy: 3.5,
        remediation: (0,types/* rotate */.e$)('platform.openai.com/api-keys: revoke the key'),
    },
    {
        id: 'huggingface-token',
        title: 'Hugging Face access token',
        severity: 'high',
        keywords: ['hf_', 'api_org_'],
        pattern: /(?<![A-Za-z0-9_])((?:hf_|api_org_)[A-Za-z0-9]{34})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('huggingface.co/settings/tokens: invalidate the token'),
    },
    {
        // Tavily's search API for LLM agents: `tvly-` and 32 characters (newer keys name their environment, `tvly-dev-`).
        id: 'tavily-api-key',
        title: 'Tavily API key',
        severity: 'high',
        keywords: ['tvly-'],
        pattern: /(?<![A-Za-z0-9_-])(tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
        body: (value) => value.slice(-32),
        remediation: (0,types/* rotate */.e$)('app.tavily.com > API keys: delete the key'),
    },
    {
        id: 'groq-api-key',
        title: 'Groq API key',
        severity: 'high',
        keywords: ['gsk_'],
        pattern: /(?<![A-Za-z0-9_])(gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('console.groq.com/keys: delete the key'),
    },
    {
        id: 'xai-api-key',
        title: 'xAI API key',
        severity: 'high',
        keywords: ['xai-'],
        // A body cut short is taken too, then rejected (see exactly).
        pattern: /(?<![A-Za-z0-9_-])(xai-[A-Za-z0-9]{20,80})(?![A-Za-z0-9])/,
        validate: (0,types/* exactly */.pV)(/^xai-[A-Za-z0-9]{80}$/),
        remediation: (0,types/* rotate */.e$)('console.x.ai > API keys: delete the key'),
    },
    {
        id: 'replicate-api-token',
        title: 'Replicate API token',
        severity: 'high',
        keywords: ['r8_'],
        pattern: /(?<![A-Za-z0-9_])(r8_[A-Za-z0-9]{37})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('replicate.com/account/api-tokens: disable the token'),
    },
    {
        id: 'perplexity-api-key',
        title: 'Perplexity API key',
        severity: 'high',
        keywords: ['pplx-'],
        pattern: /(?<![A-Za-z0-9_-])(pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('perplexity.ai > Settings > API: revoke the key'),
    },
    (0,types/* namedKey */.zn)('cohere-api-key', 'Cohere API key', ['cohere', 'co_api_key', 'co-api-key'], '[A-Za-z0-9]{40}', 'dashboard.cohere.com/api-keys: delete the key'),
    (0,types/* prefixedToken */.Xf)('langsmith-api-key', 'LangSmith API key', ['lsv2_pt_', 'lsv2_sk_'], 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}', 'smith.langchain.com > Settings > API keys: delete the key'),
    (0,types/* prefixedToken */.Xf)('openrouter-api-key', 'OpenRouter API key', ['sk-or-v1-'], 'sk-or-v1-[a-f0-9]{64}', 'openrouter.ai/settings/keys: delete the key', { pattern: /(?<![A-Za-z0-9_-])(sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])/ }),
    (0,types/* namedKey */.zn)('mistral-api-key', 'Mistral AI API key', ['mistral'], '[A-Za-z0-9]{32}', 'console.mistral.ai > API keys: delete the key'),
    (0,types/* namedKey */.zn)('deepseek-api-key', 'DeepSeek API key', ['deepseek'], 'sk-[a-f0-9]{32}', 'platform.deepseek.com > API keys: delete the key'),
    (0,types/* namedKey */.zn)('elevenlabs-api-key', 'ElevenLabs API key', ['elevenlabs', 'eleven_labs', 'xi_api_key', 'xi-api-key'], '(?:sk_)?[a-f0-9]{48}|[a-f0-9]{32}', 'elevenlabs.io > Profile > API keys: delete the key'),
    (0,types/* namedKey */.zn)('privateai-api-key', 'Private AI API key', ['privateai', 'private_ai', 'private-ai'], '[A-Za-z0-9]{32}', 'Private AI portal: rotate the key'),
    // OpenAI's own keys start `sk-`: a 32-hex or 84-character key under an `OPENAI_API_KEY` name (the openai SDK's
    // variable, pointed at an Azure endpoint) is an Azure OpenAI resource key.
    (0,types/* namedKey */.zn)('azure-openai-key', 'Azure OpenAI API key', ['azure_openai', 'azureopenai', 'openai_api_key', 'openai_key'], '[a-f0-9]{32}|[A-Za-z0-9]{84}', 'Azure portal > the Azure OpenAI resource > Keys and Endpoint: regenerate the key'),
    // Jina AI's Search Foundation keys (Reader, Embeddings, Reranker): `jina_` then 60 letters and digits.
    (0,types/* prefixedToken */.Xf)('jina-api-key', 'Jina AI API key', ['jina_'], 
    // A body cut short is taken too, then rejected (see exactly).
    'jina_[A-Za-z0-9]{40,80}', 'jina.ai > API > API key & billing: create a new key and stop using the old one', { validate: (0,types/* exactly */.pV)(/^jina_[A-Za-z0-9]{60}$/) }),
];

;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/business.ts
// CRM, support, marketing, social and commerce tools a shop wires into its site: most have no prefix of
// their own, so the provider's name in the variable is what identifies the key (gitleaks' semi-generic form).

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** A UUID's 8-4-4-4-12 shape over letters and digits: tokens some providers issue in that shape (Loggly, Sauce Labs). */
const UUID_SHAPE = '[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}';
const BUSINESS_RULES = [
    (0,types/* prefixedToken */.Xf)('hubspot-private-app-token', 'HubSpot private app token', ['pat-na', 'pat-eu', 'pat-ap'], `pat-(?:na|eu|ap)\\d{1,2}-${UUID}`, 'HubSpot > Settings > Integrations > Private apps: rotate the token', { body: (value) => value.slice(value.indexOf('-', 4) + 1) }),
    (0,types/* namedKey */.zn)('hubspot-api-key', 'HubSpot API key', ['hubspot'], UUID, 'HubSpot > Settings > Integrations > API key (or the private app): rotate it'),
    (0,types/* namedKey */.zn)('twitter-bearer-token', 'Twitter/X bearer token', ['twitter', 'x_bearer', 'x-bearer', 'xbearer'], 'A{22}[A-Za-z0-9%]{80,100}', 'developer.x.com > Projects & Apps > Keys and tokens: regenerate the bearer token', { body: (value) => value.replace(/^A+/, '') }),
    (0,types/* namedKey */.zn)('twitter-api-secret', 'Twitter/X API key, secret or access token', ['twitter'], '[0-9]{15,25}-[A-Za-z0-9]{20,40}|[A-Za-z0-9]{50}|[A-Za-z0-9]{45}|[A-Za-z0-9]{25}', 'developer.x.com > Projects & Apps > Keys and tokens: regenerate the keys and access tokens', { body: (value) => value.slice(value.indexOf('-') + 1) }),
    (0,types/* prefixedToken */.Xf)('facebook-access-token', 'Facebook/Meta page or user access token', ['EAAM', 'EAAC'], 'EAA[MC][A-Za-z0-9]{100,400}', 'Meta for Developers > your app > Settings: reset the app secret, which invalidates its tokens'),
    (0,types/* namedKey */.zn)('facebook-app-secret', 'Facebook/Meta app secret', ['facebook', 'fb_app_secret', 'fb-app-secret', 'fbappsecret'], 
    // `<app id>|<app secret>` pairs are facebook-app-access-token's, wherever they stand.
    '[a-f0-9]{32}', 'Meta for Developers > your app > Settings > Basic: reset the app secret'),
    (0,types/* namedKey */.zn)('linkedin-client-secret', 'LinkedIn client secret', ['linkedin', 'linked_in', 'linked-in'], '[A-Za-z0-9]{16}', 'LinkedIn Developers > your app > Auth: generate a new client secret'),
    (0,types/* namedKey */.zn)('intercom-access-token', 'Intercom access token', ['intercom'], '[A-Za-z0-9=_-]{60}', 'Intercom Developer Hub > your app > Authentication: regenerate the access token'),
    (0,types/* namedKey */.zn)('zendesk-api-token', 'Zendesk API token', ['zendesk'], '[A-Za-z0-9]{40}', 'Zendesk Admin Center > Apps and integrations > APIs: delete the token'),
    (0,types/* namedKey */.zn)('squarespace-api-key', 'Squarespace API key', ['squarespace'], UUID, 'Squarespace > Settings > Developer API keys: revoke the key'),
    (0,types/* namedKey */.zn)('asana-token', 'Asana personal access token or client secret', ['asana'], 
    // `1/<user id>:<hex>`, the newer `2/<user id>/<app id>:<hex>`, or a 32-character client secret.
    '\\d/\\d{10,20}(?:/\\d{10,20})?(?::|/)[a-f0-9]{32}|[A-Za-z0-9]{32}', 'Asana > My settings > Apps > Developer apps: revoke the token or reset the secret', {
        body: (value) => value.slice(value.search(/[a-f0-9]{32}$|[A-Za-z0-9]{32}$/)),
        // The 32 characters after `…/digits:` are the tail of a longer token (a malformed PAT), not a client secret.
        validate: (_value, { text, index }) => !/\d[:/]$/.test(text.slice(Math.max(0, index - 2), index)),
    }),
    (0,types/* namedId */.$A)('linkedin-client-id', 'LinkedIn client ID', ['linkedin', 'linked_in', 'linked-in'], '[A-Za-z0-9]{14}', 'LinkedIn Developers > your app > Auth: reset the client secret paired with this ID', { severity: 'low', minEntropy: 2.5 }),
    (0,types/* namedId */.$A)('adobe-client-id', 'Adobe client ID (API key)', ['adobe'], '[a-f0-9]{32}', 'Adobe Developer Console > your project > Credentials: rotate the client secret paired with this ID', { severity: 'low' }),
    (0,types/* namedId */.$A)('asana-client-id', 'Asana client ID', ['asana'], '\\d{16}', 'Asana > My settings > Apps > Developer apps: reset the client secret paired with this ID', { severity: 'low', minEntropy: 2.2 }),
    {
        // An app access token is `<app id>|<app secret>`: written anywhere near the provider's name.
        id: 'facebook-app-access-token',
        title: 'Facebook/Meta app access token',
        severity: 'high',
        keywords: ['facebook', 'fb_', 'fb.', 'graph'],
        mode: 'scan',
        pattern: /(?<![\w|])(\d{15,16}(?:\||%7C)[A-Za-z0-9_-]{27,40})(?![\w-])/i,
        body: (value) => value.replace(/^\d+(?:\||%7C)/i, ''),
        remediation: 'Rotate it first (Meta for Developers > your app > Settings > Basic: reset the app secret), then remove it from the code and the git history.',
    },
    (0,types/* prefixedToken */.Xf)('airtable-personal-access-token', 'Airtable personal access token', ['pat'], 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}', 'airtable.com/create/tokens: regenerate or delete the token', { body: (value) => value.slice(18) }),
    (0,types/* namedKey */.zn)('airtable-oauth-token', 'Airtable OAuth access or refresh token', ['airtable'], 
    // `<id>.v1.<base64url payload>.<hex signature>`: before the legacy key, whose 17 characters it starts with.
    '[A-Za-z0-9]{10,40}\\.v1\\.[A-Za-z0-9_-]{20,2000}\\.[a-f0-9]{16,128}', 'Airtable > Builder hub > OAuth integrations: revoke the grant (or regenerate the client secret)', { body: (value) => value.slice(value.indexOf('.v1.') + 4) }),
    (0,types/* namedKey */.zn)('airtable-api-key', 'Airtable API key', ['airtable'], 'key[A-Za-z0-9]{14}|[A-Za-z0-9]{17}', 'airtable.com/account: regenerate the API key (and move to personal access tokens)'),
    (0,types/* prefixedToken */.Xf)('typeform-token', 'Typeform personal access token', ['tfp_'], 'tfp_[A-Za-z0-9_.=-]{59}', 'Typeform > Account > Personal tokens: delete the token'),
    (0,types/* prefixedToken */.Xf)('adobe-client-secret', 'Adobe client secret', ['p8e-'], 'p8e-[A-Za-z0-9]{32}', 'Adobe Developer Console > your project > Credentials: rotate the client secret'),
    (0,types/* prefixedToken */.Xf)('adafruit-io-aio-key', 'Adafruit IO key', 
    // Any length is taken, then only 28 characters reported (see exactly).
    ['aio_'], 'aio_[A-Za-z0-9]{20,40}', 'io.adafruit.com > My Key: regenerate the key', { validate: (0,types/* exactly */.pV)(/^aio_[A-Za-z0-9]{28}$/) }),
    (0,types/* namedKey */.zn)('adafruit-io-key', 'Adafruit IO key', ['adafruit'], '(?:aio_)?[A-Za-z0-9_-]{28,32}', 'io.adafruit.com > My Key: regenerate the key'),
    (0,types/* namedKey */.zn)('beamer-api-key', 'Beamer API key', ['beamer'], 'b_[A-Za-z0-9=_-]{44}', 'Beamer > Settings > API: delete the key'),
    (0,types/* namedKey */.zn)('etsy-api-key', 'Etsy API key', ['etsy'], '[A-Za-z0-9]{24}', 'Etsy developers > Your apps: regenerate the shared secret'),
    (0,types/* prefixedToken */.Xf)('frameio-token', 'Frame.io developer token', ['fio-u-'], 'fio-u-[A-Za-z0-9_=-]{64}', 'developer.frame.io > Tokens: delete the token'),
    (0,types/* namedKey */.zn)('freshbooks-token', 'FreshBooks access token', ['freshbooks'], '[A-Za-z0-9]{64}', 'FreshBooks developer page > your app: reset the client secret and tokens'),
    (0,types/* namedKey */.zn)('scrapingbee-api-key', 'ScrapingBee API key', ['scrapingbee', 'scraping-bee', 'scraping_bee', 'scraping bee'], '[A-Z0-9]{80}', 'ScrapingBee dashboard > API key: regenerate it'),
    {
        // A personal access token secret: 16 bytes of base64, `==:`, then 32 letters and digits.
        id: 'tableau-pat-secret',
        title: 'Tableau personal access token secret',
        severity: 'high',
        keywords: ['==:'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
        body: (value) => value.slice(25),
        minEntropy: 3.5,
        remediation: (0,types/* rotate */.e$)('Tableau > My Account Settings > Personal Access Tokens: revoke the token'),
    },
    (0,types/* namedKey */.zn)(
    // The `api-`/`sdk-` forms are launchdarkly-key's (services-more.ts), found wherever they stand.
    'launchdarkly-access-token', 'LaunchDarkly access token', ['launchdarkly', 'launch_darkly'], '[A-Za-z0-9=_-]{40}', 'LaunchDarkly > Account settings > Authorization: reset the token'),
    (0,types/* prefixedToken */.Xf)('maxmind-license-key', 'MaxMind license key', ['_mmk'], '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk', 'maxmind.com > Account > Manage license keys: deactivate the key', { mode: 'scan', body: (value) => value.slice(7, -4) }),
    (0,types/* namedKey */.zn)('rapidapi-key', 'RapidAPI key', ['rapidapi', 'x-rapidapi-key'], '[A-Za-z0-9_-]{50}', 'RapidAPI > Apps > Authorization: rotate the application key'),
    (0,types/* namedId */.$A)('looker-client-id', 'Looker API client ID', ['looker'], '[A-Za-z0-9]{20}', 'Looker > Admin > Users > Edit API keys: delete the key pair this ID belongs to', { severity: 'low' }),
    (0,types/* namedKey */.zn)('looker-client-secret', 'Looker API client secret', ['looker'], '[A-Za-z0-9]{24}', 'Looker > Admin > Users > Edit API keys: delete the key pair'),
    (0,types/* namedKey */.zn)('trello-api-key', 'Trello API key or token', ['trello'], '[A-Za-z0-9]{64}|[A-Za-z0-9]{32}', 'trello.com/power-ups/admin: regenerate the API key and revoke tokens'),
    (0,types/* namedKey */.zn)('nytimes-api-key', 'New York Times API key', ['nytimes', 'newyorktimes', 'new-york-times'], '[A-Za-z0-9=_-]{32}', 'developer.nytimes.com > Apps: delete the key'),
    (0,types/* namedKey */.zn)('flickr-api-key', 'Flickr API key', ['flickr'], '[A-Za-z0-9]{32}', 'flickr.com/services/apps: delete the key'),
    (0,types/* prefixedToken */.Xf)('klaviyo-private-key', 'Klaviyo private API key', ['pk_'], 'pk_[a-f0-9]{34}', 'Klaviyo > Settings > API keys: revoke the private key'),
    (0,types/* namedKey */.zn)('bigcommerce-token', 'BigCommerce API token', ['bigcommerce', 'big_commerce'], '[A-Za-z0-9]{30,40}', 'BigCommerce control panel > Settings > API accounts: delete the account'),
    (0,types/* prefixedToken */.Xf)('segment-token', 'Segment public API token', ['sgp_'], 'sgp_[A-Za-z0-9]{64}', 'Segment > Settings > Access management > Tokens: revoke the token'),
    (0,types/* prefixedToken */.Xf)('posthog-personal-api-key', 'PostHog personal API key', ['phx_'], 'phx_[A-Za-z0-9]{43}', 'PostHog > Settings > Personal API keys: delete the key'),
    (0,types/* namedKey */.zn)('auth0-client-secret', 'Auth0 client secret', ['auth0'], '[A-Za-z0-9_-]{64}', 'Auth0 dashboard > Applications > your app > Credentials: rotate the client secret'),
    (0,types/* prefixedToken */.Xf)('stytch-secret', 'Stytch project secret', ['secret-live-', 'secret-test-'], 'secret-(?:live|test)-[A-Za-z0-9_=-]{36}', 'Stytch dashboard > API keys: rotate the secret'),
    (0,types/* prefixedToken */.Xf)('authress-access-key', 'Authress service client access key', ['sc_', 'ext_', 'scauth_', 'authress_'], '(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][a-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120}', 'Authress > Service clients: delete the access key', { body: (value) => value.slice(value.lastIndexOf('.') + 1) }),
    (0,types/* prefixedToken */.Xf)('onepassword-secret-key', '1Password account secret key', ['A3-'], 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}', '1password.com > Profile > Secret key: regenerate it', { body: (value) => value.replace(/-/g, '').slice(2), minEntropy: 2.8 }),
    // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
    (0,types/* namedKey */.zn)('shortcut-api-token', 'Shortcut API token', 
    // Not `shortcut` alone: keyboard shortcuts sit next to UUIDs in editor settings.
    ['shortcut_api', 'shortcut_token', 'clubhouse'], UUID, 'Shortcut > Settings > API tokens: delete the token', { keywords: ['shortcut', 'clubhouse'] }),
    (0,types/* namedKey */.zn)('strava-client-secret', 'Strava client secret or token', ['strava'], '[a-z0-9]{40}', 'strava.com/settings/api: reset the client secret'),
    (0,types/* namedKey */.zn)('zoho-oauth-token', 'Zoho OAuth token', ['zoho'], '1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}', 'Zoho API console: revoke the refresh token (accounts.zoho.com > Sessions > Connected apps)'),
    (0,types/* namedKey */.zn)('salesforce-access-token', 'Salesforce access token', ['salesforce', 'sfdc'], '00[A-Za-z0-9]{13}![A-Za-z0-9_.]{80,100}', 'Salesforce Setup > Connected apps OAuth usage: revoke the session or token', { severity: 'blocker' }),
    (0,types/* namedKey */.zn)('docusign-secret-key', 'DocuSign integration secret key', ['docusign'], UUID, 'DocuSign > Settings > Apps and Keys: delete the secret key and add a new one'),
    (0,types/* namedKey */.zn)('chartmogul-api-key', 'ChartMogul API key', ['chartmogul'], '[a-z0-9]{32}', 'ChartMogul > Profile > API keys: delete the key'),
    (0,types/* namedKey */.zn)('clearbit-api-key', 'Clearbit API key', ['clearbit'], 'sk_[a-f0-9]{32}|[a-z0-9_]{35}', 'Clearbit (HubSpot) dashboard > API: rotate the key'),
    (0,types/* namedKey */.zn)('loginradius-api-secret', 'LoginRadius API secret', ['loginradius'], UUID, 'LoginRadius Admin Console > Tenant settings > API credentials: reset the secret'),
    (0,types/* namedKey */.zn)('smartsheet-access-token', 'Smartsheet API access token', ['smartsheet'], '[A-Za-z0-9]{37}|[A-Za-z0-9]{26}', 'Smartsheet > Account > Apps & integrations > API access: revoke the token'),
    (0,types/* namedKey */.zn)('notion-legacy-token', 'Notion internal integration secret (legacy format)', ['notion'], 'secret_[A-Za-z0-9]{43}', 'notion.so/my-integrations: refresh the integration secret'),
    (0,types/* namedKey */.zn)('assemblyai-api-key', 'AssemblyAI API key', ['assemblyai'], '[a-z0-9]{32}', 'AssemblyAI dashboard > API keys: revoke the key', 
    // Issued in lower case only; the name's pattern ignores case, the value must not.
    { validate: (value) => /^[a-z0-9]+$/.test(value) }),
    (0,types/* namedKey */.zn)('clarifai-api-key', 'Clarifai personal access token or API key', ['clarifai'], '[A-Za-z0-9]{32}', 'Clarifai > Settings > Security: delete the token'),
    (0,types/* prefixedToken */.Xf)('teamwork-api-token', 'Teamwork API token', ['tkn.v1_'], 'tkn\\.v1_[A-Za-z0-9+/_-]{60,90}={0,2}', 'Teamwork > Profile > Edit details > API & mobile: revoke the token'),
    (0,types/* namedKey */.zn)('thinkific-api-key', 'Thinkific API key', ['thinkific'], '[a-f0-9]{32}', 'Thinkific admin > Settings > Code & analytics > API: reset the key'),
    (0,types/* namedKey */.zn)('clockify-api-key', 'Clockify API key', ['clockify'], '[A-Za-z0-9]{48}', 'Clockify > Profile settings > API: regenerate the key'),
    (0,types/* namedKey */.zn)('smartystreets-auth-token', 'SmartyStreets auth token', ['smartystreets'], '[A-Za-z0-9]{20}', 'smarty.com account > API keys: delete the secret key', { severity: 'medium' }),
];

;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/cicd.ts
// CI/CD, code hosting, package registries and deploy platforms: the tokens that publish or ship code.


const CICD_RULES = [
    {
        id: 'terraform-cloud-token',
        title: 'HashiCorp Terraform Cloud / Enterprise API token',
        severity: 'blocker',
        keywords: ['atlasv1'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
        body: (value) => value.slice(23),
        remediation: 'Rotate it first (app.terraform.io > User settings > Tokens, or the team/organization token), then remove it from the code and the git history.',
    },
    (0,types/* prefixedToken */.Xf)('sourcegraph-access-token', 'Sourcegraph access token', ['sgp_'], 'sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}', 'Sourcegraph > Settings > Access tokens: delete the token', { body: (value) => value.slice(value.lastIndexOf('_') + 1) }),
    (0,types/* namedKey */.zn)('sourcegraph-token-assignment', 'Sourcegraph access token', ['sourcegraph', 'src_access_token'], '[a-f0-9]{40}', 'Sourcegraph > Settings > Access tokens: delete the token'),
    (0,types/* prefixedToken */.Xf)('artifactory-token', 'JFrog Artifactory API key or reference token', ['AKCp', 'cmVmd'], 
    // A reference token (`cmVmd`, base64 of `ref`) cut short is taken too, then rejected (see exactly).
    'AKCp[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{20,59}', 'JFrog Platform > User profile > Identity tokens / API key: revoke it', { body: (value) => value.slice(5), validate: (0,types/* exactly */.pV)(/^(?:AKCp[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{59})$/) }),
    (0,types/* namedKey */.zn)('jfrog-token-assignment', 'JFrog API key or identity token', ['jfrog', 'artifactory', 'bintray', 'xray'], '[A-Za-z0-9]{73}|[A-Za-z0-9]{64}', 'JFrog Platform > User profile > Identity tokens / API key: revoke it'),
    (0,types/* prefixedToken */.Xf)('nuget-api-key', 'NuGet API key', ['oy2'], 'oy2[a-z0-9]{43}', 'nuget.org > API keys: delete the key'),
    {
        id: 'nuget-config-password',
        title: 'Password in NuGet.config',
        severity: 'high',
        keywords: ['password'],
        pattern: /(?<=<add[ \t]{1,4}key[ \t]{0,2}=[ \t]{0,2}"(ClearText)?)Password"[ \t\r\n]{1,8}value[ \t]{0,2}=[ \t]{0,2}"([^"\r\n]{8,256})"/i,
        group: 2,
        generic: true,
        // `<add key="Password">` is a feed password only in NuGet.config; `ClearTextPassword` is NuGet's word anywhere.
        // `%FEED_PASSWORD%` is the environment reference NuGet documents as the fix.
        validate: (value, { match, path }) => (match[1] !== undefined || /(?:^|\/)nuget\.config$/i.test(path)) &&
            !/^%[^%\s]+%$|\$\{|\$\(|\{\{/.test(value) &&
            !/^(.)\1+$|xxxx/i.test(value),
        remediation: (0,types/* rotate */.e$)('the feed: Azure Artifacts PAT, GitHub Packages token or server password; then reference it as %ENV_VAR% in NuGet.config'),
    },
    (0,types/* prefixedToken */.Xf)('clojars-token', 'Clojars deploy token', ['CLOJARS_'], 'CLOJARS_[a-zA-Z0-9]{60}', 'clojars.org > Deploy tokens: disable the token'),
    (0,types/* prefixedToken */.Xf)('crates-io-token', 'crates.io API token', ['cio'], 'cio[A-Za-z0-9]{32}', 'crates.io > Account settings > API tokens: revoke the token', { minEntropy: 3.5 }),
    (0,types/* prefixedToken */.Xf)('circleci-token', 'CircleCI personal or project API token', ['CCIPAT_', 'CCIPRJ_'], 'CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}', 'CircleCI > User settings > Personal API tokens (or Project settings > API permissions): delete it'),
    (0,types/* prefixedToken */.Xf)('buildkite-token', 'Buildkite API access token', ['bkua_'], 'bkua_[a-f0-9]{40}', 'buildkite.com/user/api-access-tokens: revoke the token'),
    (0,types/* namedKey */.zn)('travis-ci-token', 'Travis CI access token', ['travis'], '[A-Za-z0-9]{22}', 'app.travis-ci.com > Settings: regenerate the API token'),
    (0,types/* namedKey */.zn)('drone-ci-token', 'Drone CI access token', ['droneci', 'drone_token', 'drone-token', 'drone_server'], '[A-Za-z0-9]{32}', 'Drone > User settings: rotate the token'),
    (0,types/* namedKey */.zn)('codecov-token', 'Codecov access or upload token', ['codecov'], `${UUID}|[A-Za-z0-9]{32}`, 'app.codecov.io > Settings: regenerate the token'),
    {
        ...(0,types/* namedKey */.zn)('snyk-token', 'Snyk API token', ['snyk'], UUID, 'app.snyk.io > Account settings: revoke and regenerate the auth token'),
        pattern: (0,types/* assignedTo */.cR)('snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token)', UUID),
    },
    (0,types/* prefixedToken */.Xf)('sonarqube-token', 'SonarQube / SonarCloud token', ['squ_', 'sqp_', 'sqa_'], 'sq[upa]_[a-f0-9]{40}', 'SonarQube > My Account > Security: revoke the token'),
    (0,types/* namedKey */.zn)('sonar-token-assignment', 'SonarQube / SonarCloud token', ['sonar_token', 'sonar.token', 'sonar-token', 'sonar_login', 'sonar.login', 'sonartoken', 'sonarlogin'], '[A-Za-z0-9=_-]{40}', 'SonarQube > My Account > Security: revoke the token'),
    (0,types/* prefixedToken */.Xf)('harness-api-key', 'Harness API key', ['pat.', 'sat.'], 
    // A last part cut short is taken, then rejected (see exactly).
    '(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{8,20}', 'Harness > My profile > API keys (or the service account): delete the token', { body: (value) => value.slice(value.lastIndexOf('.') + 1), validate: (0,types/* exactly */.pV)(/\.[A-Za-z0-9]{20}$/) }),
    (0,types/* prefixedToken */.Xf)('octopus-deploy-api-key', 'Octopus Deploy API key', ['API-'], 'API-[A-Z0-9]{26}', 'Octopus Deploy > Profile > My API keys: revoke the key', { minEntropy: 3.5 }),
    (0,types/* prefixedToken */.Xf)('infracost-api-key', 'Infracost API key', ['ico-'], 'ico-[A-Za-z0-9]{32}', 'Infracost Cloud > Org settings: rotate the API key', 
    // `…/video_box.ico-7a388b….png`: a fingerprinted `.ico` file name, not a key.
    { pattern: /(?<![A-Za-z0-9_.])(ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_])/ }),
    (0,types/* prefixedToken */.Xf)('prefect-api-key', 'Prefect API key', ['pnu_'], 'pnu_[A-Za-z0-9]{36}', 'Prefect Cloud > Profile > API keys: delete the key'),
    (0,types/* prefixedToken */.Xf)('readme-api-key', 'ReadMe API key', ['rdme_'], 'rdme_[a-z0-9]{70}', 'ReadMe dashboard > API keys: revoke the key'),
    (0,types/* prefixedToken */.Xf)('settlemint-token', 'SettleMint access token', ['sm_pat_', 'sm_aat_', 'sm_sat_'], 'sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}', 'SettleMint console > Access tokens: delete the token'),
    (0,types/* prefixedToken */.Xf)('defined-networking-token', 'Defined Networking API token', ['dnkey-'], 'dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}', 'Defined Networking admin panel > API keys: delete the key'),
    (0,types/* prefixedToken */.Xf)('scalingo-api-token', 'Scalingo API token', ['tk-us-'], 'tk-us-[A-Za-z0-9_-]{48}', 'Scalingo dashboard > Profile > API tokens: delete the token'),
    (0,types/* prefixedToken */.Xf)('flyio-access-token', 'Fly.io access token', ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'], 'fo1_[A-Za-z0-9_-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,2000}={0,3}|fm2_[A-Za-z0-9+/]{100,2000}={0,3}', 'fly.io > Account > Access tokens (or fly tokens revoke): revoke the token', {
        pattern: /(?<![A-Za-z0-9_])(fo1_[A-Za-z0-9_-]{43}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,2000}={0,3})(?![A-Za-z0-9_+/=-])/,
    }),
    (0,types/* prefixedToken */.Xf)('render-api-key', 'Render API key', ['rnd_'], 'rnd_[A-Za-z0-9]{32}', 'dashboard.render.com > Account settings > API keys: revoke the key'),
    (0,types/* prefixedToken */.Xf)('openshift-user-token', 'OpenShift user token', ['sha256~'], 'sha256~[A-Za-z0-9_-]{43}', 'oc delete oauthaccesstoken, or log out the session that issued it', { pattern: /(sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/ }),
    (0,types/* namedId */.$A)('bitbucket-client-id', 'Bitbucket OAuth client ID (key)', ['bitbucket'], '[A-Za-z0-9]{32}', 'Bitbucket > Workspace settings > OAuth consumers: regenerate the secret paired with this key', { severity: 'low' }),
    (0,types/* namedKey */.zn)('bitbucket-client-secret', 'Bitbucket OAuth client secret', ['bitbucket'], '[A-Za-z0-9=_-]{64}', 'Bitbucket > Workspace settings > OAuth consumers: regenerate the secret'),
    (0,types/* prefixedToken */.Xf)('bitbucket-app-password', 'Bitbucket app password or access token', ['ATBB', 'ATCTT3'], 'ATBB[A-Za-z0-9_=.-]{32}|ATCTT3[A-Za-z0-9_=-]{150,250}', 'Bitbucket > Personal settings > App passwords / access tokens: revoke it'),
    {
        // `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=user:pass` and the same pair in the gem source URL.
        id: 'sidekiq-credentials',
        title: 'Sidekiq Pro/Enterprise credentials',
        severity: 'high',
        keywords: ['contribsys'],
        mode: 'scan',
        pattern: /(?:BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM[\w.-]{0,20}(?:\\{0,3}["'\x60]){0,2}[ \t]{0,4}(?:[:?+]{0,3}=|:|=>|,)[ \t]{0,4}(?:\\{0,3}["'\x60])?|https?:\/\/)([a-f0-9]{8}:[a-f0-9]{8})(?=@(?:gems|enterprise)\.contribsys\.com|[^A-Za-z0-9:@]|$)/i,
        minEntropy: 2,
        remediation: 'Rotate it first (email Contributed Systems support for new Sidekiq Pro/Enterprise credentials), then remove it from the code and the git history.',
    },
    (0,types/* namedKey */.zn)('azure-devops-pat', 'Azure DevOps personal access token', ['azure_devops', 'azuredevops', 'azure-devops', 'ado_pat', 'ado_token', 'azdo', 'vsts', 'devops_pat'], '[a-z2-7]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}', 'dev.azure.com > User settings > Personal access tokens: revoke the token'),
    {
        id: 'azure-devops-pat-v2',
        title: 'Azure DevOps personal access token',
        severity: 'high',
        keywords: ['AZDO'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{52}JQQJ9[A-Za-z0-9]{19}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/,
        remediation: 'Rotate it first (dev.azure.com > User settings > Personal access tokens: revoke the token), then remove it from the code and the git history.',
    },
    (0,types/* prefixedToken */.Xf)('intra42-client-secret', '42 intranet client secret', ['s-s4t2ud-', 's-s4t2af-'], 's-s4t2(?:ud|af)-[a-f0-9]{64}', 'profile.intra.42.fr > API: regenerate the application secret'),
    (0,types/* namedKey */.zn)('linear-client-secret', 'Linear OAuth client secret', ['linear'], '[a-f0-9]{32}', 'Linear > Settings > API > OAuth applications: rotate the client secret'),
    (0,types/* namedKey */.zn)('confluent-api-key', 'Confluent Cloud API key or secret', ['confluent'], '[A-Za-z0-9]{64}|[A-Za-z0-9]{16}', 'Confluent Cloud > API keys: delete the key', { severity: 'blocker' }),
    (0,types/* namedKey */.zn)('fastly-api-token', 'Fastly API token', ['fastly'], '[A-Za-z0-9=_-]{32}', 'Fastly > Account > Personal API tokens: revoke the token'),
    (0,types/* namedKey */.zn)('contentful-delivery-token', 'Contentful API token', ['contentful'], '[A-Za-z0-9=_-]{43}', 'Contentful > Settings > API keys: revoke the key'),
    (0,types/* namedKey */.zn)('dropbox-token-assignment', 'Dropbox access token', ['dropbox'], '[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}|[A-Za-z0-9]{15}', 'dropbox.com/developers/apps > your app: revoke the token', { body: (value) => value.replace('AAAAAAAAAA', '') }),
    (0,types/* namedKey */.zn)('algolia-api-key', 'Algolia API key', ['algolia'], '[A-Za-z0-9]{32}', 'Algolia dashboard > Settings > API keys: regenerate the key'),
    // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
    (0,types/* namedKey */.zn)('percy-token', 'Percy project token', ['percy'], '[A-Fa-f0-9]{64}', 'percy.io > Project settings > Project token: regenerate the token'),
    (0,types/* namedKey */.zn)('browserstack-access-key', 'BrowserStack access key', ['browserstack'], '[A-Za-z0-9]{20}', 'browserstack.com > Account > Settings: regenerate the access key'),
    (0,types/* namedKey */.zn)('saucelabs-access-key', 'Sauce Labs access key', 
    // Not `sauce` alone: a UUID near the word is as likely an order in a pizza-bot example.
    ['saucelabs', 'sauce_labs', 'sauce_access', 'sauceaccess', 'sauce_key', 'saucekey'], UUID_SHAPE, 'Sauce Labs > Account > User settings: regenerate the access key'),
    (0,types/* namedKey */.zn)('codemagic-api-token', 'Codemagic API token', ['codemagic'], '[A-Za-z0-9_-]{43}', 'Codemagic > User settings > Integrations > Codemagic API: regenerate the token'),
    (0,types/* namedKey */.zn)('cloudsmith-api-key', 'Cloudsmith API key', ['cloudsmith'], '[a-f0-9]{40}', 'Cloudsmith > User settings > API settings: refresh the API key'),
    (0,types/* namedKey */.zn)('railway-token', 'Railway API token', ['railway'], UUID, 'railway.com > Account settings > Tokens: delete the token'),
    (0,types/* namedKey */.zn)('testingbot-secret', 'TestingBot API secret', ['testingbot'], '[a-z0-9]{32}', 'testingbot.com > Account > API credentials: regenerate the secret'),
];

;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/cloud.ts



/** API keys from Firebase SDKs' own sources and samples (gitleaks allowlists the same ones): public examples. */
const FIREBASE_EXAMPLE_KEYS = new Set([
    'AIzaSyabcdefghijklmnopqrstuvwxyz1234567',
    'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
    'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
    'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
    'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
    'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
    'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
    'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
    'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
    'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
    'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
    'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
    'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
    'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
    'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
    'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
]);
/** A Docker `auth` value: base64 of `user:password`, with a password that is not a placeholder. */
function isDockerAuth(value) {
    if (value.length % 4 !== 0)
        return false;
    const decoded = Buffer.from(value, 'base64').toString('latin1');
    const colon = decoded.indexOf(':');
    if (colon < 0 || !/^[\x20-\x7e]+$/.test(decoded))
        return false;
    const password = decoded.slice(colon + 1);
    // Registry tokens (ghp_…, glpat-…, JWTs) are passwords here too, and long random ones.
    return password.length >= 6 && !(0,filters/* isPasswordDecoy */.Q3)(password);
}
/** A PEM body, its line breaks real or escaped (`\n`, or `\\n` in a JSON string inside a JSON string). */
const PEM_BODY = String.raw `(?:\\{1,8}[rn]|\s){1,8}((?:[A-Za-z-]{1,20}: ?[^\\\n]{1,200}(?:\\{1,8}[rn]|\s){1,8}){0,4}[A-Za-z0-9+/=\s\\]{40,20000})`;
const CLOUD_RULES = [
    {
        id: 'aws-access-key-id',
        title: 'AWS access key ID',
        severity: 'blocker',
        keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
        // The 16 characters after the prefix are base32 (A-Z, 2-7): a body with 0, 1, 8 or 9 was never issued.
        pattern: /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9])/,
        // 16 characters from 32: even a random body often repeats letters.
        minEntropy: 2.3,
        remediation: (0,types/* rotate */.e$)('AWS IAM console > Users > Security credentials: deactivate, then delete the key'),
    },
    {
        id: 'aws-secret-access-key',
        title: 'AWS secret access key',
        severity: 'blocker',
        keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'awssecret'],
        mode: 'scan',
        // Any base64 run is taken, but only one of exactly 40 characters is reported: a longer or padded value under
        // the name (an encrypted blob, a KMS ciphertext) cannot be an AWS secret, and the claim keeps generic rules off it.
        pattern: /(?:secret[_-]?access[_-]?key|aws[_-]?secret(?:[_-]?key)?)\\?["'`]?\s{0,4}(?:=|:=|=>|:)\s{0,4}\\?["'`]?([A-Za-z0-9/+]{40,512}={0,2})(?![A-Za-z0-9/+=])/i,
        validate: (value) => value.length === 40,
        minEntropy: 4,
        remediation: (0,types/* rotate */.e$)('AWS IAM console > Users > Security credentials: deactivate, then delete the key'),
    },
    {
        id: 'gcp-service-account-key',
        title: 'Google Cloud service-account private key',
        severity: 'blocker',
        // Also the key file stored as a JSON string (`"credentials": "{\"private_key\": \"-----BEGIN…"`).
        keywords: ['"private_key"', 'private_key\\'],
        mode: 'scan',
        pattern: new RegExp(String.raw `(?:"private_key"|private_key\\\\{0,6}")\s{0,4}:\s{0,4}\\{0,7}"(-----BEGIN PRIVATE KEY-----${PEM_BODY}-----END PRIVATE KEY-----(?:\\{1,8}n)?)\\{0,7}"`),
        body: pemBody,
        minEntropy: 4.5,
        pem: true,
        validate: (_value, { text }) => /"(?:private_key_id|client_email|type)\\{0,7}"\s{0,4}:/.test(text),
        remediation: (0,types/* rotate */.e$)('Google Cloud console > IAM > Service accounts > Keys: delete the key, create a new one'),
    },
    {
        id: 'gcp-api-key',
        title: 'Google API key',
        severity: 'high',
        keywords: ['AIza'],
        pattern: /(?<![A-Za-z0-9_-])(AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
        // Firebase web config keys are public by design: they ship in every page.
        validate: (value, { text, index }) => !FIREBASE_EXAMPLE_KEYS.has(value) && !/authDomain|messagingSenderId|firebase/i.test(enclosingObject(text, index)),
        remediation: (0,types/* rotate */.e$)('Google Cloud console > APIs & Services > Credentials: regenerate, and restrict the key'),
    },
    {
        // An OAuth access token Google issued (valid for an hour): a live one reads the user's Google data.
        id: 'google-oauth-access-token',
        title: 'Google OAuth access token',
        severity: 'medium',
        keywords: ['ya29.'],
        pattern: /(?<![A-Za-z0-9_.-])(ya29\.[A-Za-z0-9_-]{30,2000})(?![A-Za-z0-9_-])/,
        body: (value) => value.slice(5),
        remediation: (0,types/* rotate */.e$)('it expires within the hour; revoke it now at https://oauth2.googleapis.com/revoke, and the refresh token beside it'),
    },
    {
        // WireGuard's own config (wg0.conf, wg-quick, exported tunnels): `PrivateKey = …`, `PresharedKey = …`, 32 bytes
        // in base64. The PublicKey lines beside them are not secrets.
        id: 'wireguard-private-key',
        title: 'WireGuard private or preshared key',
        severity: 'blocker',
        keywords: ['PrivateKey', 'PresharedKey'],
        pattern: /(?:PrivateKey|PresharedKey)[ \t]{0,4}=[ \t]{0,4}([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])/,
        remediation: (0,types/* rotate */.e$)('wg genkey for a new private key (wg genpsk for a preshared one), put the new public key on every peer, then drop the old'),
    },
    {
        id: 'gcp-oauth-client-secret',
        title: 'Google OAuth client secret',
        severity: 'high',
        keywords: ['GOCSPX-'],
        pattern: /(?<![A-Za-z0-9_-])(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
        remediation: (0,types/* rotate */.e$)('Google Cloud console > APIs & Services > Credentials: reset the client secret'),
    },
    {
        id: 'azure-storage-account-key',
        title: 'Azure storage or Service Bus access key',
        severity: 'blocker',
        keywords: ['accountkey', 'sharedaccesskey'],
        pattern: /(?:AccountKey|SharedAccessKey)\s{0,2}=\s{0,2}([A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/i,
        minEntropy: 4,
        remediation: (0,types/* rotate */.e$)('Azure portal > Storage account > Access keys: rotate the key'),
    },
    {
        id: 'azure-ad-client-secret',
        title: 'Azure AD (Entra ID) client secret',
        severity: 'blocker',
        keywords: ['Q~'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
        body: (value) => value.slice(5),
        remediation: (0,types/* rotate */.e$)('Azure portal > App registrations > Certificates & secrets: delete the secret, add a new one'),
    },
    {
        // Azure's identifiable keys carry a signature at a fixed place: a container registry password has `+ACR`
        // after 42 base64 characters.
        id: 'azure-container-registry-password',
        title: 'Azure Container Registry password',
        severity: 'blocker',
        keywords: ['+ACR'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6})(?![A-Za-z0-9+/=])/,
        body: (value) => value.slice(0, 42),
        minEntropy: 4,
        remediation: (0,types/* rotate */.e$)('Azure portal > Container registry > Access keys (or the token): regenerate the password'),
    },
    {
        id: 'digitalocean-token',
        title: 'DigitalOcean token',
        severity: 'blocker',
        keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
        pattern: /(?<![A-Za-z0-9_])(do[por]_v1_[a-f0-9]{64})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('DigitalOcean control panel > API > Tokens: delete the token'),
    },
    {
        id: 'alibaba-access-key-id',
        title: 'Alibaba Cloud AccessKey ID',
        severity: 'blocker',
        keywords: ['LTAI'],
        // 24 characters today, 16 for keys made before 2019.
        pattern: /(?<![A-Za-z0-9])(LTAI(?:[A-Za-z0-9]{20}|[A-Za-z0-9]{12}))(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('Alibaba Cloud RAM console > AccessKey: disable and delete it'),
    },
    {
        // `?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=…&st=…&spr=https&sig=…`: the signature is the bearer secret.
        id: 'azure-sas-token',
        title: 'Azure shared access signature (SAS) token',
        severity: 'high',
        keywords: ['sig='],
        pattern: /sig=([A-Za-z0-9%+/]{40,120}={0,2})(?![A-Za-z0-9%+/=])/,
        body: (value) => decodeSig(value),
        minEntropy: 4,
        validate: (_value, { text, index }) => isSasQuery(text.slice(Math.max(0, index - 600), index)),
        remediation: (0,types/* rotate */.e$)('Azure portal > Storage account > Access keys: rotate the key that signed it, or revoke its stored access policy'),
    },
    (0,types/* namedKey */.zn)(
    // The direct management API key of an API Management instance (88 base64 characters ending `==`), written beside
    // the instance's management host (`https://<name>.management.azure-api.net`) or under its own name. Before the
    // storage-key rule, which takes any 88-character base64 value under a `key` name and would send the owner to
    // the wrong console.
    'azure-apim-management-key', 'Azure API Management direct management key', ['management.azure-api.net', 'apim_management_key', 'apimmanagementkey', 'azure_management_api_key'], '[A-Za-z0-9+/]{86}==', 'Azure portal > the API Management instance > Deployment + infrastructure > Management API: regenerate the key', { severity: 'blocker' }),
    (0,types/* namedKey */.zn)('azure-storage-key-assignment', 'Azure storage account key', ['azure', 'storage_account', 'storageaccount', 'storage-account', 'account_key', 'accountkey', 'storage_key'], '[A-Za-z0-9+/]{86}==', 'Azure portal > Storage account > Access keys: rotate the key', { severity: 'blocker', minEntropy: 4 }),
    {
        // ~/.docker/config.json and Kubernetes dockerconfigjson: `"auths": {"registry": {"auth": "<base64 user:pass>"}}`.
        id: 'docker-config-auth',
        title: 'Registry credentials in a Docker config (auth)',
        severity: 'high',
        keywords: ['"auth"', 'auth\\"'],
        pattern: /(?:"auth"|auth\\")[ \t]{0,4}:[ \t]{0,4}\\?"([A-Za-z0-9+/]{8,2048}={0,2})\\?"/,
        minEntropy: 2.5,
        validate: (value) => isDockerAuth(value),
        remediation: (0,types/* rotate */.e$)('the registry: change the password or revoke the token, then use a credential helper (credsStore)'),
    },
    {
        // The secret written beside its AccessKey ID with no provider name (`key=<secret>` then `id=LTAI…`).
        id: 'alibaba-secret-key-paired',
        title: 'Alibaba Cloud AccessKey secret',
        severity: 'blocker',
        keywords: ['LTAI'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9+/_-])([A-Za-z0-9]{30})(?![A-Za-z0-9+/=_-])/,
        validate: (_value, { text, index }) => /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{10,30}(?![A-Za-z0-9])/.test(text.slice(Math.max(0, index - 300), index + 330)),
        remediation: (0,types/* rotate */.e$)('Alibaba Cloud RAM console > AccessKey: disable and delete it'),
    },
    (0,types/* namedKey */.zn)('alibaba-secret-key', 'Alibaba Cloud AccessKey secret', ['alibaba', 'aliyun'], '[A-Za-z0-9]{30}', 'Alibaba Cloud RAM console > AccessKey: disable and delete it', { severity: 'blocker' }),
    (0,types/* namedKey */.zn)('yandex-cloud-key', 'Yandex Cloud API key or token', ['yandex'], 't1\\.[A-Za-z0-9_-]+={0,2}\\.[A-Za-z0-9_-]{86}={0,2}|AQVN[A-Za-z0-9_-]{35,38}|YC[A-Za-z0-9_-]{38}', 'Yandex Cloud console > Service accounts: delete the key', { severity: 'blocker' }),
    (0,types/* prefixedToken */.Xf)('aws-bedrock-api-key', 'Amazon Bedrock API key', ['ABSK'], 'ABSK[A-Za-z0-9+/]{109,269}={0,2}', 'AWS IAM console > Users > Security credentials > API keys for Amazon Bedrock: delete it', { severity: 'blocker', pattern: /(?<![A-Za-z0-9_])(ABSK[A-Za-z0-9+/]{109,269}={0,2})(?![A-Za-z0-9+/=])/ }),
    {
        // A short-lived key is `bedrock-api-key-` and a base64 presigned URL, which always begins with the host.
        id: 'aws-bedrock-short-lived-key',
        title: 'Amazon Bedrock short-lived API key',
        severity: 'high',
        keywords: ['bedrock-api-key-'],
        pattern: /(?<![A-Za-z0-9_-])(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]{0,4000})(?![A-Za-z0-9+/=%])/,
        body: (value) => value.slice('bedrock-api-key-'.length),
        remediation: (0,types/* rotate */.e$)('it expires within 12 hours; revoke the session of the IAM identity that signed it'),
    },
    (0,types/* prefixedToken */.Xf)('cloudflare-origin-ca-key', 'Cloudflare Origin CA key', ['v1.0-'], 'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}', 'Cloudflare dashboard > My Profile > API Tokens > Origin CA Key: change it', { body: (value) => value.slice(30) }),
    (0,types/* prefixedToken */.Xf)('clickhouse-cloud-key', 'ClickHouse Cloud API secret', ['4b1d'], '4b1d[A-Za-z0-9]{38}', 'ClickHouse Cloud console > API keys: delete the key', { minEntropy: 3.8 }),
    (0,types/* namedKey */.zn)('hosting-provider-token', 'Cloud hosting API token (Linode, Vultr, Hetzner)', ['linode', 'vultr', 'hetzner', 'hcloud'], '[A-Za-z0-9]{64}|[A-Z0-9]{36}', 'the provider console (Linode Cloud Manager, Vultr or Hetzner Cloud > Security > API tokens): revoke it', { severity: 'blocker' }),
    // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
    {
        id: 'cloudinary-url',
        title: 'Cloudinary URL with API secret',
        severity: 'high',
        keywords: ['cloudinary://'],
        pattern: /(cloudinary:\/\/\d{12,16}:[A-Za-z0-9_-]{27}@[A-Za-z0-9_-]{1,64})(?![A-Za-z0-9_-])/,
        body: (value) => value.slice(value.lastIndexOf(':') + 1, value.indexOf('@')),
        remediation: (0,types/* rotate */.e$)('Cloudinary Console > Settings > API Keys: generate a new key pair, then delete the old one'),
    },
    (0,types/* namedKey */.zn)('cloudinary-api-secret', 'Cloudinary API secret', ['cloudinary'], '[A-Za-z0-9_-]{27}', 'Cloudinary Console > Settings > API Keys: generate a new key pair, then delete the old one'),
    (0,types/* namedKey */.zn)('azure-cosmosdb-key', 'Azure Cosmos DB account key', ['cosmos', 'documentdb'], '[A-Za-z0-9+/]{86}==', 'Azure portal > Cosmos DB account > Keys: regenerate the key', { severity: 'blocker' }),
    (0,types/* prefixedToken */.Xf)('langfuse-secret-key', 'Langfuse secret key', ['sk-lf-'], `sk-lf-${UUID}`, 'Langfuse > Project settings > API keys: delete the key'),
    (0,types/* namedKey */.zn)('azure-apim-subscription-key', 'Azure API Management / Cognitive Services subscription key', ['ocp_apim_subscription_key', 'apim_subscription_key', 'api_management_subscription_key'], '[a-z0-9]{32}', 'Azure portal > the API Management (or AI services) resource > Subscriptions / Keys: regenerate the key', { keywords: ['apim', 'api_management', 'api-management'] }),
    {
        // `https://<app>.azurewebsites.net/api/<function>?code=<key>`: the function key rides in the query string.
        id: 'azure-function-key-url',
        title: 'Azure Functions key in a function URL',
        severity: 'high',
        keywords: ['.azurewebsites.net/api/'],
        pattern: /\.azurewebsites\.net\/api\/[\w/.-]{0,100}\?(?:[^\s"'#<>\x60]{0,200}&)?code=([A-Za-z0-9_-]{20,100}={0,2})(?![A-Za-z0-9_=-])/i,
        remediation: (0,types/* rotate */.e$)('Azure portal > the Function App > App keys (or the function > Function keys): renew the key'),
    },
    (0,types/* namedKey */.zn)('azure-function-key', 'Azure Functions key', ['x-functions-key', 'x_functions_key', 'azurefunctionkey', 'azure_function_key', 'azure_functions_key'], '[A-Za-z0-9_-]{20,56}={0,2}', 'Azure portal > the Function App > App keys (or the function > Function keys): renew the key'),
    (0,types/* namedKey */.zn)('azure-search-key', 'Azure AI Search admin or query key', 
    // 52 letters and digits today; 32 uppercase hex for services created before 2023.
    [
        'azure_search',
        'azuresearch',
        'search_admin_key',
        'searchadminkey',
        'search_query_key',
        'searchquerykey',
        'azure_key',
        'azurekey',
        // `azure` alone, then the value within a few characters (`<secret>{azure …}</secret>`, `azure: …`): the
        // 52-character mixed-case shape is the Search key's own; nothing else Azure issues looks like it.
        'azure',
    ], '[A-Za-z0-9]{52}|[A-F0-9]{32}', 'Azure portal > the Search service > Settings > Keys: regenerate the admin key, or delete the query key', 
    // Drawn from all 62 letters and digits: a 52-character run in one case is something else (a DevOps PAT is base32).
    // The older 32-hex form is any GUID without its dashes, so it counts only in upper case (a Key Vault key version
    // in `…vault.azure.net/keys/<name>/<version>` is lower case) and under a name that says search or key.
    // Every name starts with `azure` or `search`: gated by those two, the rule runs only where one of them stands
    // instead of scanning every file that mentions Azure.
    {
        keywords: ['azure', 'search'],
        validate: (value, { match }) => value.length === 32
            ? /^[A-F0-9]{32}$/.test(value) && /search|key/i.test(match[0].slice(0, match[0].lastIndexOf(value)))
            : /(?:[A-Z][^A-Z]*){4}/.test(value) && /(?:[a-z][^a-z]*){4}/.test(value),
    }),
];
/** The `{…}` literal around `index` (bounded) and the name before it, without nested objects. */
function enclosingObject(text, index) {
    let start = index;
    for (let depth = 0; start > 0 && start > index - 1000; start--) {
        const char = text[start - 1];
        if (char === '}')
            depth++;
        else if (char === '{' && depth-- === 0)
            break;
    }
    let end = index;
    for (let depth = 0; end < text.length && end < index + 1000; end++) {
        const char = text[end];
        if (char === '{')
            depth++;
        else if (char === '}' && depth-- === 0)
            break;
    }
    // Sibling keys only: a Firebase block nested next to the key says nothing about it.
    let own = text.slice(start, end);
    for (let i = 0; i < 5 && own.includes('{'); i++)
        own = own.replace(/[\w$"']*\s{0,3}:?\s{0,3}\{[^{}]*\}?/g, '');
    return text.slice(Math.max(0, start - 40), start) + own;
}
/**
 * The base64 part of a PEM block, without headers, escapes or whitespace, nor the joins of a key split into quoted
 * lines in code (`" +`, `",`, a `"` then a `"` on the next line).
 */
function pemBody(value) {
    return value
        .replace(/-----(?:BEGIN|END)[^-]{1,60}-----/g, '')
        .replace(/["']\s*[+,]?\s*["']?/g, '')
        .replace(/\\[rn]/g, '\n')
        .replace(/^[A-Za-z-]{1,20}:.*$/gm, '')
        .replace(/[\s\\]/g, '');
}
/** The signature of a SAS URL, URL-decoded (`%2B`, `%3D`): what its randomness is judged on. */
/** Permissions a SAS may grant (`sp=`): read, add, create, write, delete, delete version, permanent delete, list,
 * tags, find, move, execute, ownership, permissions, set immutability, process, update. */
const SAS_PERMISSIONS = /^[racwdxyltfmeopiu]+$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
/**
 * The query before `sig=` is a SAS: it carries its version or validity dates, and the fields Azure checks are well
 * formed (permission letters Azure knows, `sip=` an IPv4 address or range): Azure signs nothing else.
 */
function isSasQuery(before) {
    if (!/\bsv=\d{4}-\d{2}-\d{2}\b|\bs[ept]=\d{4}-\d{2}-\d{2}/.test(before))
        return false;
    const query = before.slice(before.search(/[^\s"'<>\x60]*$/));
    const field = (name) => new RegExp(`(?:^|[?&=;])${name}=([^&;]*)&`).exec(query)?.[1];
    const permissions = field('sp');
    if (permissions !== undefined && !SAS_PERMISSIONS.test(permissions))
        return false;
    const ip = field('sip')?.replace(/%2D/gi, '-');
    return ip === undefined || ip.split('-').every((part) => IPV4.test(part));
}
function decodeSig(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/checksum.ts
// GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens end in six base62 characters that encode the
// CRC32 of the 30 random characters before them: a token whose checksum holds was made by the provider.

const ALPHABETS = [
    '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
];
function base62(value, alphabet) {
    let out = '';
    for (let n = value; n > 0; n = Math.floor(n / 62))
        out = alphabet[n % 62] + out;
    return out.padStart(6, '0');
}
/** True when `<prefix>_<30 random><6 checksum>` carries the CRC32 checksum of its random part. */
function hasValidCrc32Checksum(token) {
    const body = token.slice(token.indexOf('_') + 1);
    if (body.length !== 36)
        return false;
    const crc = (0,external_node_zlib_.crc32)(body.slice(0, 30));
    const checksum = body.slice(30);
    return ALPHABETS.some((alphabet) => base62(crc, alphabet) === checksum);
}
/** Makes a token with a valid checksum: for tests and the labelled corpus. */
function withCrc32Checksum(prefix, random30) {
    return `${prefix}_${random30}${base62(crc32(random30), ALPHABETS[0])}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/keys.ts



const KEY_RULES = [
    {
        // Also inside JSON strings and env files, where the newlines are `\n` escapes, inside a JSON string held in
        // another (a key file pasted into a tfvars or a `jsonencode` output), where they are `\\n`, and split into quoted
        // lines joined in code (`"-----BEGIN…-----" +` then `"MIIE…" +`, or Python's adjacent literals).
        id: 'private-key',
        title: 'Private key',
        severity: 'blocker',
        keywords: ['-----BEGIN'],
        pattern: /(-----BEGIN[ A-Z0-9]{0,24}PRIVATE KEY(?: BLOCK)?-----(?:\\{1,3}[rn]|[\s"'+,]){1,16}(?:[A-Za-z-]{1,20}: ?[^\\\n]{1,200}(?:\\{1,3}[rn]|\s){1,8}){0,4}[A-Za-z0-9+/=\s\\"',]{40,20000}-----END[ A-Z0-9]{0,24}PRIVATE KEY(?: BLOCK)?-----)/,
        body: pemBody,
        minEntropy: 4.5,
        pem: true,
        validate: (value) => pemBody(value).length >= 64,
        remediation: (0,types/* rotate */.e$)('replace the key pair wherever its public half is trusted: servers, CAs, deploy keys'),
    },
    {
        // The same key stored base64-encoded once more: a Kubernetes Secret's `data`, a kubeconfig's `client-key-data`,
        // a GitHub App key in one env variable (`PRIVATE_KEY_B64=LS0tLS1CRUdJTi…`). `LS0tLS1CRUdJTi` is `-----BEGIN`.
        // Certificates and public keys start the same way: the decoded text must be a private key's header and body.
        id: 'private-key-base64',
        title: 'Private key (base64-encoded PEM)',
        severity: 'blocker',
        keywords: ['LS0tLS1CRUdJTi'],
        pattern: /(LS0tLS1CRUdJTi[A-Za-z0-9+/]{80,40000}={0,2})(?![A-Za-z0-9+/=])/,
        body: (value) => pemBody(decodedPem(value)),
        minEntropy: 4.5,
        pem: true,
        validate: (value) => isPrivateKeyPem(decodedPem(value)),
        remediation: (0,types/* rotate */.e$)('replace the key pair wherever its public half is trusted: servers, CAs, deploy keys'),
    },
    {
        id: 'putty-private-key',
        title: 'PuTTY private key',
        severity: 'blocker',
        keywords: ['PuTTY-User-Key-File'],
        pattern: /(PuTTY-User-Key-File-\d: [^\n]{1,60}\r?\n(?:[^\n]{0,200}\r?\n){2,40}?Private-Lines: \d{1,3}\r?\n[A-Za-z0-9+/=\r\n]{40,8000})/,
        body: (value) => value.slice(value.indexOf('Private-Lines')).replace(/^.*\n/, '').replace(/\s/g, ''),
        remediation: (0,types/* rotate */.e$)('replace the key pair and remove the public half from authorized_keys'),
    },
    {
        id: 'age-secret-key',
        title: 'age secret key',
        severity: 'blocker',
        keywords: ['AGE-SECRET-KEY-1'],
        pattern: /(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Z0-9])/,
        remediation: (0,types/* rotate */.e$)('generate a new age identity and re-encrypt what the old one protected'),
    },
    {
        id: 'jwt',
        title: 'JSON Web Token',
        severity: 'medium',
        keywords: ['eyJ'],
        pattern: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{12,2000}\.eyJ[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{22,1000})(?![A-Za-z0-9_-])/,
        body: (value) => value.slice(value.lastIndexOf('.') + 1),
        validate: isLiveJwt,
        remediation: (0,types/* rotate */.e$)('revoke the token or rotate the key that signed it'),
    },
];
/** A base64 value decoded as text; not valid UTF-8 where it is not a PEM block, which the checks then reject. */
function decodedPem(value) {
    return Buffer.from(value, 'base64').toString('latin1');
}
/**
 * A private key's PEM header, its optional `Proc-Type:`/`DEK-Info:` lines, then at least 64 characters of base64
 * body: not a certificate or a public key, and not a document's `MIIE…` stand-in.
 */
const PRIVATE_KEY_PEM = /^-----BEGIN (?:[A-Z0-9]{1,20} ){0,2}PRIVATE KEY(?: BLOCK)?-----\r?\n(?:[A-Za-z-]{1,20}: ?[^\n]{1,200}\r?\n){0,4}(?:\r?\n)?(?:[A-Za-z0-9+/=]\r?\n?){64}/;
function isPrivateKeyPem(text) {
    return PRIVATE_KEY_PEM.test(text.slice(0, 8192)) && pemBody(text).length >= 64;
}
/** Secrets jwt.io pre-fills to sign its example tokens: a token they verify is documentation, not a credential. */
const JWT_IO_SECRETS = [
    'a-string-secret-at-least-256-bits-long',
    'your-256-bit-secret',
    'your-384-bit-secret',
    'your-512-bit-secret',
];
/** Claim names of a library's example token (`{"foo":"bar"}`, `{"some":"payload"}`): metasyntactic, about no one. */
const TOY_CLAIMS = new Set(['foo', 'bar', 'baz', 'qux', 'quux', 'some', 'hello', 'test']);
/** JWT (RFC 7519) is from 2015: a token that expired before 2015 was made up for a test. */
const JWT_EPOCH = Date.UTC(2015, 0, 1) / 1000;
/**
 * A signed JWT that grants something: not `alg: none`, not a public anon key, not the jwt.io example, and not a
 * library's test token (only metasyntactic claims, or an `exp` before JWTs existed).
 */
function isLiveJwt(value) {
    const [header, payload] = value.split('.').slice(0, 2).map(decodeJson);
    if (!header || !payload || typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none')
        return false;
    if (payload.role === 'anon' || payload.name === 'John Doe' || payload.sub === '1234567890')
        return false;
    const claims = Object.keys(payload);
    if (claims.length > 0 && claims.every((claim) => TOY_CLAIMS.has(claim.toLowerCase())))
        return false;
    if (typeof payload.exp === 'number' && payload.exp < JWT_EPOCH)
        return false;
    return !isSignedWithJwtIoSecret(value, header.alg);
}
/**
 * A value that decodes as a signed JWT (header and claims both JSON) but is not one the `jwt` rule reports: a
 * library's test token or a documentation example stays one when it is found under a secret's name, not by its
 * shape. An unsigned (`alg: none`) token is left to the name's judgment: a server that accepts it grants access.
 */
function isExampleJwt(value) {
    const parts = value.split('.');
    if (parts.length !== 3 || !value.startsWith('eyJ'))
        return false;
    const header = decodeJson(parts[0]);
    if (!header || String(header.alg).toLowerCase() === 'none')
        return false;
    return decodeJson(parts[1]) !== undefined && !isLiveJwt(value);
}
function isSignedWithJwtIoSecret(value, alg) {
    const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
    if (!hash)
        return false;
    const dot = value.lastIndexOf('.');
    const signed = value.slice(0, dot);
    const signature = value.slice(dot + 1);
    return JWT_IO_SECRETS.some((secret) => (0,external_node_crypto_.createHmac)(hash, secret).update(signed).digest('base64url') === signature);
}
function decodeJson(part) {
    try {
        const parsed = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return parsed !== null && typeof parsed === 'object' ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/devtools.ts




const devtools_UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const OKTA_TOKEN = '00[A-Za-z0-9_=-]{40}';
/** One Shamir share of a Vault root key: 33 bytes, in base64 (44 characters, no padding) or hex. */
const SHAMIR_SHARE = '[A-Za-z0-9+/]{44}(?![A-Za-z0-9+/=])|[0-9a-f]{66}(?![0-9a-f])';
const DEVTOOLS_RULES = [
    {
        id: 'github-token',
        title: 'GitHub token',
        severity: 'high',
        keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
        pattern: /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,251})(?![A-Za-z0-9_])/,
        checksum: hasValidCrc32Checksum,
        remediation: (0,types/* rotate */.e$)('github.com/settings/tokens, or the app/OAuth settings that issued it'),
    },
    {
        // Since April 2026 GitHub issues App installation tokens as `ghs_<app id>_<JWT>`, about 520 characters and
        // varying: the JWT is GitHub's own, so one whose header and claims decode is a token GitHub issued.
        id: 'github-app-installation-token',
        title: 'GitHub App installation token',
        severity: 'high',
        keywords: ['ghs_'],
        pattern: /(?<![A-Za-z0-9_])(ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{22,2000})(?![A-Za-z0-9_.-])/,
        body: (value) => value.slice(value.lastIndexOf('.') + 1),
        validate: (value) => isLiveJwt(value.slice(value.indexOf('_', 4) + 1)),
        remediation: (0,types/* rotate */.e$)('it expires an hour after issue; until then revoke it with DELETE /installation/token, and look for the GitHub App private key that minted it'),
    },
    {
        id: 'github-fine-grained-token',
        title: 'GitHub fine-grained personal access token',
        severity: 'high',
        keywords: ['github_pat_'],
        pattern: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/,
        remediation: (0,types/* rotate */.e$)('github.com/settings/personal-access-tokens'),
    },
    (0,types/* namedKey */.zn)('github-oauth-client-secret', 'GitHub OAuth or GitHub App client secret', 
    // `github` alone is not enough: a commit SHA is 40 hex characters too and sits beside the word everywhere.
    [
        'github_client_secret',
        'githubclientsecret',
        'github_oauth_secret',
        'githuboauthsecret',
        'github_app_secret',
        'githubappsecret',
        'gh_client_secret',
        'ghclientsecret',
    ], '[a-f0-9]{40}', 'GitHub > Settings > Developer settings > OAuth Apps or GitHub Apps > your app: generate a new client secret, delete the old one'),
    {
        // A client ID and its secret written as a pair after the word (`github = '<id>', '<secret>'`, `github: <id>:<secret>`):
        // the ID before it is what tells the secret from a commit SHA. IDs: `Iv1.`/`Iv23`/`Ov23` + 16, or 20 legacy.
        id: 'github-oauth-client-pair',
        title: 'GitHub OAuth client ID and secret',
        severity: 'high',
        keywords: ['github'],
        mode: 'scan',
        pattern: /github[\s\S]{0,40}?(?<=[\s'"=:,(])(?:Iv1\.[a-f0-9]{16}|[A-Za-z0-9]{20})['"]?[ \t]{0,4}[,:;|][ \t]{0,4}['"]?([a-f0-9]{40})(?![A-Za-z0-9])/i,
        validate: (_value, context) => (0,types/* startsAtName */.W9)(context),
        remediation: (0,types/* rotate */.e$)('GitHub > Settings > Developer settings > OAuth Apps or GitHub Apps > your app: generate a new client secret, delete the old one'),
    },
    {
        id: 'gitlab-token',
        title: 'GitLab token',
        severity: 'high',
        keywords: [
            'glpat-',
            'gldt-',
            'glrt-',
            'glptt-',
            'glcbt-',
            'glft-',
            'glsoat-',
            'gloas-',
            'glimt-',
            'glagent-',
            'glffct-',
            'GR1348941',
        ],
        pattern: /(?<![A-Za-z0-9_-])((?:glpat|gldt|glrt|glptt|glcbt|glft|glsoat|gloas|glimt|glagent|glffct)-[A-Za-z0-9_.-]{20,128}|GR1348941[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
        // An OAuth application secret is 64 characters; a personal token's hex-only body is the legacy 20 characters.
        validate: (value) => (!value.startsWith('gloas-') || /^gloas-[A-Za-z0-9_-]{64}$/.test(value)) &&
            (!/^glpat-[a-f0-9]+$/.test(value) || value.length === 26),
        remediation: (0,types/* rotate */.e$)('GitLab > User settings > Access tokens (or the project/group/runner settings): revoke it'),
    },
    {
        id: 'npm-access-token',
        title: 'npm access token',
        severity: 'high',
        keywords: ['npm_'],
        pattern: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
        checksum: hasValidCrc32Checksum,
        remediation: (0,types/* rotate */.e$)('npmjs.com > Access Tokens: delete the token'),
    },
    {
        id: 'npmrc-auth-token',
        title: 'Registry auth token in .npmrc',
        severity: 'high',
        keywords: ['_authToken', '_auth', '_password'],
        // Registry-scoped (`//registry.npmjs.org/:_authToken=`) or at the start of a line, never `self._password = …`.
        pattern: /(?<=(?:^|[:\s])[ \t]{0,8})_(?:authToken|auth|password)[ \t]{0,3}=[ \t]{0,3}["']?([A-Za-z0-9._~+/=:-]{8,512})(?![^\s"'])/m,
        generic: true,
        validate: (value) => !(0,filters/* isGenericDecoy */.kY)(value),
        remediation: (0,types/* rotate */.e$)('your registry: revoke the token, then read it from an environment variable in .npmrc'),
    },
    {
        id: 'pypi-token',
        title: 'PyPI upload token',
        severity: 'high',
        keywords: ['pypi-AgEIcHlwaS5vcmc'],
        pattern: /(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
        remediation: (0,types/* rotate */.e$)('pypi.org > Account settings > API tokens: remove the token'),
    },
    {
        id: 'vault-token',
        title: 'HashiCorp Vault token',
        severity: 'high',
        keywords: ['hvs.', 'hvb.', 'hvr.'],
        pattern: /(?<![A-Za-z0-9_.])(hv[sbr]\.[A-Za-z0-9_-]{24,300})(?![A-Za-z0-9_-])/,
        remediation: (0,types/* rotate */.e$)('vault token revoke, or the auth method that issued it'),
    },
    {
        // AppRole logs a machine in with a role ID (an identifier) and a secret ID (the credential), both UUIDs, written
        // side by side: Terraform's `auth_login`, Ansible's hashi_vault, Spring's `app-role.secret-id`, `VAULT_SECRET_ID=`.
        // A UUID under `secret_id` alone names many things (AWS Secrets Manager, Azure credentials): the role ID beside it
        // says AppRole.
        id: 'vault-approle-secret-id',
        title: 'HashiCorp Vault AppRole secret ID',
        severity: 'high',
        keywords: ['secret_id', 'secret-id', 'secretid'],
        pattern: (0,types/* assignedTo */.cR)('secret[_-]?id', devtools_UUID),
        validate: (_value, context) => (0,types/* startsAtName */.W9)(context) && hasAppRoleNearby(context.text, context.match.index),
        remediation: (0,types/* rotate */.e$)('vault write -f auth/approle/role/<role>/secret-id, then destroy the old secret ID'),
    },
    {
        id: 'pulumi-access-token',
        title: 'Pulumi access token',
        severity: 'high',
        keywords: ['pul-'],
        pattern: /(?<![A-Za-z0-9_-])(pul-[a-f0-9]{40})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('app.pulumi.com > Settings > Access tokens: delete the token'),
    },
    {
        id: 'doppler-token',
        title: 'Doppler token',
        severity: 'high',
        keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
        // A service token names the environment of its config between prefix and secret: `dp.st.prd.<secret>`.
        pattern: /(?<![A-Za-z0-9_.])(dp\.(?:pt|st(?:\.[a-z0-9_-]{2,35})?|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
        body: (value) => value.slice(value.lastIndexOf('.') + 1),
        remediation: (0,types/* rotate */.e$)('Doppler dashboard > Access: revoke the token'),
    },
    {
        id: 'sentry-auth-token',
        title: 'Sentry auth token',
        severity: 'high',
        keywords: ['sntrys_', 'sntryu_'],
        pattern: /(?<![A-Za-z0-9_])(sntrys_eyJ[A-Za-z0-9+/]{20,400}={0,2}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_-])/,
        body: (value) => value.slice(value.lastIndexOf('_') + 1),
        // An org token's middle is base64 JSON naming its org and region: a run of random base64 is not one.
        validate: (value) => value.startsWith('sntryu_') || isSentryOrgToken(value),
        remediation: (0,types/* rotate */.e$)('sentry.io > Settings > Auth Tokens: revoke the token'),
    },
    {
        id: 'linear-api-key',
        title: 'Linear API key',
        severity: 'high',
        keywords: ['lin_api_', 'lin_oauth_'],
        pattern: /(?<![A-Za-z0-9_])(lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64})(?![A-Za-z0-9_])/,
        remediation: (0,types/* rotate */.e$)('Linear > Settings > API: revoke the key'),
    },
    {
        id: 'vercel-token',
        title: 'Vercel token',
        severity: 'high',
        keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
        pattern: /(?<![A-Za-z0-9_])(vc[picrka]_[A-Za-z0-9]{20,60})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('vercel.com/account/tokens: delete the token'),
    },
    {
        id: 'vercel-token-assignment',
        title: 'Vercel token',
        severity: 'high',
        keywords: ['vercel'],
        mode: 'scan',
        pattern: (0,types/* assignedTo */.cR)('vercel[\\w.-]{0,20}token', '[A-Za-z0-9]{24}'),
        minEntropy: 3.5,
        remediation: (0,types/* rotate */.e$)('vercel.com/account/tokens: delete the token'),
    },
    {
        id: 'netlify-token',
        title: 'Netlify access token',
        severity: 'high',
        keywords: ['nfp_', 'nfc_', 'nfo_', 'nfu_', 'nfb_'],
        pattern: /(?<![A-Za-z0-9_])(nf[pcoub]_[A-Za-z0-9]{36,40})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('app.netlify.com/user/applications: revoke the token'),
    },
    {
        id: 'netlify-token-assignment',
        title: 'Netlify access token',
        severity: 'high',
        keywords: ['netlify'],
        mode: 'scan',
        pattern: (0,types/* assignedTo */.cR)('netlify[\\w.-]{0,20}(?:token|key)', '[A-Za-z0-9_=-]{40,46}'),
        minEntropy: 3.5,
        remediation: (0,types/* rotate */.e$)('app.netlify.com/user/applications: revoke the token'),
    },
    {
        id: 'heroku-api-key',
        title: 'Heroku API key',
        severity: 'high',
        keywords: ['heroku', 'HRKU-'],
        mode: 'scan',
        pattern: new RegExp(`${(0,types/* assignedTo */.cR)('heroku', devtools_UUID).source}|(HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])`, 'i'),
        group: [1, 2],
        remediation: (0,types/* rotate */.e$)('Heroku dashboard > Account settings > API key: regenerate'),
    },
    {
        id: 'docker-hub-token',
        title: 'Docker Hub personal access token',
        severity: 'high',
        keywords: ['dckr_pat_', 'dckr_oat_'],
        pattern: /(?<![A-Za-z0-9_])(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32})(?![A-Za-z0-9_-])/,
        remediation: (0,types/* rotate */.e$)('hub.docker.com > Account settings > Personal access tokens'),
    },
    {
        id: 'databricks-token',
        title: 'Databricks access token',
        severity: 'high',
        keywords: ['dapi'],
        pattern: /(?<![A-Za-z0-9_])(dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('Databricks > User settings > Access tokens: revoke the token'),
    },
    // Figma's personal access tokens before `figd_`: a number, a dash and a UUID, known only by the name beside it
    // (`X-Figma-Token: …`, `FIGMA_TOKEN=…`).
    (0,types/* namedKey */.zn)('figma-token-legacy', 'Figma personal access token (legacy format)', ['figma'], '[0-9]{3,8}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'Figma > Settings > Security > Personal access tokens'),
    {
        id: 'figma-token',
        title: 'Figma personal access token',
        severity: 'high',
        keywords: ['figd_'],
        pattern: /(?<![A-Za-z0-9_])(figd_[A-Za-z0-9_-]{40,200})(?![A-Za-z0-9_-])/,
        remediation: (0,types/* rotate */.e$)('Figma > Settings > Security > Personal access tokens'),
    },
    {
        id: 'cloudflare-api-token',
        title: 'Cloudflare API token',
        severity: 'high',
        keywords: ['cfk_', 'cfut_', 'cfat_'],
        pattern: /(?<![A-Za-z0-9_])((?:cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('Cloudflare dashboard > My Profile > API Tokens: roll the token'),
    },
    {
        id: 'cloudflare-api-token-assignment',
        title: 'Cloudflare API token',
        severity: 'high',
        keywords: ['cloudflare', 'cf_api', 'cf-api'],
        mode: 'scan',
        pattern: (0,types/* assignedTo */.cR)('(?:cloudflare|cf)[\\w.-]{0,20}(?:token|key)', '[A-Za-z0-9_-]{40}|[a-f0-9]{37}'),
        minEntropy: 3.5,
        remediation: (0,types/* rotate */.e$)('Cloudflare dashboard > My Profile > API Tokens: roll the token'),
    },
    {
        id: 'tailscale-key',
        title: 'Tailscale key',
        severity: 'high',
        keywords: ['tskey-'],
        pattern: /(?<![A-Za-z0-9_])(tskey-[a-z]{2,20}-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60})(?![0-9A-Za-z_])/,
        body: (value) => value.slice(value.lastIndexOf('-') + 1),
        remediation: (0,types/* rotate */.e$)('Tailscale admin console > Settings > Keys: revoke the key'),
    },
    {
        id: 'grafana-token',
        title: 'Grafana token',
        severity: 'high',
        keywords: ['glc_', 'glsa_', 'eyJrIjoi'],
        pattern: /(?<![A-Za-z0-9_])(glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|eyJrIjoi[A-Za-z0-9]{70,400}={0,3})(?![A-Za-z0-9+/=])/,
        remediation: (0,types/* rotate */.e$)('Grafana > Administration > Service accounts / Cloud access policies: delete the token'),
    },
    {
        id: 'onepassword-service-account-token',
        title: '1Password service account token',
        severity: 'high',
        keywords: ['ops_ey'],
        pattern: /(?<![A-Za-z0-9_])(ops_ey[A-Za-z0-9+/=]{100,1280}fQ={0,2}|ops_eyJ[A-Za-z0-9+/]{250,4000}={0,3})(?![A-Za-z0-9+/=])/,
        remediation: (0,types/* rotate */.e$)('1Password > Developer > Service accounts: revoke the token'),
    },
    {
        id: 'notion-token',
        title: 'Notion integration token',
        severity: 'high',
        keywords: ['ntn_'],
        pattern: /(?<![A-Za-z0-9_])(ntn_\d{11}[A-Za-z0-9]{35})(?![A-Za-z0-9])/,
        body: (value) => value.slice(15),
        remediation: (0,types/* rotate */.e$)('notion.so/my-integrations: refresh the secret'),
    },
    {
        id: 'atlassian-api-token',
        title: 'Atlassian API token',
        severity: 'high',
        keywords: ['ATATT3'],
        pattern: /(?<![A-Za-z0-9_])(ATATT3[A-Za-z0-9_=-]{186})(?![A-Za-z0-9_=-])/,
        remediation: (0,types/* rotate */.e$)('id.atlassian.com > Security > API tokens: revoke the token'),
    },
    {
        id: 'supabase-service-key',
        title: 'Supabase secret key',
        severity: 'high',
        keywords: ['sb_secret_', 'sbp_'],
        pattern: /(?<![A-Za-z0-9_])(sb_secret_[A-Za-z0-9_-]{31,64}|sbp_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
        remediation: (0,types/* rotate */.e$)('Supabase dashboard > Project settings > API keys: revoke the key'),
    },
    {
        id: 'new-relic-api-key',
        title: 'New Relic user API key',
        severity: 'high',
        keywords: ['NRAK-'],
        pattern: /(?<![A-Za-z0-9_])(NRAK-[A-Za-z0-9]{27})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('New Relic > API keys: delete the key'),
    },
    {
        id: 'datadog-api-key',
        title: 'Datadog API or application key',
        severity: 'high',
        keywords: ['datadog', 'dd_api_key', 'dd_app_key', 'dd-api-key', 'dd_application_key'],
        mode: 'scan',
        pattern: (0,types/* assignedTo */.cR)('(?:datadog|dd)[\\w.-]{0,20}(?:api|app|application)[\\w.-]{0,10}key', '[a-f0-9]{32}|[a-f0-9]{40}'),
        remediation: (0,types/* rotate */.e$)('Datadog > Organization settings > API keys / Application keys: revoke the key'),
    },
    {
        id: 'algolia-admin-key',
        title: 'Algolia admin API key',
        severity: 'high',
        keywords: ['algolia'],
        mode: 'scan',
        pattern: (0,types/* assignedTo */.cR)('algolia[\\w.-]{0,20}(?:admin|write|secret)[\\w.-]{0,10}key', '[a-f0-9]{32}'),
        remediation: (0,types/* rotate */.e$)('Algolia dashboard > Settings > API keys: regenerate the admin key'),
    },
    {
        id: 'postman-api-key',
        title: 'Postman API key',
        severity: 'high',
        keywords: ['PMAK-'],
        pattern: /(?<![A-Za-z0-9_])(PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('Postman > Settings > API keys: revoke the key'),
    },
    {
        id: 'planetscale-token',
        title: 'PlanetScale password or token',
        severity: 'high',
        keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
        pattern: /(?<![A-Za-z0-9_])(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64})(?![A-Za-z0-9_.=-])/,
        remediation: (0,types/* rotate */.e$)('PlanetScale > Settings > Passwords / Service tokens: delete it'),
    },
    {
        // The `_gitlab_session` cookie of a signed-in user: whoever holds it is that user until it expires.
        id: 'gitlab-session-cookie',
        title: 'GitLab session cookie',
        severity: 'high',
        keywords: ['_gitlab_session='],
        pattern: /_gitlab_session=([0-9a-z]{32})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('GitLab > User settings > Active sessions: revoke the session, or sign out everywhere'),
    },
    {
        // Public tokens are meant for browsers, but they name the account and its URL restrictions: reported low.
        id: 'mapbox-public-token',
        title: 'Mapbox public access token',
        severity: 'low',
        keywords: ['mapbox'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9_.])(pk\.(?:eyJ[A-Za-z0-9_-]{20,200}|[a-z0-9]{60})\.[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
        body: (value) => value.slice(3),
        remediation: (0,types/* rotate */.e$)('account.mapbox.com > Access tokens: restrict the token to your URLs, or delete it'),
    },
    {
        // Atlassian's API tokens before the ATATT3 prefix: 24 characters, known only by the product's name.
        ...(0,types/* namedKey */.zn)('atlassian-api-token-legacy', 'Atlassian (Jira, Confluence) API token', ['atlassian', 'confluence', 'jira'], '[A-Za-z0-9]{24}', 'id.atlassian.com > Security > API tokens: revoke the token'),
    },
    {
        id: 'mapbox-secret-token',
        title: 'Mapbox secret access token',
        severity: 'high',
        keywords: ['sk.eyJ'],
        pattern: /(?<![A-Za-z0-9_.])(sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
        remediation: (0,types/* rotate */.e$)('account.mapbox.com > Access tokens: delete the secret token'),
    },
    {
        // Minted by a secret token with any of its scopes, valid for an hour at most: most found in a repository have
        // expired, but one that has not acts with the scopes written in its payload.
        id: 'mapbox-temporary-token',
        title: 'Mapbox temporary access token',
        severity: 'medium',
        keywords: ['tk.eyJ'],
        pattern: /(?<![A-Za-z0-9_.])(tk\.eyJ[A-Za-z0-9_-]{20,1000}\.[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
        remediation: (0,types/* rotate */.e$)('account.mapbox.com > Access tokens: delete the secret token that created it'),
    },
    (0,types/* prefixedToken */.Xf)('dependency-track-api-key', 'OWASP Dependency-Track API key', ['odt_'], 
    // `odt_` then 32 letters and digits (4.9 to 4.12); since 4.13 a public ID of 8 (5 for a key from before) and `_`
    // stand between prefix and secret.
    'odt_(?:[A-Za-z0-9]{5}_|[A-Za-z0-9]{8}_)?[A-Za-z0-9]{32}', 'Dependency-Track > Administration > Access Management > Teams: regenerate or delete the API key', { body: (value) => value.slice(value.lastIndexOf('_') + 1) }),
    {
        // What `vault operator init` prints (`Unseal Key 1: …`, `Recovery Key 1: …`, or `unseal_keys_b64` in JSON) and
        // what `vault operator unseal` is given: a Shamir share of 33 bytes, 44 base64 characters or 66 hex digits.
        // A threshold of shares opens the barrier over every secret in the storage backend.
        id: 'vault-unseal-key',
        title: 'HashiCorp Vault unseal or recovery key',
        severity: 'high',
        keywords: ['Unseal Key', 'Recovery Key', 'operator unseal', 'unseal_keys_', 'recovery_keys_'],
        pattern: new RegExp([
            String.raw `(?:Unseal|Recovery) Key \d{1,2}(?: \((?:b64|hex)\))?:[ \t]{0,4}(${SHAMIR_SHARE})`,
            String.raw `operator unseal[ \t]{1,4}(?:-[a-z-]{1,20}(?:=\S{1,100})?[ \t]{1,4}){0,3}['"]?(${SHAMIR_SHARE})`,
            String.raw `(?:unseal|recovery)_keys_(?:b64|hex)['"]?[ \t]{0,4}[:=][ \t]{0,4}\[\s{0,20}['"](${SHAMIR_SHARE})['"]`,
        ].join('|')),
        group: [1, 2, 3],
        remediation: (0,types/* rotate */.e$)('vault operator rekey (recovery keys: vault operator rekey -target=recovery)'),
    },
    {
        id: 'brevo-api-key',
        title: 'Brevo (Sendinblue) API key',
        severity: 'high',
        keywords: ['xkeysib-', 'xsmtpsib-'],
        pattern: /(?<![A-Za-z0-9_])(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('Brevo > SMTP & API > API keys: delete the key'),
    },
    {
        id: 'rubygems-api-key',
        title: 'RubyGems API key',
        severity: 'high',
        keywords: ['rubygems_'],
        pattern: /(?<![A-Za-z0-9_])(rubygems_[a-f0-9]{48})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('rubygems.org > Settings > API keys: delete the key'),
    },
    {
        id: 'contentful-token',
        title: 'Contentful personal access token',
        severity: 'high',
        keywords: ['CFPAT-'],
        pattern: /(?<![A-Za-z0-9_])(CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
        remediation: (0,types/* rotate */.e$)('Contentful > Settings > CMA tokens: revoke the token'),
    },
    {
        id: 'dropbox-token',
        title: 'Dropbox access token',
        severity: 'high',
        keywords: ['sl.'],
        pattern: /(?<![A-Za-z0-9_.])(sl\.[A-Za-z0-9_-]{130,150})(?![A-Za-z0-9_-])/,
        remediation: (0,types/* rotate */.e$)('Dropbox App Console > your app: revoke the token'),
    },
    {
        id: 'firebase-cloud-messaging-key',
        title: 'Firebase Cloud Messaging server key',
        severity: 'high',
        keywords: [':APA91b'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9_-])(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
        body: (value) => value.slice(value.indexOf(':') + 7),
        remediation: (0,types/* rotate */.e$)('Firebase console > Project settings > Cloud Messaging: delete the server key'),
    },
    {
        id: 'okta-api-token',
        title: 'Okta API token',
        severity: 'high',
        // By the provider's name, or after `SSWS`, the authorization scheme only Okta's API uses.
        keywords: ['okta', 'SSWS '],
        mode: 'scan',
        ...(0,types/* withAlternative */.cJ)((0,types/* assignedOrNear */.ax)('okta[\\w.-]{0,40}', OKTA_TOKEN), `SSWS[ \\t]{1,4}(${OKTA_TOKEN})(?![\\w=-])`),
        validate: (_, context) => (0,types/* startsAtName */.W9)(context),
        remediation: (0,types/* rotate */.e$)('Okta admin console > Security > API > Tokens: revoke the token'),
    },
    // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
    (0,types/* namedKey */.zn)('npm-legacy-token', 'npm legacy auth token', ['npm_token', 'npmtoken', 'npm_auth_token'], devtools_UUID, 'npmjs.com > Access Tokens: delete the token (legacy tokens are being retired: use a granular token)'),
    (0,types/* prefixedToken */.Xf)('portainer-access-token', 'Portainer access token', ['ptr_'], 'ptr_[A-Za-z0-9_+/=-]{36,44}', 'Portainer > My account > Access tokens: remove the token', { validate: (value) => /\d/.test(value) && !(0,types/* isWordLike */.UI)(value.slice(4)) }),
    (0,types/* prefixedToken */.Xf)('alchemy-access-token', 'Alchemy access token', ['alcht_'], 'alcht_[A-Za-z0-9]{30}', 'Alchemy dashboard > Account > Access keys: delete the token'),
    (0,types/* namedKey */.zn)('censys-api-secret', 'Censys API secret', ['censys'], '[A-Za-z0-9]{32}', 'search.censys.io/account/api: reset the API secret'),
    (0,types/* namedKey */.zn)('convertapi-secret', 'ConvertAPI secret', ['convertapi'], 'secret_[A-Za-z0-9]{16}|[A-Za-z0-9]{16}', 'convertapi.com > Account > Authentication: regenerate the secret', 
    // `secret_` is the format's prefix, not a placeholder word.
    {
        body: (value) => value.replace(/^secret_/, ''),
        validate: (value) => !(0,types/* isWordLike */.UI)(value.replace(/^secret_/, '')),
    }),
    (0,types/* namedKey */.zn)('pinata-api-secret', 'Pinata API secret', ['pinata'], '[a-z0-9]{64}', 'app.pinata.cloud > API keys: revoke the key'),
    (0,types/* namedKey */.zn)('uploadcare-secret-key', 'Uploadcare secret key', ['uploadcare'], '[a-z0-9]{20}', 'Uploadcare dashboard > API keys: add a new secret key, then delete the old one'),
    (0,types/* prefixedToken */.Xf)('apify-api-token', 'Apify API token', ['apify_api_'], 'apify_api_[A-Za-z0-9_-]{36}', 'Apify Console > Settings > Integrations: reset the API token'),
    (0,types/* namedKey */.zn)('apilayer-api-key', 'APILayer API key', ['apilayer', 'currencylayer'], '[A-Za-z0-9]{32}', 'apilayer.com > Account: reset the API key', { severity: 'medium' }),
];
function isSentryOrgToken(value) {
    const json = value.slice('sntrys_'.length, value.lastIndexOf('_'));
    const decoded = Buffer.from(json, 'base64').toString('latin1');
    return decoded.startsWith('{"iat":') && decoded.includes('"region_url"');
}
/** A role ID (`role_id`, `VAULT_ROLE_ID`, `role-id`) or the word AppRole within a few lines of a secret ID. */
function hasAppRoleNearby(text, index) {
    const around = text.slice(Math.max(0, index - 400), index + 400);
    return /role[_-]?id(?![a-z])|approle/i.test(around);
}

;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/email.ts

const email_UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const EMAIL_RULES = [
    {
        id: 'sendgrid-api-key',
        title: 'SendGrid API key',
        severity: 'high',
        keywords: ['SG.'],
        // `SG.<22>.<43>` as SendGrid issues them; gitleaks' form also takes 66 characters in one run.
        pattern: /(?<![A-Za-z0-9_])(SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}|SG\.[A-Za-z0-9=_.-]{66})(?![A-Za-z0-9_=.-])/,
        remediation: (0,types/* rotate */.e$)('SendGrid > Settings > API Keys: delete the key'),
    },
    {
        id: 'mailgun-api-key',
        title: 'Mailgun API key',
        severity: 'high',
        keywords: ['mailgun'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9_-])(key-[0-9a-f]{32}|[0-9a-h]{32}-[0-9a-h]{8}-[0-9a-h]{8})(?![A-Za-z0-9_-])/,
        body: (value) => value.replace(/^key-/, ''),
        remediation: (0,types/* rotate */.e$)('Mailgun > Settings > API Security: regenerate the key'),
    },
    (0,types/* namedKey */.zn)('mailgun-public-key', 'Mailgun public validation key', ['mailgun'], 'pubkey-[a-f0-9]{32}', 'Mailgun > Settings > API Security: regenerate the public validation key', { severity: 'low', body: (value) => value.slice(7) }),
    {
        id: 'mailchimp-api-key',
        title: 'Mailchimp API key',
        severity: 'high',
        keywords: ['mailchimp', 'mc_api', 'mc-api'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9_-])([0-9a-f]{32}-us\d{1,2})(?![A-Za-z0-9_-])/,
        body: (value) => value.slice(0, 32),
        remediation: (0,types/* rotate */.e$)('Mailchimp > Account > Extras > API keys: disable the key, create a new one'),
    },
    {
        id: 'postmark-server-token',
        title: 'Postmark server token',
        severity: 'high',
        keywords: ['postmark'],
        mode: 'scan',
        ...(0,types/* assignedOrNear */.ax)('postmark', email_UUID),
        remediation: (0,types/* rotate */.e$)('Postmark > Servers > API Tokens: regenerate the token'),
    },
    {
        id: 'resend-api-key',
        title: 'Resend API key',
        severity: 'high',
        keywords: ['re_'],
        pattern: /(?<![A-Za-z0-9_])(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?![A-Za-z0-9_])/,
        remediation: (0,types/* rotate */.e$)('Resend dashboard > API Keys: delete the key'),
    },
    {
        id: 'mailersend-api-token',
        title: 'MailerSend API token',
        severity: 'high',
        keywords: ['mlsn.'],
        pattern: /(?<![A-Za-z0-9_])(mlsn\.[a-f0-9]{64})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('MailerSend > Integrations > API tokens'),
    },
    (0,types/* namedKey */.zn)('mailjet-api-key', 'Mailjet API key or secret', ['mailjet', 'mj_apikey', 'mj-apikey'], '[a-f0-9]{32}', 'app.mailjet.com > Account settings > API key management: regenerate the secret key'),
    (0,types/* namedKey */.zn)('sparkpost-api-key', 'SparkPost API key', ['sparkpost'], '[a-f0-9]{40}', 'SparkPost > Account > API keys: delete the key'),
    (0,types/* namedKey */.zn)('mandrill-api-key', 'Mandrill (Mailchimp Transactional) API key', ['mandrill'], 'md-[A-Za-z0-9_-]{22}|[A-Za-z0-9_-]{22}', 'Mailchimp Transactional > Settings > API keys: delete the key'),
    (0,types/* namedKey */.zn)('messagebird-api-key', 'MessageBird (Bird) API key', ['messagebird', 'message_bird', 'message-bird'], '[A-Za-z0-9]{25}', 'MessageBird dashboard > Developers > API access: delete the key'),
    // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
    (0,types/* namedKey */.zn)('moosend-api-key', 'Moosend API key', ['moosend'], email_UUID, 'Moosend > Settings > API key: generate a new key'),
    (0,types/* namedKey */.zn)('courier-auth-token', 'Courier auth token', ['courier'], 'pk_[A-Za-z0-9_]{40,90}', 'Courier > Settings > API keys: rotate the key'),
    (0,types/* namedKey */.zn)('convertkit-api-secret', 'Kit (ConvertKit) API key or secret', ['convertkit'], '[A-Za-z0-9_-]{43}|[A-Za-z0-9_-]{22}', 'Kit > Settings > Developer: regenerate the API secret'),
];

;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/generic.ts
// Rules that recognise a secret by where it sits (a URL's password, a variable named like a secret)
// rather than by a provider's format: they run the stricter generic decoy filter.



/** Byte-string wrappers around a quoted literal: Go `[]byte("…")`, Python `b"…"`. */
const WRAPPER = String.raw `(?:\[\]byte\(|\bb(?=["']))?`;
/**
 * `=`, `:`, `:=`, Makefile `::=` `:::=` `?=` `+=`, PHP `.=`, `??=`, `||=`, `=>`, a typed declaration (`: T =`, Go
 * `name string =`), `(` for setters (`setPassword("…")`, checked by name), `>` for XML elements (`<password>…</password>`,
 * also with the value on its own line), a YAML block scalar (`password: |` then the value), and `,` after a quoted
 * name (`define('DB_PASSWORD', '…')`, `config.set("api_key", "…")`).
 */
const ASSIGN = String.raw `[\w.-]{0,30}(?:\\?["'\x60]?(?:[ \t]{0,4}(?:[:?+.]{1,3}=|\?\?=|=|=>|\|\|=|\()|${types/* TYPED_ASSIGN */.lI}|[ \t]{0,4}:(?:[ \t]{0,4}[|>][-+]?[ \t]{0,4}\r?\n[ \t]{1,16})?|[ \t]{0,4}>(?:[ \t]{0,4}\r?\n[ \t]{1,16})?)|\\?["'][ \t]{0,4},)(?![=>])[ \t]{0,4}${WRAPPER}`;
/**
 * Group 1: the quote; group 2: a quoted value; group 3: an unquoted value (config files only). A quoted value may
 * carry its header's scheme (`AUTH_TOKEN: "Bearer …"`, `"token ghp_…"`), which is not part of the secret. A JWT may
 * run past 256 characters (an RS256 signature alone is 342), so one of that shape is read whole. A quoted value does
 * not start with `,` or `;`: that quote closed the previous literal (`passwordLabel:"Password:",rememberMeLabel:"…"`
 * in minified code), it does not open a value.
 */
const VALUE = String.raw `(?:\\?(["'\x60])(?:(?:bearer|token)[ \t]{1,3}(?=[^\s"'\x60\\]{32}))?(?![,;])(eyJ[\w-]{10,1000}={0,2}\.[\w-]{4,4000}={0,2}\.[\w-]{16,1000}|[^\s"'\x60\\]{6,256})\\?\1|([^\s"'\x60,;#&|<>(){}\[\]\\][^\s"'\x60,<>{}\[\]\\]{5,255})(?=[\s,<"]|\\[nrt"]|$))`;
function assignment(name) {
    return new RegExp(`(?:${name})${ASSIGN}${VALUE}`, 'i');
}
/** Last word of a name that makes the value a setting about a secret (its URL, length, header), not the secret. */
const SETTING_WORD = /^(?:url|uri|path|file|filename|dir|name|id|ids|type|header|field|length|len|size|ttl|expiry|expires|expiration|expire|in|at|prefix|suffix|regex|regexp|pattern|endpoint|env|var|label|placeholder|count|min|max|hint|format|policy|mode|version|hash|hashed|digest|enabled|required|timeout|ref|arn|location|provider|store|manager|limit|error|message|msg|text|title|description|input|button|link|page|route|column|table|schema|param|index|kind|method|algorithm|rounds|reset|confirm|confirmation|strength|rule|rules|source|storage|cache|service|class|module|component|handler|validator|selector|event|action|status|state|option|options|usage|encoding|template|fingerprint|policy|question|answer|salt|iv|nonce)$/;
const NOT_A_SECRET_WORD = /hash|digest|checksum|sha\d|md5|public|publishable|pubkey|tokeniz|next_?token|page_?token|continuation|csrf|xsrf|authenticity|non_?matching|invalid|incorrect|wrong_|tokens$|token_?type|passwordless|forgot|i18n|translation|secretlint|gitleaks|example|sample|dummy|mock|fake/;
const snakeCase = (name) => name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    // `CookieKeyIDName`: an acronym ends where the next word's capital starts (`ID_Name`).
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[.-]/g, '_')
    .toLowerCase();
/** The whole variable name around the keyword, in snake_case (`stripe_client_secret` for a hit on `SECRET`),
 * and the character before it. */
function assignedName({ text, match }) {
    const hit = match.index;
    let start = hit;
    while (start > 0 && start > hit - 60 && /[\w.-]/.test(text[start - 1])) {
        // `\nAPI_TOKEN=` inside a JSON string: the escape ends the previous line, it is not part of the name.
        if (text[start - 2] === '\\' && /[nrt]/.test(text[start - 1]))
            break;
        start--;
    }
    const nameEnd = match[0].search(/[^\w.-]/);
    const name = snakeCase(text.slice(start, hit + (nameEnd === -1 ? match[0].length : nameEnd)));
    return { name, before: text[start - 1] ?? '' };
}
function isSecretName(context, { name, before } = assignedName(context)) {
    // `"config/secret-names.ts": "<sha>"`: a file path used as a key.
    if (before === '/' || before === '\\')
        return false;
    // `setPassword("…")`, `withApiKey("…")`: a call passes a secret only when it sets one, not `getSecret("name")`.
    if (/^[\w.-]*\(/.test(context.match[0]) && !/(?:^|_)(?:set|with)_/.test(name))
        return false;
    return isSecretWord(name);
}
/** A snake_case name that holds a secret, not a setting about one (`db_password`, not `password_length`). */
function isSecretWord(name) {
    return !NOT_A_SECRET_WORD.test(name) && !SETTING_WORD.test(name.slice(name.lastIndexOf('_') + 1));
}
/**
 * Unquoted values count only in files where `KEY=value` is a literal (env, YAML, properties, shell), or inside a
 * string that holds such a file (`"env": "A=1\nAPI_TOKEN=…\nB=2"`): the value ends at an escaped line break.
 */
function quotedOrConfig(value, { match, text, index, allowsUnquoted }) {
    if (match[3] === undefined || allowsUnquoted)
        return true;
    // `"env": "A=1\nAPI_TOKEN=…\nB=2"`: `NAME=value` right after an escaped line break, ending one or the string.
    const after = text.slice(index + value.length, index + value.length + 2);
    return /\\n[\w.-]{1,80}=$/.test(text.slice(Math.max(0, index - 90), index)) && /^(?:\\[nr"]|"|$)/.test(after);
}
/**
 * `define('DB_PASSWORD', '…')`, `config.set("api_key", "…")`: a name and a value passed side by side to a call.
 * A list of strings (`["a11y_accesskey", "a11y_aria_…"]`) has commas too, but no call before its first name.
 */
function isCallPair({ match, text }) {
    if (!/^[\w.-]*\\?["']\s{0,4},/.test(match[0]))
        return true;
    let start = match.index;
    while (start > 0 && start > match.index - 60 && /[\w.-]/.test(text[start - 1]))
        start--;
    return /\(\s{0,4}\\?["']$/.test(text.slice(Math.max(0, start - 8), start));
}
/** Words in a variable name that make its value a secret, and the keywords that find them. */
const SECRET_NAME = '(?:password|passwd|passphrase|(?<![a-z])pass(?![a-z])|pwd|secret|token|api[_.-]?key|access[_.-]?key|auth[_.-]?key|private[_.-]?key|credentials?)';
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
function isSecretPair(value, context) {
    return isSecretName(context) && !(0,filters/* isGenericDecoy */.kY)(value);
}
/**
 * `scheme://user:password@host`. A password may hold an unescaped `@` (`app:p@ss9Word!@cluster0…`): drivers
 * that parse from the right accept it and people write it. The host follows the last `@` before the path, port or
 * query; each `@`-part of the password stops at `/`, `?` and `#`, so `user:pw@host?to=a@b.io` keeps `pw`. Every
 * part is bounded and can only end at `@`, so a failed match backtracks linearly.
 */
const URL_PASSWORD = String.raw `:\/\/([^\s:@/"'<>\x60]{0,128}):([^\s@/"'<>\x60]{1,256}(?:@[^\s@/?#"'<>\x60]{1,64}){0,2})@[A-Za-z0-9\[._-]`;
const DB_SCHEMES = 'postgres|postgresql|mysql|mysqlx|mariadb|mongodb|mongodb\\+srv|redis|rediss|amqp|amqps|mssql|sqlserver|cockroachdb|clickhouse|neo4j|neo4j\\+s|couchdb|couchbases?|cassandra|oracle|db2|jdbc:[a-z]{2,12}';
/** SQLAlchemy's and Celery's `dialect+driver://` (`postgresql+psycopg2://`, `mysql+pymysql://`, `amqp+ssl://`). */
const DB_DRIVER = String.raw `(?:\+[a-z][a-z0-9_]{1,20})?`;
/** An argument before the password: a string literal, or a variable, constant or property (`$dsn`, `DB_HOST`). */
const CALL_ARG = String.raw `(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[$\w.>-]{1,60})`;
/**
 * Schemes other than a database's whose URLs carry a login: web and file transfer, mail, directories, proxies
 * (`socks5://user:pass@proxy:1080`), cameras' streams (`rtsp://`), message brokers (`mqtt://`, `nats://`), shares.
 */
const URL_SCHEMES = 'https?|wss?|ftps?|sftp|ssh|git\\+https|svn(?:\\+ssh)?|smb|webdavs?|smtps?|imaps?|pop3s?|ldaps?|socks(?:4a?|5h?)?|rtsps?|rtmps?|mqtts?|nats';
/** Between a .netrc entry's words: spaces and line breaks, also escaped in a string (`"machine h\n login u\n …"`). */
const NETRC_GAP = String.raw `(?:[ \t\r\n]|\\[nrt]){1,40}`;
const NETRC_TOKEN = String.raw `[^\s"'\x60\\]{1,253}`;
const NETRC_FILE = /(?:^|\/)[._]netrc$/;
/**
 * A query parameter that carries a credential, in a URL anywhere (`fetch('https://api.shop.io/v1/x?api_key=…')`):
 * the value runs to `&`, `#`, a quote, a bracket or whitespace. A key or token a service issues is at least 16
 * characters; a shorter one is cut off for a sample response (`?access_token=EAACEdEose0cB`). `key` alone also names
 * cache and sort keys, so under it only a long, random, machine-issued value counts.
 */
const QUERY_NAMES = ['api_key', 'api-key', 'apikey', 'access_token', 'auth_token', 'token', 'client_secret', 'key'];
const QUERY_VALUE = String.raw `([A-Za-z0-9._~+/%=-]{16,512})(?=[&#"'\x60\s\\)<>,;\]]|$)`;
const GENERIC_RULES = [
    {
        id: 'database-url-password',
        title: 'Database URL with a password',
        severity: 'high',
        keywords: ['://'],
        pattern: new RegExp(`(?<=(?<![A-Za-z0-9+])(?:${DB_SCHEMES})${DB_DRIVER})${URL_PASSWORD}`, 'i'),
        group: 2,
        generic: true,
        validate: (value, { match }) => !(0,filters/* isUrlPasswordDecoy */.hI)(value, match[1]),
        remediation: (0,types/* rotate */.e$)('change the database user password, then read the URL from a secret store'),
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
        validate: (value, { match }) => !(0,filters/* isUrlPasswordDecoy */.hI)(value, match[1]),
        remediation: (0,types/* rotate */.e$)('change the database user password, then read the DSN from a secret store'),
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
        pattern: new RegExp(String.raw `(?:new PDO|new mysqli|mysqli_connect|mysql_connect|getConnection)\(\s{0,8}${CALL_ARG},\s{0,8}${CALL_ARG},\s{0,8}(["'])([^"'\s\\]{3,128})\1\s{0,8}[,)]` +
            String.raw `|NetworkCredential\(\s{0,8}${CALL_ARG},\s{0,8}(["'])([^"'\s\\]{3,128})\3\s{0,8}[,)]`, 'i'),
        group: [2, 4],
        generic: true,
        validate: (value) => !(0,filters/* isPasswordDecoy */.Q3)(value),
        remediation: (0,types/* rotate */.e$)('change the password of that database, mail or network account, then read it from the environment'),
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
        validate: (value, { match }) => !(0,filters/* isUrlPasswordDecoy */.hI)(value, match[1]),
        remediation: (0,types/* rotate */.e$)('change the database user password, then read the URL from a secret store'),
    },
    {
        id: 'url-basic-auth',
        title: 'Password in a URL',
        severity: 'high',
        keywords: ['://'],
        pattern: new RegExp(`(?<=(?<![A-Za-z0-9+])(?:${URL_SCHEMES}))${URL_PASSWORD}`, 'i'),
        group: 2,
        generic: true,
        validate: (value, { match }) => !(0,filters/* isUrlPasswordDecoy */.hI)(value, match[1]),
        remediation: (0,types/* rotate */.e$)('change the password or token embedded in the URL'),
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
        pattern: assignment('(?:jwt[_.-]?(?:secret|key|signing[_.-]?key)|signing[_.-]?(?:key|secret)|hmac[_.-]?(?:key|secret)|session[_.-]?(?:secret|key)|cookie[_.-]?(?:secret|key)|secret[_.-]?key(?:[_.-]?base)?|app[_.-]?secret|auth[_.-]?secret|encryption[_.-]?key|master[_.-]?key)'),
        group: [2, 3],
        generic: true,
        skipLockfiles: true,
        validate: (value, context) => quotedOrConfig(value, context) && isCallPair(context) && isSecretName(context) && !(0,filters/* isGenericDecoy */.kY)(value),
        remediation: (0,types/* rotate */.e$)('generate a new secret; every session or token it signed becomes invalid'),
    },
    {
        // JDBC query strings and ADO.NET connection strings: `?user=app&password=…`, `Server=db;Pwd=…;`.
        id: 'connection-string-password',
        title: 'Password in a connection string',
        severity: 'high',
        keywords: ['password', 'pwd'],
        pattern: /(?<=[?&;]\s{0,2})(?:password|pwd)\s{0,2}=\s{0,2}([^&;\s"'<>\x60]{6,128})/i,
        generic: true,
        validate: (value) => !(0,filters/* isPasswordDecoy */.Q3)(value),
        remediation: (0,types/* rotate */.e$)('change the database user password, then read the connection string from a secret store'),
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
        validate: (value) => !(0,filters/* isPasswordDecoy */.Q3)(value),
        remediation: (0,types/* rotate */.e$)('the repository the block publishes to: change the password or token, then read it from gradle.properties outside the repo or an environment variable'),
    },
    {
        id: 'sql-password',
        title: 'Password in SQL',
        severity: 'medium',
        keywords: ['identified', 'password'],
        pattern: /(?:IDENTIFIED\s{1,3}BY|PASSWORD)\s{1,3}'([^'\s]{6,128})'/i,
        generic: true,
        validate: (value) => !(0,filters/* isGenericDecoy */.kY)(value),
        remediation: (0,types/* rotate */.e$)('change the database user password; keep it out of migration files'),
    },
    {
        id: 'authorization-header',
        title: 'Credential in an Authorization header',
        severity: 'medium',
        keywords: ['authorization'],
        pattern: /authorization\\?["']?\s{0,3}[:=]\s{0,3}\\?["'\x60]?(?:bearer|basic|token)\s{1,3}([A-Za-z0-9._~+/-]{16,1024}={0,2})(?![A-Za-z0-9._~+/=-])/i,
        generic: true,
        validate: (value) => !(0,filters/* isGenericDecoy */.kY)(value),
        remediation: (0,types/* rotate */.e$)('revoke the token or change the password it encodes'),
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
        pattern: /(?<=\bvariable[ \t]{1,4}"([\w-]{1,60})"[ \t]{0,4}\{[^{}]{0,400})\bdefault[ \t]{0,4}=[ \t]{0,4}"([^"\s]{6,256})"/,
        group: 2,
        generic: true,
        paths: /\.tf$/,
        validate: (value, { match }) => SECRET_NAME_RE.test(match[1]) && isSecretWord(snakeCase(match[1])) && !(0,filters/* isGenericDecoy */.kY)(value),
        remediation: (0,types/* rotate */.e$)('wherever it was issued; pass it in with TF_VAR_ or a secret store instead of a default'),
    },
    {
        // The legacy `ENV NAME value` form: a space, not `=`, separates them.
        id: 'dockerfile-env-secret',
        title: 'Secret in a Dockerfile ENV',
        severity: 'medium',
        keywords: SECRET_NAME_KEYWORDS,
        pattern: new RegExp(`(?<=^[ \\t]*ENV[ \\t]+[\\w.-]{0,40})${SECRET_NAME}[\\w.-]{0,30}[ \\t]+["']?([^\\s"'=$]{6,256})["']?[ \\t]*$`, 'im'),
        generic: true,
        paths: /(?:^|\/)(?:Dockerfile|Containerfile)[^/]*$|\.dockerfile$/i,
        validate: isSecretPair,
        remediation: (0,types/* rotate */.e$)('wherever it was issued; an ENV value ships in every image layer, use a build secret'),
    },
    {
        // `<add key="PaymentApiKey" value="…"/>`, `<property name="password" value="…"/>`, and Kubernetes or
        // Compose env lists: `- name: API_TOKEN` then `value: "…"` on the next line.
        id: 'named-value-secret',
        title: 'Hard-coded secret',
        severity: 'medium',
        keywords: SECRET_NAME_KEYWORDS,
        pattern: new RegExp(`(?:(?<=<[\\w:.-]{1,40}[ \\t]+(?:key|name)[ \\t]*=[ \\t]*"[\\w.:-]{0,40})${SECRET_NAME}[\\w.:-]{0,30}"[ \\t]+value[ \\t]*=[ \\t]*"([^"\\s]{6,256})"` +
            `|(?<=\\bname:[ \\t]*["']?[\\w.-]{0,40})${SECRET_NAME}[\\w.-]{0,30}["']?[ \\t]*\\r?\\n[ \\t]*value:[ \\t]*["']?([^\\s"'#]{6,256})["']?[ \\t]*$)`, 'im'),
        group: [1, 2],
        generic: true,
        skipLockfiles: true,
        validate: isSecretPair,
        remediation: (0,types/* rotate */.e$)('wherever it was issued'),
    },
    {
        // `curl -u user:pass`, `--user 'user:pass'`, `-u "$KEY:"`-style pairs, also a few continued lines after `curl`.
        id: 'curl-basic-auth',
        title: 'Credentials in a curl command',
        severity: 'high',
        keywords: ['curl'],
        mode: 'scan',
        pattern: /\bcurl\b(?:[^\n]|\n(?![ \t]*\r?\n)){0,1200}?[ \t\n](?:-u|--user)(?:=|[ \t]{1,5})(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|((?:"[^"\n]{0,256}"|'[^'\n]{0,256}'|[^\s"'\\\x60]){3,300}))(?=\s|$)/,
        group: [1, 2, 3],
        generic: true,
        validate: (value) => isCurlCredential(value),
        remediation: (0,types/* rotate */.e$)('the service the command calls: change the password or revoke the key'),
    },
    {
        // MySQL's clients take the password glued to `-p` (`mysql -u shop -pS3cr…`, `mysqldump -p'…'`) or as
        // `--password=…`, in Dockerfiles, CI scripts and cron jobs. `-p` alone (then a space) asks for it instead;
        // `-P` is the port.
        id: 'mysql-cli-password',
        title: 'Password on a MySQL command line',
        severity: 'high',
        keywords: ['mysql'],
        pattern: /mysql(?:dump|admin|import|check|sh|pump)?\b[^\n]{0,200}?[ \t](?:-p|--password=)(?:'([^'\s]{3,128})'|"([^"\s]{3,128})"|([^\s'"$`;|&<>()\\]{3,128}))(?=[\s;|&)]|$)/,
        group: [1, 2, 3],
        generic: true,
        validate: (value) => !(0,filters/* isPasswordDecoy */.Q3)(value),
        remediation: (0,types/* rotate */.e$)('change the MySQL user password, then pass it through MYSQL_PWD or an option file'),
    },
    {
        // `curl -H "Authorization: Api-Token …"`, `-H "X-Octopus-ApiKey: …"`, `--header 'apikey: …'`: a header whose
        // name carries a credential, in a curl command (also continued over a few lines).
        id: 'curl-header-secret',
        title: 'Credential in a curl header',
        severity: 'high',
        keywords: ['curl'],
        mode: 'scan',
        pattern: /\bcurl\b(?:[^\n]|\n(?![ \t]*\r?\n)){0,1200}?[ \t\n](?:-H|--header)(?:=|[ \t]{1,5})(["'])[ \t]*([\w-]{0,40}(?:authorization|api-?key|token|secret|auth)[\w-]{0,20})[ \t]*:[ \t]*(?:(?:bearer|basic|token|api-?token|api-?key|key|sso-key)[ \t]+)?([^\s"']{8,1024})[ \t]*\1/i,
        group: 3,
        generic: true,
        validate: (value) => isHeaderCredential(value),
        remediation: (0,types/* rotate */.e$)('the service the command calls: revoke the token or key'),
    },
    {
        // In a .netrc file, any `password` token. Elsewhere, a whole entry written into one (a heredoc, a Dockerfile's
        // `RUN echo "machine … login … password …" > ~/.netrc`, a string with `\n` escapes, documentation): `machine`,
        // its host, an optional login and account, then the password, on one line or across lines.
        id: 'netrc-password',
        title: 'Password in a .netrc entry',
        severity: 'high',
        keywords: ['machine', 'password'],
        pattern: new RegExp(String.raw `machine${NETRC_GAP}${NETRC_TOKEN}(?:${NETRC_GAP}login${NETRC_GAP}${NETRC_TOKEN})?(?:${NETRC_GAP}account${NETRC_GAP}${NETRC_TOKEN})?${NETRC_GAP}password${NETRC_GAP}([^\s"'\x60\\]{6,256})` +
            String.raw `|password[ \t]+(\S{6,256})`),
        group: [1, 2],
        generic: true,
        validate: (value, { match, path }) => (match[1] !== undefined || NETRC_FILE.test(path)) && !(0,filters/* isPasswordDecoy */.Q3)(value),
        remediation: (0,types/* rotate */.e$)('change the password or token for that machine'),
    },
    {
        id: 'url-query-credential',
        title: 'Credential in a URL query string',
        severity: 'high',
        keywords: QUERY_NAMES.map((name) => `${name}=`),
        pattern: new RegExp(`(?<=[?&]|&amp;)(?:${QUERY_NAMES.join('|')})=${QUERY_VALUE}`, 'i'),
        generic: true,
        validate: (value, { match, text }) => !isExampleHostUrl(text, match.index) &&
            isQueryCredential(value, match[0].slice(0, match[0].indexOf('=')).toLowerCase()),
        remediation: (0,types/* rotate */.e$)('the service the URL calls: revoke the key or token, then send it in a header from a secret store'),
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
            if (!quotedOrConfig(value, context) || !isCallPair(context))
                return false;
            const assigned = assignedName(context);
            return (isSecretName(context, assigned) &&
                !isCodeNotValue(value, assigned.name, context) &&
                !isTooShortForItsName(value, assigned.name) &&
                !(0,filters/* isGenericDecoy */.kY)(value) &&
                !(0,filters/* isHandMadeValue */.eV)(value) &&
                !isExampleJwt(value));
        },
        remediation: (0,types/* rotate */.e$)('wherever it was issued'),
    },
];
/**
 * A token, key or secret a machine issued is long; a password a person chose may be short. Under a name that is not a
 * password's, fewer than 12 characters is a stand-in or a cut-off example (`salesforce_refresh_token = "5Aep86111"`).
 */
function isTooShortForItsName(value, name) {
    return value.length < 12 && !/pass|pwd/.test(name);
}
/**
 * What stands after a secret's name but is code or a label, not a secret: an enum constant whose value spells its
 * own name (`O_AUTH2_CLIENT_CREDENTIAL = "OAuth2ClientCredential"`, `...S3objectCredentials =
 * "SensitiveData:S3Object/Credentials"`); in a config or README, an unquoted call (`credential =
 * AzureKeyCredential(`) or a connection string's next field (`SharedAccessKey=my-SA-key;EntityPath=…`); the opening
 * piece of a path built by concatenation.
 */
function isCodeNotValue(value, name, context) {
    const letters = (text) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
    const spelled = letters(value);
    if (spelled.length >= 8 && letters(name).includes(spelled))
        return true;
    const { match, text, index } = context;
    // The opening piece of a path or key built by concatenation: `'credentials/' + client + '/' + role`.
    if (match[2] !== undefined &&
        /[/:=._-]$/.test(value) &&
        /^\\?["'\x60]\s{0,2}\+/.test(text.slice(index + value.length, index + value.length + 6)))
        return true;
    return match[3] !== undefined && (/\($/.test(value) || /;[A-Za-z]\w*=/.test(value));
}
const UUID_VALUE = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
/**
 * A header value that is a credential: an API key in UUID form (a UUID alone is an id, but not under an
 * `apikey` or `Authorization` header), Basic `user:password` whose password half is real, or a random token.
 */
function isHeaderCredential(value) {
    if (/\$/.test(value))
        return false;
    if (UUID_VALUE.test(value))
        return (0,filters/* longestPatternRun */.uf)(value.replace(/-/g, '')) < 5;
    if (/^[A-Za-z0-9+/]{8,}={0,2}$/.test(value)) {
        const decoded = Buffer.from(value, 'base64').toString('latin1');
        const colon = decoded.indexOf(':');
        if (/^[\x20-\x7e]+$/.test(decoded) && colon >= 0)
            return !(0,filters/* isPasswordDecoy */.Q3)(decoded.slice(colon + 1));
    }
    return !(0,filters/* isGenericDecoy */.kY)(value);
}
/** Placeholder passwords in documentation: `user:pass`, `admin:changeme`, `<user>:<password>`, `[PASSWORD]`. */
const CURL_PLACEHOLDER = /^(?:change(?:it|me)|pass(?:word)?|pwd|secret|test|token|api[_-]?key|\*+|x+|y+)$/i;
/** A `user:password` pair from a curl `-u` flag whose secret half is a literal, not a variable or placeholder. */
function isCurlCredential(word) {
    const unquoted = word.replace(/^(["'])(.*)\1$/, '$2').replace(/"([^"]*)"|'([^']*)'/g, '$1$2');
    const colon = unquoted.indexOf(':');
    if (colon < 0)
        return false;
    const user = unquoted.slice(0, colon);
    const password = unquoted.slice(colon + 1);
    // `-u "sk_live_…:"`: an API key as the user name with an empty password is the secret itself.
    const secret = (password === '' ? user : password).replace(/[,;.)]+$/, '');
    if (secret.length < 3 || CURL_PLACEHOLDER.test(secret))
        return false;
    if (/[<>[\]]|\$|\{\{|%\w/.test(secret) || /^\{?\$|^<|^\[/.test(user))
        return false;
    return !/^(?:user(?:name)?|login|email|admin|me|foo|bar|example)?$/i.test(secret) && (0,filters/* shannonEntropy */.ly)(secret) >= 2;
}
/**
 * The URL around a query parameter points at a host reserved for documentation (RFC 2606: `api.example.com`,
 * `shop.example`, `x.invalid`): its key is a stand-in written for a sample request.
 */
function isExampleHostUrl(text, index) {
    const before = text.slice(Math.max(0, index - 300), index);
    const url = /:\/\/(?:[^\s/?#@"'\x60]{0,128}@)?([^\s/?#:"'\x60]{1,253})[^\s"'\x60]*$/.exec(before);
    return url !== null && /(?:^|\.)example(?:\.(?:com|org|net))?$|\.(?:invalid|test)$/i.test(url[1]);
}
/**
 * A query-string value that is a credential: random and machine-made, not a placeholder, a template or a hand-typed
 * stand-in. Under the bare name `key` (also a cache, sort or map key) only 20 or more characters of mixed letters
 * and digits count.
 */
function isQueryCredential(value, name) {
    const plain = value.replace(/%[0-9A-F]{2}/gi, '');
    // `%s`, `%v`: a format string's slot, filled in at run time.
    if (/%(?![0-9A-F]{2})/i.test(value))
        return false;
    if ((0,filters/* isGenericDecoy */.kY)(value) || (0,filters/* isHandMadeValue */.eV)(value) || isExampleJwt(value))
        return false;
    if (name === 'key' && (plain.length < 20 || !/[A-Za-z]/.test(plain) || !/\d/.test(plain)))
        return false;
    return (0,filters/* shannonEntropy */.ly)(plain) >= 3;
}

;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/messaging.ts

/** Teams webhook URLs hold GUIDs, in gitleaks' samples any 8-4-4-4-12 run of letters and digits. */
const ID = '[A-Za-z0-9]{8}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{12}';
/**
 * Slack's own shapes: team, user and bot ids are numbers of five digits or more (four is typed by hand),
 * a configuration token carries some 160 characters, a legacy workspace token at least twelve.
 */
function isSlackShape(value) {
    if (value.startsWith('xoxe.'))
        return value.length >= 120;
    if (/^xox[ar]-(?:\d-)?[A-Za-z0-9]+$/.test(value))
        return true;
    const ids = value
        .split('-')
        .slice(1, -1)
        .filter((part) => /^\d+$/.test(part) && part.length > 1);
    return value.length >= 24 && ids.every((id) => id.length >= 5);
}
const MESSAGING_RULES = [
    {
        id: 'slack-token',
        title: 'Slack token',
        severity: 'high',
        keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxo-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxe.', 'xapp-'],
        pattern: /(?<![A-Za-z0-9_.-])((?:xox[abposre]|xoxe\.xox[bp]|xapp)-(?:\d-)?(?:[A-Za-z0-9]{1,40}-){1,6}[A-Za-z0-9]{6,200}|xox[ar]-(?:\d-)?[A-Za-z0-9]{12,48})(?![A-Za-z0-9_-])/,
        // The numeric ids carry little randomness: judge the last part, or ids and all where a legacy token's last
        // part is as short as ten hex digits.
        body: (value) => {
            const last = value.slice(value.lastIndexOf('-') + 1);
            return last.length >= 16 ? last : value.slice(value.indexOf('-') + 1).replace(/-/g, '');
        },
        minEntropy: 3,
        validate: isSlackShape,
        remediation: (0,types/* rotate */.e$)('api.slack.com/apps > your app > OAuth & Permissions: revoke and reinstall'),
    },
    {
        id: 'slack-webhook-url',
        title: 'Slack incoming webhook URL',
        severity: 'high',
        keywords: ['hooks.slack.com/'],
        // `services/T…/B…/<secret>` as Slack issues them; gitleaks also accepts the path as one opaque run.
        pattern: /hooks\.slack\.com\/((?:services|workflows|triggers)\/[A-Za-z0-9+/_]{43,120})(?![A-Za-z0-9+/_])/,
        body: (value) => {
            const parts = value.split('/');
            return parts.length >= 4 ? parts[parts.length - 1] : parts.slice(1).join('');
        },
        validate: (value) => value.split('/').every((part) => part.length > 0),
        remediation: (0,types/* rotate */.e$)('api.slack.com/apps > Incoming Webhooks: remove the webhook, add a new one'),
    },
    {
        id: 'twilio-api-key',
        title: 'Twilio API key',
        severity: 'high',
        keywords: ['SK'],
        pattern: /(?<![A-Za-z0-9_])(SK[0-9a-f]{32})(?![A-Za-z0-9_])/,
        remediation: (0,types/* rotate */.e$)('Twilio Console > Account > API keys & tokens: delete the key'),
    },
    {
        id: 'twilio-auth-token',
        title: 'Twilio auth token',
        severity: 'high',
        keywords: ['twilio'],
        mode: 'scan',
        ...(0,types/* assignedOrNear */.ax)('twilio', '[0-9a-f]{32}'),
        remediation: (0,types/* rotate */.e$)('Twilio Console > Account > API keys & tokens: rotate the auth token'),
    },
    {
        id: 'telegram-bot-token',
        title: 'Telegram bot token',
        severity: 'high',
        keywords: [':AA'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9_:])(\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
        body: (value) => value.slice(value.indexOf(':') + 3),
        remediation: (0,types/* rotate */.e$)('@BotFather: /revoke the token'),
    },
    {
        id: 'discord-webhook-url',
        title: 'Discord webhook URL',
        severity: 'high',
        keywords: ['/api/webhooks/'],
        pattern: /\/api\/webhooks\/(\d{17,20}\/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/,
        body: (value) => value.slice(value.indexOf('/') + 1),
        validate: (_value, { text, index }) => /discord(?:app)?\.com$/.test(text.slice(Math.max(0, index - 40), index - 14)),
        remediation: (0,types/* rotate */.e$)('Discord > Server Settings > Integrations > Webhooks: delete the webhook'),
    },
    {
        id: 'discord-bot-token',
        title: 'Discord bot token',
        severity: 'high',
        keywords: ['discord'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9_.-])([MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/,
        body: (value) => value.slice(value.lastIndexOf('.') + 1),
        remediation: (0,types/* rotate */.e$)('Discord Developer Portal > your application > Bot: reset the token'),
    },
    {
        id: 'microsoft-teams-webhook',
        title: 'Microsoft Teams incoming webhook URL',
        severity: 'high',
        // `<tenant>.webhook.office.com/webhookb2/…`, and the connector URLs made before 2021 on `outlook.office.com/webhook/…`.
        keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
        mode: 'scan',
        pattern: new RegExp(`(https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office\\.com/webhook)/${ID}@${ID}/IncomingWebhook/[A-Za-z0-9]{32}/${ID}(?:/[A-Za-z0-9_-]{20,80})?)`),
        body: (value) => value.split('/IncomingWebhook/')[1] ?? value,
        remediation: (0,types/* rotate */.e$)('Teams > the channel > Connectors / Workflows: remove the webhook and create a new one'),
    },
    (0,types/* namedKey */.zn)('discord-client-secret', 'Discord client secret or API key', ['discord'], '[a-f0-9]{64}|[A-Za-z0-9=_-]{32}', 'Discord Developer Portal > your application > OAuth2: reset the client secret'),
    (0,types/* namedKey */.zn)('telegram-bot-token-assignment', 'Telegram bot token', ['telegr'], 
    // Wider than the format, so that a malformed token under a Telegram name (a bot id too short or too long, a
    // secret part with a word glued on) is claimed and rejected here rather than reported by its name alone.
    '[A-Za-z0-9]{0,20}:A[A-Za-z0-9_-]{20,80}', '@BotFather: /revoke the token', {
        body: (value) => value.slice(value.indexOf(':') + 2),
        validate: (value) => /^\d{5,16}:A[A-Za-z0-9_-]{34}$/.test(value),
    }),
    (0,types/* namedKey */.zn)('mattermost-access-token', 'Mattermost access token', ['mattermost'], '[A-Za-z0-9]{26}', 'Mattermost > Profile > Security > Personal access tokens: delete the token'),
    {
        // A stream key lets anyone broadcast on the channel: `live_<channel id>_<30 characters>`.
        id: 'twitch-stream-key',
        title: 'Twitch stream key',
        severity: 'high',
        keywords: ['live_'],
        pattern: /(?<![A-Za-z0-9_])(live_[0-9]{6,12}_[A-Za-z0-9]{30})(?![A-Za-z0-9_])/,
        body: (value) => value.slice(value.lastIndexOf('_') + 1),
        remediation: (0,types/* rotate */.e$)('Twitch Creator Dashboard > Settings > Stream: reset the primary stream key'),
    },
    (0,types/* namedKey */.zn)('twitch-api-token', 'Twitch API token or client secret', ['twitch'], '[A-Za-z0-9]{30}', 'dev.twitch.tv/console/apps: generate a new client secret'),
    (0,types/* namedKey */.zn)('gitter-access-token', 'Gitter access token', ['gitter'], '[A-Za-z0-9_-]{40}', 'developer.gitter.im/apps: revoke the token'),
    (0,types/* namedKey */.zn)('sendbird-api-token', 'Sendbird API token', ['sendbird'], '[a-f0-9]{40}', 'Sendbird dashboard > Settings > General > API tokens: revoke the token'),
    // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
    (0,types/* namedKey */.zn)('plivo-auth-token', 'Plivo auth token', ['plivo'], '[A-Za-z0-9_-]{40}', 'Plivo console > Overview > Account: regenerate the Auth Token'),
    (0,types/* namedKey */.zn)('vonage-api-secret', 'Vonage (Nexmo) API secret', ['vonage', 'nexmo'], '[A-Za-z0-9]{16}', 'Vonage API dashboard > API settings: create a new secret, then delete the old one'),
    (0,types/* namedKey */.zn)('sinch-api-secret', 'Sinch API token', ['sinch'], '[a-z0-9]{32}', 'Sinch Customer Dashboard > SMS > APIs: regenerate the API token'),
    (0,types/* namedKey */.zn)('signalwire-api-token', 'SignalWire API token', ['signalwire'], 'PT[a-f0-9]{48}|[A-Za-z0-9]{50}', 'SignalWire space > API > API tokens: delete the token'),
    (0,types/* namedKey */.zn)('zulip-api-key', 'Zulip API key', ['zulip'], '[A-Za-z0-9]{32}', 'Zulip > Personal settings > Account & privacy > API key: generate a new key'),
    (0,types/* namedKey */.zn)('webex-client-secret', 'Webex integration client secret', ['webex'], '[a-f0-9]{64}', 'developer.webex.com > My Webex Apps: regenerate the client secret'),
    {
        id: 'zapier-webhook-url',
        title: 'Zapier catch-hook URL',
        severity: 'medium',
        keywords: ['hooks.zapier.com/hooks/catch/'],
        mode: 'scan',
        pattern: /(https:\/\/hooks\.zapier\.com\/hooks\/catch\/[A-Za-z0-9]{3,40}(?:\/[A-Za-z0-9]{3,20})?)\/?(?![A-Za-z0-9])/,
        body: (value) => value.slice(value.indexOf('/catch/') + 7),
        minEntropy: 2.5,
        remediation: (0,types/* rotate */.e$)('Zapier > the Zap > Catch Hook trigger: turn the Zap off or replace the trigger for a new URL'),
    },
    {
        id: 'tines-webhook-url',
        title: 'Tines webhook URL',
        severity: 'medium',
        keywords: ['.tines.com/webhook/'],
        mode: 'scan',
        pattern: /(https:\/\/[\w-]{1,40}\.tines\.com\/webhook\/[a-z0-9]{32}\/[a-z0-9]{32})(?![A-Za-z0-9])/,
        body: (value) => value.slice(value.indexOf('/webhook/') + 9),
        remediation: (0,types/* rotate */.e$)('Tines > the story > Webhook action: change the secret in its path'),
    },
    // Application ids are not secrets alone, but beside a secret they name the app it unlocks: reported low.
    (0,types/* namedId */.$A)('discord-client-id', 'Discord application (client) ID', ['discord'], '\\d{17,20}', 'Discord Developer Portal > your application > OAuth2: reset the client secret paired with this ID', { severity: 'low', minEntropy: 2.2 }),
    (0,types/* namedId */.$A)('sendbird-app-id', 'Sendbird application ID', ['sendbird'], '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}', 'Sendbird dashboard > Settings > General: revoke the API tokens issued for this application', { severity: 'low' }),
    (0,types/* namedId */.$A)('messagebird-client-id', 'MessageBird (Bird) client ID', ['messagebird', 'message_bird', 'message-bird'], '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}', 'MessageBird dashboard > Developers > API access: delete the keys issued for this client', { severity: 'low' }),
];

;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/observability.ts

// Error tracking, logs, metrics and feature tooling: keys that read or write a shop's telemetry.

/** `sumo`, `Sumo`, `SUMO` but not `sumOfExposures`: the name is matched case by case. */
const isSumoName = ({ text, match }) => /^(?:[Ss]umo|SUMO)/.test(text.slice(match.index, match.index + 4));
const OBSERVABILITY_RULES = [
    (0,types/* prefixedToken */.Xf)('new-relic-key', 'New Relic insert, browser or admin key', ['NRII-', 'NRIQ-', 'NRJS-', 'NRBR-', 'NRAA-'], 'NRII-[A-Za-z0-9_-]{32}|NRII-[A-Za-z0-9_-]{25}|NRIQ-[A-Za-z0-9_-]{32}|NRIQ-[A-Za-z0-9_-]{25}|NR(?:JS|BR)-[a-f0-9]{19}|NRAA-[a-f0-9]{27}', 'New Relic > API keys: delete the key'),
    (0,types/* namedKey */.zn)('new-relic-user-api-id', 'New Relic user API key', ['new-relic', 'newrelic', 'new_relic'], '[A-Za-z0-9]{64}', 'New Relic > API keys: delete the key'),
    (0,types/* namedKey */.zn)('sentry-legacy-token', 'Sentry auth token', ['sentry'], '[a-f0-9]{64}', 'sentry.io > Settings > Auth Tokens: revoke the token'),
    (0,types/* prefixedToken */.Xf)('dynatrace-api-token', 'Dynatrace API token', ['dt0c01.'], 'dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}', 'Dynatrace > Access tokens: delete the token', { body: (value) => value.slice(32) }),
    (0,types/* namedKey */.zn)('sumologic-access-key', 'Sumo Logic access key', ['sumo'], '[A-Za-z0-9]{64}', 'Sumo Logic > Preferences > Access keys: delete the key', { validate: (_, context) => isSumoName(context) }),
    (0,types/* namedKey */.zn)('sumologic-access-id', 'Sumo Logic access ID', ['sumo'], 'su[A-Za-z0-9]{12}', 'Sumo Logic > Preferences > Access keys: delete the access key this ID belongs to', { severity: 'medium', minEntropy: 2.5, validate: (_, context) => isSumoName(context) }),
    (0,types/* namedKey */.zn)('honeycomb-api-key', 'Honeycomb API key', ['honeycomb'], 'hc[a-z]{3}_[A-Za-z0-9]{58}|[A-Za-z0-9]{32}|[A-Za-z0-9]{22}', 'Honeycomb > Environment settings > API keys: delete the key'),
    (0,types/* namedKey */.zn)('rollbar-access-token', 'Rollbar access token', ['rollbar'], '[a-f0-9]{32}', 'Rollbar > Project settings > Project access tokens: disable the token'),
    (0,types/* namedKey */.zn)('bugsnag-api-key', 'Bugsnag API key', ['bugsnag'], '[a-f0-9]{32}', 'Bugsnag > Project settings: regenerate the notifier API key'),
    (0,types/* namedKey */.zn)('datadog-access-token', 'Datadog access token', ['datadog'], '[A-Za-z0-9]{40}', 'Datadog > Organization settings > Application keys: revoke the key'),
    (0,types/* namedKey */.zn)('cisco-meraki-api-key', 'Cisco Meraki API key', ['meraki'], '[0-9a-f]{40}', 'Meraki dashboard > My profile > API access: revoke the key', 
    // Dashboard keys are lower-case hex: a mixed-case 40-character run is something else.
    { validate: (value) => value === value.toLowerCase() }),
    // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
    (0,types/* namedKey */.zn)('loggly-token', 'Loggly customer token', ['loggly'], UUID_SHAPE, 'Loggly > Source setup > Customer tokens: add a new token, then delete the old one', 
    // Loggly shows customer tokens in lower case: a mixed-case run of that shape is something else.
    { validate: (value) => value === value.toLowerCase() }),
    (0,types/* namedKey */.zn)('keen-io-key', 'Keen API key', ['keenio', 'keen_io'], '[A-Za-z0-9]{64}', 'Keen > Project > Access: regenerate the master and write keys'),
    (0,types/* prefixedToken */.Xf)('rootly-api-key', 'Rootly API key', ['rootly_'], 'rootly_[a-f0-9]{64}', 'Rootly > Organization settings > API keys: revoke the key'),
    (0,types/* namedKey */.zn)('betterstack-token', 'Better Stack (Logtail / Better Uptime) token', ['betterstack', 'better_stack', 'logtail', 'betteruptime'], '[A-Za-z0-9]{24}', 'Better Stack > Settings > API tokens (or the source token): reset the token'),
    (0,types/* namedKey */.zn)('checkly-api-key', 'Checkly API key', ['checkly'], 'cu_[a-f0-9]{32}|[a-z0-9]{32}', 'Checkly > User settings > API keys: revoke the key'),
    (0,types/* namedKey */.zn)('thousandeyes-token', 'ThousandEyes API token', ['thousandeyes'], '[A-Za-z0-9]{32}', 'ThousandEyes > Account settings > Users and roles > Profile: revoke the OAuth bearer token'),
    (0,types/* namedKey */.zn)('opsgenie-api-key', 'Opsgenie API key', ['opsgenie'], UUID, 'Opsgenie > Settings > API key management: delete the key'),
    {
        id: 'new-relic-license-key',
        title: 'New Relic ingest license key',
        severity: 'high',
        keywords: ['NRAL'],
        mode: 'scan',
        pattern: /(?<![A-Za-z0-9])((?:eu01xx[a-fA-F0-9]{30}|[a-fA-F0-9]{36})NRAL)(?![A-Za-z0-9])/,
        body: (value) => value.slice(0, -4),
        remediation: (0,types/* rotate */.e$)('New Relic > API keys: create a new ingest license key, then delete the old one'),
    },
    {
        id: 'new-relic-mobile-app-token',
        title: 'New Relic mobile application token',
        severity: 'medium',
        keywords: ['-NRMA'],
        mode: 'scan',
        // A hex body cut short is taken too, then rejected (see exactly).
        pattern: /(?<![A-Za-z0-9])((?:AA[a-f0-9]{20,40}|eu01xx[a-f0-9]{20,36})-NRMA)(?![A-Za-z0-9])/,
        validate: (0,types/* exactly */.pV)(/^(?:AA[a-f0-9]{40}|eu01xx[a-f0-9]{36})-NRMA$/),
        body: (value) => value.slice(2, -5),
        remediation: (0,types/* rotate */.e$)('New Relic > Mobile > your app > Settings > Application: reset the application token'),
    },
    (0,types/* namedKey */.zn)('airbrake-key', 'Airbrake project or user key', ['airbrake'], '[A-Za-z0-9]{40}|[A-Za-z0-9]{32}', 'Airbrake > Project settings (project key) or Profile (user key): regenerate the key'),
];

;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/payment.ts


const PAYMENT_RULES = [
    // Apideck shares Stripe's `sk_live_` prefix: 93 characters that may hold `-`, which a Stripe key never does.
    (0,types/* prefixedToken */.Xf)('apideck-api-key', 'Apideck API key', ['sk_live_'], 'sk_live_(?=[A-Za-z0-9]{0,92}-)[A-Za-z0-9-]{93}', 'Apideck dashboard > Configuration > API keys: regenerate the key'),
    {
        id: 'stripe-live-secret-key',
        title: 'Stripe live secret key',
        severity: 'blocker',
        keywords: ['sk_live_', 'sk_prod_'],
        // A key never holds `-`: `sk_live_…-…` is some other token (Apideck's), not a Stripe key cut short.
        pattern: /(?<![A-Za-z0-9_])(sk_(?:live|prod)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9-])/,
        remediation: (0,types/* rotate */.e$)('Stripe Dashboard > Developers > API keys: roll the secret key'),
    },
    {
        id: 'stripe-restricted-key',
        title: 'Stripe live restricted key',
        severity: 'blocker',
        keywords: ['rk_live_', 'rk_prod_'],
        pattern: /(?<![A-Za-z0-9_])(rk_(?:live|prod)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('Stripe Dashboard > Developers > API keys: roll the restricted key'),
    },
    {
        // Test-mode keys reach only test data: reported so they get cleaned up, below the default gate.
        id: 'stripe-test-secret-key',
        title: 'Stripe test-mode secret key',
        severity: 'medium',
        keywords: ['sk_test_', 'rk_test_'],
        pattern: /(?<![A-Za-z0-9_])([sr]k_test_[A-Za-z0-9]{24,247})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('Stripe Dashboard, test mode > Developers > API keys'),
    },
    {
        id: 'stripe-webhook-secret',
        title: 'Stripe webhook signing secret',
        severity: 'blocker',
        keywords: ['whsec_'],
        pattern: /(?<![A-Za-z0-9_])(whsec_[A-Za-z0-9+/]{32,64}={0,2})(?![A-Za-z0-9+/=])/,
        remediation: (0,types/* rotate */.e$)('Stripe Dashboard > Developers > Webhooks: roll the signing secret'),
    },
    {
        id: 'braintree-access-token',
        title: 'PayPal Braintree production access token',
        severity: 'blocker',
        keywords: ['access_token$production$'],
        pattern: /(access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})(?![0-9a-f])/,
        body: (value) => value.slice(value.lastIndexOf('$') + 1),
        remediation: (0,types/* rotate */.e$)('PayPal developer dashboard / Braintree Control Panel > API'),
    },
    {
        id: 'paypal-client-secret',
        title: 'PayPal client secret',
        severity: 'blocker',
        keywords: ['paypal'],
        mode: 'scan',
        pattern: /paypal[\w.-]{0,20}secret[\w.-]{0,20}\\?["'`]?\s{0,4}(?:=|:=|=>|:)\s{0,4}\\?["'`]?([A-Za-z0-9_-]{60,90})(?![A-Za-z0-9_-])/i,
        minEntropy: 4,
        remediation: (0,types/* rotate */.e$)('developer.paypal.com > Apps & Credentials: regenerate the secret'),
    },
    {
        id: 'square-access-token',
        title: 'Square access token',
        severity: 'blocker',
        keywords: ['EAAA', 'sq0atp-'],
        pattern: /(?<![A-Za-z0-9_-])((?:EAAA|sq0atp-)[A-Za-z0-9_-]{22,60})(?![A-Za-z0-9_=?-])/,
        minEntropy: 4,
        remediation: (0,types/* rotate */.e$)('Square Developer Dashboard > Credentials: replace the access token'),
    },
    {
        id: 'square-oauth-secret',
        title: 'Square OAuth application secret',
        severity: 'blocker',
        keywords: ['sq0csp-'],
        pattern: /(?<![A-Za-z0-9_-])(sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
        remediation: (0,types/* rotate */.e$)('Square Developer Dashboard > OAuth: replace the application secret'),
    },
    {
        id: 'shopify-access-token',
        title: 'Shopify access token or shared secret',
        severity: 'blocker',
        keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
        pattern: /(?<![A-Za-z0-9_])(shp(?:at|ca|pa|ss)_[A-Za-z0-9]{32,64})(?![A-Za-z0-9])/,
        remediation: (0,types/* rotate */.e$)('Shopify admin > Apps > Develop apps > API credentials: rotate the token'),
    },
    {
        id: 'flutterwave-secret-key',
        title: 'Flutterwave secret key',
        severity: 'blocker',
        keywords: ['FLWSECK-', 'FLWSECK_'],
        pattern: /(?<![A-Za-z0-9_])(FLWSECK(?:_TEST)?-[a-hA-H0-9]{32}-X)(?![A-Za-z0-9])/,
        body: (value) => value.slice(value.indexOf('-') + 1, -2),
        remediation: (0,types/* rotate */.e$)('Flutterwave dashboard > Settings > API keys: regenerate the keys'),
    },
    {
        id: 'mollie-live-api-key',
        title: 'Mollie live API key',
        severity: 'blocker',
        keywords: ['live_'],
        pattern: /(?<![A-Za-z0-9_])(live_[A-Za-z0-9]{30})(?![A-Za-z0-9_])/,
        minEntropy: 3.5,
        remediation: (0,types/* rotate */.e$)('Mollie dashboard > Developers > API keys: reset the live key'),
    },
    {
        id: 'woocommerce-api-key',
        title: 'WooCommerce REST API consumer key or secret',
        severity: 'blocker',
        keywords: ['ck_', 'cs_'],
        pattern: /(?<![A-Za-z0-9_])(c[ks]_[a-f0-9]{40})(?![A-Za-z0-9_])/,
        remediation: (0,types/* rotate */.e$)('WooCommerce > Settings > Advanced > REST API: revoke the key'),
    },
    {
        id: 'shippo-live-token',
        title: 'Shippo live API token',
        severity: 'high',
        keywords: ['shippo_live_', 'shippo_test_'],
        pattern: /(?<![A-Za-z0-9_])(shippo_(?:live|test)_[a-fA-F0-9]{40})(?![A-Za-z0-9_])/,
        remediation: (0,types/* rotate */.e$)('Shippo > Settings > API: regenerate the live token'),
    },
    (0,types/* prefixedToken */.Xf)('flutterwave-public-key', 'Flutterwave public key', ['FLWPUBK-', 'FLWPUBK_'], 'FLWPUBK(?:_TEST)?-[a-hA-H0-9]{32}-X', 'Flutterwave dashboard > Settings > API keys: regenerate the keys (the public key identifies the account)', { severity: 'low', body: (value) => value.slice(value.indexOf('-') + 1, -2) }),
    (0,types/* namedKey */.zn)('lob-publishable-key', 'Lob publishable API key', ['lob'], '(?:live|test)_pub_[a-f0-9]{31}', 'Lob dashboard > Settings > API keys: roll the keys (the publishable key identifies the account)', { severity: 'low', body: (value) => value.slice(-31) }),
    {
        id: 'flutterwave-encryption-key',
        title: 'Flutterwave encryption key',
        severity: 'high',
        keywords: ['FLWSECK'],
        pattern: /(?<![A-Za-z0-9_])(FLWSECK(?:_TEST)?-?[a-hA-H0-9]{12})(?![A-Za-z0-9-])/,
        body: (value) => value.slice(-12),
        minEntropy: 2.5,
        remediation: (0,types/* rotate */.e$)('Flutterwave dashboard > Settings > API keys: regenerate the keys'),
    },
    (0,types/* prefixedToken */.Xf)('plaid-access-token', 'Plaid access token', ['access-sandbox-', 'access-development-', 'access-production-'], `access-(?:sandbox|development|production)-${UUID}`, 'call Plaid /item/access_token/invalidate, or remove the Item in the Plaid dashboard', { severity: 'blocker' }),
    (0,types/* namedId */.$A)('plaid-client-id', 'Plaid client ID', ['plaid'], 
    // Plaid client IDs are 24 lower-case hex digits (a database object id).
    '[a-f0-9]{24}', 'Plaid dashboard > Team settings > Keys: rotate the secrets paired with this client ID', { severity: 'low' }),
    (0,types/* namedKey */.zn)('plaid-secret', 'Plaid API secret', ['plaid'], '[A-Za-z0-9]{30}', 'Plaid dashboard > Team settings > Keys: rotate the secret', { severity: 'blocker' }),
    (0,types/* prefixedToken */.Xf)('lob-api-key', 'Lob API key', ['live_', 'test_'], '(?:live|test)_[a-f0-9]{35}', 'Lob dashboard > Settings > API keys: roll the key'),
    (0,types/* prefixedToken */.Xf)('duffel-api-token', 'Duffel API token', ['duffel_test_', 'duffel_live_'], 'duffel_(?:test|live)_[A-Za-z0-9_=-]{43}', 'Duffel dashboard > Developers > Access tokens: revoke the token', { severity: 'blocker', pattern: /(?<![A-Za-z0-9_])(duffel_(?:test|live)_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/ }),
    (0,types/* namedKey */.zn)('gocardless-api-token', 'GoCardless access token', ['gocardless'], '(?:live|sandbox)_[A-Za-z0-9_=-]{40}', 'GoCardless dashboard > Developers > Access tokens: revoke the token', { severity: 'blocker' }),
    (0,types/* namedKey */.zn)('kucoin-api-key', 'KuCoin API key or secret', ['kucoin'], `${UUID}|[a-f0-9]{24}`, 'KuCoin > API management: delete the API key', { severity: 'blocker' }),
    (0,types/* namedKey */.zn)('kraken-api-key', 'Kraken API key', ['kraken'], '[A-Za-z0-9/=_+-]{80,90}', 'Kraken > Settings > API: delete the key', { severity: 'blocker' }),
    (0,types/* namedKey */.zn)('coinbase-api-key', 'Coinbase API key', ['coinbase'], '[A-Za-z0-9_-]{64}', 'Coinbase Developer Platform > API keys: delete the key', { severity: 'blocker' }),
    (0,types/* namedKey */.zn)('bittrex-api-key', 'Bittrex API key', ['bittrex'], '[A-Za-z0-9]{32}', 'Bittrex > Settings > API keys: delete the key', { severity: 'blocker' }),
    (0,types/* prefixedToken */.Xf)('easypost-api-key', 'EasyPost API key', ['EZAK', 'EZTK'], 'EZ[AT]K[A-Za-z0-9]{54}', 'EasyPost dashboard > API keys: delete the key'),
    (0,types/* namedKey */.zn)('finicity-api-key', 'Finicity API key or secret', ['finicity'], '[a-f0-9]{32}|[A-Za-z0-9]{20}', 'Finicity developer dashboard: regenerate the partner secret'),
    (0,types/* namedKey */.zn)('finnhub-api-key', 'Finnhub API key', ['finnhub'], '[A-Za-z0-9]{20}', 'finnhub.io > Dashboard: regenerate the key', { severity: 'medium' }),
    // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
    (0,types/* namedKey */.zn)('razorpay-key-secret', 'Razorpay key secret', ['razorpay'], '[A-Za-z0-9]{24}', 'Razorpay Dashboard > Account & Settings > API Keys: regenerate the key', { severity: 'blocker' }),
    (0,types/* namedKey */.zn)('currencycloud-api-key', 'Currencycloud API key', ['currencycloud'], '[a-f0-9]{64}', 'Currencycloud Direct > Settings > API key: generate a new key', { severity: 'blocker' }),
    (0,types/* prefixedToken */.Xf)('recharge-api-token', 'Recharge API token', ['sk_1x1_', 'sk_2x2_', 'sk_3x3_', 'sk_test_1x1_', 'sk_test_2x2_', 'sk_test_3x3_'], 'sk_(?:test_)?[1-3]x[1-3]_[A-Fa-f0-9]{64}', 'Recharge merchant portal > Apps & integrations > API tokens: revoke the token', { severity: 'blocker' }),
    (0,types/* prefixedToken */.Xf)('ramp-client-secret', 'Ramp API client secret', ['ramp_sec_'], 'ramp_sec_[A-Za-z0-9]{48}', 'Ramp > Developer > your app: regenerate the client secret', { severity: 'blocker' }),
    (0,types/* prefixedToken */.Xf)('checkout-secret-key', 'Checkout.com secret key', ['sk_test_', 'sk_sbox_', 'sk_'], `sk_(?:test_)?${UUID}|sk_sbox_[a-z2-7]{26}[a-z2-7*#]?`, 'Checkout.com Dashboard > Developers > Keys: revoke the secret key', { severity: 'blocker' }),
    (0,types/* namedKey */.zn)('braintree-private-key', 'Braintree API private key', ['braintree'], '[a-f0-9]{32}', 'Braintree Control Panel > Settings > API: generate a new key, then delete the old one', { severity: 'blocker' }),
    (0,types/* namedKey */.zn)('api2cart-api-key', 'API2Cart API key', ['api2cart'], '[a-f0-9]{32}', 'API2Cart account > API key: regenerate the key'),
    (0,types/* namedKey */.zn)('swell-secret-key', 'Swell secret key', ['swell'], '[A-Za-z0-9]{32}', 'Swell admin > Developer > API keys: delete the key', { severity: 'blocker' }),
];

;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/services.ts

/** Value shapes the rows share: exact length and charset (case included). */
const FORMAT = {
    hex: (n) => `[a-f0-9]{${n}}`,
    lowerAlnum: (n) => `[a-z0-9]{${n}}`,
    upperAlnum: (n) => `[A-Z0-9]{${n}}`,
    alnum: (n) => `[A-Za-z0-9]{${n}}`,
    uuid: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
};
const { hex, lowerAlnum, upperAlnum, alnum, uuid } = FORMAT;
/**
 * One name-gated rule per row. The pattern runs without case (names are written every way), so the value's
 * charset is checked again with case: a lowercase format does not take a mixed-case string.
 */
function serviceRules(rows) {
    return rows.map(([id, title, names, value, where, extra = {}]) => {
        const exact = new RegExp(`^(?:${value})$`);
        return (0,types/* namedKey */.zn)(id, title, typeof names === 'string' ? [names] : names, value, where, {
            ...extra,
            validate: (found, context) => exact.test(found) && (extra.validate?.(found, context) ?? true),
        });
    });
}
// biome-ignore format: one row per service, so that adding one is one line
const SERVICE_ROWS = [
    // Commerce, CRM, helpdesk and marketing tools
    ['airship-token', 'Airship (Urban Airship) bearer token', 'airship', alnum(91), 'Airship dashboard > Settings > Tokens: revoke the token'],
    ['anypoint-token', 'MuleSoft Anypoint token', 'anypoint', uuid, 'Anypoint Platform > Access Management > Connected apps: rotate the secret'],
    ['apacta-api-key', 'Apacta API key', 'apacta', uuid, 'Apacta > Settings > Integrations: regenerate the API key'],
    ['appcues-api-key', 'Appcues API key', 'appcues', uuid, 'Appcues Studio > Settings > Integrations > API keys: revoke the key'],
    ['appointedd-api-key', 'Appointedd API key', 'appointedd', '[A-Za-z0-9=+]{88}', 'Appointedd > Settings > API: revoke the key'],
    ['apptivo-api-key', 'Apptivo API key', 'apptivo', uuid, 'Apptivo > Business settings > API access: regenerate the key'],
    ['atera-api-key', 'Atera API key', 'atera', lowerAlnum(32), 'Atera > Admin > API: regenerate the key'],
    ['autoklose-api-key', 'Autoklose API key', 'autoklose', '[A-Za-z0-9-]{32}', 'Autoklose > Settings > API: regenerate the key'],
    ['autopilot-api-key', 'Autopilot (Ortto) API key', 'autopilot', hex(32), 'Autopilot > Settings > Autopilot API: regenerate the key'],
    ['avaza-personal-access-token', 'Avaza personal access token', 'avaza', `\\d{1,30}-${hex(40)}`, 'Avaza > Settings > Personal access tokens: revoke the token', { body: (v) => v.slice(v.indexOf('-') + 1) }],
    ['axonaut-api-key', 'Axonaut API key', 'axonaut', lowerAlnum(32), 'Axonaut > Settings > API: regenerate the key'],
    ['ayrshare-api-key', 'Ayrshare API key', 'ayrshare', '[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}', 'app.ayrshare.com > API key: regenerate the key'],
    ['baremetrics-api-key', 'Baremetrics API key', 'baremetrics', '(?:sk|lk)_[A-Za-z0-9]{18,25}', 'Baremetrics > Settings > API: revoke the key', { body: (v) => v.slice(3) }],
    ['beebole-api-token', 'Beebole API token', 'beebole', lowerAlnum(40), 'Beebole > Settings > API token: regenerate it'],
    ['besttime-api-key', 'BestTime private API key', 'besttime', `pri_${hex(32)}`, 'besttime.app > API keys: regenerate the private key', { body: (v) => v.slice(4) }],
    ['bombbomb-api-key', 'BombBomb API token', 'bombbomb', 'eyJ[A-Za-z0-9_-]{10,140}\\.eyJ[A-Za-z0-9_-]{10,420}\\.[A-Za-z0-9_-]{20,171}', 'BombBomb > Integrations > API: revoke the token'],
    // `box` alone is a word in every UI codebase: only a Box credential's own variable names count.
    ['box-api-token', 'Box developer token or client secret', ['box_developer_token', 'boxdevelopertoken', 'box_client_secret', 'boxclientsecret', 'box_access_token', 'boxaccesstoken'], alnum(32), 'Box Developer Console > your app > Configuration: revoke the developer token or reset the client secret'],
    ['budibase-api-key', 'Budibase API key', 'budibase', `${hex(32)}-[a-f0-9]{78,80}`, 'Budibase > your profile > View API key: regenerate it'],
    ['caflou-api-key', 'Caflou API key', 'caflou', 'eyJhbGciOiJIUzI1NiJ9[A-Za-z0-9._-]{135}', 'Caflou > Settings > API: regenerate the key', { body: (v) => v.slice(20) }],
    ['calendly-api-key', 'Calendly personal access token', 'calendly', 'eyJ[A-Za-z0-9_-]{10,300}\\.eyJ[A-Za-z0-9_-]{10,1000}\\.[A-Za-z0-9_-]{20,100}', 'Calendly > Integrations > API & Webhooks: revoke the token'],
    ['capsule-crm-api-key', 'Capsule CRM API token', ['capsulecrm', 'capsule_crm', 'capsule-crm'], '[A-Za-z0-9._+=-]{64}', 'Capsule > My preferences > API authentication tokens: revoke the token'],
    ['cashboard-api-key', 'Cashboard API key', 'cashboard', '[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}', 'Cashboard > Account > API: regenerate the key', { minEntropy: 2.5 }],
    ['chatfuel-api-key', 'Chatfuel API token', 'chatfuel', alnum(128), 'Chatfuel > Settings > API: regenerate the token'],
    ['clinchpad-api-key', 'ClinchPad API key', 'clinchpad', lowerAlnum(32), 'ClinchPad > Settings > API: regenerate the key'],
    ['cliengo-api-key', 'Cliengo API key', 'cliengo', uuid, 'Cliengo > Settings > API: regenerate the key'],
    ['commercejs-api-key', 'Commerce.js (Chec) secret key', ['commercejs', 'commerce_js', 'commerce.js'], '[a-z0-9_]{48}', 'Chec dashboard > Developer > API keys: regenerate the key'],
    ['customerguru-api-key', 'Customer Guru API key', ['customerguru', 'guru_key', 'gurukey'], alnum(30), 'Customer Guru > Settings > API: regenerate the key'],
    ['demio-api-key', 'Demio API key', 'demio', alnum(32), 'Demio > Settings > API: regenerate the key and secret'],
    ['fibery-api-token', 'Fibery API token', 'fibery', '[0-9a-f]{8}\\.[0-9a-f]{35}', 'Fibery > Settings > API keys: delete the key'],
    ['getemails-api-key', 'GetEmails API key', 'getemails', '[a-z0-9-]{26}', 'GetEmails > Account > API: regenerate the key'],
    // Developer, data and document APIs
    ['aha-api-key', 'Aha! API key', ['aha_api', 'aha.io', 'aha_io', 'ahaapi', 'aha_key', 'aha_token'], hex(64), 'Aha! > Settings > Personal > Developer > API keys: revoke the key'],
    ['aiven-token', 'Aiven authentication token', 'aiven', '[A-Za-z0-9/+=]{372}', 'Aiven console > User profile > Tokens: revoke the token'],
    ['adzuna-api-key', 'Adzuna API application key', 'adzuna', lowerAlnum(32), 'developer.adzuna.com > Dashboard: regenerate the application key', { severity: 'medium', ...(0,types/* assignedOrLabelled */.R1)('adzuna', lowerAlnum(32)) }],
    ['aeroworkflow-api-key', 'Aero Workflow API key', 'aeroworkflow', '[A-Za-z0-9^!?#:*;]{20}', 'Aero Workflow > Settings > API: regenerate the key', { ...(0,types/* assignedOrLabelled */.R1)('aeroworkflow', '[A-Za-z0-9^!?#:*;]{20}') }],
    ['alconost-api-key', 'Alconost API key', 'alconost', lowerAlnum(32), 'Alconost Nitro > Account > API: regenerate the key'],
    ['aletheia-api-key', 'Aletheia API key', 'aletheiaapi', upperAlnum(32), 'aletheiaapi.com > Account: regenerate the key'],
    ['apiflash-access-key', 'ApiFlash access key', 'apiflash', lowerAlnum(32), 'apiflash.com > Dashboard > Access keys: revoke the key'],
    ['apifonica-api-key', 'Apifonica API key', 'apifonica', '[0-9a-z]{11}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}', 'Apifonica > Settings > API: regenerate the key'],
    ['apimatic-api-key', 'APIMatic API key', 'apimatic', '[A-Za-z0-9_-]{64}', 'APIMatic > Account > API keys: revoke the key'],
    ['apimetrics-api-key', 'APImetrics API key', 'apimetrics', alnum(32), 'APImetrics > Settings > API access: regenerate the key'],
    ['apitemplate-api-key', 'APITemplate.io API key', 'apitemplate', alnum(39), 'app.apitemplate.io > API integration: regenerate the key'],
    ['appfollow-api-token', 'AppFollow API token', 'appfollow', 'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9\\.[0-9A-Za-z]{74}\\.[0-9A-Za-z_-]{43}', 'AppFollow > Integrations > API: revoke the token', { body: (v) => v.slice(37) }],
    ['appsynergy-api-key', 'AppSynergy API key', 'appsynergy', lowerAlnum(64), 'AppSynergy > Settings > API: regenerate the key'],
    ['artsy-api-secret', 'Artsy client secret', 'artsy', alnum(32), 'developers.artsy.net > Applications: regenerate the client secret'],
    ['audd-api-token', 'AudD API token', 'audd', lowerAlnum(32), 'dashboard.audd.io: regenerate the token'],
    ['aylien-api-key', 'AYLIEN API key', 'aylien', lowerAlnum(32), 'AYLIEN developer portal > Applications: regenerate the key'],
    ['blitapp-api-key', 'Blitapp API key', 'blitapp', '[A-Za-z0-9_-]{39}', 'Blitapp > Account > API: regenerate the key'],
    ['blocknative-api-key', 'Blocknative API key', 'blocknative', uuid, 'Blocknative account > API keys: delete the key'],
    ['boostnote-api-token', 'Boost Note API token', 'boostnote', hex(64), 'Boost Note > Settings > API: delete the token'],
    ['browshot-api-key', 'Browshot API key', 'browshot', '[A-Za-z0-9-]{28}', 'Browshot > Dashboard > API key: regenerate it'],
    ['bulbul-api-key', 'Bulbul API key', 'bulbul', lowerAlnum(32), 'Bulbul > Account > API: regenerate the key'],
    ['carbon-interface-api-key', 'Carbon Interface API key', ['carboninterface', 'carbon_interface'], alnum(21), 'carboninterface.com > Dashboard > API keys: delete the key'],
    ['chatbot-api-token', 'ChatBot.com API token', ['chatbot_auth', 'chatbot_token', 'chatbot_api', 'chatbotauth', 'chatbottoken', 'chatbotapi'], '[A-Za-z0-9_]{32}', 'ChatBot > Settings > API: regenerate the token'],
    ['checio-api-key', 'Checio public key', 'checio', 'pk_[a-z0-9]{45}', 'Checio > Settings > API: regenerate the key', { body: (v) => v.slice(3) }],
    ['cicero-api-key', 'Cicero API key', 'cicero', lowerAlnum(40), 'cicero.azavea.com > Account: regenerate the key'],
    ['clicksend-api-key', 'ClickSend API key', 'clicksend', '[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}', 'ClickSend dashboard > Developers > API credentials: regenerate the key'],
    ['cloudconvert-api-key', 'CloudConvert API key', 'cloudconvert', 'eyJ[A-Za-z0-9_-]{30,34}\\.eyJ[A-Za-z0-9_-]{200,500}\\.[A-Za-z0-9_-]{600,700}', 'CloudConvert > Dashboard > API keys: delete the key'],
    ['cloudelements-api-key', 'Cloud Elements user secret', 'cloudelements', alnum(43), 'Cloud Elements > Settings > Security: regenerate the secret'],
    ['cloudimage-api-key', 'Cloudimage API key', 'cloudimage', '[a-z0-9_]{30}', 'Cloudimage admin > API keys: revoke the key'],
    ['cloudmersive-api-key', 'Cloudmersive API key', 'cloudmersive', uuid, 'account.cloudmersive.com > API keys: delete the key'],
    ['codequiry-api-key', 'Codequiry API key', 'codequiry', '[A-Za-z0-9-]{64}', 'Codequiry > Account > API: regenerate the key'],
    ['column-api-key', 'Column API key', ['column_key', 'column_api', 'column_secret', 'columnkey', 'columnapi', 'columnsecret'], '(?:test|live)_[A-Za-z0-9]{27}', 'Column dashboard > Developers > API keys: roll the key', { body: (v) => v.slice(5) }],
    ['conversiontools-api-key', 'Conversion Tools API token', 'conversiontools', 'ey[A-Za-z0-9_.]{157,165}', 'conversiontools.io > Profile > API token: regenerate it'],
    ['convier-api-key', 'Convier API key', 'convier', '\\d{2}\\|[A-Za-z0-9]{40}', 'Convier > Settings > API: regenerate the key', { body: (v) => v.slice(3) }],
    ['craftmypdf-api-key', 'CraftMyPDF API key', 'craftmypdf', alnum(35), 'CraftMyPDF > API integration: regenerate the key'],
    ['duply-api-key', 'Duply API key', 'duply', `${uuid}|[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}`, 'Duply > Settings > API: regenerate the key'],
    ['easyinsight-api-key', 'Easy Insight API key', ['easyinsight', 'easy-insight', 'easy_insight'], alnum(20), 'Easy Insight > Account > REST API: regenerate the key'],
    ['formio-jwt', 'Form.io API token', 'formio', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.[0-9A-Za-z]{220,310}\\.[0-9A-Za-z_-]{43}', 'Form.io portal > Project > Settings > API keys: delete the key', { body: (v) => v.slice(37) }],
    // Data feeds: currency, finance, weather, sports, flights
    ['airvisual-api-key', 'IQAir AirVisual API key', 'airvisual', uuid, 'dashboard.iqair.com > API: regenerate the key'],
    ['alienvault-otx-key', 'AlienVault OTX API key', 'alienvault', lowerAlnum(64), 'otx.alienvault.com > Settings: regenerate the OTX key'],
    ['allsports-api-key', 'AllSportsAPI key', 'allsports', lowerAlnum(64), 'allsportsapi.com > Dashboard: regenerate the key'],
    ['ambee-api-key', 'Ambee API key', 'ambee', hex(64), 'api-dashboard.getambee.com: regenerate the key'],
    ['aviationstack-api-key', 'aviationstack access key', 'aviationstack', lowerAlnum(32), 'aviationstack.com > Dashboard: reset the access key'],
    ['bitmex-api-key', 'BitMEX API key or secret', 'bitmex', '[A-Za-z0-9_-]{24}|[A-Za-z0-9_-]{48}', 'BitMEX > Account > API keys: delete the key', { severity: 'blocker' }],
    ['coinlayer-api-key', 'coinlayer access key', 'coinlayer', lowerAlnum(32), 'coinlayer.com > Dashboard: reset the access key'],
    ['coinlib-api-key', 'Coinlib API key', 'coinlib', lowerAlnum(16), 'coinlib.io > Profile > API: regenerate the key'],
    ['commodities-api-key', 'Commodities-API key', 'commodities', alnum(60), 'commodities-api.com > Dashboard: regenerate the key'],
    ['countrylayer-api-key', 'countrylayer access key', 'countrylayer', lowerAlnum(32), 'countrylayer.com > Dashboard: reset the access key'],
    ['cryptocompare-api-key', 'CryptoCompare API key', 'cryptocompare', '[a-z0-9-]{64}', 'cryptocompare.com > API keys: delete the key'],
    ['currencyfreaks-api-key', 'CurrencyFreaks API key', 'currencyfreaks', lowerAlnum(32), 'currencyfreaks.com > Dashboard: regenerate the key'],
    ['currencyscoop-api-key', 'CurrencyScoop (CurrencyBeacon) API key', 'currencyscoop', lowerAlnum(32), 'currencybeacon.com > Account: regenerate the key'],
];
const SERVICE_RULES = serviceRules(SERVICE_ROWS);

;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/services-more.ts
// More services a SaaS or shop wires in, in the same one-row-per-key form as services.ts (see its header for the
// row format): crypto exchanges and price feeds, CRMs, form builders, media APIs, CI and testing clouds. Most are
// known only by the service's name before a value of an exact length and charset; the few with a prefix of their
// own (PhotoRoom `sk_pr_`, PubNub `pub-c-`, Pinecone `pcsk_`) come first as `prefixedToken` rules.
//
// Left out on purpose: services whose name is a common word in code (guru, hive, kanban, rev, tru, roaring, abstract,
// mite) when their value is short or plain (a UUID, 12 to 32 characters), and services whose published samples have
// no fixed format (any non-space run: nethunt, simplynoted, sirv). Refiner (also a word: SDXL's refiner model) counts
// only where its name labels the value (`labelledOnly`: `REFINER_API_KEY=…`, `refiner token: …`).



const { hex: services_more_hex, lowerAlnum: services_more_lowerAlnum, upperAlnum: services_more_upperAlnum, alnum: services_more_alnum, uuid: services_more_uuid } = FORMAT;
/** A token of letters, digits, `_` and `-` (base64url) of exactly `n` characters. */
const urlsafe = (n) => `[A-Za-z0-9_-]{${n}}`;
/** A UUID whose 8-4-4-4-12 groups are lowercase letters and digits (not only hex), as some services issue. */
const uuidShape = UUID_SHAPE.replace(/0-9a-z/g, 'a-z0-9');
/** A three-part token (`header.payload.signature`, JWT-like, not always base64 JSON) of the given part lengths. */
const dotted = (...parts) => parts.join('\\.');
const SERVICE_MORE_PREFIXED = [
    {
        // `sk_pr_<key name>_<40 hex>`, live or behind `sandbox_` (the sandbox key of the same account).
        ...(0,types/* prefixedToken */.Xf)('photoroom-api-key', 'PhotoRoom API key', ['sk_pr_'], 'sk_pr_[A-Za-z0-9]{1,64}_[a-f0-9]{40}', 'app.photoroom.com > API dashboard > API keys: revoke the key', { body: (value) => value.slice(value.lastIndexOf('_') + 1) }),
        pattern: /(?<=(?:^|[^A-Za-z0-9_])(?:sandbox_)?)(sk_pr_[A-Za-z0-9]{1,64}_[a-f0-9]{40})(?![A-Za-z0-9_])/,
    },
    (0,types/* prefixedToken */.Xf)('pinecone-api-key', 'Pinecone API key', ['pcsk_'], 'pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63}', 'app.pinecone.io > your project > API keys: delete the key', { body: (value) => value.slice(value.lastIndexOf('_') + 1) }),
    (0,types/* prefixedToken */.Xf)('pubnub-publish-key', 'PubNub publish key', ['pub-c-'], `pub-c-${uuidShape}`, 'PubNub Admin Portal > your app > keyset: create a new keyset and retire this one', { severity: 'medium', body: (value) => value.slice(6) }),
    (0,types/* prefixedToken */.Xf)('pubnub-secret-key', 'PubNub secret key', ['sec-c-'], 'sec-c-[A-Za-z0-9]{48}', 'PubNub Admin Portal > your app > keyset: create a new keyset and retire this one', { body: (value) => value.slice(6) }),
    (0,types/* prefixedToken */.Xf)('spectral-personal-token', 'SpectralOps personal API token', ['spu-'], 
    // Taken in either case and cut short too, then rejected (see exactly): the service issues 32 lower-case characters.
    'spu-[A-Za-z0-9]{8,32}', 'SpectralOps > Settings > Personal tokens: revoke the token', { body: (value) => value.slice(4), validate: (0,types/* exactly */.pV)(/^spu-[a-z0-9]{32}$/) }),
    (0,types/* prefixedToken */.Xf)('trufflehog-enterprise-key', 'TruffleHog Enterprise API key or secret', ['thog-key-', 'thog-secret-'], 'thog-key-[a-f0-9]{16}|thog-secret-[a-f0-9]{32}', 'TruffleHog Enterprise > Settings > API keys: revoke the key', { body: (value) => value.slice(value.lastIndexOf('-') + 1) }),
    (0,types/* prefixedToken */.Xf)(
    // LaunchDarkly's own prefixes on a version-4 UUID: an access token (`api-`) or a server-side SDK key (`sdk-`).
    'launchdarkly-key', 'LaunchDarkly API access token or server-side SDK key', ['api-', 'sdk-'], '(?:api|sdk)-[a-z0-9]{8}-[a-z0-9]{4}-4[a-z0-9]{3}-[a-z0-9]{4}-[a-z0-9]{12}', 'LaunchDarkly > Organization settings > Authorization (or the environment SDK key): reset it', { body: (value) => value.slice(4), validate: (value) => /\d/.test(value.slice(4)) }),
    (0,types/* prefixedToken */.Xf)('onesignal-api-key', 'OneSignal app or organization API key', ['os_v2_'], 'os_v2_(?:app|org)_[a-z0-9]{56,120}', 'OneSignal > Settings > Keys & IDs: rotate the API key', { body: (value) => value.slice(10) }),
    (0,types/* prefixedToken */.Xf)(
    // Finage issues its keys with their own `API_KEY` prefix glued to 32 upper-case letters and digits: a value in
    // that shape is a key wherever it stands, with or without the service's name near it.
    'finage-api-key', 'Finage API key', ['API_KEY'], 'API_KEY[0-9A-Z]{32}', 'moon.finage.co.uk > API keys: regenerate the key', { body: (value) => value.slice(7) }),
    {
        // `Endpoint=https://<store>.azconfig.io;Id=<id>;Secret=<base64>`: the connection string Azure shows for a store.
        id: 'azure-app-configuration-connection-string',
        title: 'Azure App Configuration connection string',
        severity: 'high',
        keywords: ['.azconfig.io'],
        mode: 'scan',
        pattern: /(Endpoint=https:\/\/[A-Za-z0-9-]{1,64}\.azconfig\.io;Id=[A-Za-z0-9+/=:-]{4,64};Secret=[A-Za-z0-9+/=]{20,88})(?![A-Za-z0-9+/=])/,
        body: (value) => value.slice(value.indexOf(';Secret=') + 8),
        remediation: 'Rotate it first (Azure portal > the App Configuration store > Access settings: regenerate the key), then remove it from the code and the git history.',
    },
];
const SERVICE_MORE_ROWS = [
    // --- Commerce, CRM, support, marketing -----------------------------------------------------------------------
    [
        'amadeus-api-key',
        'Amadeus API key or secret',
        'amadeus',
        `${services_more_alnum(32)}|${services_more_alnum(16)}`,
        'developers.amadeus.com > My Self-Service Workspace > your app: regenerate the API secret',
    ],
    [
        'amplitude-api-key',
        'Amplitude API key or secret key',
        'amplitude',
        services_more_hex(32),
        'Amplitude > Organization settings > Projects > your project: rotate the API and secret keys',
    ],
    [
        'apollo-io-api-key',
        'Apollo.io API key',
        'apollo',
        services_more_alnum(22),
        'Apollo.io > Settings > Integrations > API: delete the key',
    ],
    [
        'beamer-api-key-base64',
        'Beamer API key (base64 form)',
        'beamer',
        '[A-Za-z0-9_+/]{45}=',
        'Beamer > Settings > API: delete the key',
    ],
    [
        'billomat-api-key',
        'Billomat API key',
        'billomat',
        services_more_hex(32),
        'Billomat > Settings > Administration > Users: regenerate the API key',
    ],
    [
        'bugherd-api-key',
        'BugHerd API key',
        'bugherd',
        services_more_lowerAlnum(22),
        'BugHerd > Settings > General settings > API key: regenerate it',
    ],
    [
        'buttercms-api-token',
        'ButterCMS API token',
        'buttercms',
        services_more_lowerAlnum(40),
        'ButterCMS > Settings > API tokens: regenerate the token',
    ],
    [
        'freshworks-api-key',
        'Freshworks (myfreshworks) API key',
        'freshworks',
        urlsafe(22),
        'Freshworks > Profile settings > API settings: reset the API key',
    ],
    [
        'gocanvas-api-key',
        'GoCanvas API key',
        'gocanvas',
        '[A-Za-z0-9/+]{43}=',
        'GoCanvas > Account > API: regenerate the key',
    ],
    [
        'helpcrunch-api-key',
        'HelpCrunch API key',
        'helpcrunch',
        '[A-Za-z0-9+/=-]{328}',
        'HelpCrunch > Settings > Developers > Public API: delete the key',
    ],
    [
        'instamojo-api-key',
        'Instamojo API key or auth token',
        'instamojo',
        `${services_more_alnum(40)}|${services_more_alnum(128)}`,
        'Instamojo dashboard > API & plugins: regenerate the credentials',
    ],
    [
        'interseller-api-key',
        'Interseller API key',
        'interseller',
        services_more_uuid,
        'Interseller > Settings > API: regenerate the key',
    ],
    [
        'invoiceocean-api-token',
        'InvoiceOcean API token',
        'invoiceocean',
        services_more_alnum(20),
        'InvoiceOcean > Settings > Account settings > Integration: regenerate the API token',
    ],
    [
        'kanbantool-api-token',
        'Kanban Tool API token',
        ['kanbantool', 'kanban_tool'],
        services_more_upperAlnum(12),
        'Kanban Tool > My profile > API access: reset the token',
    ],
    [
        'liveagent-api-key',
        'LiveAgent API key',
        ['liveagent', 'ladesk'],
        services_more_alnum(32),
        'LiveAgent > Configuration > System > API: delete the key',
    ],
    [
        'magicbell-api-key',
        'MagicBell API key or secret',
        'magicbell',
        '[A-Za-z0-9-]{40}',
        'MagicBell dashboard > Settings > API keys: regenerate the secret',
    ],
    [
        'mixpanel-service-account-secret',
        'Mixpanel service account secret',
        'mixpanel',
        services_more_alnum(32),
        'Mixpanel > Organization settings > Service accounts: delete the account',
        { validate: (value) => !/^[a-f0-9]+$/.test(value) },
    ],
    [
        'netsuite-token',
        'NetSuite consumer or token key/secret',
        'netsuite',
        services_more_alnum(64),
        'NetSuite > Setup > Users/Roles > Access tokens (or Integrations): revoke the token',
        { severity: 'blocker' },
    ],
    [
        'onelogin-client-secret',
        'OneLogin API client ID or secret',
        'onelogin',
        services_more_lowerAlnum(64),
        'OneLogin admin > Developers > API credentials: delete the credential pair',
    ],
    [
        'onepagecrm-api-key',
        'OnePageCRM API key',
        'onepagecrm',
        '[A-Za-z0-9=]{44}',
        'OnePageCRM > Apps > API: regenerate the key',
    ],
    [
        'paperform-api-key',
        'Paperform API key',
        'paperform',
        '[A-Za-z0-9._-]{850,1000}',
        'Paperform > Account > Developer: regenerate the API key',
    ],
    ['postbacks-api-key', 'Postbacks API key', 'postbacks', services_more_uuid, 'postbacks.io > Account: regenerate the key'],
    [
        'reallysimplesystems-api-key',
        'Really Simple Systems CRM API key',
        ['reallysimplesystems', 'really_simple_systems'],
        `ey[A-Za-z0-9._-]{153}\\.ey[A-Za-z0-9._-]{916,1000}`,
        'Really Simple Systems > Settings > API: regenerate the key',
    ],
    [
        'rentman-api-token',
        'Rentman API token',
        'rentman',
        `ey[A-Za-z0-9]{34}\\.ey[A-Za-z0-9._-]{250,300}`,
        'Rentman > Configuration > Extensions > API: regenerate the token',
    ],
    [
        'repairshopr-api-key',
        'RepairShopr API key',
        'repairshopr',
        '[A-Za-z0-9-]{51}',
        'RepairShopr > Admin > API tokens: revoke the token',
    ],
    [
        'revampcrm-api-key',
        'Revamp CRM API key',
        ['revampcrm', 'revamp_crm'],
        services_more_alnum(40),
        'Revamp CRM > Settings > API: regenerate the key',
    ],
    [
        'refiner-api-key',
        'Refiner API key',
        'refiner',
        services_more_uuid,
        'Refiner dashboard > Settings > Integrations > REST API: regenerate the key',
        (0,types/* labelledOnly */.gr)('refiner', services_more_uuid),
    ],
    [
        'salesmate-api-key',
        'Salesmate API key',
        'salesmate',
        '[0-9a-fA-F]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        'Salesmate > My account > Access key: regenerate it',
    ],
    [
        'satismeter-api-token',
        'SatisMeter API token',
        'satismeter',
        services_more_alnum(32),
        'SatisMeter > Settings > Integrations > API: regenerate the token',
    ],
    ['sugester-api-key', 'Sugester API key', 'sugester', services_more_alnum(32), 'Sugester > Settings > API: regenerate the key'],
    [
        'surveyanyplace-api-key',
        'Survey Anyplace API key',
        'surveyanyplace',
        services_more_alnum(32),
        'Survey Anyplace > Account > API: regenerate the key',
    ],
    [
        'teamgate-api-key',
        'Teamgate API token or key',
        'teamgate',
        `${services_more_lowerAlnum(40)}|${services_more_alnum(80)}`,
        'Teamgate > Settings > API: regenerate the token',
    ],
    ['textmagic-api-key', 'TextMagic API key', 'textmagic', services_more_alnum(30), 'TextMagic > Settings > API: delete the key'],
    ['tokeet-api-key', 'Tokeet API key', 'tokeet', services_more_uuid, 'Tokeet > Settings > Account > API: regenerate the key'],
    [
        'vbout-api-key',
        'VBOUT API key',
        'vbout',
        '[0-9]{25}',
        'VBOUT > Settings > API integrations: regenerate the key',
        { minEntropy: 2.8 },
    ],
    [
        'vouchery-api-key',
        'Vouchery API key',
        'vouchery',
        '[a-z0-9-]{36}',
        'Vouchery > Settings > API: regenerate the key',
    ],
    [
        'wepay-access-token',
        'WePay access token',
        'wepay',
        '[A-Za-z0-9_?]{62}',
        'WePay > Partner center > your app: revoke the access token',
        { severity: 'blocker' },
    ],
    // --- Project management, forms, content --------------------------------------------------------------------
    [
        'abyssale-api-key',
        'Abyssale API key',
        'abyssale',
        services_more_alnum(40),
        'Abyssale > Workspace settings > API key: regenerate it',
    ],
    [
        'lendflow-api-token',
        'Lendflow API token',
        'lendflow',
        dotted(services_more_alnum(36), services_more_alnum(235), '[A-Za-z0-9_-]{683}'),
        'Lendflow dashboard > Settings > API: revoke the token',
    ],
    [
        'lexigram-api-key',
        'Lexigram API key',
        'lexigram',
        '[A-Za-z0-9._-]{301}',
        'Lexigram > Account > API: regenerate the key',
    ],
    [
        'monday-api-token',
        'monday.com API token',
        'monday',
        `eyJ[A-Za-z0-9_-]{15,100}\\.eyJ[A-Za-z0-9_-]{100,300}\\.[A-Za-z0-9_-]{25,100}`,
        'monday.com > Profile > Developers > My access tokens: regenerate the token',
    ],
    [
        'myintervals-api-token',
        'Intervals API token',
        'myintervals',
        services_more_lowerAlnum(11),
        'Intervals > My account > API access: regenerate the token',
        { minEntropy: 2.5 },
    ],
    [
        'nozbe-teams-api-key',
        'Nozbe Teams API key',
        'nozbe',
        `${services_more_alnum(16)}_[A-Za-z0-9_-]{64}`,
        'Nozbe > Settings > API: revoke the token',
    ],
    [
        'planview-leankit-api-token',
        'Planview LeanKit API token',
        ['planview', 'leankit'],
        services_more_hex(128),
        'LeanKit > User profile > API tokens: revoke the token',
    ],
    [
        'rownd-app-key',
        'Rownd app key or secret',
        'rownd',
        `${uuidShape}|${services_more_lowerAlnum(48)}`,
        'Rownd > your app > Settings > Credentials: rotate the app secret',
    ],
    [
        'runrunit-api-key',
        'Runrun.it app key',
        ['runrunit', 'runrun_it'],
        services_more_hex(32),
        'Runrun.it > Profile > Integrations: regenerate the app key',
    ],
    [
        'scalr-api-token',
        'Scalr API token',
        'scalr',
        '[A-Za-z0-9._]{136}',
        'Scalr > Profile > API tokens: revoke the token',
    ],
    [
        'sheety-api-token',
        'Sheety API token',
        'sheety',
        `${services_more_lowerAlnum(64)}|${services_more_lowerAlnum(32)}`,
        'Sheety > your project > Authentication: change the bearer token',
    ],
    [
        'siteleaf-api-key',
        'Siteleaf API key or secret',
        'siteleaf',
        services_more_lowerAlnum(32),
        'Siteleaf > Account > API keys: regenerate the key',
    ],
    [
        'storychief-api-key',
        'StoryChief API key',
        'storychief',
        '[A-Za-z0-9_.-]{940,1000}',
        'StoryChief > Settings > API: regenerate the key',
    ],
    [
        'supernotes-api-key',
        'Supernotes API key',
        'supernotes',
        urlsafe(43),
        'Supernotes > Settings > API: revoke the key',
    ],
    [
        'tallyfy-api-token',
        'Tallyfy API token',
        'tallyfy',
        dotted(services_more_alnum(36), services_more_alnum(264), '[A-Za-z0-9_-]{683}'),
        'Tallyfy > Settings > Integrations > REST API: regenerate the token',
    ],
    [
        'typetalk-api-token',
        'Typetalk client secret or token',
        'typetalk',
        `${services_more_alnum(64)}|${services_more_alnum(32)}`,
        'Typetalk > Developer > your app: regenerate the client secret',
    ],
    [
        'viewneo-api-token',
        'viewneo API token',
        'viewneo',
        '[A-Za-z0-9]{120,300}\\.[A-Za-z0-9]{150,300}\\.[A-Za-z0-9_-]{600,800}',
        'viewneo > Account > API: regenerate the token',
    ],
    [
        'wrike-api-token',
        'Wrike permanent access token',
        'wrike',
        'ey[A-Za-z0-9._-]{333}',
        'Wrike > Apps & integrations > API: revoke the permanent token',
    ],
    [
        'zeplin-api-token',
        'Zeplin personal access token',
        'zeplin',
        '[A-Za-z0-9.-]{350,400}',
        'Zeplin > Profile > Developer > Personal access tokens: revoke the token',
    ],
    // --- Media, data and utility APIs ---------------------------------------------------------------------------
    [
        'abuseipdb-api-key',
        'AbuseIPDB API key',
        'abuseipdb',
        services_more_lowerAlnum(80),
        'abuseipdb.com > Account > API: delete the key',
    ],
    [
        'alchemy-api-key',
        'Alchemy API key',
        'alchemy',
        '[A-Za-z0-9_]{32}',
        'Alchemy dashboard > Apps > your app > API key: rotate it',
    ],
    [
        'anypoint-connected-app-credential',
        'MuleSoft Anypoint connected app ID or secret',
        'anypoint',
        '[0-9a-fA-F]{32}',
        'Anypoint Platform > Access management > Connected apps: rotate the secret',
    ],
    [
        'autodesk-client-credential',
        'Autodesk Platform Services client ID or secret',
        'autodesk',
        `${services_more_alnum(32)}|${services_more_alnum(16)}`,
        'aps.autodesk.com > My applications > your app: regenerate the client secret',
    ],
    ['besnappy-api-key', 'BeSnappy API key', 'besnappy', services_more_hex(64), 'BeSnappy > Account > API: regenerate the key'],
    ['bitbar-api-key', 'BitBar (SmartBear) API key', 'bitbar', services_more_alnum(32), 'BitBar > My account > API key: reset it'],
    [
        'bitly-access-token',
        'Bitly access token',
        'bitly',
        '[A-Za-z0-9-]{40}',
        'app.bitly.com > Settings > Developer settings > API: regenerate the token',
    ],
    [
        'blazemeter-api-key',
        'BlazeMeter / Runscope API key',
        ['blazemeter', 'runscope'],
        uuidShape,
        'BlazeMeter > Settings > API keys: remove the key',
    ],
    [
        'borgbase-api-token',
        'BorgBase API token',
        'borgbase',
        '[A-Za-z0-9/_.-]{148,152}',
        'borgbase.com > Account > API: delete the token',
    ],
    ['buddyns-api-key', 'BuddyNS API key', 'buddyns', services_more_lowerAlnum(40), 'BuddyNS > My account > API: regenerate the key'],
    [
        'bugsnag-auth-token',
        'Bugsnag personal auth token',
        'bugsnag',
        uuidShape,
        'Bugsnag > My account > Personal auth tokens: revoke the token',
    ],
    [
        'currentsapi-key',
        'Currents API key',
        ['currentsapi', 'currents_api'],
        urlsafe(48),
        'currentsapi.services > Account: regenerate the key',
    ],
    [
        'webex-bot-token',
        'Webex bot access token',
        'webex',
        `${services_more_alnum(64)}_${services_more_alnum(4)}_${uuidShape}`,
        'developer.webex.com > My Webex Apps > your bot: regenerate the access token',
    ],
    [
        'lemonsqueezy-api-key',
        'Lemon Squeezy API key',
        ['lemonsqueezy', 'lemon_squeezy'],
        `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9\\.[A-Za-z0-9]{250,400}\\.${urlsafe('340,700')}`,
        'app.lemonsqueezy.com > Settings > API: delete the key',
        { severity: 'blocker' },
    ],
    [
        'metaapi-token',
        'MetaApi token',
        ['metaapi', 'meta_api'],
        services_more_hex(64),
        'app.metaapi.cloud > API access: revoke the token',
    ],
    [
        'metabase-session-token',
        'Metabase session or API token',
        'metabase',
        '[A-Za-z0-9-]{36}',
        'Metabase > Admin > Settings > Authentication > API keys (or sign out the session): revoke it',
        { validate: (value) => /\d/.test(value) },
    ],
    [
        'mux-token-secret',
        'Mux access token secret',
        // `mux` alone too (`mux '<secret>'`): a word in Go routers and video code, but never beside 75 base64 characters.
        ['mux_token', 'mux_secret', 'mux_access', 'mux'],
        '[A-Za-z0-9+/]{75}',
        'dashboard.mux.com > Settings > Access tokens: revoke the token',
    ],
    [
        'neutrinoapi-key',
        'NeutrinoAPI key',
        'neutrinoapi',
        services_more_alnum(48),
        'neutrinoapi.com > Account > API keys: regenerate the key',
    ],
    [
        'ngc-api-key',
        'NVIDIA NGC API key',
        ['ngc_api', 'ngc_key', 'ngc_cli', 'ngc'],
        `${services_more_alnum(84)}|${services_more_alnum(26)}:${uuidShape}`,
        'ngc.nvidia.com > Setup > API keys: generate a new key (the old one stops working)',
        { validate: isNgcKey },
    ],
    [
        'nutritionix-api-key',
        'Nutritionix API key',
        'nutritionix',
        services_more_lowerAlnum(32),
        'developer.nutritionix.com > Admin: regenerate the application key',
    ],
    [
        'openvpn-cloud-client-secret',
        'OpenVPN CloudConnexa API client secret',
        'openvpn',
        urlsafe('64,128'),
        'CloudConnexa > API: delete the credential and create a new one',
    ],
    [
        'pandascore-api-token',
        'PandaScore API token',
        'pandascore',
        urlsafe(51),
        'pandascore.co > Dashboard: regenerate the token',
    ],
    [
        'poloniex-api-credential',
        'Poloniex API key or secret',
        'poloniex',
        `[0-9A-Z]{8}-[0-9A-Z]{8}-[0-9A-Z]{8}-[0-9A-Z]{8}|${services_more_hex(128)}`,
        'Poloniex > API keys: delete the key',
        { severity: 'blocker' },
    ],
    [
        'portainer-jwt',
        'Portainer API token (JWT)',
        'portainer',
        `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.[A-Za-z0-9]{50,310}\\.${urlsafe(43)}`,
        'Portainer > My account > Access tokens: remove the token, or sign out the session',
    ],
    [
        'redhat-pyxis-api-key',
        'Red Hat Pyxis (certification) API key',
        ['pyxis', 'redhat'],
        services_more_lowerAlnum(32),
        'connect.redhat.com > Account > API keys: revoke the key',
    ],
    [
        'ringcentral-client-credential',
        'RingCentral client ID or secret',
        'ringcentral',
        urlsafe(22),
        'developers.ringcentral.com > Console > your app > Credentials: rotate the client secret',
    ],
    [
        'sanity-api-token',
        'Sanity API token',
        'sanity',
        `sk${services_more_alnum(79)}`,
        'sanity.io/manage > your project > API > Tokens: delete the token',
        { body: (value) => value.slice(2) },
    ],
    [
        'shutterstock-api-credential',
        'Shutterstock consumer key or secret',
        'shutterstock',
        `${services_more_alnum(32)}|${services_more_alnum(16)}`,
        'Shutterstock > Account > Developers > Apps: regenerate the consumer secret',
    ],
    [
        'shutterstock-oauth-token',
        'Shutterstock OAuth access token',
        'shutterstock',
        `v2/${services_more_alnum(388)}`,
        'Shutterstock > Account > Developers > Apps: revoke the token',
        { body: (value) => value.slice(3) },
    ],
    [
        'skybiometry-api-credential',
        'SkyBiometry API key or secret',
        'skybiometry',
        '[a-z0-9]{25,26}',
        'SkyBiometry > Account > Applications: regenerate the secret',
    ],
    [
        'smooch-api-credential',
        'Smooch (Sunshine Conversations) key ID or secret',
        'smooch',
        `act_[a-z0-9]{24}|${urlsafe(86)}`,
        'Zendesk Admin Center > Apps and integrations > Conversations API: delete the key',
    ],
    [
        'solarwinds-observability-token',
        'SolarWinds Observability API token',
        'solarwinds',
        urlsafe(71),
        'SolarWinds Observability > Settings > API tokens: revoke the token',
    ],
    [
        'spotify-client-secret',
        'Spotify client ID or secret',
        'spotify',
        services_more_alnum(32),
        'developer.spotify.com > Dashboard > your app > Settings: rotate the client secret',
    ],
    [
        'stytch-project-secret-base64',
        'Stytch project secret',
        'stytch',
        '[A-Za-z0-9_-]{47}=',
        'Stytch dashboard > API keys: rotate the secret',
    ],
    [
        'web3storage-api-token',
        'web3.storage API token',
        ['web3storage', 'web3_storage', 'web3.storage'],
        `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.eyJ${urlsafe('100,300')}\\.${urlsafe('25,100')}`,
        'web3.storage > Account > API tokens: delete the token',
    ],
    [
        'zenscrape-api-key',
        'Zenscrape API key',
        'zenscrape',
        services_more_uuid,
        'app.zenscrape.com > Dashboard: regenerate the API key',
    ],
    [
        'zipcodebase-api-key',
        'Zipcodebase API key',
        'zipcodebase',
        services_more_uuid,
        'app.zipcodebase.com > Dashboard: regenerate the API key',
    ],
    // Laravel's and Pusher's own names for the app secret; the app key beside it is public (it ships to browsers).
    [
        'pusher-app-secret',
        'Pusher Channels app secret',
        ['pusher_app_secret', 'pusher_secret', 'pusher.secret'],
        '[a-f0-9]{20}',
        'dashboard.pusher.com > your app > App keys: create a new key pair and delete the old one',
    ],
    // The REST API key (legacy: 48 letters and digits, base64 of a UUID); the app ID (a UUID) is public.
    [
        'onesignal-rest-api-key',
        'OneSignal REST API key',
        'onesignal',
        services_more_alnum(48),
        'OneSignal > Settings > Keys & IDs: rotate the REST API key',
    ],
    [
        'websitepulse-api-key',
        'WebSitePulse API key',
        'websitepulse',
        services_more_hex(32),
        'WebSitePulse > Account > API: regenerate the key',
    ],
    [
        'bitcoinaverage-api-key',
        'BitcoinAverage API key',
        'bitcoinaverage',
        services_more_alnum(43),
        'bitcoinaverage.com > Account > API keys: delete the key',
    ],
    [
        'bscscan-api-key',
        'BscScan API key',
        'bscscan',
        services_more_upperAlnum(34),
        'bscscan.com > My profile > API keys: delete the key',
    ],
    [
        'luno-api-credential',
        'Luno API key secret',
        'luno',
        urlsafe(43),
        'Luno > Settings > API keys: delete the key',
        { severity: 'blocker' },
    ],
];
/**
 * An NGC key is base64 of `<26 letters and digits>:<UUID>` (or that text itself): a value that does not decode
 * to that shape is some other 84-character string.
 */
function isNgcKey(value) {
    const raw = value.length === 84 ? Buffer.from(value, 'base64').toString('latin1') : value;
    return /^[A-Za-z0-9]{26}:[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}$/i.test(raw);
}
const SERVICE_MORE_RULES = [...SERVICE_MORE_PREFIXED, ...serviceRules(SERVICE_MORE_ROWS)];

;// CONCATENATED MODULE: ./shared/checks/secret-scan/rules/index.ts
// Every rule, most specific first: when two rules match the same text, the earlier one reports it.













/** Rules with a prefix of their own come before those that recognise a key by the name it is assigned to. */
const byPrefixFirst = (rules) => [
    ...rules.filter((rule) => rule.mode !== 'scan'),
    ...rules.filter((rule) => rule.mode === 'scan'),
];
const rules_RULES = [
    ...CLOUD_RULES,
    ...KEY_RULES.filter((rule) => rule.id !== 'jwt'),
    ...PAYMENT_RULES,
    ...EMAIL_RULES,
    ...MESSAGING_RULES,
    ...DEVTOOLS_RULES,
    ...AI_RULES,
    // The long tail of services known by name alone (services.ts, services-more.ts) after the categories' rules.
    ...byPrefixFirst([...CICD_RULES, ...BUSINESS_RULES, ...OBSERVABILITY_RULES, ...SERVICE_RULES, ...SERVICE_MORE_RULES]),
    ...KEY_RULES.filter((rule) => rule.id === 'jwt'),
    ...GENERIC_RULES,
];

;// CONCATENATED MODULE: ./shared/checks/secret-scan/detect.ts
// Secret detection: one keyword pass picks the rules worth running and where, each rule's regex finds
// candidates, and shared filters drop placeholders, examples and public material before anything is reported.




function compile(rule) {
    const flags = rule.pattern.flags.replace(/[gyd]/g, '');
    const atKeywords = runsAtKeywords(rule);
    return {
        rule,
        regex: new RegExp(rule.pattern.source, `${flags}d${atKeywords ? 'y' : 'g'}`),
        groups: typeof rule.group === 'number' ? [rule.group] : (rule.group ?? [1]),
        nonOverlapping: atKeywords && rule.mode === 'scan',
    };
}
let engine;
/**
 * Built on first use, not at import: a tree scan starts its worker threads before this thread scans, so they load
 * while this one builds its own (about 30 ms of regexes and keyword automaton each).
 */
function getEngine() {
    engine ??= { compiled: rules_RULES.map(compile), keywords: new KeywordIndex(rules_RULES) };
    return engine;
}
/**
 * All secrets in one text (a file, or the added lines of a diff). `path` helps rules and filters
 * (lockfiles, .env, test fixtures). Inline allow comments (`launch-ready:allow`, `gitleaks:allow`,
 * secretlint's `secretlint-disable-line`, `-next-line` and `secretlint-disable` blocks) suppress what they cover. Pure; fast; never throws on odd input.
 */
function detectSecrets(text, path, options = {}) {
    if (typeof text !== 'string' || text.length === 0)
        return [];
    const hits = getEngine().keywords.find(text);
    return hasKeywords(hits) ? detectAtKeywords(text, hits, path, options) : [];
}
/**
 * detectSecrets on bytes read as Latin-1 (a plain copy, one character per byte; keys are ASCII): the keyword
 * pass reads the bytes themselves, so bytes holding no keyword are never decoded.
 */
function detectSecretsInBytes(bytes, path, options = {}) {
    const hits = getEngine().keywords.findInBytes(bytes);
    return hasKeywords(hits) ? detectAtKeywords(bytes.toString('latin1'), hits, path, options) : [];
}
function hasKeywords(hits) {
    return hits.anchors.size > 0 || hits.scans.size > 0;
}
/** The rules the keyword pass picked, each where it found their keywords, and the filters after them. */
function detectAtKeywords(text, hits, path, options) {
    const { compiled } = getEngine();
    const lockfile = (0,filters/* isLockfile */.em)(path);
    const allowsUnquoted = (0,filters/* allowsUnquotedValues */.M)(path);
    const candidates = [];
    const consider = (ruleIndex, match) => {
        const candidate = accept(compiled[ruleIndex], ruleIndex, match, text, path, allowsUnquoted, options);
        if (candidate)
            candidates.push(candidate);
    };
    const skip = (rule) => (lockfile && rule.skipLockfiles) || (rule.paths && !rule.paths.test(path));
    for (const [ruleIndex, positions] of hits.anchors) {
        if (skip(rules_RULES[ruleIndex]))
            continue;
        const { regex, nonOverlapping } = compiled[ruleIndex];
        guarded(() => {
            let matchEnd = 0;
            // Keywords of different lengths are recorded as they end: their starts may come out of order.
            if (nonOverlapping)
                positions.sort((a, b) => a - b);
            for (const position of positions) {
                if (nonOverlapping && position < matchEnd)
                    continue;
                regex.lastIndex = position;
                const match = regex.exec(text);
                if (match) {
                    consider(ruleIndex, match);
                    matchEnd = position + Math.max(1, match[0].length);
                }
            }
        });
    }
    for (const ruleIndex of hits.scans) {
        if (skip(rules_RULES[ruleIndex]))
            continue;
        const { regex } = compiled[ruleIndex];
        regex.lastIndex = 0;
        guarded(() => {
            for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
                consider(ruleIndex, match);
                if (match[0].length === 0)
                    regex.lastIndex++;
            }
        });
    }
    return toMatches(text, keepMostSpecific(candidates));
}
/** One rule failing on odd input (a regex stack overflow on a pathological file) must not stop the others. */
function guarded(run) {
    try {
        run();
    }
    catch {
        // The rule's remaining matches in this text are lost; every other rule still runs.
    }
}
function accept(compiled, ruleIndex, match, text, path, allowsUnquoted, options) {
    const { rule, groups } = compiled;
    const group = groups.find((g) => match[g] !== undefined);
    if (group === undefined || !match.indices?.[group])
        return undefined;
    const value = match[group];
    const start = match.indices[group][0];
    let rejected;
    try {
        rejected = isRejected(rule, value, { path, text, index: start, match, allowsUnquoted }, options);
    }
    catch {
        // A filter tripping on odd input must not stop the scan: treat the candidate as not a secret.
        rejected = true;
    }
    if (rejected && rule.generic)
        return undefined;
    return { ruleIndex, start, value, rejected };
}
function isRejected(rule, value, context, options) {
    const { text, index } = context;
    if (options.allow?.some((re) => matchesAllow(re, value)) || (0,filters/* isKnownExample */.As)(value))
        return true;
    if (rule.validate && !rule.validate(value, context))
        return true;
    const issued = rule.checksum?.(value) === true;
    if (!rule.generic && !issued && (0,filters/* isFakeToken */.VE)(bodyOf(rule, value), rule.minEntropy, rule.pem))
        return true;
    if (!rule.pem && (0,filters/* isInsideBase64Blob */.zB)(text, index, value.length))
        return true;
    if ((0,filters/* isPatternOrTemplate */.CZ)(text, index, value.length))
        return true;
    if ((0,filters/* isDocumentedExample */.zx)(text, index))
        return true;
    return (0,filters/* isInlineAllowed */.yA)(text, index, value.length);
}
function matchesAllow(re, value) {
    re.lastIndex = 0;
    return re.test(value);
}
function bodyOf(rule, value) {
    if (rule.body)
        return rule.body(value);
    const lower = value.toLowerCase();
    let prefix = 0;
    for (const keyword of rule.keywords) {
        if (keyword.length > prefix && lower.startsWith(keyword.toLowerCase()))
            prefix = keyword.length;
    }
    return value.slice(prefix);
}
/**
 * Where two rules claim overlapping text, the earlier (more specific) rule keeps it; a provider format
 * its rule rejected still keeps generic rules off that text.
 */
function keepMostSpecific(candidates) {
    const byPriority = [...candidates].sort((a, b) => a.ruleIndex - b.ruleIndex || a.start - b.start);
    const kept = [];
    const claimed = [];
    for (const candidate of byPriority) {
        const end = candidate.start + candidate.value.length;
        const overlaps = (other) => candidate.start < other.start + other.value.length && other.start < end;
        if (kept.some(overlaps))
            continue;
        if (candidate.rejected)
            claimed.push(candidate);
        else if (!(rules_RULES[candidate.ruleIndex].generic && claimed.some(overlaps)))
            kept.push(candidate);
    }
    return kept;
}
function toMatches(text, candidates) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    const matches = [];
    let line = 1;
    let lineStart = 0;
    for (const candidate of sorted) {
        for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < candidate.start; nl = text.indexOf('\n', nl + 1)) {
            line++;
            lineStart = nl + 1;
        }
        const rule = rules_RULES[candidate.ruleIndex];
        matches.push({
            ruleId: rule.id,
            title: rule.title,
            severity: rule.severity,
            line,
            column: candidate.start - lineStart + 1,
            value: candidate.value,
        });
    }
    return matches;
}
/** Text rules and the rules that report a file by its name (key stores): one list of what can be found. */
const RULE_BY_ID = new Map([...rules_RULES, ...files/* FILE_RULES */.hV].map((rule) => [rule.id, rule]));
/** Title, severity and remediation of a rule, for the reporter (also for `secretlint/<rule>` ids). */
function ruleInfo(ruleId) {
    const rule = RULE_BY_ID.get(ruleId);
    if (rule)
        return { title: rule.title, severity: rule.severity, remediation: rule.remediation };
    return {
        title: ruleId.startsWith('secretlint/') ? `Secret (${ruleId.slice('secretlint/'.length)})` : 'Secret',
        severity: 'high',
        remediation: 'Rotate the credential first, then remove it from the code and the git history.',
    };
}
/** Every rule id with its title and severity, for documentation and `--help`. */
function listRules() {
    return [...RULES, ...FILE_RULES].map(({ id, title, severity }) => ({ id, title, severity }));
}


/***/ }),

/***/ 43296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ isKnownExample),
/* harmony export */   CZ: () => (/* binding */ isPatternOrTemplate),
/* harmony export */   M: () => (/* binding */ allowsUnquotedValues),
/* harmony export */   Q3: () => (/* binding */ isPasswordDecoy),
/* harmony export */   VE: () => (/* binding */ isFakeToken),
/* harmony export */   eV: () => (/* binding */ isHandMadeValue),
/* harmony export */   em: () => (/* binding */ isLockfile),
/* harmony export */   fy: () => (/* binding */ isRandomLetters),
/* harmony export */   hI: () => (/* binding */ isUrlPasswordDecoy),
/* harmony export */   kY: () => (/* binding */ isGenericDecoy),
/* harmony export */   ly: () => (/* binding */ shannonEntropy),
/* harmony export */   uf: () => (/* binding */ longestPatternRun),
/* harmony export */   yA: () => (/* binding */ isInlineAllowed),
/* harmony export */   zB: () => (/* binding */ isInsideBase64Blob),
/* harmony export */   zx: () => (/* binding */ isDocumentedExample)
/* harmony export */ });
/* unused harmony exports patternRunShare, isHandTypedSequence, INLINE_ALLOW, lineAround */
// Decoy filters shared by every rule: a gate that reports placeholders, documentation examples,
// public material or hashes gets switched off, so each class of decoy is rejected here, once.
/** Shannon entropy in bits per character. Random keys score 4-6; words and placeholders score lower. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
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
function longestPatternRun(value) {
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
function patternRunShare(value) {
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
        if (i - runStart >= 3)
            covered += i - runStart;
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
const MARKER_WORDS = /example|sample|dummy|placeholder|redacted|\*\*\*|\.\.\.|…|your[-_]?(?:own|key|api|secret|token|pass)|yourkey|changeme|change[-_]me|replace[-_]?(?:me|with|this)|insert[-_]?(?:your|here|key)|notreal|not[-_]a[-_]real|fakekey|fake[-_]|[-_]fake|invalid[-_]?key|<|>|\{\{|\}\}|\$\{|\$\(/i;
const MARKER_WORD_RUNS = new RegExp(MARKER_WORDS.source, 'gi');
/**
 * A marker word as a person types it: `dummy`, `DUMMY` or `Dummy`. Mixed case (`duMMy` in `…XAzduMMygD…`) is a random
 * key's letters falling that way, about once in 20,000 GitHub tokens.
 */
function hasMarkerWord(value) {
    for (const [word] of value.matchAll(MARKER_WORD_RUNS)) {
        const rest = word.slice(1);
        if (rest === rest.toLowerCase() || word === word.toUpperCase())
            return true;
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
function isKnownExample(value) {
    return KNOWN_EXAMPLES.some((example) => value.includes(example));
}
/**
 * True when a provider-format value (prefix already removed) is a hand-written stand-in:
 * marker words, `xxxx`, long repeated or sequential runs, or too little randomness.
 */
/** `xxxx` or `XXXX` as a filler; mixed case (`xXxX`) turns up in random keys. */
const FILLER = /xxxx|XXXX/;
function isFakeToken(body, minEntropy = 3, allowRuns = false) {
    if (hasMarkerWord(body) || FILLER.test(body) || isKnownExample(body))
        return true;
    if (!allowRuns && (longestPatternRun(body) >= 6 || isHandTypedSequence(body)))
        return true;
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
const INDIRECTION = /\$\{|\$\(|\{\{|\}\}|%\(|%s|%v|<%|^\$[A-Za-z_]|^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|os\.Get[Ee]nv|os\.LookupEnv|env\.|ENV\[|secrets\.|vars\.|System\.getenv|Deno\.env|config\.|settings\.)/;
/** Words that make a generic value a placeholder or a test value rather than a credential. */
const GENERIC_MARKERS = /example|sample|dummy|placeholder|redacted|changeme|change_me|change-me|replace|insert|your|here|\*\*|\.\.\.|…|pass|secret|token|test|fake|foobar|lorem|todo|fixme|default|insecure|none|null|undefined|admin|letmein|qwerty|hunter2|abc123|123456|mock|demo|local|sandbox|dev[-_]/i;
/**
 * Angle brackets that mark a stand-in or code: `<your-key>`, `<TOKEN`, `a->b`, `x => y`. A lone `<` or `>` inside a
 * value a generator drew from all printable characters marks nothing.
 */
const ANGLE_MARKERS = /<[^<>]*>|^[<>]|[<>]$|[-=]>|<[-=]/;
const LEET = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
/** Marker words, also spelled in leetspeak (`P@ssw0rd`, `S3cr3t`): hand-written stand-ins, not credentials. */
function hasMarker(value) {
    if (GENERIC_MARKERS.test(value) || ANGLE_MARKERS.test(value) || FILLER.test(value))
        return true;
    // Only short, mostly-letter values are leetspeak; in a hex digest `7e57` is chance, not "test".
    const letters = value.replace(/[^A-Za-z]/g, '').length;
    return (value.length <= 16 &&
        letters * 2 >= value.length &&
        GENERIC_MARKERS.test(value.replace(/[013457@$]/g, (c) => LEET[c])));
}
/** The text inside a base64 value (a Kubernetes Secret's `data:`), when it decodes to printable ASCII. */
function decodedBase64Text(value) {
    if (value.length < 8 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value))
        return undefined;
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
function isHandTypedSequence(value, loose = false) {
    const chars = value.replace(/[-_.]/g, '');
    const strides = [0, 1].map((offset) => {
        let every = '';
        for (let i = offset; i < chars.length; i += 2)
            every += chars[i];
        return every;
    });
    for (let i = 0; i + 10 <= chars.length; i++) {
        const window = chars.slice(i, i + 10);
        const evens = window.replace(/(.)./g, '$1');
        const odds = window.replace(/.(.)/g, '$1');
        const letterDigit = (/^[A-Za-z]+$/.test(evens) && /^\d+$/.test(odds)) || (/^\d+$/.test(evens) && /^[A-Za-z]+$/.test(odds));
        if (letterDigit && longestPatternRun(evens) >= 5 && longestPatternRun(odds) >= 5)
            return true;
    }
    if (!loose)
        return false;
    return strides.some((every) => longestPatternRun(every) >= 5) || /(\w)\1{3}(?!\1)(\w)\2{3}/.test(value);
}
/**
 * Values that show they are not one token: a printf verb ending a run (`…%c^`, `…%s`; `%2B` is URL encoding), or a
 * `?` breaking a long token-shaped run (`npm_hK0F…?Kp6b`), as scanners' negative samples write them; a password of
 * usual length may hold one `?`.
 */
function isBrokenToken(value) {
    if (/%[a-zA-Z](?![0-9A-Za-z])/.test(value))
        return true;
    return value.length >= 20 && /^[\w.+/=:-]*\?[\w.+/=:-]*$/.test(value);
}
/** A host name (`4f2a9c.shop.com`) or a publishable key (`pk_live_`, `live_pub_`): public, not a secret. */
const PUBLIC_VALUE = /^(?:[\w-]+\.)+(?:com|net|org|io|dev|app|co|cloud|info|biz)$|^(?:pk_(?:live|test)_|(?:live|test)_pub_)/i;
/**
 * Five keys in a row of a QWERTY keyboard, either way (`zxcvb`, `poiuy`, `asdfg`), in a key-sized value: typed by
 * hand, not generated (a random value of up to 48 characters holds one about once in 20,000; longer ones more often).
 */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function hasKeyboardRun(value) {
    if (value.length > 48)
        return false;
    const lower = value.toLowerCase();
    for (let i = 0; i + 5 <= lower.length; i++) {
        const five = lower.slice(i, i + 5);
        if (KEYBOARD_ROWS.some((row) => row.includes(five) || row.includes([...five].reverse().join(''))))
            return true;
    }
    return false;
}
/**
 * Hex with one or two letters that are not hex digits, or not in the case of the others (`…016rf34…`, `…cfA00…`):
 * a generator gives either hex (one case) or letters all through, so this is a hex key edited by hand.
 * A word prefix (`spu-`, `key_`) is not counted.
 */
function isEditedHex(value) {
    const body = value.replace(/^[A-Za-z]{1,8}[-_]/, '');
    if (body.length < 24 || !/^[A-Za-z0-9]+$/.test(body))
        return false;
    const strays = (hex) => body.replace(hex, '').length;
    const fewest = Math.min(strays(/[0-9a-f]/g), strays(/[0-9A-F]/g));
    return fewest >= 1 && fewest <= 2;
}
/** The shape of a JWT (`eyJ…` header, three parts) whose header is not JSON: a token edited by hand. */
function isBrokenJwt(value) {
    const parts = value.split('.');
    if (parts.length !== 3 || !value.startsWith('eyJ'))
        return false;
    try {
        const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
        return typeof header !== 'object' || header === null;
    }
    catch {
        return true;
    }
}
/**
 * A value under a secret's name that a person made rather than a generator: keyboard runs, hex edited by hand, a JWT
 * with a broken header, or a long value mostly made of runs (`abcdef`, `ghijkl`, `789`). For values found by their
 * name alone; a command that sends the value (a curl header) says more than the value's looks.
 */
function isHandMadeValue(value) {
    if (hasKeyboardRun(value) || isEditedHex(value) || isBrokenJwt(value))
        return true;
    return value.length >= 32 && patternRunShare(value) >= 0.3;
}
function isGenericDecoy(value) {
    if (isKnownExample(value) || isBrokenToken(value) || PUBLIC_VALUE.test(value))
        return true;
    // A Kubernetes Secret's base64 of a placeholder (`cGFzc3dvcmQ=`) is still a placeholder.
    const decoded = decodedBase64Text(value);
    // Or the base64 of a sentence (`dGhpcyBpcyBub3QgYSByZWFsIHZhbHVl`: "this is not a real value").
    if (decoded !== undefined && (decoded.length < 6 || isPlainDecoy(decoded) || PROSE.test(decoded)))
        return true;
    return isPlainDecoy(value);
}
function isPlainDecoy(value) {
    if (INDIRECTION.test(value) || hasMarker(value) || PASSWORD_HASH.test(value))
        return true;
    // Keyboard mashing (`asdf`, `sdf0o9823sjdfsdf`): typed by hand for a docstring, not generated.
    if (value.length <= 24 && /^[a-z0-9]+$/.test(value) && /asd|sdf|dfg|jkl|hjk|qwe|wer|zxc|xcv/.test(value))
        return true;
    // Fingers resting on the home row (`lsdajfh923874`, RFC 5849's `kd94hf93k423kf44`): random letters rarely stay there.
    if (value.length <= 24 && /^[asdfghjkl0-9]+$/.test(value) && /(?:[a-z]\d*){6}/.test(value))
        return true;
    if (UUID.test(value) || HASH_PREFIX.test(value) || value.startsWith('data:'))
        return true;
    if (/^[/.~]|:\/\/|\\[nrt]/.test(value))
        return true;
    // A token format written as a regex: `[A-Za-z0-9]{24}`, `\d{6}`.
    if (/\[[^\]]{0,20}-[^\]]{0,20}\]|\]\{|\{\d+(?:,\d*)?\}|\\[dwsb]/.test(value))
        return true;
    if (/^\d+$/.test(value) || /^[\d.:-]+$/.test(value) || ISO_TIME.test(value))
        return true;
    // A Python entry point or dotted module path: `keystoneauth1.loading._plugins.identity.v3:ApplicationCredential`.
    if (/^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+:[A-Za-z_]\w*$|^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*){2,}$/.test(value))
        return true;
    if (isRandomLetters(value))
        return false;
    // Identifiers, flags, paths and type names: `--docker-credential-file`, `scram-sha-256`, `list[Ref]`, `#08547A`.
    if (IDENTIFIER.test(value))
        return true;
    if (/^[[{(#]|[\]})]$|\w\[\w+\]/.test(value))
        return true;
    if (/^_*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+_*$/.test(value))
        return true;
    // Code concatenation seen from inside a string: `"Unexpected token: "+E.type+" ("`.
    if (/^\+|\+$/.test(value))
        return true;
    // Long random values hold a run of five by chance now and then; hand-typed ones hold it from the start.
    if (longestPatternRun(value) >= (value.length >= 32 ? 7 : 5) || isHandTypedSequence(value, true))
        return true;
    // `AbCeFG123`: a short value made of runs of three (`abc`, `efg`, `123`) is typed by hand.
    if (value.length < 16 && patternRunShare(value) >= 0.6)
        return true;
    const classes = characterClasses(value);
    if (value.length < 12)
        return classes < 3 || shannonEntropy(value) < 2.5;
    return classes < 2 || shannonEntropy(value) < 0.7 * Math.log2(Math.min(value.length, alphabetSize(value)));
}
/**
 * Letters-only values (`iXrsPUFYOePuPA`) can still be random: mixed case with upper-case pairs or
 * frequent case switches and no lower-case run of five, or five lower-case consonants in a row
 * (`fqrlnx`), which words hardly ever have. Identifiers (`resetPasswordToken`, `XMLHttpRequest`) don't.
 */
function isRandomLetters(value) {
    const letters = value.replace(/[._-]/g, '');
    if (letters.length < 10 || !/^[A-Za-z]+$/.test(letters) || !/[a-z]/.test(letters) || !/[A-Z]/.test(letters)) {
        return false;
    }
    if (/[bcdfghjklmnpqrstvwxz]{5}/.test(letters) && !/ngths|rchst|ngstr|ntstr/.test(letters))
        return true;
    if (/[a-z]{5}/.test(letters))
        return false;
    let upperPairs = 0;
    let switchesUp = 0;
    for (let i = 1; i < letters.length; i++) {
        const previousUpper = letters[i - 1] <= 'Z';
        const upper = letters[i] <= 'Z';
        if (previousUpper && upper)
            upperPairs++;
        if (!previousUpper && upper)
            switchesUp++;
    }
    return upperPairs >= 2 || switchesUp >= 3;
}
/**
 * A word: `name`, `Name`, `NAME`, `camelCase`, `NSRecursiveLock`, `AWSAccessKeyId`, with a short number
 * (`v1`, `s3`, `sha256`). Every lower-case run but a final one is two letters or more (or a short English word such as
 * `In` in `InterpolationInTemplate`), which random text rarely keeps up.
 * Runs end where the next character is not the same kind, so the pattern never backtracks much.
 */
const WORD = '(?:[A-Z]{0,10}[a-z]{2,}(?![a-z])|[A-Z]{1,10}[a-z]?(?![A-Za-z])|(?:In|On|Of|To|At|By|Is|As|Or|If|No|Up|Do|Go|My|It|Be|An)(?=[A-Z])|[a-z](?=\\d))+\\d{0,3}';
const IDENTIFIER = new RegExp(`^[^A-Za-z0-9]{0,2}${WORD}(?:[._/:=-](?:${WORD}|\\d+))*$`);
/** Size of the alphabet the value seems drawn from: random text can't beat log2 of it in entropy. */
function alphabetSize(value) {
    if (/^[0-9a-f]+$/i.test(value) && /[0-9]/.test(value))
        return 16;
    return ((/[a-z]/.test(value) ? 26 : 0) +
        (/[A-Z]/.test(value) ? 26 : 0) +
        (/\d/.test(value) ? 10 : 0) +
        (/[^A-Za-z0-9]/.test(value) ? 16 : 0));
}
function characterClasses(value) {
    return (Number(/[a-z]/.test(value)) +
        Number(/[A-Z]/.test(value)) +
        Number(/\d/.test(value)) +
        Number(/[^A-Za-z0-9]/.test(value)));
}
const INLINE_ALLOW = /launch-ready:allow|gitleaks:allow|secretlint-disable-line/;
/**
 * An allow comment covers the match: on its own line (`launch-ready:allow`, `gitleaks:allow`,
 * `secretlint-disable-line`), on the line before (`secretlint-disable-next-line`), or a `secretlint-disable`
 * block not yet closed by `secretlint-enable`. secretlint's own comments, so a repository written for it needs no
 * second set; like a bare secretlint comment, each silences every rule (rule ids after it are not read).
 */
function isInlineAllowed(text, index, length) {
    if (INLINE_ALLOW.test(lineAround(text, index, length)))
        return true;
    if (!mentionsSecretlintDirective(text))
        return false;
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    if (lineStart > 0 && lineAround(text, lineStart - 1).includes('secretlint-disable-next-line'))
        return true;
    return insideDisabledBlock(text, index);
}
const DISABLE = 'secretlint-disable';
const ENABLE = 'secretlint-enable';
/** The last text looked at and whether it holds any secretlint comment: one search per text, not per match. */
let directiveMemo;
function mentionsSecretlintDirective(text) {
    if (directiveMemo?.text !== text)
        directiveMemo = { text, found: text.includes(DISABLE) };
    return directiveMemo.found;
}
/** A bare `secretlint-disable` (not `-line` / `-next-line`) before the match, with no `secretlint-enable` between. */
function insideDisabledBlock(text, index) {
    let at = text.lastIndexOf(DISABLE, index);
    while (at !== -1 && text[at + DISABLE.length] === '-')
        at = at === 0 ? -1 : text.lastIndexOf(DISABLE, at - 1);
    if (at === -1)
        return false;
    const enable = text.indexOf(ENABLE, at);
    return enable === -1 || enable > index;
}
/**
 * The line holding the match, without its newline, clipped to a few hundred characters around it:
 * in a minified bundle one "line" is the whole file, and an allow comment far away is about other code.
 */
function lineAround(text, index, length = 0, reach = 300) {
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
function isInsideBase64Blob(text, index, length) {
    let start = index;
    const floor = Math.max(0, index - 4096);
    while (start > floor && BASE64_CHAR.test(text[start - 1]))
        start--;
    let end = index + length;
    const ceiling = Math.min(text.length, end + 4096);
    while (end < ceiling && BASE64_CHAR.test(text[end]))
        end++;
    const run = text.slice(start, end);
    if (text.slice(Math.max(0, start - 8), start).endsWith('base64,'))
        return true;
    return run.length - length > 64 && /[+/]/.test(run);
}
/** The match is followed by regex syntax or interpolation: a token format or a string built at run time. */
function isPatternOrTemplate(text, index, length) {
    const after = text.slice(index + length, index + length + 3);
    if (/^(?:\[|\{\d|\{\$|\$\{|\\[dwsb]|\(\?|\]\{|\]\+|\*|\+[^ ])/.test(after))
        return true;
    const before = text.slice(Math.max(0, index - 2), index);
    if (/\\[dwsb]$|\]$/.test(before) && /^[\]{|)]/.test(after))
        return true;
    // `(tok|…)` or `(tok)?` is a regex group; a value merely in parentheses (`(secret)`, a call's argument) is not.
    return before.endsWith('(') && /^(?:[|{]|\)[?*+{])/.test(after);
}
const LOCKFILE = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|Cargo\.lock|Gemfile\.lock|poetry\.lock|composer\.lock|go\.sum|Pipfile\.lock|uv\.lock|packages\.lock\.json)$/;
/** Lockfiles hold integrity hashes and tarball URLs, never hand-written assignments. */
function isLockfile(path) {
    return LOCKFILE.test(path);
}
const CONFIG_FILE = /(?:^|\/)(?:\.env[^/]*|[^/]*\.env|[^/]*\.(?:ya?ml|properties|ini|cfg|cnf|conf|config|toml|sh|bash|zsh|npmrc|pypirc|netrc|tfvars|envrc|xml|plist|txt|csv|mk)|Dockerfile[^/]*|\.npmrc|\.pypirc|\.netrc|\.envrc|Containerfile|Makefile|[^/.]+)$/i;
/** Files where `KEY=value` needs no quotes: an unquoted value there is a literal, not an expression. */
function allowsUnquotedValues(path) {
    return CONFIG_FILE.test(path);
}
/** A password in a URL or SQL that is a placeholder, a lookup, a repeated word or too short to be real. */
function isPasswordDecoy(value) {
    if (value.length < 6 || INDIRECTION.test(value) || hasMarker(value))
        return true;
    if ((/^[A-Za-z_.-]+$/.test(value) && !isRandomLetters(value)) || /^\d+$/.test(value))
        return true;
    return longestPatternRun(value) >= 5 || shannonEntropy(value) < 2.3;
}
/** Stand-ins written where a URL's password goes: `password`, `my_pass`, `db-secret`, `P@ssw0rd`, `changeit`. */
const URL_PASSWORD_WORD = /^(?:(?:my|your|the|some|new|user|db|database|admin|root|app|test|dev|default|sample|dummy|fake)[-_.]?)?(?:password|passwd|passwort|pass|pwd|pw|pword|secret|pass(?:word)?[-_.]?(?:here|goes[-_.]?here)|changeme|changeit|letmein|qwerty|foobar|hunter2|none|null|undefined|empty)$/i;
/** Stand-ins that may sit anywhere in the value: `REPLACE_WITH_PASSWORD`, `YOUR_DB_PASSWORD`, `<secret>`, `***`. */
const URL_PASSWORD_MARKERS = /example|sample|dummy|placeholder|redacted|replace|your[-_]|^your|changeme|change[-_]me|insert[-_]|[-_]here$|notreal|\*\*\*|\.\.\.|…|xxxx|[<>{}[\]]/i;
/**
 * A password in a URL's userinfo (`scheme://user:password@host`) that is not a credential: a lookup or template,
 * a placeholder word (also in leetspeak), the user name repeated (`postgres:postgres@`), a run (`123456`), or a
 * value too short or too plain to be real. Unlike a bare `password = …`, a URL to a host states that the value
 * logs in somewhere, so a typed password with a word in it (`mySecret2024`, `r3alP4ssw0rd`) still counts.
 */
function isUrlPasswordDecoy(password, user = '') {
    if (password.length < 6 || INDIRECTION.test(password) || /^%|\$/.test(password))
        return true;
    // `a%20secret`, `top%20secret`: words with spaces between them, written for a URL-parsing example.
    if (/%20/.test(password) && /^(?:[A-Za-z]+%20)+[A-Za-z]+$/.test(password))
        return true;
    if (URL_PASSWORD_MARKERS.test(password) || isKnownExample(password))
        return true;
    const plain = password.replace(/[013457@$]/g, (c) => LEET[c]);
    if (URL_PASSWORD_WORD.test(password) || URL_PASSWORD_WORD.test(plain))
        return true;
    if (user !== '' && password.toLowerCase() === user.toLowerCase())
        return true;
    // Oracle's demo account, `scott`/`tiger` (also dressed up, `tiger^5HHH`), in every database library's documentation.
    if (/^scott$/i.test(user) && /^tiger/i.test(password))
        return true;
    if ((/^[A-Za-z_.-]+$/.test(password) && !isRandomLetters(password)) || /^\d+$/.test(password))
        return true;
    return longestPatternRun(password) >= 5 || shannonEntropy(password) < 2.3;
}
/**
 * The match sits on a comment line that calls it an example (`* e.g.) shpss_…`, `/** @example "-----BEGIN…`):
 * documentation of a format, as in scanners' and SDKs' own sources. Lines of code embedded in a JSON string
 * (a source map's `sourcesContent`) count as lines too.
 */
function isDocumentedExample(text, index) {
    const from = Math.max(0, index - 160);
    const before = text.slice(from, index);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\\n') + 1);
    const line = before.slice(lineStart + 1);
    return /^\s*(?:\*|\/\/|#|<!--|\/\*)[^\n]*?(?:\be\.g\.|@example\b|\bexamples?\b|\bsample\b)/i.test(line);
}


/***/ }),

/***/ 75532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
// Small wording helpers for notices: never given a secret, only sizes and error codes.
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KB`;
    return `${bytes} B`;
}


/***/ }),

/***/ 348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e8: () => (/* binding */ fileMatch),
/* harmony export */   hV: () => (/* binding */ FILE_RULES),
/* harmony export */   yy: () => (/* binding */ fileRuleFor)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83498);

const STORE_ADVICE = 'keep the new store in the CI secret store (base64 in a secret), never in the repository';
const FILE_RULES = [
    {
        id: 'pkcs12-file',
        title: 'PKCS#12 key store (.p12, .pfx)',
        severity: 'high',
        extensions: ['p12', 'pfx'],
        remediation: (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .rotate */ .e$)(`revoke the certificate, issue a new key pair and certificate; ${STORE_ADVICE}`),
    },
    {
        id: 'java-keystore-file',
        title: 'Java key store (.jks, .jceks, .keystore)',
        severity: 'high',
        extensions: ['jks', 'jceks', 'keystore'],
        remediation: (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .rotate */ .e$)(`replace every key in it (an Android upload key: reset it in Play Console > App integrity); ${STORE_ADVICE}`),
    },
    {
        id: 'keepass-database-file',
        title: 'KeePass password database (.kdbx)',
        severity: 'high',
        extensions: ['kdbx'],
        remediation: (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .rotate */ .e$)('change every password in it: anyone with a copy can guess the master password offline, without limit'),
    },
];
/**
 * Named like a key store, yet public: Android's debug key (`debug.keystore`, the same well-known password
 * `android` on every machine, shipped in React Native's app template) and trust stores, which hold only the CA
 * certificates a client trusts (`truststore.jks`, `kafka.client.truststore.p12`, `cacerts.jks`).
 */
const PUBLIC_STORE = /^(?:debug\.keystore|cacerts\..*|.*trust[-_.]?store.*)$/i;
const RULE_BY_EXTENSION = new Map(FILE_RULES.flatMap((rule) => rule.extensions.map((ext) => [ext, rule])));
/** The rule a file's path alone triggers (path relative to the scan root, forward slashes), if any. */
function fileRuleFor(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    if (dot <= 0 || PUBLIC_STORE.test(name))
        return undefined;
    return RULE_BY_EXTENSION.get(name.slice(dot + 1).toLowerCase());
}
/**
 * The finding for a whole file, at its first line. Its value is the file's git blob id: it identifies the content
 * without holding any of it, is the same in tree, diff and history modes (so one baseline entry covers all three),
 * and changes when new keys are committed under the same name.
 */
function fileMatch(rule, blobId) {
    return { ruleId: rule.id, title: rule.title, severity: rule.severity, line: 1, column: 1, value: blobId };
}


/***/ }),

/***/ 83498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ namedId),
/* harmony export */   R1: () => (/* binding */ assignedOrLabelled),
/* harmony export */   UI: () => (/* binding */ isWordLike),
/* harmony export */   W9: () => (/* binding */ startsAtName),
/* harmony export */   Xf: () => (/* binding */ prefixedToken),
/* harmony export */   ax: () => (/* binding */ assignedOrNear),
/* harmony export */   cJ: () => (/* binding */ withAlternative),
/* harmony export */   cR: () => (/* binding */ assignedTo),
/* harmony export */   e$: () => (/* binding */ rotate),
/* harmony export */   gr: () => (/* binding */ labelledOnly),
/* harmony export */   lI: () => (/* binding */ TYPED_ASSIGN),
/* harmony export */   pV: () => (/* binding */ exactly),
/* harmony export */   zn: () => (/* binding */ namedKey)
/* harmony export */ });
/* unused harmony exports OPERATOR, OPENING, nearKeyword, labelledBy, groupCount */
/* harmony import */ var _filters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43296);

const rotate = (where) => `Rotate it first (${where}), then remove it from the code and the git history.`;
/** A type between name and `=`: `apiKey: string =`, `val secret: String =`, `API_KEY: &str =`, Go `apiToken string =`. */
const TYPED_ASSIGN = String.raw `(?:[ \t]{0,4}:[ \t]{0,4}&?(?:'static[ \t]+)?[A-Za-z][\w.<>\[\]?]{0,30}|[ \t]{1,4}\*?[A-Za-z][\w.\[\]]{0,20})[ \t]{0,4}=(?![=>~])`;
/**
 * Every way a file binds a value to a name: `=`, `:=`, Makefile `::=` `:::=` `?=` `+=`, PHP `.=`, `??=`, `||=`,
 * `=>`, `:` (YAML, JSON), a typed declaration, `>` (an XML element), `,` (CSV, `define('NAME', …)`), `(` (a setter).
 */
const OPERATOR = String.raw `(?:\\{0,3}["'\x60]){0,2}(?:[ \t]{0,4}(?:[:?+.|]{0,3}=(?![=~])|\?\?=|=>|:(?![:=])|,|\(|>)|${TYPED_ASSIGN})`;
/**
 * What may sit between the operator and the value: spaces, a YAML block indicator and its line break
 * (`key: |` then the value), the line break of a multi-line XML element, a quote or an escaped quote.
 */
const OPENING = String.raw `[ \t]{0,4}(?:[|>][-+]?[ \t]{0,4}\r?\n[ \t]{0,16}|\r?\n[ \t]{1,16})?(?:\\{0,3}["'\x60])?`;
/**
 * `<name containing word> = "<value>"` for keys with no prefix of their own (Mailgun, Heroku, Twilio auth tokens):
 * the provider's name in the variable is what tells them apart from any other hex string. Every assignment
 * syntax of `OPERATOR` counts, so the value is found in config files and source code alike.
 */
function assignedTo(word, value) {
    return new RegExp(String.raw `${word}[\w.-]{0,40}${OPERATOR}${OPENING}(${value})(?![\w-])`, 'i');
}
/**
 * What may stand right before and right after a value found near its provider's name (not part of a longer word).
 * Before it also a URL path's `/` (`…/besttime/keys/pri_…`: the key as the last segment of a request URL).
 * After it also a query string's `&` (`?api_key=…&url=`) and the `\n` escape of a JSON string (a notebook cell).
 */
const NEAR_BEFORE = String.raw `(?<=[\s'"\x60=:>{(,|\[/])`;
const NEAR_AFTER = String.raw `(?=[\s'"\x60,;)}<|\]&]|\\n|$)`;
/**
 * TruffleHog's way of finding a key that has no prefix of its own: the provider's name, then the value within
 * `window` characters (on the same or the next line), delimited on both sides: `twilio token - 'value'`,
 * `mixpanel value`, `<secret>{box AQAAABAAA value}</secret>`. The value must still be format-exact and random.
 */
function nearKeyword(word, value, window = 40) {
    return String.raw `${word}[\s\S]{0,${window}}?${NEAR_BEFORE}(${value})${NEAR_AFTER}`;
}
/**
 * What may stand between a provider's name and the value it labels: the words of a key's name and separators. Not `id`:
 * a name ending in it (`ADZUNA_APP_ID`) labels the public half of the pair.
 */
const LABEL = String.raw `(?:[\s_.:=>"'\x60{}-]|app|api|application|client|access|secret|key|token|auth)`;
/**
 * Stricter than `nearKeyword`, for keys that are one half of a pair (a key and its app ID): the provider's name
 * labels the value itself (`adzuna KEY=…`, `ADZUNA_APP_KEY: …`, `adzuna:` then `app_key: …` on the next line),
 * with only the words of a key's name between them, not prose that mentions the service a line above some other
 * value (`Sending request to the adzuna API` then `Using KEY=…`). Up to 40 words and separators, as `nearKeyword`'s
 * 40 characters; a label word holds only letters and a separator none, so the lazy repeat splits the text one way only.
 */
function labelledBy(word, value) {
    return `${word}${LABEL}{0,40}?${NEAR_BEFORE}(${value})${NEAR_AFTER}`;
}
/** The value only where the name labels it (`labelledBy`): for a name that is also a word in code (`refiner`). */
function labelledOnly(word, value) {
    return { pattern: new RegExp(labelledBy(word, value), 'i'), group: 1 };
}
/** `assignedOrNear` with `labelledBy` in place of `nearKeyword`. */
function assignedOrLabelled(word, value) {
    return withAlternative({ pattern: assignedTo(word, value), group: [1] }, labelledBy(word, value));
}
/**
 * A case-insensitive pattern with one more top-level alternative, whose value group is numbered after all of the
 * first pattern's groups.
 */
function withAlternative(first, alternative) {
    return {
        pattern: new RegExp(`${first.pattern.source}|${alternative}`, 'i'),
        group: [...first.group, groupCount(first.pattern.source) + 1],
    };
}
/**
 * Capture groups a regex source opens, so a second alternative's group can be numbered after them. Read from
 * the source (a `(` not escaped, not in a class, not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`): compiling each
 * pattern to count them cost every thread ~60 ms at start-up.
 */
function groupCount(source) {
    let count = 0;
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\')
            i++;
        else if (inClass)
            inClass = char !== ']';
        else if (char === '[')
            inClass = true;
        else if (char === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && !'=!'.includes(source[i + 3]))))
            count++;
    }
    return count;
}
/**
 * A value assigned to a name holding `word`, or standing within a few characters after `word` (`nearKeyword`):
 * group 1 or the group after all of the assignment's.
 */
function assignedOrNear(word, value) {
    return withAlternative({ pattern: assignedTo(word, value), group: [1] }, nearKeyword(word, value));
}
/**
 * The provider's name begins a word of the variable name: after a non-letter or at a camelCase hump
 * (`myOktaToken`, `OKTA_TOKEN`), not in the middle of another word (`rookTable`, `SetSysctl`, `CameraKit`).
 * Checked in code: the pattern is case-insensitive, and the hump is a matter of case.
 */
function startsAtName({ text, match }) {
    const before = text[match.index - 1] ?? '';
    // A Java system property on a command line (`mvn -Dsonar.login=…`) starts after its `-D`.
    if (before === 'D' && text[match.index - 2] === '-')
        return true;
    return !/[A-Za-z0-9]/.test(before) || (/[a-z0-9]/.test(before) && /[A-Z]/.test(text[match.index]));
}
/** A provider key recognised by its name and format (gitleaks' "semi-generic" rules): gated by the name. */
function namedKey(id, title, names, value, where, extra = {}) {
    return {
        id,
        title,
        severity: 'high',
        keywords: names.map((name) => name.replace(/\\/g, '')),
        mode: 'scan',
        ...assignedOrNear(`(?:${names.map(escapeName).join('|')})`, value),
        minEntropy: 3,
        remediation: rotate(where),
        ...extra,
        // A name-gated value that reads as words (`twitterCardSummaryLargeImage`) or holds the provider's own name
        // (`LinkedinOAuth2` in `class LinkedinMobileOAuth2(LinkedinOAuth2)`) is an identifier, not a key.
        validate: (value, context) => startsAtName(context) &&
            !isWordLike(value) &&
            !names.some((name) => value.toLowerCase().includes(name.replace(/\\/g, '').toLowerCase())) &&
            (extra.validate?.(value, context) ?? true),
    };
}
/**
 * A provider's public identifier that is paired with a secret (a client or app ID), found as a key is (low), but
 * never as a segment of a URL's path: after the provider's name there it names a channel, a badge or a profile
 * (`discord.com/channels/<id>`, `img.shields.io/discord/<id>`), not an application.
 */
function namedId(...[id, title, names, value, where, extra = {}]) {
    return namedKey(id, title, names, value, where, {
        severity: 'low',
        ...extra,
        validate: (found, context) => context.text[context.index - 1] !== '/' && (extra.validate?.(found, context) ?? true),
    });
}
/** Letters (and separators) only, and not random letters: an identifier or a phrase. */
function isWordLike(value) {
    return /^[A-Za-z_.-]+$/.test(value) && !(0,_filters_js__WEBPACK_IMPORTED_MODULE_0__/* .isRandomLetters */ .fy)(value);
}
/**
 * For a rule that takes its provider's prefix with a body in a wider shape than the provider issues (cut short, or in
 * the wrong case): reports only the exact shape, and the rest stays claimed by the rule, so a key cut off in a log or a
 * document, or made up around a real prefix, is not reported by its variable name either.
 */
function exactly(shape) {
    return (value) => shape.test(value);
}
/** A token whose own prefix identifies it (`duffel_live_…`): anchored at the prefix, bounded on both sides. */
function prefixedToken(id, title, keywords, pattern, where, extra = {}) {
    return {
        id,
        title,
        severity: 'high',
        keywords,
        pattern: new RegExp(`(?<![A-Za-z0-9_])(${pattern})(?![A-Za-z0-9_])`),
        remediation: rotate(where),
        ...extra,
    };
}
function escapeName(name) {
    return name
        .replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '-' || c === '_' ? c : `\\${c}`))
        .replace(/[-_]/g, '[_. -]?');
}


/***/ }),

/***/ 9341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XS: () => (/* binding */ addToBatch),
  pJ: () => (/* binding */ batchScanner),
  hJ: () => (/* binding */ emptyBatchResult),
  M7: () => (/* binding */ mergeBatchResult),
  WN: () => (/* binding */ scanFile)
});

// UNUSED EXPORTS: detectBuffer, scanBatch, utf16Text

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/checks/secret-scan/detect.ts + 16 modules
var detect = __webpack_require__(87177);
// EXTERNAL MODULE: ./shared/checks/secret-scan/format.ts
var format = __webpack_require__(75532);
;// CONCATENATED MODULE: ./shared/checks/secret-scan/windows.ts
// Detection over a large file in overlapping windows. V8 places a string of more than 128 KB in its large-object
// space: each one is fresh memory from the system, decoded at about 200 MB/s instead of several GB/s, and counted
// towards the next full garbage collection (a multi-megabyte bundle decoded whole is also most of the scanner's peak
// memory). Windows whose text, context and overlap included, stays under that size are decoded into the young
// generation at copy speed and freed by a cheap scavenge.


/** V8's largest regular heap object is 128 KB; a one-byte string has a 16-byte header. */
const REGULAR_STRING_BYTES = 128 * 1024 - 16;
/** Text read past a window's end: longer than any credential (a 4096-bit PEM key is about 3.3 KB). */
const OVERLAP_BYTES = 16 * 1024;
/** Text read before a window's start, so a rule sees the `apiKey = ` in front of a value. */
const CONTEXT_BYTES = 1024;
/** A file up to this size is decoded whole; a larger one window by window, each text staying a regular string. */
const WINDOW_BYTES = REGULAR_STRING_BYTES - OVERLAP_BYTES - CONTEXT_BYTES;
const NEWLINE = 0x0a;
const DEFAULT_SIZES = { window: WINDOW_BYTES, overlap: OVERLAP_BYTES, context: CONTEXT_BYTES };
/**
 * The matches detection finds in the whole file, found window by window. The file is cut into ranges
 * (at a newline when one lies in a range's second half); each range is read with some text before and
 * after it, and reports only the matches that start inside it, so none is missed at a cut or reported twice.
 */
function detectInWindows(buffer, relPath, allow, sizes = DEFAULT_SIZES) {
    const found = [];
    let from = 0;
    let lineAtFrom = 1;
    while (from < buffer.length) {
        const to = rangeEnd(buffer, from, sizes.window);
        const textStart = Math.max(0, from - sizes.context);
        const textEnd = Math.min(buffer.length, to + sizes.overlap);
        const bytes = buffer.subarray(textStart, textEnd);
        const textStartLine = lineAtFrom - countNewlines(buffer, textStart, from);
        let line = 1;
        let lineStart = 0;
        for (const match of (0,detect/* detectSecretsInBytes */.jm)(bytes, relPath, { allow })) {
            for (; line < match.line; line++)
                lineStart = bytes.indexOf(NEWLINE, lineStart) + 1;
            const offset = textStart + lineStart + match.column - 1;
            if (offset < from)
                continue;
            if (offset >= to)
                break;
            found.push({ match: { ...match, line: textStartLine + match.line - 1 }, offset });
        }
        lineAtFrom += countNewlines(buffer, from, to);
        from = to;
    }
    const ascii = (0,external_node_buffer_.isAscii)(buffer);
    return found.map(({ match, offset }) => {
        const fileLineStart = buffer.lastIndexOf(NEWLINE, offset - 1) + 1;
        // Offsets are bytes; with non-ASCII text the value and column are given as a UTF-8 reader sees them.
        return ascii
            ? { ...match, column: offset - fileLineStart + 1 }
            : {
                ...match,
                column: buffer.toString('utf8', fileLineStart, offset).length + 1,
                value: Buffer.from(match.value, 'latin1').toString('utf8'),
            };
    });
}
function rangeEnd(buffer, from, window) {
    const hardEnd = from + window;
    if (hardEnd >= buffer.length)
        return buffer.length;
    const newline = buffer.lastIndexOf(NEWLINE, hardEnd - 1);
    return newline >= from + window / 2 ? newline + 1 : hardEnd;
}
function countNewlines(buffer, from, to) {
    let count = 0;
    for (let i = buffer.indexOf(NEWLINE, from); i !== -1 && i < to; i = buffer.indexOf(NEWLINE, i + 1))
        count++;
    return count;
}

;// CONCATENATED MODULE: ./shared/checks/secret-scan/scan-file.ts
// Reads one file and runs detection on it. Shared by the inline path and the worker threads, so it never
// throws: every problem with one file becomes a skip reason and the scan goes on.







/** Git's own test for binary content: a NUL byte in the first 8000 bytes. */
const SNIFF_BYTES = 8000;
function scanFile(root, relPath, options) {
    let buffer;
    try {
        const read = readCapped((0,external_node_path_.join)(root, relPath), options.maxFileBytes);
        if ('tooLarge' in read) {
            // A huge binary (a native module, a database) holds no readable key: no notice for it.
            if (read.binary)
                return { kind: 'binary', bytes: read.tooLarge };
            return {
                kind: 'skipped',
                reason: `larger than ${(0,format/* formatBytes */.z)(options.maxFileBytes)} (${(0,format/* formatBytes */.z)(read.tooLarge)})`,
            };
        }
        buffer = read.buffer;
    }
    catch (error) {
        return { kind: 'skipped', reason: `not readable (${(0,errors/* errorCode */.C)(error)})` };
    }
    const utf16 = utf16Text(buffer);
    // A byte-order mark says nothing for sure: the bytes after it are scanned as they are too, so no mark
    // (real or planted) can hide a key written in plain UTF-8.
    const bytes = buffer.subarray(markLength(buffer));
    if (utf16 === undefined && bytes.subarray(0, SNIFF_BYTES).includes(0))
        return { kind: 'binary', bytes: buffer.length };
    try {
        // Kept for secretlint, a small file is decoded once, as UTF-8, and our detectors read that same text.
        const text = options.keepText && utf16 === undefined && bytes.length <= WINDOW_BYTES ? bytes.toString('utf8') : undefined;
        const plain = text === undefined
            ? detectBuffer(bytes, relPath, options.allow)
            : (0,detect/* detectSecrets */.NZ)(text, relPath, { allow: options.allow });
        const matches = utf16 === undefined ? plain : union((0,detect/* detectSecrets */.NZ)(utf16, relPath, { allow: options.allow }), plain);
        const kept = options.keepText ? { text: text ?? utf16 ?? bytes.toString('utf8') } : {};
        return { kind: 'scanned', bytes: buffer.length, matches: detached(matches), ...kept };
    }
    catch (error) {
        return { kind: 'skipped', reason: `detection failed (${(0,errors/* errorCode */.C)(error)})` };
    }
}
/**
 * Latin-1 decoding is a plain byte copy, several times faster than UTF-8, and keys are ASCII. Only when a
 * file with non-ASCII bytes has a match is it decoded again as UTF-8, so columns and values are exact.
 */
function detectBuffer(buffer, relPath, allow) {
    if (buffer.length > WINDOW_BYTES)
        return detectInWindows(buffer, relPath, allow);
    const matches = (0,detect/* detectSecretsInBytes */.jm)(buffer, relPath, { allow });
    if (matches.length === 0 || (0,external_node_buffer_.isAscii)(buffer))
        return matches;
    return (0,detect/* detectSecrets */.NZ)(buffer.toString('utf8'), relPath, { allow });
}
/** A value sliced from a file's text keeps the whole text alive; a copy lets it go. */
function detached(matches) {
    if (matches.length === 0)
        return matches;
    return matches.map((match) => ({ ...match, value: Buffer.from(match.value, 'utf8').toString('utf8') }));
}
/**
 * Windows tools (PowerShell, regedit exports) write UTF-16 with a byte-order mark: text, despite its NULs.
 * Two bytes FF FE or FE FF start many a file that is not UTF-16, so the mark counts only when the rest
 * agrees: whole code units, no broken surrogate pair, and the NUL high bytes that ASCII text in UTF-16 has.
 */
function utf16Text(buffer) {
    const littleEndian = buffer[0] === 0xff && buffer[1] === 0xfe;
    if (!littleEndian && !(buffer[0] === 0xfe && buffer[1] === 0xff))
        return undefined;
    if (buffer.length % 2 !== 0)
        return undefined;
    const body = Buffer.from(buffer.subarray(2));
    if (!littleEndian)
        body.swap16();
    if (!looksLikeUtf16le(body))
        return undefined;
    return body.toString('utf16le');
}
/** At least one code unit in the first 8000 bytes is ASCII (high byte NUL), and no surrogate is unpaired. */
function looksLikeUtf16le(body) {
    const end = Math.min(body.length, SNIFF_BYTES) & ~1;
    let ascii = 0;
    let pendingHigh = false;
    for (let i = 0; i < end; i += 2) {
        const unit = body[i] | (body[i + 1] << 8);
        if (unit < 0x80)
            ascii++;
        const isHigh = unit >= 0xd800 && unit <= 0xdbff;
        const isLow = unit >= 0xdc00 && unit <= 0xdfff;
        if (isLow && !pendingHigh)
            return false;
        if (pendingHigh && !isLow)
            return false;
        pendingHigh = isHigh;
    }
    return ascii > 0;
}
/** Bytes of a leading byte-order mark (UTF-8, UTF-16 either way), 0 when there is none. */
function markLength(buffer) {
    if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
        return 3;
    if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))
        return 2;
    return 0;
}
/** The matches of both readings of one file, each secret once. */
function union(first, second) {
    const seen = new Set(first.map((match) => `${match.ruleId}\0${match.value}`));
    return [...first, ...second.filter((match) => !seen.has(`${match.ruleId}\0${match.value}`))];
}
/**
 * One read buffer per thread, grown as needed and reused: allocating a fresh buffer per file leaves
 * megabytes of external memory waiting for the garbage collector and drives peak memory up.
 */
let readBuffer = Buffer.allocUnsafe(1024 * 1024);
function readCapped(path, maxBytes) {
    // Non-blocking and regular files only: the walker listed a file, but a FIFO may have taken its place since.
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
        const size = info.size;
        if (size > maxBytes) {
            const head = readBuffer.subarray(0, (0,external_node_fs_.readSync)(fd, readBuffer, 0, Math.min(SNIFF_BYTES, readBuffer.length), 0));
            return { tooLarge: size, binary: utf16Text(head) === undefined && head.includes(0) };
        }
        if (size > readBuffer.length)
            readBuffer = Buffer.allocUnsafe(size);
        let offset = 0;
        while (offset < size) {
            const n = (0,external_node_fs_.readSync)(fd, readBuffer, offset, size - offset, offset);
            if (n === 0)
                break;
            offset += n;
        }
        return { buffer: readBuffer.subarray(0, offset) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function emptyBatchResult() {
    return { filesScanned: 0, bytesScanned: 0, binaryFiles: 0, hits: [], skipped: [] };
}
function scanBatch(root, relPaths, options) {
    const result = emptyBatchResult();
    for (const path of relPaths)
        addToBatch(result, path, scanFile(root, path, options));
    return result;
}
function addToBatch(result, path, scanned) {
    if (scanned.kind === 'skipped') {
        result.skipped.push({ path, reason: scanned.reason });
    }
    else if (scanned.kind === 'binary') {
        result.binaryFiles++;
    }
    else {
        result.filesScanned++;
        result.bytesScanned += scanned.bytes;
        if (scanned.matches.length > 0)
            result.hits.push({ path, matches: scanned.matches });
    }
}
/**
 * How a thread scans one batch: synchronously with our detectors alone, or, when the repository has a
 * secretlint config, asynchronously (@secretlint/core is async) with its rules too, loaded on first use.
 */
function batchScanner(root, options) {
    const { secretlint } = options;
    if (secretlint === undefined)
        return (paths) => scanBatch(root, paths, options);
    let linted;
    return async (paths) => {
        linted ??= __webpack_require__.e(/* import() */ 846).then(__webpack_require__.bind(__webpack_require__, 72846)).then((module) => module.lintedBatchScanner(root, { ...options, secretlint }));
        return (await linted)(paths);
    };
}
function mergeBatchResult(into, from) {
    into.filesScanned += from.filesScanned;
    into.bytesScanned += from.bytesScanned;
    into.binaryFiles += from.binaryFiles;
    into.hits.push(...from.hits);
    into.skipped.push(...from.skipped);
}


/***/ }),

/***/ 45748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSecretScan: () => (/* binding */ runSecretScan)
});

// UNUSED EXPORTS: CHECK, NOTICE_RULES, resolveMode

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/fs/paths.ts
var paths = __webpack_require__(86416);
// EXTERNAL MODULE: ./shared/fs/read.ts
var read = __webpack_require__(3746);
// EXTERNAL MODULE: ./shared/fs/walk.ts
var walk = __webpack_require__(9195);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/report/model.ts
var model = __webpack_require__(1124);
// EXTERNAL MODULE: ./shared/report/redact.ts
var redact = __webpack_require__(35500);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./shared/checks/secret-scan/baseline.ts
// Baselines let a repo with old leaks adopt the gate and fail only on new ones. A fingerprint is the rule,
// the file and a hash of the value, never a line number, so it survives lines moving around the file.






function fingerprintOf(ruleId, file, value) {
    const valueHash = (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex');
    return (0,external_node_crypto_.createHash)('sha256').update(`${ruleId}\0${file}\0${valueHash}`).digest('hex').slice(0, 32);
}
const entrySchema = schemas/* object */.Ikc({
    fingerprint: schemas/* string */.YjP().min(1),
    ruleId: schemas/* string */.YjP().optional(),
    file: schemas/* string */.YjP().optional(),
});
const baselineSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    fingerprints: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP().min(1), entrySchema])),
});
/** Accepted fingerprints, or undefined when there is no baseline file. */
async function readBaseline(path, display = path) {
    const text = await (0,read/* readTextFile */.Gu)(path, { maxBytes: read/* MAX_BASELINE_BYTES */.Zg, what: 'baseline', display, optional: true });
    if (text === undefined)
        return undefined;
    let parsed;
    try {
        parsed = baselineSchema.parse(JSON.parse(text));
    }
    catch {
        throw new errors/* UsageError */.e(`baseline ${display} is not a launch-ready baseline ({"version": 1, "fingerprints": [...]}): rewrite it with --write-baseline`);
    }
    return new Set(parsed.fingerprints.map((entry) => (typeof entry === 'string' ? entry : entry.fingerprint)));
}
/** Writes one entry per distinct fingerprint, sorted so the file diffs cleanly in review. Returns the count. */
function writeBaseline(path, findings) {
    const entries = new Map();
    for (const finding of findings) {
        const file = finding.location && 'file' in finding.location ? finding.location.file : '';
        entries.set(finding.fingerprint, { fingerprint: finding.fingerprint, ruleId: finding.ruleId, file });
    }
    const fingerprints = [...entries.values()].sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
    const body = {
        version: 1,
        comment: 'Secrets accepted by launch-ready secret-scan: only new leaks fail the gate. Rotate these anyway. Regenerate with --write-baseline.',
        fingerprints,
    };
    refuseLinkOrSpecial(path);
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(body, null, 2)}\n`);
    }
    catch (error) {
        throw new errors/* UsageError */.e(`cannot write baseline ${path} (${(0,errors/* errorCode */.C)(error)})`);
    }
    return fingerprints.length;
}
/**
 * A baseline committed as a symlink (to ~/.bashrc, to /dev/zero) must not make --write-baseline write through
 * it: only a regular file, or no file yet, is written.
 */
function refuseLinkOrSpecial(path) {
    let info;
    try {
        info = (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return;
    }
    if (info.isSymbolicLink()) {
        throw new errors/* UsageError */.e(`baseline ${path} is a symbolic link: remove it, then write the baseline again`);
    }
    if (!info.isFile())
        throw new errors/* UsageError */.e(`baseline ${path} is not a regular file: a file is expected`);
}

// EXTERNAL MODULE: ./shared/checks/secret-scan/detect.ts + 16 modules
var detect = __webpack_require__(87177);
// EXTERNAL MODULE: ./shared/checks/secret-scan/format.ts
var format = __webpack_require__(75532);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./shared/checks/secret-scan/patch.ts
// Parses `git diff -U0` / `git log -p -U0` output line by line into the lines each file gained, with their
// line numbers in the new file. Fed one line at a time so a long history streams through in flat memory.
/** The header line our `git log --format` prints before each commit's patch. */
const COMMIT_MARKER = '\u0000commit ';
const HUNK = /^@@@* -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
class PatchParser {
    #handlers;
    #maxBytes;
    #commit;
    #path;
    #lines = [];
    #lineNumbers = [];
    #bytes = 0;
    #oversized = false;
    #oldLeft = 0;
    #newLeft = 0;
    #nextLine = 0;
    #blobId;
    #renamedTo;
    constructor(handlers, maxBytes) {
        this.#handlers = handlers;
        this.#maxBytes = maxBytes;
    }
    push(line) {
        if (this.#oldLeft > 0 || this.#newLeft > 0) {
            this.#hunkLine(line);
            return;
        }
        if (line.startsWith(COMMIT_MARKER)) {
            this.#flush();
            this.#path = undefined;
            const [sha = '', date = ''] = line.slice(COMMIT_MARKER.length).split(' ');
            this.#commit = { sha, date };
            this.#handlers.onCommit?.(this.#commit);
        }
        else if (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
            this.#flush();
            this.#path = undefined;
        }
        else if (line.startsWith('+++ ')) {
            this.#setPath(patchPath(line.slice(4)));
        }
        else if (line.startsWith('index ')) {
            const blobId = /^index [0-9a-f,]+\.\.([0-9a-f]+)/.exec(line)?.[1];
            this.#blobId = blobId === undefined || /^0+$/.test(blobId) ? undefined : blobId;
        }
        else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
            this.#renamedTo = unquote(line.slice(line.indexOf(' to ') + 4));
        }
        else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
            this.#setPath(this.#renamedTo ?? binaryNewPath(line));
        }
        else {
            const hunk = HUNK.exec(line);
            if (hunk) {
                this.#oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
                this.#nextLine = Number(hunk[2]);
                this.#newLeft = hunk[3] === undefined ? 1 : Number(hunk[3]);
                if (this.#lines.length > 0)
                    this.#keep('', 0);
            }
        }
    }
    end() {
        this.#flush();
    }
    #hunkLine(line) {
        const sign = line[0];
        if (sign === '+') {
            // A UTF-8 byte-order mark is no column of the first line an editor shows.
            this.#keep(this.#nextLine === 1 ? line.slice(1).replace(/^\uFEFF/, '') : line.slice(1), this.#nextLine);
            this.#nextLine++;
            this.#newLeft--;
        }
        else if (sign === '-') {
            this.#oldLeft--;
        }
        else if (sign === ' ') {
            this.#nextLine++;
            this.#newLeft--;
            this.#oldLeft--;
        }
        else if (sign !== '\\') {
            // Not a patch line: the hunk header lied or the stream is cut. Resynchronise on the next header.
            this.#oldLeft = 0;
            this.#newLeft = 0;
            this.push(line);
        }
    }
    #setPath(path) {
        this.#path = path !== undefined && (this.#handlers.wantPath?.(path) ?? true) ? path : undefined;
    }
    #keep(text, lineNumber) {
        if (this.#path === undefined || this.#oversized)
            return;
        this.#bytes += text.length + 1;
        if (this.#bytes > this.#maxBytes) {
            this.#oversized = true;
            this.#lines = [];
            this.#lineNumbers = [];
            return;
        }
        this.#lines.push(text);
        this.#lineNumbers.push(lineNumber);
    }
    #flush() {
        const path = this.#path;
        if (path !== undefined && this.#oversized) {
            this.#handlers.onOversized?.(path, this.#commit);
        }
        else if (path !== undefined && this.#lines.length > 0) {
            this.#handlers.onFile({
                path,
                commit: this.#commit,
                text: this.#lines.join('\n'),
                lineNumbers: this.#lineNumbers,
                bytes: this.#bytes,
            });
        }
        if (path !== undefined && this.#blobId !== undefined) {
            this.#handlers.onBlob?.({ path, blobId: this.#blobId, ...(this.#commit ? { commit: this.#commit } : {}) });
        }
        this.#blobId = undefined;
        this.#renamedTo = undefined;
        this.#lines = [];
        this.#lineNumbers = [];
        this.#bytes = 0;
        this.#oversized = false;
        this.#oldLeft = 0;
        this.#newLeft = 0;
    }
}
/**
 * The file a `+++ ` line names, or undefined for a deleted file. Git ends the line with a tab when the name
 * holds a space (so `patch` knows where it ends), and C-quotes a name with a quote, backslash or control
 * character (newline, tab, ESC). A raw tab at the end is always git's: a name ending in a tab is quoted.
 */
function patchPath(target) {
    const label = target.endsWith('\t') ? target.slice(0, -1) : target;
    if (label === '/dev/null')
        return undefined;
    const path = unquote(label);
    return path.startsWith('b/') ? path.slice(2) : path;
}
/**
 * The new side of `Binary files a/x.p12 and b/x.p12 differ` (git shows no `+++` line for a binary file), or
 * undefined for a deletion. Either name may hold " and "; but a new file's old side is /dev/null, and otherwise
 * both sides name the same file (a rename's target comes from its `rename to` line), so the halves are equal.
 */
function binaryNewPath(line) {
    const body = line.slice('Binary files '.length, -' differ'.length);
    if (body.endsWith(' and /dev/null'))
        return undefined;
    if (body.startsWith('/dev/null and '))
        return patchPath(body.slice('/dev/null and '.length));
    const half = (body.length - ' and '.length) / 2;
    return Number.isInteger(half) ? patchPath(body.slice(half + ' and '.length)) : undefined;
}
/** Git C-quotes paths with unusual bytes: "b/caf\303\251.txt", "b/new\nline.txt". */
function unquote(path) {
    if (!path.startsWith('"') || !path.endsWith('"'))
        return path;
    const bytes = [];
    const body = path.slice(1, -1);
    const simple = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\') {
            // Whole code points: an emoji's two UTF-16 halves encoded one by one would each become U+FFFD.
            const codePoint = String.fromCodePoint(body.codePointAt(i));
            bytes.push(...Buffer.from(codePoint, 'utf8'));
            i += codePoint.length - 1;
            continue;
        }
        const next = body[i + 1] ?? '';
        const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
        if (octal) {
            bytes.push(Number.parseInt(octal[0], 8));
            i += 3;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}

;// CONCATENATED MODULE: ./shared/checks/secret-scan/git.ts
// Git plumbing for diff and history modes: resolving the range a pull request adds (fetching what a
// shallow checkout lacks), and streaming patches through the parser without holding them in memory.




const GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
const LOCAL_TIMEOUT_MS = 60_000;
const FETCH_TIMEOUT_MS = 120_000;
/** Options that make patch output the same whatever the user's git config says. */
const PATCH_FLAGS = [
    '-U0',
    // Whole blob ids on `index` lines: a binary key store is reported with its content's id (see patch.ts onBlob).
    '--full-index',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--find-renames',
    '--relative',
];
function runGit(cwd, args, timeoutMs = LOCAL_TIMEOUT_MS) {
    return new Promise((resolvePromise) => {
        (0,external_node_child_process_.execFile)('git', ['-c', 'core.quotePath=false', ...args], { cwd, env: GIT_ENV, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            resolvePromise({ code, stdout, stderr: stderr || (error && code !== 0 ? error.message : '') });
        });
    });
}
async function gitOk(cwd, args) {
    const result = await runGit(cwd, args);
    return result.code === 0 ? result.stdout.trim() : undefined;
}
async function assertRepository(cwd, mode) {
    if ((await gitOk(cwd, ['rev-parse', '--is-inside-work-tree'])) !== 'true') {
        throw new errors/* UsageError */.e(`${mode} mode needs a git repository: ${cwd} is not inside one (use --mode tree)`);
    }
}
async function resolveCommit(cwd, ref) {
    return gitOk(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
}
/**
 * Base and head as commits, fetching them from origin when a shallow checkout lacks them. A base that
 * cannot be had is a usage error naming the checkout setting that fixes it.
 */
async function resolveDiffRange(cwd, base, head, log) {
    const headSha = await ensureCommit(cwd, head, 'head', log);
    // A first commit has no parent: everything it holds is compared with the empty tree.
    if (base === (await emptyTree(cwd)))
        return { base, head: headSha, from: base };
    const baseSha = await ensureCommit(cwd, base, 'base', log);
    let from = await gitOk(cwd, ['merge-base', baseSha, headSha]);
    if (from === undefined && (await gitOk(cwd, ['rev-parse', '--is-shallow-repository'])) === 'true') {
        // The branch point lies below the shallow boundary: deepen a bounded number of times.
        for (const depth of [100, 1000]) {
            log(`secret-scan: fetching ${depth} more commits to find where the branch started`);
            await runGit(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', `--deepen=${depth}`, 'origin'], FETCH_TIMEOUT_MS);
            from = await gitOk(cwd, ['merge-base', baseSha, headSha]);
            if (from !== undefined)
                break;
        }
    }
    if (from === undefined) {
        return {
            base: baseSha,
            head: headSha,
            from: baseSha,
            note: `no common ancestor of ${git_short(baseSha)} and ${git_short(headSha)} in this checkout: comparing them directly (set fetch-depth: 0 on actions/checkout for an exact pull-request diff)`,
        };
    }
    return { base: baseSha, head: headSha, from };
}
async function ensureCommit(cwd, ref, role, log) {
    const found = await resolveCommit(cwd, ref);
    if (found !== undefined)
        return found;
    if (/^[0-9a-f]{7,64}$/i.test(ref)) {
        log(`secret-scan: ${role} commit ${git_short(ref)} is not in this checkout; fetching it from origin`);
        const fetched = await runGit(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=100', 'origin', ref], FETCH_TIMEOUT_MS);
        const after = fetched.code === 0 ? await resolveCommit(cwd, ref) : undefined;
        if (after !== undefined)
            return after;
    }
    throw new errors/* UsageError */.e(`${role} commit ${git_short(ref)} is not in this checkout and could not be fetched: set fetch-depth: 0 on actions/checkout (or pass a ${role} that exists)`);
}
/**
 * The base a laptop run compares with when none is given: where this branch left the default branch, or
 * else the previous commit, or else (a first commit) the empty tree so every line counts as added.
 */
async function defaultBase(cwd, headSha) {
    for (const candidate of ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']) {
        const sha = await resolveCommit(cwd, candidate);
        if (sha === undefined)
            continue;
        const mergeBase = await gitOk(cwd, ['merge-base', sha, headSha]);
        if (mergeBase !== undefined && mergeBase !== headSha)
            return mergeBase;
    }
    const parent = await resolveCommit(cwd, `${headSha}~1`);
    if (parent !== undefined)
        return parent;
    return emptyTree(cwd);
}
async function emptyTree(cwd) {
    return (await gitOk(cwd, ['hash-object', '-t', 'tree', '/dev/null'])) ?? '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
}
/** Streams the lines head adds over from into the handlers. */
function streamDiff(cwd, from, head, handlers, maxBytes) {
    return streamPatch(cwd, ['diff', ...PATCH_FLAGS, from, head, '--', '.'], handlers, maxBytes);
}
/**
 * Streams every commit reachable from head (and not from base, when given), newest first. Merge commits
 * show no patch of their own: what they bring was already added by the commits they merge. History mode
 * scans the same commits in runs on every core (listHistory, streamCommits); this single pass is what the
 * runs joined must equal (the tests compare them).
 */
function streamHistory(cwd, head, base, handlers, maxBytes) {
    return streamPatch(cwd, [...HISTORY_ARGS, ...historyRange(head, base), '--', '.'], handlers, maxBytes);
}
const HISTORY_ARGS = ['log', '-p', ...PATCH_FLAGS, `--format=${COMMIT_MARKER.replace('\u0000', '%x00')}%H %aI`];
function historyRange(head, base) {
    return base === undefined ? [head] : [head, '--not', base];
}
/** The commits streamHistory walks, in its order (newest first): the same revision walk, without patches. */
async function listHistory(cwd, head, base) {
    const result = await runGit(cwd, ['rev-list', ...historyRange(head, base), '--', '.'], LOCAL_TIMEOUT_MS);
    if (result.code !== 0) {
        throw new errors/* UsageError */.e(`git rev-list failed: ${result.stderr.trim().split('\n')[0] || `exit code ${result.code}`}`);
    }
    return result.stdout.split('\n').filter((line) => line !== '');
}
/**
 * Streams the patches of exactly these commits, in the order given, each against its first parent as
 * streamHistory shows it. `paths` limits the patches to those files (literal paths, relative to cwd).
 */
function streamCommits(cwd, commits, handlers, maxBytes, paths = ['.']) {
    if (commits.length === 0)
        return Promise.resolve();
    return streamPatch(cwd, [...HISTORY_ARGS, '--no-walk=unsorted', '--stdin', '--', ...paths], handlers, maxBytes, {
        stdin: `${commits.join('\n')}\n`,
        literalPaths: paths[0] !== '.',
    });
}
function streamPatch(cwd, args, handlers, maxBytes, extra = {}) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['-c', 'core.quotePath=false', ...args], {
            cwd,
            env: extra.literalPaths ? { ...GIT_ENV, GIT_LITERAL_PATHSPECS: '1' } : GIT_ENV,
            stdio: [extra.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        if (extra.stdin !== undefined) {
            // git may exit before reading all of it (a bad revision): that is reported by its exit code, not EPIPE.
            child.stdin.on('error', () => { });
            child.stdin.end(extra.stdin);
        }
        const parser = new PatchParser(handlers, maxBytes);
        let stderr = '';
        let failure;
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 4096)
                stderr += chunk;
        });
        const push = (line) => {
            if (failure !== undefined)
                return;
            try {
                parser.push(line.endsWith('\r') ? line.slice(0, -1) : line);
            }
            catch (error) {
                failure = error;
                child.kill();
            }
        };
        // Split on \n only: readline would also break at a lone \r inside a line, and a patch line cut in two
        // throws the hunk line counts off.
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let partial = '';
        child.stdout.on('data', (chunk) => {
            const lines = (partial + decoder.write(chunk)).split('\n');
            partial = lines.pop();
            for (const line of lines)
                push(line);
        });
        let exitCode;
        let linesDone = false;
        const settle = () => {
            if (exitCode === undefined || !linesDone)
                return;
            if (failure !== undefined)
                return reject(failure);
            if (exitCode !== 0) {
                const reason = stderr.trim().split('\n')[0] || `exit code ${exitCode}`;
                return reject(new errors/* UsageError */.e(`git ${args[0]} failed: ${reason}`));
            }
            try {
                parser.end();
                resolvePromise();
            }
            catch (error) {
                reject(error);
            }
        };
        child.stdout.on('end', () => {
            const last = partial + decoder.end();
            if (last !== '')
                push(last);
            linesDone = true;
            settle();
        });
        child.on('error', reject);
        child.on('close', (code) => {
            exitCode = code;
            settle();
        });
    });
}
function git_short(sha) {
    return /^[0-9a-f]{40,64}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

// EXTERNAL MODULE: ./shared/checks/secret-scan/rules/files.ts
var rules_files = __webpack_require__(348);
;// CONCATENATED MODULE: ./shared/checks/secret-scan/history-scan.ts
// Scanning the lines a run of commits added: shared by the main thread and the worker threads, which scan
// runs of one history side by side (each with its own `git log -p`), and merged back in history order so the
// result is the one a single sequential pass gives.





/** Files not scanned listed in details (all are counted in metrics.skippedFiles). */
const MAX_SKIPPED_LISTED = 200;
const OVERSIZED = 'added more than';
/**
 * Handlers that run detection on each file section's added lines; hits go to onHit, or else to tally.hits. With
 * secretlint's rules (async), each file's hits wait for them and are handed on in stream order by `flush()`,
 * which every stream is followed by: history keeps the oldest commit's finding by that order.
 */
function addedLineHandlers(options, tally, onHit) {
    const deliver = (hits) => {
        for (const hit of hits) {
            if (onHit)
                onHit(hit);
            else
                tally.hits.push(hit);
        }
    };
    const waiting = [];
    return {
        wantPath: (path) => !options.isIgnored(path),
        onFile: (added) => {
            tally.filesScanned++;
            tally.bytesScanned += added.bytes;
            let matches;
            try {
                matches = (0,detect/* detectSecrets */.NZ)(added.text, added.path, { allow: options.allow });
            }
            catch (error) {
                // One odd file must not stop a scan of the whole history.
                const where = added.commit ? ` in commit ${git_short(added.commit.sha)}` : '';
                tally.skipped.push({ path: added.path, reason: `detection failed${where} (${(0,errors/* errorCode */.C)(error)})` });
                return;
            }
            const toHits = (found) => found.map((match) => ({
                file: added.path,
                match: { ...match, line: added.lineNumbers[match.line - 1] ?? 0 },
                ...(added.commit ? { commit: added.commit } : {}),
            }));
            if (options.lintText === undefined)
                deliver(toHits(matches));
            else
                waiting.push(options.lintText(added.text, added.path, matches).then(toHits));
        },
        // A key store shows no lines (binary) or lines that mean nothing: found by its name, as in tree mode.
        onBlob: ({ path, commit, blobId }) => {
            const rule = (0,rules_files/* fileRuleFor */.yy)(path);
            if (rule === undefined)
                return;
            const hits = [{ file: path, match: (0,rules_files/* fileMatch */.e8)(rule, blobId), ...(commit ? { commit } : {}) }];
            // Behind the files still waiting for secretlint's rules, so hits keep stream order.
            if (options.lintText === undefined)
                deliver(hits);
            else
                waiting.push(Promise.resolve(hits));
        },
        onOversized: (path, commit) => {
            if (tally.skipped.length >= MAX_SKIPPED_LISTED)
                return;
            const where = commit ? ` in commit ${git_short(commit.sha)}` : '';
            tally.skipped.push({ path, reason: `${OVERSIZED} ${(0,format/* formatBytes */.z)(options.maxFileBytes)}${where}` });
        },
        flush: async () => {
            for (const hits of await Promise.all(waiting.splice(0)))
                deliver(hits);
        },
    };
}
/**
 * What makes two hits the same secret: what a finding's fingerprint is a hash of (rule, file, value). Plain,
 * so the worker bundle needs neither the baseline module nor its schema library.
 */
const hitKey = (hit) => `${hit.match.ruleId}\u0000${hit.file}\u0000${hit.match.value}`;
/**
 * The lines each of these commits added (newest first, as `git log` lists them). The same key is usually
 * added once and then carried by every later tree, but a key moved or re-added shows up again: one hit per
 * fingerprint is kept, the oldest.
 */
async function scanCommitRange(root, commits, options) {
    const result = { hits: [], filesScanned: 0, bytesScanned: 0, skipped: [], commits: 0 };
    const byFingerprint = new Map();
    const handlers = addedLineHandlers(options, result, (hit) => byFingerprint.set(hitKey(hit), hit));
    handlers.onCommit = () => {
        result.commits++;
    };
    await streamCommits(root, commits, handlers, options.maxFileBytes);
    await handlers.flush();
    result.hits = [...byFingerprint.values()];
    return result;
}
/**
 * Runs scanned apart, joined as one pass over all of them would have seen them (runs given newest first):
 * later (older) runs overwrite a fingerprint's hit but keep its place, as Map.set does in the single pass.
 */
function mergeRanges(newestFirst) {
    const byFingerprint = new Map();
    const merged = { hits: [], filesScanned: 0, bytesScanned: 0, skipped: [], commits: 0 };
    for (const range of newestFirst) {
        for (const hit of range.hits)
            byFingerprint.set(hitKey(hit), hit);
        merged.filesScanned += range.filesScanned;
        merged.bytesScanned += range.bytesScanned;
        merged.commits += range.commits;
        for (const skip of range.skipped) {
            // The single pass stops listing oversized files at the cap (each run applied it to its own list).
            if (skip.reason.startsWith(OVERSIZED) && merged.skipped.length >= MAX_SKIPPED_LISTED)
                continue;
            merged.skipped.push(skip);
        }
    }
    merged.hits = [...byFingerprint.values()];
    return merged;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./shared/checks/secret-scan/scan-file.ts + 1 modules
var scan_file = __webpack_require__(9341);
;// CONCATENATED MODULE: ./shared/checks/secret-scan/shared-work.ts
function batchPaths(work, batch) {
    return work.paths.slice(batch * work.batchFiles, (batch + 1) * work.batchFiles);
}
function isHistoryWork(work) {
    return 'runs' in work;
}

;// CONCATENATED MODULE: ./shared/checks/secret-scan/pool.ts
// Spreads scanning over every core: the main thread scans too, next to one worker thread per other core, all
// claiming work from one shared counter. Tree mode: small batches of paths (each thread reads and decodes its
// own files; only paths go out and small results come back); small trees finish inline before any worker
// would have started. History mode: runs of commits, each thread streaming its own `git log -p`.





/** Small batches keep every core busy to the end even when one batch holds a huge bundle. */
const BATCH_FILES = 32;
/**
 * Workers start only once the main thread has scanned this long with work still queued: most repos are
 * done before then, and a worker (loading the rules, warming the regexes) would only have slowed them.
 */
const SPAWN_AFTER_MS = 100;
const MIN_BATCHES_LEFT = 8;
/**
 * A tree this many files long is worth every core from the start: waiting SPAWN_AFTER_MS first would leave the
 * other cores idle while the main thread proves what the file count already says.
 */
const EAGER_FILES = 2000;
/** The main thread takes in the workers' results about this often. */
const SLICE_MS = 20;
/**
 * Starts the workers while the tree is still being walked, as soon as it lists EAGER_FILES files: a worker
 * takes about 0.3 s to load and compile the rules, time the walk of a big tree would otherwise leave unused.
 */
class EarlyWorkers {
    workers;
    #setup;
    #threads;
    constructor(root, options) {
        this.#threads = options.threads ?? (0,external_node_os_.availableParallelism)();
        this.#setup = workerSetup(root, options);
    }
    /** Walk progress: the files listed so far. */
    onProgress = (files) => {
        if (this.workers !== undefined || this.#threads <= 1 || files < EAGER_FILES)
            return;
        this.workers = Array.from({ length: this.#threads - 1 }, () => spawn(this.#setup));
    };
}
async function scanFiles(root, paths, options) {
    const threads = options.threads ?? (0,external_node_os_.availableParallelism)();
    const scanBatch = (0,scan_file/* batchScanner */.pJ)(root, {
        maxFileBytes: options.maxFileBytes,
        allow: options.allow,
        ...(options.secretlint ? { secretlint: options.secretlint } : {}),
    });
    if (threads <= 1)
        return { ...(await scanBatch(paths)), threads: 1, workerFailures: 0 };
    const batches = Math.ceil(paths.length / BATCH_FILES);
    const work = { paths, batchFiles: BATCH_FILES, next: new SharedArrayBuffer(4) };
    const next = new Int32Array(work.next);
    const done = new Uint8Array(batches);
    const total = (0,scan_file/* emptyBatchResult */.hJ)();
    const setup = workerSetup(root, options);
    const started = performance.now();
    let workers = options.early?.workers?.map((worker) => runWorker(worker, work, done, total));
    let sliceStart = performance.now();
    for (let batch = Atomics.add(next, 0, 1); batch < batches; batch = Atomics.add(next, 0, 1)) {
        (0,scan_file/* mergeBatchResult */.M7)(total, await scanBatch(batchPaths(work, batch)));
        done[batch] = 1;
        if (workers === undefined && batches - batch > MIN_BATCHES_LEFT) {
            if (options.threads !== undefined ||
                paths.length >= EAGER_FILES ||
                performance.now() - started > SPAWN_AFTER_MS) {
                workers = Array.from({ length: threads - 1 }, () => runWorker(spawn(setup), work, done, total));
            }
        }
        // Workers claim their batches themselves; yielding now and then only takes in their results as they come.
        if (workers !== undefined && performance.now() - sliceStart > SLICE_MS) {
            await new Promise((resolveTick) => setImmediate(resolveTick));
            sliceStart = performance.now();
        }
    }
    const outcomes = await Promise.all(workers ?? []);
    // A worker that died left the batches it had claimed unreported: the main thread scans them.
    for (let batch = 0; batch < batches; batch++) {
        if (done[batch] === 0)
            (0,scan_file/* mergeBatchResult */.M7)(total, await scanBatch(batchPaths(work, batch)));
    }
    const workerFailures = outcomes.filter((ok) => !ok).length;
    return { ...total, threads: 1 + outcomes.length - workerFailures, workerFailures };
}
/**
 * One worker claims batches from the shared counter until none is left, answering with each batch's result;
 * no round trip through the main thread, which is busy scanning its own share. Resolves true when the worker
 * finished, false when it failed (its claimed but unreported batches stay not done).
 */
function runWorker(worker, work, done, total) {
    return supervise(worker, work, (message) => {
        if ('finished' in message)
            return true;
        (0,scan_file/* mergeBatchResult */.M7)(total, message.result);
        done[message.batch] = 1;
        return undefined;
    });
}
/**
 * Posts the work to a worker and follows it until it says it is done, fails or exits; resolves whether it did its
 * share (false when it could not start). Each reply goes to `onReply`, which returns the outcome when the reply
 * ends the work; `exitedOk` says whether an exit (a terminate from the main thread) still counts as done.
 */
function supervise(worker, work, onReply, exitedOk = () => false) {
    return new Promise((resolvePromise) => {
        if (worker === undefined) {
            resolvePromise(false);
            return;
        }
        let finished = false;
        const finish = (ok) => {
            if (finished)
                return;
            finished = true;
            void worker.terminate();
            resolvePromise(ok);
        };
        worker.on('message', (reply) => {
            if (finished)
                return;
            const outcome = onReply(reply);
            if (outcome !== undefined)
                finish(outcome);
        });
        worker.on('error', () => finish(false));
        worker.on('exit', () => finish(exitedOk()));
        // Messages posted before the worker is online wait for it; a worker started early may be online already.
        worker.postMessage(work);
    });
}
function workerSetup(root, options) {
    return {
        root,
        maxFileBytes: options.maxFileBytes,
        allow: options.allow.map((re) => re.source),
        ...(options.secretlint ? { secretlint: options.secretlint } : {}),
    };
}
/** A worker thread, or undefined when it cannot be started (its share is then scanned by the others). */
function spawn(setup) {
    try {
        // No inherited execArgv: flags meant for the main script (e.g. --input-type) break a worker.
        return new external_node_worker_threads_.Worker(workerUrl(), { workerData: setup, execArgv: [] });
    }
    catch {
        return undefined;
    }
}
/**
 * From source (tests, `node` on .ts) the worker is worker.ts next to this file; from the bundle it is
 * dist/secret-scan-worker/index.js. Both paths are built at run time so the bundler copies neither.
 */
function workerUrl() {
    const here = import.meta.url;
    // A regex replace, not a literal: ncc evaluates literal paths (even joined arrays) and copies the file.
    if (here.endsWith('.ts'))
        return new URL(here.replace(/[^/]+\.ts$/, 'worker.ts'));
    return new URL(['..', 'secret-scan-worker', 'index.js'].join('/'), import.meta.url);
}
/**
 * A history shorter than this is scanned in one pass unless threads are given: a worker takes about 0.3 s to
 * start and each extra `git log` about 0.06 s, against roughly 0.5 ms per small commit scanned (measured on
 * a 2-core machine: 2000 small commits took 0.9 s in one pass and longer split in two under load).
 */
const PARALLEL_MIN_COMMITS = 5000;
/** Runs per thread: two, so a run of heavy commits leaves the other thread less idle; more cost a git each. */
const RUNS_PER_THREAD = 2;
/**
 * Scans the lines these commits added (newest first) on every core: the list is cut into runs of
 * consecutive commits, each thread (the main one too) claims run after run from a shared counter and streams
 * its own `git log -p` of it, and the runs are joined in history order: the result is the single pass's.
 */
async function scanHistory(root, newestFirst, options) {
    const threads = options.threads ?? (0,external_node_os_.availableParallelism)();
    const scanOptions = {
        maxFileBytes: options.maxFileBytes,
        allow: options.allow,
        isIgnored: options.isIgnored,
        ...(options.lintText ? { lintText: options.lintText } : {}),
    };
    if (threads <= 1 || (options.threads === undefined && newestFirst.length < PARALLEL_MIN_COMMITS)) {
        return { ...(await scanCommitRange(root, newestFirst, scanOptions)), threads: 1, workerFailures: 0 };
    }
    const count = Math.min(newestFirst.length, threads * RUNS_PER_THREAD);
    const runs = Array.from({ length: count }, (_, i) => newestFirst.slice(Math.floor((i * newestFirst.length) / count), Math.floor(((i + 1) * newestFirst.length) / count)));
    const work = { runs, next: new SharedArrayBuffer(4), ignore: [...options.ignore] };
    const next = new Int32Array(work.next);
    const results = new Array(count).fill(undefined);
    const setup = workerSetup(root, options);
    const spawned = Array.from({ length: threads - 1 }, () => spawn(setup));
    const reported = new Set();
    const workers = spawned.map((worker) => runHistoryWorker(worker, work, results, reported));
    try {
        for (let run = Atomics.add(next, 0, 1); run < count; run = Atomics.add(next, 0, 1)) {
            results[run] = await scanCommitRange(root, runs[run], scanOptions);
        }
        // Runs a worker claimed but has not reported yet are scanned here too rather than waited for: a worker
        // still starting (loading and compiling the rules) or slowed down would otherwise hold the whole scan back.
        // Results are the same whoever scans a run; the first one in counts.
        for (let run = 0; run < count; run++)
            results[run] ??= await scanCommitRange(root, runs[run], scanOptions);
    }
    finally {
        // Done, or git failed (a bad revision, a corrupt repository): either way the workers stop.
        for (const worker of spawned)
            void worker?.terminate();
    }
    const outcomes = await Promise.all(workers);
    const workerFailures = outcomes.filter((ok) => !ok).length;
    return { ...mergeRanges(results), threads: 1 + reported.size, workerFailures };
}
/** Resolves false when the worker could not start or failed; stopping it once the scan is done is no failure. */
function runHistoryWorker(worker, work, results, reported) {
    return supervise(worker, work, (message) => {
        if ('finished' in message)
            return message.finished;
        results[message.run] ??= message.result;
        if (worker)
            reported.add(worker);
        return undefined;
    }, 
    // Terminated by scanHistory once every run is in: not a failure.
    () => results.every((result) => result !== undefined));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./shared/checks/secret-scan/secretlintrc.ts
// A repository's own secretlint setup: `.secretlintrc.json` (or `.secretlintrc`, `.secretlintrc.yaml/.yml`) and
// `.secretlintignore`. Only reads files: no secretlint code loads here, so a repository without them pays nothing.





/** The names secretlint's own CLI looks for, in its order. */
const SECRETLINT_CONFIG_FILES = [
    '.secretlintrc',
    '.secretlintrc.json',
    '.secretlintrc.yaml',
    '.secretlintrc.yml',
];
const SECRETLINT_IGNORE_FILE = '.secretlintignore';
// secretlint's config as its CLI accepts it; unknown keys pass through to @secretlint/core, which knows them.
const ruleSchema = schemas/* lazy */.RZV(() => schemas/* looseObject */._H3({
    id: schemas/* string */.YjP({ message: 'expected the rule package name, e.g. "@secretlint/secretlint-rule-preset-recommend"' }),
    options: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    disabled: schemas/* boolean */.zMY().optional(),
    severity: schemas/* enum */.k5n(['error', 'warning', 'info']).optional(),
    allowMessageIds: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    rules: schemas/* array */.YOg(ruleSchema).optional(),
}));
const configSchema = schemas/* looseObject */._H3({
    rules: schemas/* array */.YOg(ruleSchema, { message: 'expected a list of rules ("rules": [{ "id": "…" }])' }),
    sharedOptions: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
});
/**
 * The secretlint config in `root`, or undefined when there is none. A config that cannot be parsed is a
 * UsageError naming the file: scanning without the rules the team wrote would pass what they meant to fail.
 */
function readSecretlintConfig(root) {
    for (const file of SECRETLINT_CONFIG_FILES) {
        // A repository's file: a FIFO, a link to /dev/zero or a huge one is refused in one line, never read.
        const text = (0,read/* readTextFileSync */.F3)((0,external_node_path_.join)(root, file), {
            maxBytes: read/* MAX_CONFIG_BYTES */.GW,
            what: 'secretlint config',
            display: file,
            optional: true,
        });
        if (text === undefined)
            continue;
        let raw;
        try {
            raw = file.endsWith('.json') ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
            throw new errors/* UsageError */.e(`${file}: not valid ${file.endsWith('.json') ? 'JSON' : 'JSON or YAML'} (${reason})`);
        }
        const parsed = configSchema.safeParse(raw);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
            throw new errors/* UsageError */.e(`${file}: ${where}${issue.message}`);
        }
        const { rules, sharedOptions } = parsed.data;
        return { file, rules, ...(sharedOptions ? { sharedOptions } : {}) };
    }
    return undefined;
}
/**
 * `.secretlintignore` patterns (gitignore syntax, like our `ignore` option). None when the file is absent or is
 * not a small text file (a FIFO, a link to /dev/zero): like a .gitignore, a broken one means scanning more.
 */
function readSecretlintIgnore(root) {
    let text;
    try {
        const path = (0,external_node_path_.join)(root, SECRETLINT_IGNORE_FILE);
        text = (0,read/* readTextFileSync */.F3)(path, { maxBytes: read/* MAX_IGNORE_FILE_BYTES */.Fx, what: 'ignore file', optional: true });
    }
    catch {
        return [];
    }
    return (text ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}

// EXTERNAL MODULE: ./shared/checks/secret-scan/shard.ts
var secret_scan_shard = __webpack_require__(56339);
// EXTERNAL MODULE: ./shared/checks/secret-scan/verify/base-urls.ts
var base_urls = __webpack_require__(54511);
// EXTERNAL MODULE: ./shared/checks/secret-scan/verify/providers.ts + 8 modules
var providers = __webpack_require__(33972);
;// CONCATENATED MODULE: ./shared/checks/secret-scan/scan.ts
// secret-scan's implementation: picks the mode, collects matches from files or git, and turns them into
// findings (redacted, fingerprinted, baselined). Loaded lazily by index.ts.




















const CHECK = 'secret-scan';
/** Rule ids of the notices (not secrets) this check reports. */
const NOTICE_RULES = { skipped: 'secret-scan/file-skipped' };
/** Beyond this many, skipped files are counted in details but not each reported as a notice. */
const MAX_SKIP_NOTICES = 20;
async function runSecretScan(options, context) {
    const started = performance.now();
    const root = (0,external_node_path_.resolve)(context.cwd, options.path);
    assertFolder(root, options.path);
    const mode = resolveMode(options.mode, context.event?.name);
    const shard = (0,secret_scan_shard/* parseShard */.uK)(options.shard);
    if (shard && mode === 'diff') {
        throw new errors/* UsageError */.e('shard: a diff is scanned whole; shard the tree or history modes (mode: tree or history)');
    }
    const baselinePath = options.baseline === '' || options.baseline === 'none' ? undefined : (0,external_node_path_.resolve)(root, options.baseline);
    const baselineRel = baselinePath === undefined ? undefined : (0,paths/* toPosix */.d7)((0,external_node_path_.relative)(root, baselinePath));
    // The baseline holds no values, but scanning it would only waste a read. A .secretlintignore counts as ignore.
    const userGlobs = [...options.ignore, ...readSecretlintIgnore(root)];
    const ignoreGlobs = baselineRel ? [...userGlobs, `/${baselineRel}`] : userGlobs;
    const secretlint = await loadSecretlint(root, context);
    const allow = options.allow.map((source) => new RegExp(source));
    const lintText = secretlint && mode !== 'tree' ? await (await __webpack_require__.e(/* import() */ 846).then(__webpack_require__.bind(__webpack_require__, 72846))).textLinter(secretlint, allow) : undefined;
    const plan = {
        root,
        options: { ...options, ignore: ignoreGlobs },
        allow,
        isIgnored: (0,paths/* userIgnore */.MX)(ignoreGlobs),
        context,
        shard,
        ...(secretlint && mode === 'tree' ? { secretlint } : {}),
        ...(lintText ? { lintText } : {}),
        stable: displayPaths(root, context.cwd).stable,
    };
    // Before scanning: a baseline that cannot be written should fail the run at once, not after minutes.
    if (options.writeBaseline && baselinePath !== undefined)
        refuseLinkOrSpecial(baselinePath);
    const accepted = options.writeBaseline || baselinePath === undefined ? undefined : await readBaseline(baselinePath, baselineRel);
    if (options.verify)
        (0,base_urls/* assertBaseUrls */.A)(providers/* PROVIDERS */.x, context.env);
    context.log(`secret-scan: ${mode} mode in ${options.path}${shard ? `, shard ${shard.index} of ${shard.count}` : ''}`);
    const collected = mode === 'tree' ? await collectTree(plan) : mode === 'diff' ? await collectDiff(plan) : await collectHistory(plan);
    const display = displayPaths(root, context.cwd);
    const hits = collected.hits.map((hit) => ({
        ...hit,
        file: display.shown(hit.file),
        stableFile: display.stable(hit.file),
    }));
    const skipped = collected.skipped
        .slice(0, MAX_SKIPPED_LISTED)
        .map((skip) => ({ ...skip, path: display.shown(skip.path) }));
    const secrets = toFindings(hits, options.buildDirs, context, mode);
    let reported = secrets.filter((finding) => !accepted?.has(finding.fingerprint));
    const baselineSuppressed = secrets.length - reported.length;
    let verification;
    if (options.verify && !options.writeBaseline) {
        ({ findings: reported, summary: verification } = await verify(reported, secrets, hits, context));
    }
    let baselineWritten;
    if (options.writeBaseline && baselinePath !== undefined) {
        baselineWritten = { path: baselineRel, fingerprints: writeBaseline(baselinePath, secrets) };
        context.log(`secret-scan: wrote ${baselineWritten.fingerprints} fingerprints to ${baselineRel}`);
        reported = [];
    }
    const findings = (0,model/* sortFindings */.Tc)([...reported, ...skipNotices(skipped)]);
    const durationMs = Math.round(performance.now() - started);
    const details = {
        mode,
        filesScanned: collected.filesScanned,
        bytesScanned: collected.bytesScanned,
        binaryFiles: collected.binaryFiles,
        skipped,
        ...(collected.threads === undefined ? {} : { threads: collected.threads }),
        ...(collected.commits === undefined ? {} : { commits: collected.commits }),
        ...(collected.base === undefined ? {} : { base: collected.base }),
        ...(collected.head === undefined ? {} : { head: collected.head }),
        ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}),
        baselineSuppressed,
        ...(baselineWritten ? { baselineWritten } : {}),
        ...(verification ? { verification } : {}),
        durationMs,
    };
    return {
        check: CHECK,
        ok: reported.length === 0,
        summary: summarize(reported, details),
        findings,
        metrics: {
            mode,
            secrets: reported.length,
            filesScanned: details.filesScanned,
            bytesScanned: details.bytesScanned,
            skippedFiles: collected.skipped.length,
            baselineSuppressed,
            ...(details.commits === undefined ? {} : { commits: details.commits }),
            ...(verification
                ? {
                    verifiedLive: verification.live,
                    verifiedRevoked: verification.revoked,
                    verifyUnknown: verification.unknown,
                }
                : {}),
            durationMs,
            mbPerSecond: Number((details.bytesScanned / 1024 / 1024 / Math.max(durationMs / 1000, 0.001)).toFixed(1)),
        },
        details,
    };
}
/**
 * Findings name files relative to the working directory, as every check does (the action's pipeline then names
 * them from the repository root); fingerprints use the path from the repository top, so a baseline holds
 * whatever folder the scan runs from. Outside a repository both are relative to the working directory.
 */
function displayPaths(root, cwd) {
    const top = (0,walk/* findRepoTop */.$X)(root) ?? cwd;
    const under = (base) => {
        const prefix = (0,paths/* toPosix */.d7)((0,external_node_path_.relative)(base, root));
        return prefix === '' ? (relPath) => relPath : (relPath) => `${prefix}/${relPath}`;
    };
    return { shown: under(cwd), stable: under(top) };
}
/** The repository's secretlint rules when it has a .secretlintrc: only then is any of secretlint's code loaded. */
async function loadSecretlint(root, context) {
    const config = readSecretlintConfig(root);
    if (config === undefined)
        return undefined;
    const { prepareSecretlint } = await __webpack_require__.e(/* import() */ 846).then(__webpack_require__.bind(__webpack_require__, 72846));
    return prepareSecretlint(root, config, context.log);
}
/** auto: a pull request checks what it adds, a scheduled or manual run the whole history, anything else the tree. */
function resolveMode(mode, eventName) {
    if (mode !== 'auto')
        return mode;
    if (eventName === 'pull_request' || eventName === 'pull_request_target')
        return 'diff';
    if (eventName === 'schedule' || eventName === 'workflow_dispatch')
        return 'history';
    return 'tree';
}
function assertFolder(root, given) {
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_.statSync)(root).isDirectory();
    }
    catch {
        // reported below
    }
    if (!isDirectory)
        throw new errors/* UsageError */.e(`path: ${given} is not a folder (give the folder to scan)`);
}
async function collectTree(plan) {
    const { root, options } = plan;
    const poolOptions = {
        maxFileBytes: options.maxFileBytes,
        allow: plan.allow,
        ...(plan.secretlint ? { secretlint: plan.secretlint } : {}),
    };
    const early = new EarlyWorkers(root, poolOptions);
    const walked = (0,walk/* walkTree */.Ir)({
        root,
        gitignore: !options.noGitignore,
        buildDirs: options.buildDirs,
        ignore: options.ignore,
        onProgress: early.onProgress,
    });
    // A shard scans the files whose path hashes to it, and reports only its own unreadable files.
    const mine = (path) => plan.shard === undefined || (0,secret_scan_shard/* inShard */.Iw)(plan.stable(path), plan.shard);
    const files = walked.files.filter(mine);
    walked.skipped = walked.skipped.filter((skip) => mine(skip.path));
    const scanned = await scanFiles(root, files, { ...poolOptions, early });
    if (scanned.workerFailures > 0) {
        plan.context.log(`secret-scan: ${scanned.workerFailures} worker thread(s) failed; their files were scanned inline`);
    }
    const hits = [...scanned.hits, ...keyStoreHits(root, files)]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .flatMap((fileHit) => fileHit.matches.map((match) => ({ file: fileHit.path, match })));
    return {
        hits,
        filesScanned: scanned.filesScanned,
        bytesScanned: scanned.bytesScanned,
        binaryFiles: scanned.binaryFiles + walked.binaryByName,
        skipped: [...walked.skipped, ...scanned.skipped],
        threads: scanned.threads,
    };
}
/** Key stores are binary, so the text scan never sees their keys: each is found by its name. */
function keyStoreHits(root, files) {
    const hits = [];
    for (const path of files) {
        const rule = (0,rules_files/* fileRuleFor */.yy)(path);
        if (rule === undefined)
            continue;
        let blobId = '';
        try {
            blobId = (0,read/* gitBlobId */.tK)((0,external_node_path_.join)(root, path));
        }
        catch {
            // Unreadable (the scan lists it as not scanned): still a finding by its name, fingerprinted by its path.
        }
        hits.push({ path, matches: [(0,rules_files/* fileMatch */.e8)(rule, blobId)] });
    }
    return hits;
}
async function collectDiff(plan) {
    const { root, options, context } = plan;
    await assertRepository(root, 'diff');
    const pr = pullRequestShas(context.event);
    const headRef = options.head || pr.head || 'HEAD';
    const headSha = (await resolveCommit(root, headRef)) ?? headRef;
    const baseRef = options.base || pr.base || (await defaultBase(root, headSha));
    const range = await resolveDiffRange(root, baseRef, headRef, context.log);
    if (range.note)
        context.log(`secret-scan: ${range.note}`);
    context.log(`secret-scan: scanning lines added from ${git_short(range.from)} to ${git_short(range.head)}`);
    const collected = emptyCollected();
    const handlers = patchHandlers(plan, collected);
    await streamDiff(root, range.from, range.head, handlers, options.maxFileBytes);
    await handlers.flush();
    return { ...collected, base: range.base, head: range.head };
}
async function collectHistory(plan) {
    const { root, options, context } = plan;
    await assertRepository(root, 'history');
    const headRef = options.head || 'HEAD';
    const head = await resolveCommit(root, headRef);
    if (head === undefined) {
        throw new errors/* UsageError */.e(`head: ${headRef} is not a commit in this repository (a repository with no commits has no history)`);
    }
    const base = options.base ? await resolveCommit(root, options.base) : undefined;
    if (options.base && base === undefined)
        throw new errors/* UsageError */.e(`base: ${options.base} is not a commit in this repository`);
    context.log(`secret-scan: scanning every commit reachable from ${git_short(head)}${base ? ` and not from ${git_short(base)}` : ''}`);
    // The same revision walk `git log` does, cut into runs that every core scans side by side.
    let commits = await listHistory(root, head, base);
    let older = [];
    if (plan.shard !== undefined) {
        ({ own: commits, older } = (0,secret_scan_shard/* splitCommits */.lH)(commits, plan.shard));
        context.log(`secret-scan: shard ${plan.shard.index}/${plan.shard.count}: ${commits.length} commits`);
    }
    const scanned = await scanHistory(root, commits, {
        maxFileBytes: options.maxFileBytes,
        allow: plan.allow,
        ignore: options.ignore,
        isIgnored: plan.isIgnored,
        // The repository's secretlint rules run on this thread only (their setup is a function, not cloneable).
        ...(plan.lintText ? { lintText: plan.lintText, threads: 1 } : {}),
    });
    if (scanned.workerFailures > 0) {
        context.log(`secret-scan: ${scanned.workerFailures} worker thread(s) failed; their commits were scanned inline`);
    }
    // One finding per secret, at the oldest commit that added it (runs are joined in history order).
    const byFingerprint = new Map(scanned.hits.map((hit) => [hitKey(hit), hit]));
    if (plan.shard !== undefined)
        await dropFoundInOlderShards(plan, byFingerprint, older);
    return {
        hits: [...byFingerprint.values()],
        filesScanned: scanned.filesScanned,
        bytesScanned: scanned.bytesScanned,
        binaryFiles: 0,
        skipped: scanned.skipped,
        threads: scanned.threads,
        commits: scanned.commits,
        ...(base ? { base, head } : { head }),
    };
}
/**
 * A shard reports a secret only when none of the older shards' commits added it too: the unsharded scan reports
 * each secret at its oldest commit, and the shard holding that commit reports it. A secret is usually added once
 * and carried by later trees (which no patch shows again); only one removed and re-added, or whose line was
 * edited, shows up again. The check reads the older commits' patches of the files this shard found secrets in
 * (cheap: a few paths), then confirms each apparent older addition with that commit's whole patch, because a
 * patch limited to one path shows a renamed file as new, with lines the whole patch does not add.
 */
async function dropFoundInOlderShards(plan, found, older) {
    if (found.size === 0 || older.length === 0)
        return;
    const fingerprint = hitKey;
    const files = [...new Set([...found.values()].map((hit) => hit.file))];
    const seenIn = new Map();
    const near = patchHandlers(plan, emptyCollected(), (hit) => {
        const key = fingerprint(hit);
        if (found.has(key))
            seenIn.set(key, [...(seenIn.get(key) ?? []), hit]);
    });
    await streamCommits(plan.root, older, near, plan.options.maxFileBytes, files);
    await near.flush();
    for (const [key, hits] of seenIn) {
        for (const hit of hits) {
            let confirmed = false;
            const whole = patchHandlers(plan, emptyCollected(), (again) => {
                if (fingerprint(again) === key)
                    confirmed = true;
            });
            whole.wantPath = (path) => path === hit.file && !plan.isIgnored(path);
            await streamCommits(plan.root, [hit.commit.sha], whole, plan.options.maxFileBytes);
            await whole.flush();
            if (confirmed) {
                found.delete(key);
                break;
            }
        }
    }
}
function emptyCollected() {
    return { hits: [], filesScanned: 0, bytesScanned: 0, binaryFiles: 0, skipped: [] };
}
/**
 * Handlers for a stream of patches. With a .secretlintrc, each file's hits wait for its secretlint rules
 * (@secretlint/core is async) and are handed on in stream order by `flush()`, which every stream is followed by.
 */
function patchHandlers(plan, collected, onHit) {
    return addedLineHandlers({
        maxFileBytes: plan.options.maxFileBytes,
        allow: plan.allow,
        isIgnored: plan.isIgnored,
        ...(plan.lintText ? { lintText: plan.lintText } : {}),
    }, collected, onHit);
}
function pullRequestShas(event) {
    const payload = event?.payload;
    if (payload?.pull_request)
        return { base: payload.pull_request.base?.sha, head: payload.pull_request.head?.sha };
    // A push: what the push added. A new branch has an all-zero "before"; fall back to the merge-base.
    if (event?.name === 'push' && payload?.before && !/^0+$/.test(payload.before)) {
        return { base: payload.before, head: payload.after };
    }
    return {};
}
function toFindings(hits, buildDirs, context, mode) {
    return hits.map(({ file, stableFile, match, commit }) => {
        context.redactor.add(match.value);
        const info = (0,detect/* ruleInfo */.PI)(match.ruleId);
        const public_ = (0,paths/* isInBuildOutput */.ZV)(file, buildDirs);
        const where = commit ? ` (commit ${git_short(commit.sha)}, ${commit.date})` : '';
        const exposure = public_ ? ' This file is browser build output: anyone who loads the site can read the key.' : '';
        const history = mode === 'history' ? ' It is in the git history even if the current files no longer contain it.' : '';
        // secretlint's message names the pattern that matched; the values it quoted are masked (and the secret redacted).
        const said = match.message ? ` secretlint says: ${(0,report_escape/* oneLine */.TN)(match.message, 200)}.` : '';
        const also = match.alsoReportedBy
            ? ` The repository's secretlint rule ${match.alsoReportedBy} reports it too.`
            : '';
        return {
            check: CHECK,
            ruleId: match.ruleId,
            severity: public_ ? 'blocker' : match.severity,
            title: match.title,
            message: `${match.title} found in ${file} at line ${match.line}${where}.${said}${also}${exposure}${history}`,
            location: { file, line: match.line, column: match.column },
            evidence: (0,redact/* redactValue */.FI)(match.value),
            remediation: remediationFor(info.remediation, public_),
            fingerprint: fingerprintOf(match.ruleId, stableFile, match.value),
        };
    });
}
/** The reported findings paired with their values (secrets[i] came from hits[i]); verify/ loads only when asked. */
async function verify(reported, secrets, hits, context) {
    const hitOf = new Map(secrets.map((finding, index) => [finding, hits[index]]));
    const { verifyFindings } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(701), __webpack_require__.e(524)]).then(__webpack_require__.bind(__webpack_require__, 37524));
    return verifyFindings(reported.map((finding) => {
        const hit = hitOf.get(finding);
        return {
            finding,
            value: hit.match.value,
            file: hit.file,
            line: hit.match.line,
            ...(hit.commit ? { commit: hit.commit.sha } : {}),
        };
    }), context);
}
function remediationFor(ruleText, public_) {
    const steps = [ruleText];
    if (!/history/i.test(ruleText)) {
        steps.push('Rotate the credential first, then remove it from the code and from the git history (git filter-repo).');
    }
    if (public_)
        steps.push('Rebuild and redeploy without it: browser code must only hold publishable keys.');
    return steps.join(' ');
}
function skipNotices(skipped) {
    return skipped.slice(0, MAX_SKIP_NOTICES).map((skip) => ({
        check: CHECK,
        ruleId: NOTICE_RULES.skipped,
        severity: 'info',
        title: `Not scanned: ${skip.path}`,
        message: `${skip.path} was not scanned: ${skip.reason}.`,
        location: { file: skip.path, line: 1 },
        remediation: 'Scan it another way, raise max-file-bytes, or add it to ignore if it holds no secrets.',
        fingerprint: fingerprintOf(NOTICE_RULES.skipped, skip.path, ''),
    }));
}
function summarize(findings, details) {
    const scope = details.mode === 'history'
        ? `${details.commits ?? 0} commits`
        : details.mode === 'diff'
            ? `lines added in ${details.filesScanned} files`
            : `${details.filesScanned} files, ${(0,format/* formatBytes */.z)(details.bytesScanned)}`;
    const baselined = details.baselineSuppressed > 0 ? `; ${details.baselineSuppressed} accepted by the baseline` : '';
    if (details.baselineWritten) {
        return `Baseline written: ${details.baselineWritten.fingerprints} fingerprints in ${details.baselineWritten.path} (${details.mode}: ${scope})`;
    }
    if (findings.length === 0)
        return `No secrets found (${details.mode}: ${scope}${baselined})`;
    const counts = (0,model/* countBySeverity */.Ot)(findings);
    const bySeverity = model/* SEVERITIES */.oC.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(', ');
    const files = new Set(findings.map((f) => (f.location && 'file' in f.location ? f.location.file : ''))).size;
    const noun = findings.length === 1 ? 'secret' : 'secrets';
    return `${findings.length} ${noun} found in ${files} ${files === 1 ? 'file' : 'files'}: ${bySeverity} (${details.mode}: ${scope}${baselined})`;
}


/***/ }),

/***/ 54511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ assertBaseUrls),
/* harmony export */   i: () => (/* binding */ baseUrlOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
// Where each provider is asked. The real API by default; an environment variable overrides it for tests (a local
// fake) or GitHub Enterprise Server. Never a config-file field: a pull request edits launch-ready.yml, and could
// otherwise send every key the scan finds to a host of its choosing.

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
function baseUrlOf(provider, env) {
    const given = env[provider.envVar]?.trim();
    if (!given)
        return new URL(provider.defaultBaseUrl);
    let url;
    try {
        url = new URL(given);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${provider.envVar}: expected an https URL such as ${provider.defaultBaseUrl}`);
    }
    // A key must not cross the network in clear text; plain http only to this machine (a test's fake).
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    if (!secure || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${provider.envVar}: expected an https URL with no user, query or fragment, such as ${provider.defaultBaseUrl}`);
    }
    return url;
}
/** Every override checked before the scan starts: a mistyped URL fails the run at once, not after minutes. */
function assertBaseUrls(providers, env) {
    for (const provider of providers)
        baseUrlOf(provider, env);
}


/***/ }),

/***/ 33972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ PROVIDERS),
  z: () => (/* binding */ providerFor)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/checks/secret-scan/verify/sigv4.ts
// AWS Signature Version 4 (the signing every AWS API takes), for the one request verification sends to STS.
// Short enough to write with node:crypto rather than pull in an SDK: canonical request, string to sign, a key
// derived by HMAC from the secret and the date, region and service.

/** The headers to send: the given ones plus host, x-amz-date and authorization. */
function signV4(input) {
    const amzDate = input.now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    const day = amzDate.slice(0, 8);
    const headers = { ...input.headers, host: input.url.host, 'x-amz-date': amzDate };
    const names = Object.keys(headers)
        .map((name) => name.toLowerCase())
        .sort();
    const canonicalHeaders = names.map((name) => `${name}:${headers[name].trim().replace(/\s+/g, ' ')}\n`).join('');
    const signedHeaders = names.join(';');
    const canonicalRequest = [
        input.method,
        input.url.pathname || '/',
        canonicalQuery(input.url.searchParams),
        canonicalHeaders,
        signedHeaders,
        sha256Hex(input.body),
    ].join('\n');
    const scope = `${day}/${input.region}/${input.service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
    let key = hmac(`AWS4${input.secretAccessKey}`, day);
    for (const part of [input.region, input.service, 'aws4_request'])
        key = hmac(key, part);
    const signature = hmac(key, stringToSign).toString('hex');
    return {
        ...headers,
        authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    };
}
function canonicalQuery(params) {
    return [...params]
        .map(([name, value]) => [awsEncode(name), awsEncode(value)])
        .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
        .map(([name, value]) => `${name}=${value}`)
        .join('&');
}
/** RFC 3986 encoding as AWS wants it: everything but unreserved characters. */
function awsEncode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function hmac(key, text) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(text, 'utf8').digest();
}

;// CONCATENATED MODULE: ./shared/checks/secret-scan/verify/types.ts
/** Joins a base URL (which may carry a path, e.g. GHES's /api/v3) and an endpoint path. */
function endpoint(base, path) {
    return `${base.href.replace(/\/+$/, '')}${path}`;
}
/** The usual REST reading: 2xx live, 401 revoked, anything else unknown. */
function byStatus(result, revoked = [401]) {
    if (result.status === undefined)
        return 'unknown';
    if (result.status >= 200 && result.status < 300)
        return 'live';
    if (revoked.includes(result.status))
        return 'revoked';
    return 'unknown';
}
function bearer(token) {
    return { authorization: `Bearer ${token}`, accept: 'application/json' };
}

;// CONCATENATED MODULE: ./shared/checks/secret-scan/verify/aws.ts


const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';
const aws = {
    name: 'AWS',
    rules: ['aws-access-key-id'],
    defaultBaseUrl: 'https://sts.amazonaws.com',
    envVar: 'LAUNCH_READY_VERIFY_AWS_URL',
    // Long-term keys only: temporary ones (ASIA…) also need their session token, which a file rarely holds.
    accepts: ({ value, secret }) => secret !== undefined && value.startsWith('AKIA'),
    request({ value, secret }, base) {
        const url = new URL(endpoint(base, '/'));
        const headers = signV4({
            method: 'POST',
            url,
            headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
            body: BODY,
            region: 'us-east-1',
            service: 'sts',
            accessKeyId: value,
            secretAccessKey: secret,
            now: new Date(),
        });
        // undici sets Host itself from the URL; sending it twice would be refused.
        delete headers.host;
        return { url: url.href, method: 'POST', headers, body: BODY };
    },
    classify: classifyAws,
};
function classifyAws(result) {
    if (result.status === 200)
        return 'live';
    if (result.status === 403 && /<Code>\s*InvalidClientTokenId\s*<\/Code>/.test(result.body))
        return 'revoked';
    return 'unknown';
}

;// CONCATENATED MODULE: ./shared/checks/secret-scan/verify/github.ts

const github = {
    name: 'GitHub',
    rules: ['github-token', 'github-fine-grained-token', 'github-app-installation-token'],
    defaultBaseUrl: 'https://api.github.com',
    envVar: 'LAUNCH_READY_VERIFY_GITHUB_URL',
    request: ({ value }, base) => ({
        url: endpoint(base, '/user'),
        headers: { ...bearer(value), accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
    }),
    classify: classifyGitHub,
};
/**
 * A 403 is live only when it is the answer a working app installation token gets from /user ("Resource not
 * accessible by integration"); GitHub also answers 403 to rate-limited clients and, after many bad attempts, to
 * every attempt, which say nothing about the token.
 */
function classifyGitHub(result) {
    if (result.status !== 403)
        return byStatus(result);
    let message;
    try {
        message = JSON.parse(result.body).message;
    }
    catch {
        return 'unknown';
    }
    return message === 'Resource not accessible by integration' ? 'live' : 'unknown';
}

;// CONCATENATED MODULE: ./shared/checks/secret-scan/verify/openai.ts
// OpenAI: GET /v1/models lists models for any working key; 401 means an invalid or revoked key. A 403 (a region
// the API refuses, or a restricted key) says nothing certain, so it stays unknown.

const openai = {
    name: 'OpenAI',
    rules: ['openai-api-key'],
    defaultBaseUrl: 'https://api.openai.com',
    envVar: 'LAUNCH_READY_VERIFY_OPENAI_URL',
    request: ({ value }, base) => ({ url: endpoint(base, '/v1/models'), headers: bearer(value) }),
    classify: (result) => byStatus(result),
};

;// CONCATENATED MODULE: ./shared/checks/secret-scan/verify/sendgrid.ts
// SendGrid: GET /v3/scopes returns the scopes of the key that calls it, whatever its permissions; 401 and 403
// mean the key is not accepted.

const sendgrid = {
    name: 'SendGrid',
    rules: ['sendgrid-api-key'],
    defaultBaseUrl: 'https://api.sendgrid.com',
    envVar: 'LAUNCH_READY_VERIFY_SENDGRID_URL',
    request: ({ value }, base) => ({ url: endpoint(base, '/v3/scopes'), headers: bearer(value) }),
    classify: (result) => byStatus(result, [401, 403]),
};

;// CONCATENATED MODULE: ./shared/checks/secret-scan/verify/slack.ts

/** auth.test errors that mean the token no longer works. */
const REVOKED_ERRORS = new Set(['invalid_auth', 'token_revoked', 'account_inactive', 'token_expired']);
const slack = {
    name: 'Slack',
    rules: ['slack-token'],
    defaultBaseUrl: 'https://slack.com/api',
    envVar: 'LAUNCH_READY_VERIFY_SLACK_URL',
    // Refresh tokens (xoxe-, xoxr-), app-level (xapp-) and legacy workspace tokens are refused by auth.test even
    // when valid: the refusal would read as "revoked". Only bot and user access tokens are asked about.
    accepts: ({ value }) => /^(?:xox[bp]-|xoxe\.xox[bp]-)/.test(value),
    request: ({ value }, base) => ({
        url: endpoint(base, '/auth.test'),
        method: 'POST',
        headers: { ...bearer(value), 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
    }),
    classify: classifySlack,
};
function classifySlack(result) {
    if (result.status !== 200)
        return 'unknown';
    let answer;
    try {
        answer = JSON.parse(result.body);
    }
    catch {
        return 'unknown';
    }
    if (typeof answer !== 'object' || answer === null)
        return 'unknown';
    const { ok, error } = answer;
    if (ok === true)
        return 'live';
    if (ok === false && typeof error === 'string' && REVOKED_ERRORS.has(error))
        return 'revoked';
    return 'unknown';
}

;// CONCATENATED MODULE: ./shared/checks/secret-scan/verify/stripe.ts
// Stripe: GET /v1/account with the key as a bearer token; 401 means no valid key, 403 a working restricted key
// without permission for this endpoint (Stripe's documented status meanings).

const stripe = {
    name: 'Stripe',
    rules: ['stripe-live-secret-key', 'stripe-restricted-key'],
    defaultBaseUrl: 'https://api.stripe.com',
    envVar: 'LAUNCH_READY_VERIFY_STRIPE_URL',
    request: ({ value }, base) => ({ url: endpoint(base, '/v1/account'), headers: bearer(value) }),
    classify: (result) => (result.status === 403 ? 'live' : byStatus(result)),
};

;// CONCATENATED MODULE: ./shared/checks/secret-scan/verify/providers.ts
// Every provider verification can ask, and which rule's findings each one checks.






const PROVIDERS = [github, stripe, aws, slack, openai, sendgrid];
const BY_RULE = new Map(PROVIDERS.flatMap((provider) => provider.rules.map((rule) => [rule, provider])));
function providerFor(ruleId) {
    return BY_RULE.get(ruleId);
}


/***/ })

};
