export const id = 840;
export const ids = [840,317];
export const modules = {

/***/ 20770:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__(20218);


/***/ }),

/***/ 20218:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var net = __webpack_require__(69278);
var tls = __webpack_require__(64756);
var http = __webpack_require__(58611);
var https = __webpack_require__(65692);
var events = __webpack_require__(24434);
var assert = __webpack_require__(42613);
var util = __webpack_require__(39023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 77729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMonitor: () => (/* binding */ runMonitor)
});

// UNUSED EXPORTS: CHECK

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/github/client.ts
var github_client = __webpack_require__(16317);
;// CONCATENATED MODULE: ./shared/github/issues.ts
// Issues, labels and comments over the shared client: plain data in, plain data out. Used by the monitor's
// incidents; anything that must exist once is found (by label and a hidden marker) before it is written.

/** GitHub refuses an issue or comment body over 65,536 characters. */
const BODY_LIMIT = 65_536;
/** A list entry that is an issue at all: a proxy or a broken API may send nulls or other shapes in the array. */
function isRawIssue(item) {
    return typeof item === 'object' && item !== null && Number.isInteger(item.number);
}
const issues_text = (value) => (typeof value === 'string' ? value : '');
function toIssue(raw) {
    return {
        number: raw.number,
        title: issues_text(raw.title),
        body: issues_text(raw.body),
        state: issues_text(raw.state),
        url: issues_text(raw.html_url),
        createdAt: issues_text(raw.created_at),
    };
}
/** The label exists afterwards: read first, created when missing (a concurrent creation counts as existing). */
async function ensureLabel(client, repo, label) {
    try {
        await client.octokit.rest.issues.getLabel({ ...repo, name: label.name });
        return 'existed';
    }
    catch (error) {
        if (!(error instanceof github_client.GitHubApiError && error.kind === 'not-found'))
            throw error;
    }
    try {
        await client.octokit.rest.issues.createLabel({ ...repo, ...label });
        return 'created';
    }
    catch (error) {
        if (error instanceof github_client.GitHubApiError && error.kind === 'invalid')
            return 'existed';
        throw error;
    }
}
/** Open issues with the label (pull requests left out), newest first, at most `max`. */
async function listOpenIssues(client, repo, label, max = 100) {
    const raw = await (0,github_client/* listAll */._w)(client, 'GET /repos/{owner}/{repo}/issues', { ...repo, state: 'open', labels: label, sort: 'created', direction: 'desc' }, max);
    return raw
        .filter(isRawIssue)
        .filter((issue) => issue.pull_request === undefined)
        .map(toIssue);
}
async function createIssue(client, repo, issue) {
    const { data } = await client.octokit.rest.issues.create({ ...repo, ...issue, body: withinBodyLimit(issue.body) });
    return toIssue(data);
}
async function commentOnIssue(client, repo, number, body) {
    const { data } = await client.octokit.rest.issues.createComment({
        ...repo,
        issue_number: number,
        body: withinBodyLimit(body),
    });
    return data.html_url;
}
async function closeIssue(client, repo, number) {
    await client.octokit.rest.issues.update({
        ...repo,
        issue_number: number,
        state: 'closed',
        state_reason: 'completed',
    });
}
/** A body under GitHub's limit, cut with a note rather than refused. */
function withinBodyLimit(body, limit = BODY_LIMIT) {
    if (body.length <= limit)
        return body;
    const note = '\n\n_(cut to fit GitHub’s 65,536-character limit)_';
    return body.slice(0, limit - note.length) + note;
}

// EXTERNAL MODULE: ./shared/report/model.ts
var model = __webpack_require__(1124);
// EXTERNAL MODULE: ./shared/run/pipeline.ts + 1 modules
var pipeline = __webpack_require__(75326);
// EXTERNAL MODULE: ./shared/checks/registry.ts + 18 modules
var registry = __webpack_require__(4097);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/fs/read.ts
var read = __webpack_require__(3746);
;// CONCATENATED MODULE: ./shared/checks/monitor/history.ts
// The monitor's memory between runs: one small JSON file (restored and saved by actions/cache in a workflow),
// every run's result per check and environment for the last 7 days, bounded in size whatever happens.



const HISTORY_DAYS = 7;
const DAY_MS = 86_400_000;
/** One run every 5 minutes for 7 days is 2,016 per check; a few checks and environments stay far under this. */
const MAX_ENTRIES = 20_000;
const MAX_HISTORY_BYTES = 8 * 1024 * 1024;
/** Where the history lives when the options name no file. */
function historyPath(given, cwd, env) {
    if (given !== '')
        return (0,external_node_path_.resolve)(cwd, given);
    if (env.RUNNER_TEMP)
        return (0,external_node_path_.join)(env.RUNNER_TEMP, 'launch-ready-monitor', 'history.json');
    return (0,external_node_path_.resolve)(cwd, '.launch-ready', 'monitor-history.json');
}
/** The stored history; an unreadable or malformed file starts a new one (said in the log), never fails the run. */
async function loadHistory(path, log) {
    let text;
    try {
        text = await (0,read/* readTextFile */.Gu)(path, { maxBytes: MAX_HISTORY_BYTES, what: 'monitor history', optional: true });
    }
    catch (error) {
        log(`monitor: history not read (${error.message.split('\n')[0]}): starting a new one`);
        return { version: 1, entries: [] };
    }
    if (text === undefined)
        return { version: 1, entries: [] };
    try {
        const parsed = JSON.parse(text);
        if (parsed.version !== 1 || !Array.isArray(parsed.entries))
            throw new Error('not a monitor history');
        return { version: 1, entries: parsed.entries.filter(isEntry) };
    }
    catch (error) {
        log(`monitor: history ${path} is malformed (${error.message.split('\n')[0]}): starting a new one`);
        return { version: 1, entries: [] };
    }
}
function isEntry(value) {
    const e = value;
    return (typeof e === 'object' &&
        e !== null &&
        typeof e.at === 'string' &&
        Number.isFinite(Date.parse(e.at)) &&
        typeof e.check === 'string' &&
        typeof e.environment === 'string' &&
        typeof e.ok === 'boolean' &&
        typeof e.ms === 'number');
}
/** The history with the new entries, without anything older than 7 days, at most MAX_ENTRIES (the newest). */
function appendEntries(history, added, now) {
    const since = now - HISTORY_DAYS * DAY_MS;
    const entries = [...history.entries, ...added]
        .filter((e) => Date.parse(e.at) >= since)
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return { version: 1, entries: entries.slice(-MAX_ENTRIES) };
}
async function saveHistory(path, history) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    // Written beside and renamed: a run cancelled mid-write leaves the previous history whole.
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, `${JSON.stringify(history)}\n`);
    await (0,promises_.rename)(temporary, path);
}
/** The current run of failures of one check (newest last): how many in a row, and when the first of them ran. */
function failureStreak(entries, check, environment) {
    let count = 0;
    let since;
    const own = entries.filter((e) => e.check === check && e.environment === environment);
    for (let i = own.length - 1; i >= 0 && !own[i].ok; i--) {
        count++;
        since = own[i].at;
    }
    return { count, since };
}
/** Availability and p95 duration per check over the last 7 days, in total and per day (days with runs only). */
function statsOf(entries, environment, checks) {
    return checks.map((check) => {
        const own = entries.filter((e) => e.check === check && e.environment === environment);
        const byDay = new Map();
        for (const e of own) {
            const day = e.at.slice(0, 10);
            byDay.set(day, [...(byDay.get(day) ?? []), e]);
        }
        const days = [...byDay.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([day, list]) => ({ day, ...summarize(list) }));
        return { check, ...summarize(own), days };
    });
}
function summarize(list) {
    const runs = list.length;
    const failures = list.filter((e) => !e.ok).length;
    const availability = runs === 0 ? 0 : Math.round(((runs - failures) / runs) * 1000) / 10;
    return {
        runs,
        failures,
        availability,
        p95Ms: percentile(list.map((e) => e.ms), 0.95),
    };
}
/** Nearest-rank percentile; 0 for no values. */
function percentile(values, p) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]);
}

// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
// EXTERNAL MODULE: ./shared/checks/monitor/chart.ts
var chart = __webpack_require__(65959);
;// CONCATENATED MODULE: ./shared/checks/monitor/incident.ts
// The incident issue's words: title, body (with the hidden marker that finds it again), comments. Text from
// responses and checks is markdown-escaped; the caller scrubs secrets from all of it.



const INCIDENT_LABEL = 'launch-ready-incident';
function markerPrefix(check, environment) {
    return `<!-- launch-ready-incident check="${check}" environment="${environment}"`;
}
function marker(check, environment, since) {
    return `${markerPrefix(check, environment)} since="${since}" -->`;
}
/** The open incident of this check and environment, found by the marker the body starts with. */
function findIncident(open, check, environment) {
    const prefix = markerPrefix(check, environment);
    const issue = open.find((i) => i.body.startsWith(`${prefix} `));
    if (!issue)
        return undefined;
    const since = / since="([^"]+)"/.exec(issue.body.slice(0, 300))?.[1];
    return { issue, since: since && Number.isFinite(Date.parse(since)) ? since : undefined };
}
function runUrl(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
    return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}
function incidentTitle(run, environment) {
    return `Incident: ${run.check} failing in ${environment} (${run.kind})`.slice(0, 200);
}
function incident_history(stats, environment) {
    return (0,markdown/* renderTable */.bo)((0,chart/* availabilityTable */.q)(stats, environment));
}
function incidentBody(run, environment, stats, link) {
    return [
        marker(run.check, environment, run.since ?? run.at),
        `## 🛑 ${(0,report_escape/* escapeOneLine */.Q7)(run.check)} is failing in ${(0,report_escape/* escapeOneLine */.Q7)(environment)}`,
        '',
        `- **Since:** ${run.since ?? run.at} (${run.consecutiveFailures ?? 1} failed run(s) in a row)`,
        `- **Failure class:** ${(0,report_escape/* escapeOneLine */.Q7)(run.kind ?? 'unknown')}`,
        `- **What broke:** ${(0,report_escape/* escapeOneLine */.Q7)(run.what ?? '')}`,
        ...(run.hint ? [`- **What to check:** ${(0,report_escape/* escapeOneLine */.Q7)(run.hint)}`] : []),
        ...(link ? [`- **Run:** ${link}`] : []),
        '',
        ...incident_history(stats, environment),
        '',
        '_Opened by launch-ready monitor: it comments here on every failing run and closes this issue when the check passes again._',
    ].join('\n');
}
function stillFailingComment(run, link) {
    return [
        `Still failing: ${run.consecutiveFailures ?? 1} run(s) in a row since ${run.since ?? run.at}.`,
        '',
        `- **Failure class:** ${(0,report_escape/* escapeOneLine */.Q7)(run.kind ?? 'unknown')}`,
        `- **What broke:** ${(0,report_escape/* escapeOneLine */.Q7)(run.what ?? '')}`,
        ...(link ? [`- **Run:** ${link}`] : []),
    ].join('\n');
}
function recoveryComment(run, environment, since, downtimeMs, stats, link) {
    return [
        `✅ ${(0,report_escape/* escapeOneLine */.Q7)(run.check)} passes again in ${(0,report_escape/* escapeOneLine */.Q7)(environment)} (${run.at}). Down for ${duration(downtimeMs)}, since ${since}. Closing.`,
        ...(link ? ['', `Run: ${link}`] : []),
        '',
        ...incident_history(stats, environment),
    ].join('\n');
}
/** 3 h 5 min, 12 min, 40 s. */
function duration(ms) {
    // An incident whose start GitHub did not give (no created_at) has no length to state.
    if (!Number.isFinite(ms))
        return 'an unknown time';
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.round(seconds / 60);
    if (minutes < 60)
        return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    const days = Math.floor(hours / 24);
    if (days > 0)
        return `${days} d ${hours % 24} h`;
    return `${hours} h ${minutes % 60} min`;
}

// EXTERNAL MODULE: ./shared/http/probe.ts + 3 modules
var http_probe = __webpack_require__(8701);
;// CONCATENATED MODULE: ./shared/checks/monitor/webhook.ts
// One message to a Slack-compatible incoming webhook when an incident opens or closes: a JSON body with `text`,
// sent through the one HTTP probe (a deadline, no redirects, a small body kept), never retried (a retried POST
// could post twice). The URL is a secret: it is registered before the request and never printed.

async function postWebhook(url, text, redactor, timeoutMs) {
    redactor.add(url);
    const probe = (0,http_probe/* createProbe */.fr)({ timeoutMs, maxBodyBytes: 4096, isSecret: (value) => redactor.scrub(value) !== value });
    try {
        const result = await probe.request({
            url,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text }),
            followRedirects: false,
        });
        if (result.failure)
            return { ok: false, error: redactor.scrub(`${result.failure.message} (${result.failure.hint})`) };
        if (result.status === undefined || result.status < 200 || result.status > 299) {
            return { ok: false, error: `the webhook answered HTTP ${result.status ?? 'nothing'}` };
        }
        return { ok: true };
    }
    finally {
        await probe.close();
    }
}

;// CONCATENATED MODULE: ./shared/checks/monitor/run.ts
// monitor: run the named checks against the live site, remember the result, and keep one incident issue per
// check and environment in step with it — opened after N failures in a row, commented while it lasts, closed with
// the downtime when the check passes again. Any registered check works: it runs through the same pipeline.









const CHECK = 'monitor';
async function runMonitor(options, context, overrides = {}) {
    const now = overrides.now ?? Date.now;
    const definitions = options.checks.map((name) => {
        const definition = (0,registry/* findCheck */.S)(name);
        const usable = registry/* CHECKS */.u.filter((c) => !c.onlyWhenNamed && c.name !== CHECK).map((c) => c.name);
        if (!definition || definition.onlyWhenNamed || definition.name === CHECK) {
            throw new errors/* UsageError */.e(`monitor checks: '${name}' is not a check the monitor can run: expected one of ${usable.join(', ')}`);
        }
        return definition;
    });
    if (options.webhookUrl)
        context.redactor.add(options.webhookUrl);
    const config = context.config ?? { path: 'launch-ready.yml', sections: {} };
    const runs = [];
    for (const definition of definitions) {
        const params = definition.params.some((p) => p.name === 'base-url') ? { 'base-url': options.baseUrl } : {};
        const started = performance.now();
        const at = new Date(now()).toISOString();
        let run;
        try {
            const outcome = await (0,pipeline/* runCheck */.k_)(definition, config, params, options.alertOn, { ...context, config });
            run = judge(definition.name, outcome.report, options, at);
        }
        catch (error) {
            if (error instanceof errors/* UsageError */.e)
                throw new errors/* UsageError */.e(`monitor: ${definition.name}: ${error.message}`);
            const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
            run = { check: definition.name, at, ok: false, ms: 0, kind: 'error', what: message, hint: '', severity: 'high' };
        }
        run.ms = Math.round(performance.now() - started);
        context.log(`monitor: ${run.check} ${run.ok ? 'passed' : `failed (${run.kind}): ${run.what}`}`);
        runs.push(run);
    }
    const path = historyPath(options.historyFile, context.cwd, context.env);
    const before = await loadHistory(path, context.log);
    const added = runs.map((r) => ({
        at: r.at,
        check: r.check,
        environment: options.environment,
        ok: r.ok,
        ms: r.ms,
        ...(r.ok ? {} : { kind: r.kind }),
    }));
    const history = appendEntries(before, added, now());
    const findings = [];
    try {
        await saveHistory(path, history);
    }
    catch (error) {
        findings.push(note('monitor/history-not-saved', 'medium', 'The monitor history was not saved', `${path}: ${error.message.split('\n')[0]}`, 'Check that the folder of historyFile is writable.'));
    }
    const stats = statsOf(history.entries, options.environment, runs.map((r) => r.check));
    for (const run of runs) {
        const streak = failureStreak(history.entries, run.check, options.environment);
        run.consecutiveFailures = streak.count;
        run.since = streak.since;
        const previous = failureStreak(before.entries, run.check, options.environment);
        run.previousFailures = previous.count;
        run.previousSince = previous.since;
    }
    const details = {
        environment: options.environment,
        failuresBeforeAlert: options.failuresBeforeAlert,
        historyFile: path,
        incidents: 'on',
        runs,
        stats,
        webhook: { sent: 0, failed: 0 },
    };
    const github = connect(options, context);
    if ('off' in github) {
        details.incidents = `off: ${github.off}`;
        context.log(`monitor: incidents ${details.incidents}`);
    }
    else {
        try {
            await keepIncidents(github.client, github.repo, runs, options, context, details, now);
        }
        catch (error) {
            if (!(error instanceof github_client.GitHubApiError))
                throw error;
            findings.push(note('monitor/incident-not-recorded', 'high', 'The incident issue could not be updated', error.message, 'Give the workflow `permissions: issues: write` (and check the token).'));
        }
    }
    for (const run of runs) {
        const opened = 'off' in github
            ? !run.ok && run.consecutiveFailures === options.failuresBeforeAlert
            : run.incident?.action === 'opened';
        const closed = 'off' in github
            ? run.ok && (run.previousFailures ?? 0) >= options.failuresBeforeAlert
            : run.incident?.action === 'closed';
        if (options.webhookUrl && (opened || closed)) {
            const text = opened
                ? `:rotating_light: launch-ready: ${run.check} is failing in ${options.environment} since ${run.since} (${run.kind}): ${run.what}${run.incident?.url ? ` ${run.incident.url}` : ''}`
                : `:white_check_mark: launch-ready: ${run.check} recovered in ${options.environment}${run.incident?.url ? ` ${run.incident.url}` : ''}`;
            const sent = await postWebhook(options.webhookUrl, context.redactor.scrub(text), context.redactor, options.timeoutMs);
            if (sent.ok)
                details.webhook.sent++;
            else {
                details.webhook.failed++;
                findings.push(note('monitor/webhook-failed', 'medium', 'The webhook message was not delivered', sent.error ?? 'unknown', 'Check the webhook URL secret and that the service accepts JSON {"text": …}.'));
            }
        }
    }
    for (const run of runs.filter((r) => !r.ok)) {
        const incident = run.incident?.url ? ` Incident: ${run.incident.url}.` : '';
        findings.push({
            check: CHECK,
            ruleId: 'monitor/check-failing',
            severity: run.severity ?? 'high',
            title: `${run.check} is failing in ${options.environment}`,
            message: `${run.check} failed (${run.kind}) ${run.consecutiveFailures} time(s) in a row since ${run.since}: ${run.what}.${incident}`,
            ...(run.hint ? { remediation: run.hint } : {}),
            fingerprint: `monitor/check-failing:${run.check}:${options.environment}`,
        });
    }
    const failing = runs.filter((r) => !r.ok).map((r) => r.check);
    return {
        check: CHECK,
        ok: failing.length === 0,
        summary: failing.length === 0
            ? `${runs.length} check(s) passing in ${options.environment}`
            : `${failing.join(', ')} failing in ${options.environment}`,
        findings: (0,model/* sortFindings */.Tc)(findings),
        metrics: { checks: runs.length, failing: failing.length },
        details,
    };
}
function note(ruleId, severity, title, message, remediation) {
    return { check: CHECK, ruleId, severity, title, message, remediation, fingerprint: ruleId };
}
/** Passed or failed, and for a failure its class, what broke and what to check, from the check's own report. */
function judge(check, report, options, at) {
    const failing = (0,model/* sortFindings */.Tc)((0,model/* gateFailures */.XN)(report.findings, options.alertOn));
    if (failing.length === 0)
        return { check, at, ok: true, ms: 0 };
    const worst = failing[0];
    const steps = report.details
        ?.steps;
    const failure = steps?.find((s) => !s.ok && s.failure)?.failure;
    return {
        check,
        at,
        ok: false,
        ms: 0,
        kind: failure?.kind ?? worst.ruleId,
        what: `${worst.title}: ${worst.message}`,
        hint: failure?.hint ?? worst.remediation ?? '',
        severity: worst.severity,
    };
}
function connect(options, context) {
    const repo = (0,github_client/* repoFromEnv */.K)(context.env);
    if (!repo)
        return { off: 'GITHUB_REPOSITORY is not set (owner/repo)' };
    const token = (0,github_client/* tokenFrom */.ow)(context.env, context.githubToken);
    if (!token)
        return { off: 'no GitHub token (GITHUB_TOKEN or the github-token input, with issues: write)' };
    return { client: (0,github_client.checkGitHubClient)(token, context, { timeoutMs: options.timeoutMs }), repo };
}
async function keepIncidents(client, repo, runs, options, context, details, now) {
    // One read per run: every open incident, matched to its check and environment by the hidden marker.
    const open = await listOpenIssues(client, repo, INCIDENT_LABEL);
    const link = runUrl(context.env);
    const scrub = (text) => context.redactor.scrub(text);
    for (const run of runs) {
        const existing = findIncident(open, run.check, options.environment);
        if (!run.ok && existing) {
            const url = await commentOnIssue(client, repo, existing.issue.number, scrub(stillFailingComment(run, link)));
            run.incident = { action: 'commented', number: existing.issue.number, url: existing.issue.url, comment: url };
        }
        else if (!run.ok && (run.consecutiveFailures ?? 0) >= options.failuresBeforeAlert) {
            await ensureLabel(client, repo, {
                name: INCIDENT_LABEL,
                color: 'b60205',
                description: 'Opened and closed by launch-ready monitor',
            });
            const issue = await createIssue(client, repo, {
                title: scrub(incidentTitle(run, options.environment)),
                body: scrub(incidentBody(run, options.environment, details.stats, link)),
                labels: [INCIDENT_LABEL],
            });
            open.push(issue);
            run.incident = { action: 'opened', number: issue.number, url: issue.url };
        }
        else if (!run.ok) {
            run.incident = { action: 'waiting' };
        }
        else if (existing) {
            const downtimeMs = now() - Date.parse(existing.since ?? existing.issue.createdAt);
            await commentOnIssue(client, repo, existing.issue.number, scrub(recoveryComment(run, options.environment, existing.since ?? existing.issue.createdAt, downtimeMs, details.stats, link)));
            await closeIssue(client, repo, existing.issue.number);
            run.incident = { action: 'closed', number: existing.issue.number, url: existing.issue.url, downtimeMs };
        }
    }
}


/***/ }),

/***/ 16317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   K: () => (/* binding */ repoFromEnv),
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   checkGitHubClient: () => (/* binding */ checkGitHubClient),
/* harmony export */   ow: () => (/* binding */ tokenFrom)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, apiUrlFrom */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85129);
/* harmony import */ var _rate_limit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26078);
// The one GitHub client: @actions/github's octokit with what every caller needs done once — the token and
// GITHUB_API_URL, a deadline on every call, rate limits waited out within a bound, transient failures of reads
// retried, every call recorded (method and path, never a header), and errors mapped to kinds a caller can act on
// (a 403 from a read-only token is `forbidden`, with the permission to grant).



const DEFAULT_API_URL = 'https://api.github.com';
/** A failed call, with a one-line message that never quotes the token. */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    kind;
    method;
    path;
    status;
    constructor(message, kind, method, path, status) {
        super(message);
        this.kind = kind;
        this.method = method;
        this.path = path;
        this.status = status;
    }
}
const READ_METHODS = new Set(['GET', 'HEAD']);
/** owner/repo from GITHUB_REPOSITORY; undefined when it is not set or malformed. */
function repoFromEnv(env) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec((env.GITHUB_REPOSITORY ?? '').trim());
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
/** The token a check uses: the action's github-token input when given, else GITHUB_TOKEN, else GH_TOKEN. */
function tokenFrom(env, input) {
    for (const candidate of [input, env.GITHUB_TOKEN, env.GH_TOKEN]) {
        if (candidate !== undefined && candidate.trim() !== '')
            return candidate.trim();
    }
    return undefined;
}
function apiUrlFrom(env) {
    return (env.GITHUB_API_URL ?? '').trim().replace(/\/+$/, '') || DEFAULT_API_URL;
}
/** A check's client: the token masked in all the run writes before the first call, the API URL from the environment. */
function checkGitHubClient(token, context, options = {}) {
    context.redactor.add(token);
    return createGitHubClient({ ...options, token, apiUrl: apiUrlFrom(context.env), log: context.log });
}
function createGitHubClient(options) {
    const apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
    const timeoutMs = options.timeoutMs ?? 10_000;
    const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
    const waitBudget = options.rateLimitWaitMs ?? 60_000;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const log = options.log ?? (() => { });
    const calls = [];
    // @actions/github's own retry is off: this client decides what is retried (never a write that may have landed).
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, { baseUrl: apiUrl, request: { retries: 0 } });
    let waitedMs = 0;
    octokit.hook.wrap('request', async (request, endpoint) => {
        const parsed = octokit.request.endpoint.parse(endpoint);
        const method = parsed.method.toUpperCase();
        const path = pathOf(parsed.url, apiUrl);
        if (options.readOnly && !READ_METHODS.has(method)) {
            calls.push({ method, path });
            throw new GitHubApiError(`refused ${method} ${path}: this run only reads (dry run)`, 'read-only', method, path);
        }
        for (let attempt = 1;; attempt += 1) {
            const signal = AbortSignal.timeout(timeoutMs);
            const call = { method, path };
            calls.push(call);
            try {
                // before-after-hook binds the options object to the inner request: it must be changed in place.
                endpoint.request = { ...endpoint.request, signal };
                const response = await request(endpoint);
                call.status = response.status;
                return response;
            }
            catch (error) {
                const status = statusOf(error, signal);
                call.status = status;
                const mapped = toApiError(error, signal, method, path, timeoutMs);
                const last = attempt >= maxAttempts;
                if (status === 429 || status === 403) {
                    const wait = (0,_rate_limit_js__WEBPACK_IMPORTED_MODULE_2__/* .rateLimitWaitMs */ .J)(status, headersOf(error), messageOf(error));
                    if (wait === undefined)
                        throw mapped;
                    if (last || waitedMs + wait > waitBudget) {
                        throw new GitHubApiError(`GitHub's rate limit: ${method} ${path} was refused (HTTP ${status}) and asks for a ${Math.ceil(wait / 1000)} s wait, past the ${Math.round(waitBudget / 1000)} s this run may wait; run it again later`, 'rate-limited', method, path, status);
                    }
                    log(`GitHub rate limit on ${method} ${path}: waiting ${Math.ceil(wait / 1000)} s (attempt ${attempt})`);
                    waitedMs += wait;
                    await sleep(wait);
                    continue;
                }
                // A read that timed out or met a server hiccup is safe to repeat; a write might have landed, so it is not.
                const transient = mapped.kind === 'timeout' || mapped.kind === 'network' || mapped.kind === 'server';
                if (!transient || last || !READ_METHODS.has(method))
                    throw mapped;
                const pause = (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .jo)(attempt, 500, 4_000);
                log(`${mapped.message}; trying again in ${pause} ms (${attempt}/${maxAttempts - 1})`);
                await sleep(pause);
            }
        }
    });
    return { octokit, calls, apiUrl };
}
/** The path and query under the API root: what a report may show of a call. */
function pathOf(url, apiUrl) {
    const rest = url.startsWith(apiUrl) ? url.slice(apiUrl.length) : url;
    try {
        const parsed = new URL(rest, 'http://x');
        return `${parsed.pathname}${parsed.search}`;
    }
    catch {
        return rest;
    }
}
function statusOf(error, signal) {
    if (signal.aborted)
        return undefined;
    const status = error.status;
    const response = error.response;
    // octokit reports a failure to connect as status 500 with no response.
    return response === undefined ? undefined : status;
}
function headersOf(error) {
    return (error.response?.headers ?? {});
}
function messageOf(error) {
    const data = error.response?.data;
    if (data && typeof data === 'object' && 'message' in data)
        return String(data.message);
    return error instanceof Error ? error.message : String(error);
}
const HINTS = {
    unauthorized: 'the token is missing, expired or revoked',
    forbidden: 'the token lacks a permission this call needs (see the workflow’s `permissions:`)',
    'not-found': 'the repository, deployment or workflow does not exist, or the token cannot see it',
};
function toApiError(error, signal, method, path, timeoutMs) {
    if (signal.aborted) {
        return new GitHubApiError(`${method} ${path}: no answer within ${timeoutMs} ms`, 'timeout', method, path);
    }
    const status = statusOf(error, signal);
    if (status === undefined) {
        const cause = error.cause;
        const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
        return new GitHubApiError(`${method} ${path}: could not reach the GitHub API (${why})`, 'network', method, path);
    }
    const kind = status === 401
        ? 'unauthorized'
        : status === 403
            ? 'forbidden'
            : status === 404
                ? 'not-found'
                : status === 409
                    ? 'conflict'
                    : status === 422 || status === 400
                        ? 'invalid'
                        : status >= 500
                            ? 'server'
                            : 'invalid';
    // GitHub's message ("Resource not accessible by integration") is short and never echoes the token.
    const said = messageOf(error).split('\n')[0].slice(0, 200);
    const hint = HINTS[kind];
    return new GitHubApiError(`${method} ${path}: HTTP ${status} ${said}${hint ? ` (${hint})` : ''}`, kind, method, path, status);
}
/**
 * Every item of a list endpoint, newest pages first as GitHub returns them, up to `maxItems` (bounded: a run never
 * walks an unbounded history).
 */
async function listAll(client, route, params, maxItems) {
    const items = [];
    const perPage = Math.min(100, Math.max(1, maxItems));
    for await (const page of client.octokit.paginate.iterator(route, { ...params, per_page: perPage })) {
        const data = page.data;
        if (!Array.isArray(data))
            break;
        for (const item of data) {
            items.push(item);
            if (items.length >= maxItems)
                return items;
        }
    }
    return items;
}


/***/ }),

/***/ 26078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ rateLimitWaitMs)
/* harmony export */ });
/* unused harmony export SECONDARY_LIMIT_WAIT_MS */
// How long GitHub asks us to wait before the next call, from the answer that refused this one.
// GitHub's rules (docs: "Rate limits for the REST API"): honour `retry-after`; when `x-ratelimit-remaining` is 0,
// wait until `x-ratelimit-reset` (epoch seconds); a secondary limit with neither header means "wait a minute".
/** When GitHub says nothing about how long, it asks for at least one minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
function header(headers, name) {
    const value = headers[name] ?? headers[name.toLowerCase()];
    return value === undefined ? undefined : String(value).trim();
}
/**
 * Milliseconds to wait before trying again, or undefined when the answer is no rate limit (a 403 without rate-limit
 * headers or wording is a permission problem, and waiting would not help).
 */
function rateLimitWaitMs(status, headers, message, now = Date.now()) {
    if (status !== 429 && status !== 403)
        return undefined;
    const retryAfter = header(headers, 'retry-after');
    if (retryAfter !== undefined && retryAfter !== '') {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds))
            return Math.max(0, seconds * 1000);
        const date = Date.parse(retryAfter);
        if (Number.isFinite(date))
            return Math.max(0, date - now);
    }
    if (header(headers, 'x-ratelimit-remaining') === '0') {
        const reset = Number(header(headers, 'x-ratelimit-reset'));
        if (Number.isFinite(reset) && reset > 0)
            return Math.max(0, reset * 1000 - now) + 1_000;
        return SECONDARY_LIMIT_WAIT_MS;
    }
    if (status === 429 || /rate limit/i.test(message))
        return SECONDARY_LIMIT_WAIT_MS;
    return undefined;
}


/***/ }),

/***/ 85129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   ky: () => (/* binding */ isIdempotent)
/* harmony export */ });
const RETRYABLE_STATUSES = new Set([502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
function isIdempotent(method) {
    return IDEMPOTENT.has(method.toUpperCase());
}
/**
 * Connection trouble and a gateway/unavailable answer are often a deploy in progress; the rest is not. A
 * response that is not HTTP, has oversized headers or a body too large is the server's doing (kind http):
 * asking again gets the same answer, so only the status itself (HTTP_502/503/504) is retried.
 */
function isTransient(failure, status) {
    if (failure === undefined)
        return false;
    if (failure.kind === 'connect')
        return true;
    if (failure.kind === 'dns')
        return failure.code === 'EAI_AGAIN';
    return (failure.kind === 'http' &&
        status !== undefined &&
        RETRYABLE_STATUSES.has(status) &&
        failure.code === `HTTP_${status}`);
}
/** 250, 500, 1000, 2000, 2000… ms for attempts 1, 2, 3… */
function backoffMs(attempt, baseMs = 250, maxMs = 2_000) {
    return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}


/***/ })

};
