export const id = 815;
export const ids = [815];
export const modules = {

/***/ 34815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDns: () => (/* binding */ runDns)
});

// UNUSED EXPORTS: validateDomain

// EXTERNAL MODULE: ./shared/dns/resolver.ts
var resolver = __webpack_require__(88946);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/report/describe.ts
var describe = __webpack_require__(40432);
// EXTERNAL MODULE: ./shared/report/model.ts
var model = __webpack_require__(1124);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/checks/dns-check/dkim.ts
// DKIM keys at <selector>._domainkey.<domain>: present, not revoked (empty p=), and strong enough (RSA bits read
// from the key itself with node:crypto).

/** Selectors well-known senders use (Google Workspace, Resend, SendGrid, Mailchimp/Mandrill, Postmark, M365…). */
const COMMON_SELECTORS = [
    'google',
    'resend',
    's1',
    's2',
    'k1',
    'selector1',
    'selector2',
    'mandrill',
    'pm',
];
function tagsOf(record) {
    const tags = {};
    for (const part of record.split(';')) {
        const at = part.indexOf('=');
        if (at > 0)
            tags[part.slice(0, at).trim().toLowerCase()] = part.slice(at + 1).replace(/\s+/g, '');
    }
    return tags;
}
/** Key type and size of a p= value (base64 SubjectPublicKeyInfo, or a bare PKCS#1 RSA key some publish). */
function keyFacts(p) {
    const der = Buffer.from(p, 'base64');
    if (der.length === 0)
        return undefined;
    for (const type of ['spki', 'pkcs1']) {
        try {
            const key = (0,external_node_crypto_.createPublicKey)({ key: der, format: 'der', type });
            return { keyType: key.asymmetricKeyType ?? 'unknown', bits: key.asymmetricKeyDetails?.modulusLength };
        }
        catch {
            // try the next encoding
        }
    }
    return undefined;
}
async function lookupDkim(query, domain, selector, named) {
    const answer = await query(`${selector}._domainkey.${domain}`, 'TXT');
    const record = answer.values.find((v) => /(^|;)\s*(v\s*=\s*DKIM1|p\s*=)/i.test(v));
    if (record === undefined)
        return { selector, named, status: 'missing' };
    const tags = tagsOf(record);
    if (tags.p === undefined || tags.p === '')
        return { selector, named, status: 'revoked' };
    if ((tags.k ?? 'rsa').toLowerCase() === 'ed25519')
        return { selector, named, status: 'found', keyType: 'ed25519', bits: 256 };
    const facts = keyFacts(tags.p);
    if (facts === undefined)
        return { selector, named, status: 'invalid' };
    return {
        selector,
        named,
        status: 'found',
        keyType: facts.keyType,
        ...(facts.bits === undefined ? {} : { bits: facts.bits }),
    };
}

// EXTERNAL MODULE: ./shared/dns/registrable-domain.ts
var registrable_domain = __webpack_require__(93899);
;// CONCATENATED MODULE: ./shared/checks/dns-check/dmarc.ts
// DMARC (RFC 7489) record at _dmarc.<domain>: a tag list that must start with v=DMARC1 and carry a valid p=.
// Parsing follows the RFC's tag-list rules as checkdmarc applies them: duplicate tags and unknown policies are
// errors, a missing rua is advice. Discovery follows §6.6.3: a domain without a record of its own falls back to
// its organizational domain's record, whose sp= (default p=) then applies to it.

const POLICIES = new Set(['none', 'quarantine', 'reject']);
function isDmarcRecord(text) {
    return /^v\s*=\s*DMARC1\s*(;|$)/i.test(text.trim());
}
/** The tags of a record, or the reason it is unusable. */
function parseDmarc(record) {
    const tags = {};
    const parts = record
        .split(';')
        .map((p) => p.trim())
        .filter((p) => p !== '');
    for (const part of parts) {
        const at = part.indexOf('=');
        if (at <= 0)
            return { problem: `"${part}" is not a tag=value pair` };
        const key = part.slice(0, at).trim().toLowerCase();
        if (key in tags)
            return { problem: `the tag ${key} appears twice` };
        tags[key] = part.slice(at + 1).trim();
    }
    if (parts[0]?.toLowerCase().replace(/\s/g, '') !== 'v=dmarc1')
        return { problem: 'it does not start with v=DMARC1' };
    const policy = tags.p?.toLowerCase();
    if (policy === undefined)
        return { problem: 'it has no p= policy tag (right after v=DMARC1)' };
    if (!POLICIES.has(policy))
        return { problem: `p=${tags.p} is not none, quarantine or reject` };
    if (tags.sp !== undefined && !POLICIES.has(tags.sp.toLowerCase())) {
        return { problem: `sp=${tags.sp} is not none, quarantine or reject` };
    }
    if (tags.pct !== undefined && !/^(100|[1-9]?\d)$/.test(tags.pct))
        return { problem: `pct=${tags.pct} is not 0-100` };
    return { tags };
}
/** The organizational domain (RFC 7489 §3.2) is the registrable domain by the Public Suffix List. */
const organizationalDomain = registrable_domain/* registrableDomain */.j;
async function readRecords(query, name) {
    const answer = await query(name, 'TXT');
    // A record that means DMARC but is mistyped ("v=DMARC1 p=none" without ";") still starts with v=DMARC1.
    const records = answer.values.filter(isDmarcRecord);
    return { name, records, status: answer.status, ...(answer.code === undefined ? {} : { code: answer.code }) };
}
async function lookupDmarc(query, domain) {
    const own = await readRecords(query, `_dmarc.${domain}`);
    const org = organizationalDomain(domain);
    // Only an empty set sends a receiver on to the organizational domain: several records, or a lookup that failed
    // (as opposed to one that found none), end discovery here.
    if (own.records.length > 0 || own.status === 'error' || org === undefined || org === domain) {
        return withPolicy({ ...own, inherited: false });
    }
    const parent = await readRecords(query, `_dmarc.${org}`);
    if (parent.records.length === 0) {
        // Missing at both names; a failed lookup at the organizational domain is the one worth naming.
        const failed = parent.status === 'error' ? parent : own;
        return { ...own, status: failed.status, ...failedCode(failed), inherited: false, organizationalDomain: org };
    }
    return withPolicy({ ...parent, inherited: true, organizationalDomain: org });
}
function failedCode(answer) {
    return answer.code === undefined ? {} : { code: answer.code };
}
/** Parses a lone record and picks the policy that applies: sp= (default p=) for an inheriting subdomain, else p=. */
function withPolicy(set) {
    if (set.records.length !== 1)
        return set;
    const parsed = parseDmarc(set.records[0]);
    if ('problem' in parsed)
        return { ...set, problem: parsed.problem };
    const useSp = set.inherited && parsed.tags.sp !== undefined;
    const policy = (useSp ? parsed.tags.sp : parsed.tags.p).toLowerCase();
    return { ...set, tags: parsed.tags, policy, policyTag: useSp ? 'sp' : 'p' };
}

// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
;// CONCATENATED MODULE: ./shared/checks/dns-check/findings.ts
// One way to make dns-check findings: stable fingerprints from the rule and the name, never from values found.


const CHECK = 'dns-check';
function dnsFinding(input) {
    return {
        check: CHECK,
        ruleId: input.ruleId,
        severity: input.severity,
        title: (0,report_escape/* oneLine */.TN)(input.title),
        message: (0,report_escape/* oneLine */.TN)(input.message),
        location: { url: `dns:${input.name}` },
        ...(input.evidence === undefined ? {} : { evidence: (0,report_escape/* oneLine */.TN)(input.evidence) }),
        ...(input.remediation === undefined ? {} : { remediation: input.remediation }),
        fingerprint: (0,external_node_crypto_.createHash)('sha256')
            .update(`${CHECK}\0${input.ruleId}\0${input.name}\0${input.key ?? ''}`)
            .digest('hex')
            .slice(0, 16),
    };
}

;// CONCATENATED MODULE: ./shared/checks/dns-check/spf.ts

const SPF_LOOKUP_LIMIT = 10;
const SPF_VOID_LIMIT = 2;
/** Stop resolving past this many lookups: the verdict (over 10) is certain long before. */
const HARD_BOUND = 40;
const MAX_DEPTH = 12;
/** "v=spf1" then a space or the end (RFC 7208 §4.5): "v=spf10" is not SPF. */
function isSpfRecord(text) {
    return /^v=spf1(\s|$)/i.test(text.trim());
}
function parseSpf(record) {
    return record
        .trim()
        .split(/\s+/)
        .slice(1)
        .filter((raw) => raw !== '')
        .map((raw) => {
        const modifier = /^[a-z][a-z0-9_.-]*=/i.test(raw);
        if (modifier) {
            const at = raw.indexOf('=');
            return { qualifier: '+', name: raw.slice(0, at).toLowerCase(), value: raw.slice(at + 1), modifier, raw };
        }
        const qualifier = (/^[+\-~?]/.test(raw) ? raw[0] : '+');
        const body = /^[+\-~?]/.test(raw) ? raw.slice(1) : raw;
        const split = body.search(/[:/]/);
        const name = (split === -1 ? body : body.slice(0, split)).toLowerCase();
        const rest = split === -1 ? undefined : body.slice(split);
        const value = rest?.startsWith(':') ? rest.slice(1).split('/')[0] : undefined;
        return { qualifier, name, value, modifier, raw };
    });
}
const QUERYING = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);
async function evaluateSpf(query, domain) {
    const state = { lookups: 0, voidLookups: 0, truncated: false, loop: undefined };
    const top = await query(domain, 'TXT');
    const records = top.values.filter(isSpfRecord);
    if (records.length !== 1) {
        return { records, lookups: 0, voidLookups: 0, truncated: false };
    }
    const chain = await walk(query, domain, records[0], [domain], state, 0);
    return {
        records,
        lookups: state.lookups,
        voidLookups: state.voidLookups,
        all: effectiveAll(chain),
        truncated: state.truncated,
        ...(state.loop === undefined ? {} : { loop: state.loop }),
        chain,
    };
}
async function walk(query, domain, record, path, state, depth) {
    const node = { domain, record, lookups: 0, voidLookups: 0, children: [] };
    const terms = parseSpf(record);
    // A redirect is ignored when the record has an "all" (RFC 7208 §6.1).
    const hasAll = terms.some((t) => !t.modifier && t.name === 'all');
    for (const term of terms) {
        if (!QUERYING.has(term.name) || (term.name === 'redirect' && (!term.modifier || hasAll)))
            continue;
        if (state.lookups >= HARD_BOUND || depth >= MAX_DEPTH) {
            state.truncated = true;
            break;
        }
        state.lookups += 1;
        node.lookups += 1;
        const target = term.value === undefined || term.value === '' ? domain : (0,resolver/* hostName */.Sm)(term.value);
        // Macros (%{i}, %{s}…) need the sender: count the lookup, do not query.
        if (target.includes('%'))
            continue;
        if (term.name === 'include' || term.name === 'redirect') {
            if (path.includes(target)) {
                state.loop ??= [...path, target].join(' → ');
                state.truncated = true;
                node.children.push({ domain: target, lookups: 0, voidLookups: 0, children: [], problem: 'loop' });
                continue;
            }
            const answer = await query(target, 'TXT');
            const found = answer.values.filter(isSpfRecord);
            if (answer.status === 'nxdomain' || answer.status === 'nodata') {
                state.voidLookups += 1;
                node.voidLookups += 1;
            }
            if (found.length !== 1) {
                const problem = answer.status === 'error'
                    ? `DNS error (${answer.code})`
                    : found.length === 0
                        ? 'no SPF record (permerror)'
                        : `${found.length} SPF records (permerror)`;
                node.children.push({ domain: target, lookups: 0, voidLookups: 0, children: [], problem });
                continue;
            }
            node.children.push(await walk(query, target, found[0], [...path, target], state, depth + 1));
            continue;
        }
        if (term.name === 'ptr')
            continue; // needs the sender's IP; counted, not queried
        const answers = term.name === 'mx'
            ? [await query(target, 'MX')]
            : await Promise.all([query(target, 'A'), ...(term.name === 'a' ? [query(target, 'AAAA')] : [])]);
        if (answers.every((a) => a.status === 'nxdomain' || a.status === 'nodata')) {
            state.voidLookups += 1;
            node.voidLookups += 1;
        }
    }
    return node;
}
/** The "all" of the top record, or of its redirect target when it has none. */
function effectiveAll(node) {
    for (let current = node, hops = 0; current?.record !== undefined && hops < MAX_DEPTH; hops++) {
        const terms = parseSpf(current.record);
        const all = terms.find((t) => !t.modifier && t.name === 'all');
        if (all !== undefined)
            return `${all.qualifier}all`;
        const redirect = terms.find((t) => t.modifier && t.name === 'redirect');
        if (redirect === undefined)
            return undefined;
        current = current.children.find((c) => c.domain === (0,resolver/* hostName */.Sm)(redirect.value ?? ''));
    }
    return undefined;
}
/** Included records that end in "+all": the include then passes every sender. */
function permissiveIncludes(node) {
    if (node === undefined)
        return [];
    const found = [];
    for (const child of node.children) {
        if (child.record !== undefined &&
            parseSpf(child.record).some((t) => !t.modifier && t.name === 'all' && t.qualifier === '+')) {
            found.push(child.domain);
        }
        found.push(...permissiveIncludes(child));
    }
    return found;
}
function usesPtr(node) {
    if (node?.record === undefined)
        return false;
    return parseSpf(node.record).some((t) => !t.modifier && t.name === 'ptr') || node.children.some(usesPtr);
}

;// CONCATENATED MODULE: ./shared/checks/dns-check/email.ts




async function checkEmail(query, domain, email) {
    const findings = [];
    const verdicts = [];
    const result = { dkim: [], mx: [], verdicts, findings };
    const mx = await query(domain, 'MX');
    result.mx = mx.values;
    if (email.receivesMail) {
        verdicts.push({ what: 'MX', verdict: mx.values.length > 0 ? mx.values.join(', ') : 'missing' });
        if (mx.values.length === 0) {
            findings.push(dnsFinding({
                ruleId: 'email/mx-missing',
                severity: 'medium',
                name: domain,
                title: `${domain} has no MX record: mail to it bounces`,
                message: `Replies to receipts and mail to support@${domain} cannot be delivered.`,
                remediation: 'add the MX records your mail provider gives you (Google Workspace, Fastmail, Microsoft 365…)',
            }));
        }
    }
    if (!email.sendsMail) {
        verdicts.push({
            what: 'SPF / DMARC / DKIM',
            verdict: 'not checked: the domain does not send mail (sendsMail: false)',
        });
        return result;
    }
    result.spf = await evaluateSpf(query, domain);
    findings.push(...spfFindings(domain, result.spf));
    verdicts.push({ what: 'SPF', verdict: spfVerdict(result.spf) });
    const dmarc = await lookupDmarc(query, domain);
    result.dmarc = dmarc;
    findings.push(...dmarcFindings(domain, dmarc));
    verdicts.push({ what: 'DMARC', verdict: dmarcVerdict(domain, dmarc) });
    const named = new Set(email.dkimSelectors);
    const selectors = [...named, ...COMMON_SELECTORS.filter((s) => !named.has(s))];
    const keys = await Promise.all(selectors.map((s) => lookupDkim(query, domain, s, named.has(s))));
    result.dkim = keys.filter((k) => k.named || k.status !== 'missing');
    for (const key of result.dkim)
        findings.push(...dkimFindings(domain, key));
    verdicts.push({
        what: 'DKIM',
        verdict: result.dkim.length === 0
            ? `no key at the common selectors (${COMMON_SELECTORS.join(', ')}): name yours with --dkim-selector`
            : result.dkim
                .map((k) => `${k.selector}: ${k.status}${k.bits ? ` (${k.keyType} ${k.bits} bits)` : ''}`)
                .join('; '),
    });
    const [mtaSts, tlsRpt, bimi] = await Promise.all([
        query(`_mta-sts.${domain}`, 'TXT'),
        query(`_smtp._tls.${domain}`, 'TXT'),
        query(`default._bimi.${domain}`, 'TXT'),
    ]);
    const extras = [
        [
            'MTA-STS',
            mtaSts,
            /^v=STSv1/i,
            'forces TLS for mail sent to you (with a policy at https://mta-sts.<domain>/.well-known/mta-sts.txt)',
        ],
        ['TLS-RPT', tlsRpt, /^v=TLSRPTv1/i, 'sends you reports when mail to you fails TLS'],
        ['BIMI', bimi, /^v=BIMI1/i, 'shows your logo in Gmail/Yahoo inboxes (needs DMARC quarantine or reject)'],
    ];
    for (const [what, answer, pattern, gain] of extras) {
        const record = answer.values.find((v) => pattern.test(v.trim()));
        verdicts.push({ what, verdict: record ?? 'not published' });
        if (record === undefined) {
            findings.push(dnsFinding({
                ruleId: `email/${what.toLowerCase()}-missing`,
                severity: 'info',
                name: domain,
                title: `no ${what} record`,
                message: `${what} is optional: it ${gain}.`,
                remediation: `consider publishing ${what} once SPF, DKIM and DMARC pass`,
            }));
        }
    }
    return result;
}
function spfVerdict(spf) {
    if (spf.records.length === 0)
        return 'missing';
    if (spf.records.length > 1)
        return `${spf.records.length} records (permerror)`;
    const count = `${spf.truncated ? 'over ' : ''}${spf.lookups} of ${SPF_LOOKUP_LIMIT} lookups`;
    return `${spf.all ?? 'no all'}, ${count}, ${spf.voidLookups} void`;
}
function spfFindings(domain, spf) {
    const findings = [];
    const add = (ruleId, severity, title, message, remediation) => findings.push(dnsFinding({ ruleId, severity, name: domain, title, message, remediation, evidence: spf.records[0] }));
    if (spf.records.length === 0) {
        add('email/spf-missing', 'high', `${domain} has no SPF record`, 'Without SPF, Gmail, Yahoo and Outlook junk or reject your receipts and password resets, and anyone can send as your domain.', 'publish one TXT record at the domain, e.g. "v=spf1 include:<your mail provider> ~all"');
        return findings;
    }
    if (spf.records.length > 1) {
        add('email/spf-multiple', 'high', `${domain} has ${spf.records.length} SPF records`, 'More than one v=spf1 record is a permanent error (RFC 7208 §4.5): receivers treat SPF as failed for every message.', 'merge them into one record: one v=spf1, every include, one all at the end');
        return findings;
    }
    if (spf.lookups > SPF_LOOKUP_LIMIT || spf.loop !== undefined) {
        add('email/spf-too-many-lookups', 'high', `SPF needs ${spf.truncated ? 'more than ' : ''}${spf.lookups} DNS lookups (limit ${SPF_LOOKUP_LIMIT})`, spf.loop !== undefined
            ? `The includes loop (${spf.loop}): evaluation never ends, so receivers stop at 10 lookups with a permanent error.`
            : `include, a, mx, ptr, exists and redirect each cost a lookup, nested ones too; past ${SPF_LOOKUP_LIMIT} receivers return permerror and SPF fails for every message.`, 'remove includes of services you no longer use, replace a/mx with ip4:/ip6: ranges, or flatten the record');
    }
    if (spf.voidLookups > SPF_VOID_LIMIT) {
        add('email/spf-void-lookups', 'medium', `SPF has ${spf.voidLookups} void lookups (limit ${SPF_VOID_LIMIT})`, 'Terms that point at names with no records waste lookups; past 2 receivers may return permerror (RFC 7208 §4.6.4).', 'remove include/a/mx/exists terms whose names no longer exist');
    }
    const permissive = permissiveIncludes(spf.chain);
    if (spf.all === '+all' || permissive.length > 0) {
        add('email/spf-permissive-all', 'blocker', spf.all === '+all'
            ? `SPF ends in +all: every server on the internet may send as ${domain}`
            : `SPF includes ${permissive.join(', ')}, which ends in +all`, 'A +all (or an include that has one) makes SPF pass for any sender: phishing mail in your name passes too.', 'end the record with ~all (or -all once every sender is listed)');
    }
    else if (spf.all === undefined || spf.all === '?all') {
        add('email/spf-weak-all', 'medium', spf.all === undefined ? 'SPF has no "all" at the end' : 'SPF ends in ?all (neutral)', 'Mail from servers you did not list gets a neutral result, so SPF protects nothing.', 'end the record with ~all (soft fail) or -all (fail)');
    }
    if (usesPtr(spf.chain)) {
        add('email/spf-ptr', 'low', 'SPF uses the ptr mechanism', 'ptr is slow, unreliable and deprecated (RFC 7208 §5.5); some receivers ignore it.', 'replace ptr with ip4:/ip6: ranges or an include of your provider');
    }
    return findings;
}
/** "p=reject", or for an inheriting subdomain "sp=quarantine, inherited from _dmarc.example.com (…)". */
function dmarcVerdict(domain, dmarc) {
    const where = dmarc.inherited ? ` (in ${dmarc.name}, inherited)` : '';
    if (dmarc.policy === undefined) {
        if (dmarc.problem !== undefined)
            return `${dmarc.problem}${where}`;
        if (dmarc.records.length > 1)
            return `${dmarc.records.length} records${where}`;
        return dmarc.organizationalDomain === undefined
            ? 'missing'
            : `missing at _dmarc.${domain} and at _dmarc.${dmarc.organizationalDomain}`;
    }
    const policy = `${dmarc.policyTag ?? 'p'}=${dmarc.policy}${dmarc.tags?.rua ? '' : ', no rua'}`;
    if (!dmarc.inherited)
        return policy;
    return `${policy}, inherited from ${dmarc.name} (${inheritedRule(dmarc)})`;
}
/** Why the inherited policy is the one that applies. */
function inheritedRule(dmarc) {
    return dmarc.policyTag === 'sp'
        ? `sp=${dmarc.policy} applies to subdomains`
        : `no sp=, so p=${dmarc.policy} applies to subdomains`;
}
function dmarcFindings(domain, dmarc) {
    // Findings about a record sit at the name that holds it: for an inheriting subdomain, the parent's record.
    const name = dmarc.name;
    const org = dmarc.organizationalDomain;
    const owner = dmarc.inherited && org !== undefined ? org : domain;
    const inherited = dmarc.inherited ? ` (inherited from ${name})` : '';
    const evidence = dmarc.records[0];
    const add = (ruleId, severity, title, message, remediation) => dnsFinding({
        ruleId,
        severity,
        name,
        title,
        message,
        remediation,
        ...(evidence === undefined ? {} : { evidence }),
    });
    if (dmarc.records.length === 0) {
        const fix = org === undefined ? domain : org;
        return [
            add('email/dmarc-missing', 'high', `${domain} has no DMARC record${org === undefined ? '' : ` (nor has ${org}, whose record it would inherit)`}`, dmarc.status === 'error'
                ? `The DMARC lookup failed (${dmarc.code}).`
                : 'Gmail and Yahoo require DMARC from bulk senders since 2024; without it your mail is junked and spoofing goes unnoticed.', `publish TXT at _dmarc.${fix}: "v=DMARC1; p=none; rua=mailto:dmarc@${fix}"${org === undefined ? '' : ` (it covers ${domain} too)`}, then move to quarantine and reject`),
        ];
    }
    if (dmarc.records.length > 1 || dmarc.problem !== undefined) {
        const heirs = dmarc.inherited ? `, and to ${domain}, which has no record of its own` : '';
        return [
            add('email/dmarc-invalid', 'high', dmarc.records.length > 1
                ? `${owner} has ${dmarc.records.length} DMARC records${inherited}`
                : `the DMARC record of ${owner} is invalid${inherited}`, dmarc.records.length > 1
                ? `With more than one record receivers apply no DMARC at all (RFC 7489 §6.6.3)${heirs}.`
                : `Receivers ignore it${heirs}: ${dmarc.problem}.`, `keep one record at ${name}, e.g. "v=DMARC1; p=quarantine; rua=mailto:dmarc@${owner}"`),
        ];
    }
    const findings = [];
    if (dmarc.policy === 'none')
        findings.push(add('email/dmarc-policy-none', 'medium', ...policyNoneText(domain, dmarc)));
    if (!dmarc.tags?.rua) {
        findings.push(add('email/dmarc-no-rua', 'low', `DMARC asks for no aggregate reports (no rua=)${inherited}`, 'Without reports you cannot see who sends as your domain, or whether your own mail passes, before tightening the policy.', `add rua=mailto:dmarc@${owner} to ${name} (or a DMARC report service's address)`));
    }
    return findings;
}
/** Title, message and remediation of a monitoring-only policy: p=none, or sp=none inherited by a subdomain. */
function policyNoneText(domain, dmarc) {
    const move = 'once the rua reports show your own senders pass SPF/DKIM (usually 2-4 weeks)';
    const delivers = 'tells receivers to deliver mail that fails authentication: it reports spoofing but stops none of it.';
    if (!dmarc.inherited) {
        return [
            'DMARC policy is p=none (monitoring only)',
            `p=none ${delivers}`,
            `${move}, move to p=quarantine, then p=reject`,
        ];
    }
    const own = `or publish a record of its own at _dmarc.${domain}`;
    if (dmarc.policyTag === 'sp') {
        const p = dmarc.tags?.p?.toLowerCase();
        return [
            `DMARC policy for ${domain} is sp=none, inherited from ${dmarc.name} (monitoring only)`,
            `${domain} has no DMARC record of its own, so receivers apply the sp= (subdomain policy) of ${dmarc.name}; sp=none ${delivers}`,
            p === 'none'
                ? `${move}, move sp= and p= to quarantine, then reject at ${dmarc.name}, ${own}`
                : `remove sp=none from ${dmarc.name} so its p=${p} covers subdomains too, ${own}`,
        ];
    }
    return [
        `DMARC policy for ${domain} is p=none, inherited from ${dmarc.name} (monitoring only)`,
        `${domain} has no DMARC record of its own and ${dmarc.name} has no sp=, so its p=none applies to subdomains; p=none ${delivers}`,
        `${move}, move ${dmarc.name} to p=quarantine, then p=reject, ${own}`,
    ];
}
function dkimFindings(domain, key) {
    const name = `${key.selector}._domainkey.${domain}`;
    const base = { name, key: key.selector };
    if (key.status === 'missing' && key.named) {
        return [
            dnsFinding({
                ...base,
                ruleId: 'email/dkim-missing',
                severity: 'high',
                title: `no DKIM key for selector ${key.selector}`,
                message: `${name} has no DKIM record: mail signed with this selector fails DKIM, and DMARC fails unless SPF aligns.`,
                remediation: 'publish the DKIM record (TXT or CNAME) your mail provider shows for this selector',
            }),
        ];
    }
    if ((key.status === 'revoked' || key.status === 'invalid') && key.named) {
        return [
            dnsFinding({
                ...base,
                ruleId: 'email/dkim-revoked',
                severity: 'high',
                title: key.status === 'revoked'
                    ? `DKIM key ${key.selector} is revoked (empty p=)`
                    : `DKIM key ${key.selector} cannot be read`,
                message: `Signatures with selector ${key.selector} fail: ${key.status === 'revoked' ? 'an empty p= means the key was withdrawn' : 'p= is not a valid public key'}.`,
                remediation: 'copy the current DKIM record from your mail provider, or stop signing with this selector',
            }),
        ];
    }
    if (key.status === 'found' && key.keyType === 'rsa' && key.bits !== undefined && key.bits <= 1024) {
        return [
            dnsFinding({
                ...base,
                ruleId: 'email/dkim-weak-key',
                severity: key.bits < 1024 ? 'high' : 'low',
                title: `DKIM key ${key.selector} is RSA ${key.bits} bits`,
                message: key.bits < 1024
                    ? 'Keys under 1024 bits can be factored, and receivers treat such signatures as failing (RFC 8301).'
                    : '1024-bit keys are the minimum receivers accept; 2048 bits is advised (RFC 8301).',
                remediation: 'rotate to a 2048-bit key: publish it under a new selector, switch signing, then remove the old one',
            }),
        ];
    }
    return [];
}

// EXTERNAL MODULE: ./shared/checks/dns-check/options.ts
var options = __webpack_require__(73497);
;// CONCATENATED MODULE: ./shared/checks/dns-check/records.ts




/** "A @ 203.0.113.10" / "TXT @ v=spf1 include:x ~all" / "CNAME www" (any value). */
function parseShortExpectation(text) {
    const match = /^\s*(\S+)\s+(\S+)(?:\s+(.*?))?\s*$/.exec(text);
    const type = match?.[1]?.toUpperCase();
    if (match === null || !options/* RECORD_TYPE_VALUES */.oR.includes(type ?? '')) {
        throw new errors/* UsageError */.e(`--expect takes "TYPE NAME VALUE" with TYPE one of ${options/* RECORD_TYPE_VALUES */.oR.join(', ')}, e.g. "A @ 203.0.113.10", got '${text.slice(0, 80)}'`);
    }
    const value = match[3] === undefined || match[3] === '' ? undefined : match[3].replace(/^"(.*)"$/, '$1');
    return { type: type, name: match[2], ...(value === undefined ? {} : { value }) };
}
/** "@" → the domain; "www" → www.<domain>; a name already under the domain (or ending in ".") stays. */
function qualify(name, domain) {
    const n = name.trim().toLowerCase();
    if (n === '@' || n === '')
        return domain;
    if (n.endsWith('.'))
        return (0,resolver/* hostName */.Sm)(n);
    if (n === domain || n.endsWith(`.${domain}`))
        return n;
    return `${n}.${domain}`;
}
function toExpectations(records, domain) {
    return records.map((record) => {
        if (record.matches !== undefined) {
            try {
                new RegExp(record.matches);
            }
            catch {
                throw new errors/* UsageError */.e(`dns.records: '${record.matches}' is not a valid regular expression`);
            }
        }
        return { ...record, fqdn: qualify(record.name, domain) };
    });
}
/** Memoises answers for one run: the same name is asked about by several rules. */
function cachedQuery(client) {
    const cache = new Map();
    return (name, type) => {
        const key = `${type} ${(0,resolver/* hostName */.Sm)(name)}`;
        let answer = cache.get(key);
        if (answer === undefined) {
            answer = client.query((0,resolver/* hostName */.Sm)(name), type);
            cache.set(key, answer);
        }
        return answer;
    };
}
const normalise = {
    A: (v) => v.trim(),
    AAAA: (v) => v.trim().toLowerCase(),
    CNAME: resolver/* hostName */.Sm,
    NS: resolver/* hostName */.Sm,
    MX: (v) => v.trim().toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' '),
    TXT: (v) => v.trim(),
    CAA: (v) => v.trim().toLowerCase().replace(/"/g, '').replace(/\s+/g, ' '),
};
function valueMatches(expectation, found) {
    const norm = normalise[expectation.type];
    if (expectation.value !== undefined) {
        const want = norm(expectation.value);
        // "mx.example.com" matches "10 mx.example.com": the priority is optional in an expectation.
        if (expectation.type === 'MX' && !/^\d+\s/.test(want))
            return norm(found).split(' ')[1] === (0,resolver/* hostName */.Sm)(want);
        return norm(found) === want;
    }
    if (expectation.contains !== undefined)
        return found.toLowerCase().includes(expectation.contains.toLowerCase());
    if (expectation.matches !== undefined)
        return new RegExp(expectation.matches, 'i').test(found);
    return true;
}
function describeExpected(expectation) {
    if (expectation.value !== undefined)
        return expectation.value;
    if (expectation.contains !== undefined)
        return `contains "${expectation.contains}"`;
    if (expectation.matches !== undefined)
        return `matches /${expectation.matches}/`;
    return 'any value';
}
async function factsOf(query, name) {
    const [cname, a, aaaa] = await Promise.all([query(name, 'CNAME'), query(name, 'A'), query(name, 'AAAA')]);
    const target = cname.values[0];
    const addresses = [...a.values, ...aaaa.values];
    if (target === undefined)
        return { addresses, dangling: false };
    const [ta, taaaa] = await Promise.all([query(target, 'A'), query(target, 'AAAA')]);
    const gone = (answer) => answer.status === 'nxdomain' || (answer.status === 'error' && answer.code !== 'ETIMEOUT');
    const dangling = ta.status !== 'ok' && taaaa.status !== 'ok' && (gone(ta) || gone(taaaa));
    const targetStatus = ta.status === 'error' ? (ta.code ?? 'error') : ta.status;
    return { cname: target, addresses, dangling, targetStatus };
}
async function checkRecords(query, domain, expectations) {
    const rows = [];
    const findings = [];
    const www = `www.${domain}`;
    const names = [...new Set([domain, www, ...expectations.map((e) => e.fqdn)])];
    const facts = new Map(await Promise.all(names.map(async (name) => [name, await factsOf(query, name)])));
    const label = (name) => name === domain ? '@' : name.endsWith(`.${domain}`) ? name.slice(0, -domain.length - 1) : name;
    const apex = facts.get(domain);
    if (apex.cname !== undefined) {
        rows.push({
            name: '@',
            type: 'CNAME',
            expected: 'no CNAME at the apex',
            found: [apex.cname],
            verdict: 'apex-cname',
        });
        findings.push(dnsFinding({
            ruleId: 'dns/apex-cname',
            severity: 'high',
            name: domain,
            title: `${domain} is a CNAME (to ${apex.cname})`,
            message: `A CNAME at the apex sits beside the zone's SOA and NS records, which RFC 1034 forbids: resolvers may drop the MX, TXT (SPF, verification) records there, and mail and certificates break.`,
            evidence: `${domain} CNAME ${apex.cname}`,
            remediation: 'use A/AAAA records, or your DNS provider\'s ALIAS/ANAME/"CNAME flattening" at the apex, and keep CNAMEs for subdomains such as www',
        }));
    }
    if (apex.addresses.length === 0 &&
        apex.cname === undefined &&
        !expectations.some((e) => e.fqdn === domain && ['A', 'AAAA', 'CNAME'].includes(e.type))) {
        rows.push({ name: '@', type: 'A/AAAA', expected: 'an address', found: [], verdict: 'missing' });
        findings.push(unreachable(domain, '@'));
    }
    for (const [name, fact] of facts) {
        if (fact.cname === undefined || !fact.dangling)
            continue;
        rows.push({
            name: label(name),
            type: 'CNAME',
            expected: 'a target that exists',
            found: [fact.cname],
            verdict: 'dangling-cname',
        });
        findings.push(dnsFinding({
            ruleId: 'dns/dangling-cname',
            severity: 'high',
            name,
            title: `${name} points to ${fact.cname}, which does not exist`,
            message: `The CNAME target answers ${fact.targetStatus}: visitors get an error, and whoever registers or claims ${fact.cname} (a deleted app, bucket or site at a hosting provider) can serve content on ${name}.`,
            evidence: `${name} CNAME ${fact.cname}`,
            remediation: `delete the CNAME for ${name}, or point it at a resource you control (re-create the app/site it named)`,
        }));
    }
    for (const expectation of expectations) {
        const fact = facts.get(expectation.fqdn);
        const answer = await query(expectation.fqdn, expectation.type);
        const expected = describeExpected(expectation);
        const base = { name: label(expectation.fqdn), type: expectation.type, expected, found: answer.values };
        if (fact.dangling && expectation.type !== 'CNAME') {
            rows.push({ ...base, verdict: 'dangling-cname' });
            continue;
        }
        if (answer.values.length === 0) {
            rows.push({ ...base, verdict: 'missing' });
            const siteName = expectation.fqdn === domain || expectation.fqdn === www;
            const noAddress = fact.addresses.length === 0 && fact.cname === undefined;
            if (siteName && noAddress && ['A', 'AAAA', 'CNAME'].includes(expectation.type)) {
                findings.push(unreachable(expectation.fqdn, base.name));
                continue;
            }
            const why = answer.status === 'error'
                ? `the query failed (${answer.code})`
                : answer.status === 'nxdomain'
                    ? 'the name does not exist'
                    : `the name has no ${expectation.type} record`;
            findings.push(dnsFinding({
                ruleId: 'dns/record-missing',
                severity: 'high',
                name: expectation.fqdn,
                key: `${expectation.type} ${expected}`,
                title: `${expectation.type} record for ${base.name} is missing`,
                message: `Expected ${expectation.type} ${expectation.fqdn} ${expected}, but ${why}.`,
                remediation: `add the ${expectation.type} record for ${expectation.fqdn} at your DNS provider (${expected})`,
            }));
            continue;
        }
        if (answer.values.some((found) => valueMatches(expectation, found))) {
            rows.push({ ...base, verdict: 'ok' });
            continue;
        }
        rows.push({ ...base, verdict: 'mismatch' });
        findings.push(dnsFinding({
            ruleId: 'dns/record-mismatch',
            severity: 'high',
            name: expectation.fqdn,
            key: `${expectation.type} ${expected}`,
            title: `${expectation.type} ${base.name} is ${answer.values.slice(0, 3).join(', ')}, expected ${expected}`,
            message: `${expectation.fqdn} answers ${expectation.type} ${answer.values.join(', ')}; expected ${expected}. Traffic or mail goes to the wrong place (an old host, a previous provider).`,
            evidence: answer.values.join(', '),
            remediation: `change the ${expectation.type} record for ${expectation.fqdn} to ${expected} (and remove stale ones)`,
        }));
    }
    return { rows, findings };
}
function unreachable(fqdn, label) {
    return dnsFinding({
        ruleId: 'dns/record-missing',
        severity: 'blocker',
        name: fqdn,
        key: 'address',
        title: `${label === '@' ? fqdn : label} has no A, AAAA or CNAME record: the site is unreachable`,
        message: `${fqdn} does not resolve to any address, so browsers cannot reach the site at this name.`,
        remediation: `add an A/AAAA record (or ALIAS at the apex, CNAME for a subdomain) for ${fqdn} pointing at your host`,
    });
}

;// CONCATENATED MODULE: ./shared/checks/dns-check/run.ts
// dns-check: the domain resolves where it should and its mail is authenticated. Every query goes through one
// DNS client (the --dns-server when given), so what is checked is what that server answers.







function validateDomain(raw) {
    const domain = (0,resolver/* hostName */.Sm)(raw
        .trim()
        .replace(/^https?:\/\//i, '')
        .replace(/\/.*$/, ''));
    if (domain === '') {
        throw new errors/* UsageError */.e('dns-check needs the domain to check: pass --domain shop.example.com (or set dns.domain)');
    }
    if (!/^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\.)+[a-z0-9-]{2,63}$/.test(domain)) {
        throw new errors/* UsageError */.e(`--domain expects a domain name such as shop.example.com, got '${raw.slice(0, 80)}'`);
    }
    return domain;
}
async function runDns(options, context) {
    const domain = validateDomain(options.domain);
    const client = (0,resolver/* createDnsClient */.bC)({ server: options.server, timeoutMs: options.timeoutMs, tries: 2 });
    const expectations = toExpectations([...options.records, ...options.expect.map(parseShortExpectation)], domain);
    const query = cachedQuery(client);
    context.log(`dns-check: ${domain} via ${client.server}`);
    const [records, email] = await Promise.all([
        checkRecords(query, domain, expectations),
        checkEmail(query, domain, options.email),
    ]);
    const findings = (0,model/* sortFindings */.Tc)([...records.findings, ...email.findings]);
    const details = {
        domain,
        server: client.server,
        records: records.rows,
        ...(email.spf === undefined ? {} : { spf: email.spf }),
        ...(email.dmarc === undefined ? {} : { dmarc: email.dmarc }),
        dkim: email.dkim,
        mx: email.mx,
        mail: email.verdicts,
        queries: client.queryCount,
    };
    const spf = email.spf;
    const spfText = spf === undefined
        ? ''
        : spf.records.length === 1
            ? `, SPF ${spf.truncated ? '>' : ''}${spf.lookups}/10 lookups`
            : '';
    // A subdomain protected (or not) by its parent's record says so up front: the founder asked about the subdomain.
    const dmarc = email.dmarc;
    const dmarcText = dmarc?.inherited
        ? `, DMARC ${dmarc.policy === undefined ? 'record' : `${dmarc.policyTag}=${dmarc.policy}`} inherited from ${dmarc.name}`
        : '';
    return {
        check: CHECK,
        ok: !findings.some((f) => (0,model/* isAtLeast */.du)(f.severity, 'high')),
        summary: `${domain}: ${(0,describe/* describeCounts */.wv)(findings)}${spfText}${dmarcText} (${client.queryCount} DNS queries via ${client.server})`,
        findings,
        metrics: { queries: client.queryCount, ...(spf?.records.length === 1 ? { spfLookups: spf.lookups } : {}) },
        details,
    };
}


/***/ }),

/***/ 93899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ registrableDomain)
/* harmony export */ });
/* harmony import */ var tldts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20935);
// The registrable domain (eTLD+1) of a host name by the Public Suffix List: what browsers call a site and DMARC an
// organizational domain. The list's private section counts too (myapp.herokuapp.com and example.github.io are their
// own), as browsers and receivers that load the whole list treat them.

/** example.co.uk for shop.example.co.uk, lower case; undefined for an IP address, a single label or a public suffix. */
function registrableDomain(hostname) {
    const parsed = (0,tldts__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(hostname.toLowerCase().replace(/\.$/, ''), { allowPrivateDomains: true });
    if (parsed.isIp)
        return undefined;
    return parsed.domain ?? undefined;
}


/***/ }),

/***/ 88946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sm: () => (/* binding */ hostName),
/* harmony export */   bC: () => (/* binding */ createDnsClient)
/* harmony export */ });
/* unused harmony exports RECORD_TYPES, parseDnsServer */
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32635);
// The one DNS client of the checks: every lookup dns-check makes (SPF evaluation included) and every connection
// tls-check opens resolve through it, so `--dns-server HOST[:PORT]` is honoured everywhere. Node's own
// dns.promises.Resolver (c-ares) does the wire work: UDP, and TCP when an answer is truncated.



const RECORD_TYPES = (/* unused pure expression or super */ null && (['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'CAA', 'NS']));
/** "1.1.1.1", "127.0.0.1:5353", "[::1]:53", "::1" → the form Resolver#setServers takes. */
function parseDnsServer(value, flag = '--dns-server') {
    const raw = value.trim();
    const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/i.exec(raw);
    const hostPort = /^([^:]+)(?::(\d+))?$/.exec(raw);
    let host;
    let port;
    if (bracketed)
        [, host, port] = bracketed;
    else if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(raw) === 6)
        host = raw;
    else if (hostPort)
        [, host, port] = hostPort;
    if (host === undefined || (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${flag} expects an IP address with an optional port, e.g. 1.1.1.1 or 127.0.0.1:5353, got '${raw}'`);
    }
    const portNumber = port === undefined ? 53 : Number(port);
    if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65_535) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${flag}: the port must be 1-65535, got '${port}'`);
    }
    return (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) === 6 ? `[${host}]:${portNumber}` : `${host}:${portNumber}`;
}
const CAA_TAGS = ['issue', 'issuewild', 'iodef', 'contactemail', 'contactphone'];
const NO_NAME = new Set(['ENOTFOUND', 'NXDOMAIN']);
const NO_DATA = new Set(['ENODATA']);
function createDnsClient(options = {}) {
    const resolver = new node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.Resolver({ timeout: options.timeoutMs ?? 3_000, tries: options.tries ?? 2 });
    const server = options.server?.trim() ? parseDnsServer(options.server) : undefined;
    if (server !== undefined)
        resolver.setServers([server]);
    let queryCount = 0;
    async function query(name, type) {
        queryCount += 1;
        const base = { name, type };
        try {
            const values = await resolveText(resolver, name, type);
            return { ...base, status: values.length === 0 ? 'nodata' : 'ok', values };
        }
        catch (error) {
            const code = error.code ?? 'EUNKNOWN';
            if (NO_NAME.has(code))
                return { ...base, status: 'nxdomain', values: [] };
            if (NO_DATA.has(code))
                return { ...base, status: 'nodata', values: [] };
            return { ...base, status: 'error', values: [], code };
        }
    }
    const lookup = server === undefined
        ? undefined
        : (hostname, lookupOptions, callback) => {
            const done = callback;
            addressesOf(hostname, lookupOptions.family).then((addresses) => {
                if (addresses.length === 0) {
                    const error = new Error(`queryA ENOTFOUND ${hostname} (via ${server})`);
                    error.code = 'ENOTFOUND';
                    done(error, '', 0);
                }
                else if (lookupOptions.all)
                    done(null, addresses);
                else
                    done(null, addresses[0].address, addresses[0].family);
            }, (error) => done(error, '', 0));
        };
    async function addressesOf(hostname, family) {
        const literal = (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(hostname.replace(/^\[|\]$/g, ''));
        if (literal !== 0)
            return [{ address: hostname.replace(/^\[|\]$/g, ''), family: literal }];
        const wanted = family === 4 || family === 'IPv4' ? [4] : family === 6 || family === 'IPv6' ? [6] : [4, 6];
        const answers = await Promise.all(wanted.map((f) => query(hostname, f === 4 ? 'A' : 'AAAA')));
        const failed = answers.find((a) => a.status === 'error');
        const found = answers.flatMap((a, i) => a.values.map((address) => ({ address, family: wanted[i] })));
        if (found.length === 0 && failed !== undefined) {
            throw Object.assign(new Error(`DNS lookup of ${hostname} via ${server} failed (${failed.code})`), {
                code: failed.code === 'ETIMEOUT' ? 'EAI_AGAIN' : failed.code,
            });
        }
        return found;
    }
    return {
        server: server ?? 'system',
        get queryCount() {
            return queryCount;
        },
        query,
        lookup,
    };
}
async function resolveText(resolver, name, type) {
    switch (type) {
        case 'A':
            return resolver.resolve4(name);
        case 'AAAA':
            return resolver.resolve6(name);
        case 'CNAME':
            return (await resolver.resolveCname(name)).map(hostName);
        case 'NS':
            return (await resolver.resolveNs(name)).map(hostName);
        case 'MX':
            return (await resolver.resolveMx(name))
                .sort((a, b) => a.priority - b.priority)
                .map((mx) => `${mx.priority} ${hostName(mx.exchange)}`);
        case 'TXT':
            // A TXT record may be split into several strings: they form one value (RFC 7208 §3.3).
            return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
        case 'CAA':
            return (await resolver.resolveCaa(name)).map((caa) => {
                const record = caa;
                const tag = CAA_TAGS.find((t) => typeof record[t] === 'string') ?? 'issue';
                return `${record.critical} ${tag} ${String(record[tag] ?? '')}`;
            });
    }
}
/** Lower case, no trailing dot: how names are compared. */
function hostName(name) {
    return name.toLowerCase().replace(/\.$/, '');
}


/***/ })

};
