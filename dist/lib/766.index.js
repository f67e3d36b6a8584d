export const id = 766;
export const ids = [766,317];
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

/***/ 22205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReportCommand: () => (/* binding */ runReportCommand)
/* harmony export */ });
/* unused harmony export reportHelp */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32635);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16317);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46682);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(35500);
/* harmony import */ var _report_workflow_commands_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98327);
/* harmony import */ var _run_event_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81976);
/* harmony import */ var _run_merged_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73080);
/* harmony import */ var _run_pipeline_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75326);
/* harmony import */ var _run_report_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(64054);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(10638);
// `launch-ready report`: merge JSON reports (earlier steps, a matrix's downloaded artifacts) into one output,
// one SARIF file, one gate and exit code; in GitHub Actions also the job summary and the sticky PR comment.













const FLAGS = {
    reports: {
        type: 'string',
        multiple: true,
        description: 'a JSON report or a folder of them (repeatable; default: $RUNNER_TEMP/launch-ready)',
    },
    format: { type: 'string', description: `output format: ${_output_js__WEBPACK_IMPORTED_MODULE_10__/* .FORMATS */ .h.join(', ')} (default: text)` },
    output: { type: 'string', description: 'write the output to this file instead of stdout' },
    'fail-on': { type: 'string', description: `exit 1 at or above: ${_run_pipeline_js__WEBPACK_IMPORTED_MODULE_8__/* .FAIL_ON_VALUES */ .Qm.join(', ')} (default: high)` },
    'sarif-file': { type: 'string', description: 'also write SARIF 2.1.0, one run per check, to this file' },
    comment: {
        type: 'string',
        description: `sticky pull request comment: ${_run_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMENT_MODES */ .p8.join(', ')} (default: auto, on pull_request events with GITHUB_TOKEN)`,
    },
    cwd: { type: 'string', description: 'folder relative paths start from (default: the current folder)' },
    help: { type: 'boolean', description: 'show this help' },
};
function reportHelp() {
    const width = Math.max(...Object.keys(FLAGS).map((name) => name.length + 2));
    const lines = Object.entries(FLAGS).map(([name, spec]) => `  ${`--${name}`.padEnd(width)}  ${spec.description}`);
    return `launch-ready report: merge JSON reports into one summary, SARIF file, pull request comment and gate

Usage: launch-ready report [--reports DIR|FILE]… [DIR|FILE…] [options]

Options:
${lines.join('\n')}

Reports are the files --format json writes and every action leaves in $RUNNER_TEMP/launch-ready. Reports of
another launch-ready version are refused. In GitHub Actions the merged summary goes to $GITHUB_STEP_SUMMARY.
`;
}
async function runReportCommand(argv, io) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .UsageError */ .e(`${error.message.split('\n')[0]} (see: launch-ready report --help)`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(reportHelp());
        return 0;
    }
    const format = (values.format ?? 'text');
    if (!_output_js__WEBPACK_IMPORTED_MODULE_10__/* .FORMATS */ .h.includes(format)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .UsageError */ .e(`--format expects one of ${_output_js__WEBPACK_IMPORTED_MODULE_10__/* .FORMATS */ .h.join(', ')}, got '${values.format}'`);
    }
    const failOn = (0,_run_pipeline_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFailOn */ .XV)(values['fail-on'], '--fail-on');
    const comment = (0,_run_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommentMode */ .Ox)(values.comment, '--comment');
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.cwd ?? '.');
    (0,_run_pipeline_js__WEBPACK_IMPORTED_MODULE_8__/* .assertFolder */ .Zp)(cwd, values.cwd ?? '.', '--cwd');
    const sources = [...(values.reports ?? []), ...positionals];
    if (sources.length === 0) {
        if (!io.env.RUNNER_TEMP)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .UsageError */ .e('name the reports to merge: launch-ready report --reports DIR|FILE');
        sources.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(io.env.RUNNER_TEMP, 'launch-ready'));
    }
    const loaded = await (0,_run_report_files_js__WEBPACK_IMPORTED_MODULE_9__/* .loadReports */ .yc)(sources, cwd);
    const merged = (0,_run_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .mergeReports */ .C1)(loaded.map((l) => l.report), failOn);
    const redactor = new _report_redact_js__WEBPACK_IMPORTED_MODULE_12__/* .Redactor */ .pO();
    const guard = (0,_report_workflow_commands_js__WEBPACK_IMPORTED_MODULE_5__/* .inActionsLog */ .V)(io.env) ? _report_workflow_commands_js__WEBPACK_IMPORTED_MODULE_5__/* .withoutCommands */ .D : (text) => text;
    const outcomes = merged.sections.map((s) => ({ ...s, tables: s.tables ?? [] }));
    const config = { path: 'launch-ready.yml', sections: {} };
    const sarif = (0,_run_pipeline_js__WEBPACK_IMPORTED_MODULE_8__/* .sarifPaths */ .iZ)(cwd, config, io.env);
    const color = io.isTty && format === 'text' && values.output === undefined && !io.env.NO_COLOR;
    const text = format === 'markdown' ? (0,_run_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .mergedMarkdown */ .wd)(merged) : (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .render */ .X)(outcomes, format, color, sarif);
    if (values.output)
        await writeTo((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.output), '--output', values.output, text, false);
    else
        io.stdout(format === 'text' ? guard(text) : text);
    if (values['sarif-file']) {
        await writeTo((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values['sarif-file']), '--sarif-file', values['sarif-file'], (0,_run_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .mergedSarif */ .su)(merged, sarif), false);
    }
    if (io.env.GITHUB_STEP_SUMMARY) {
        await writeTo(io.env.GITHUB_STEP_SUMMARY, 'GITHUB_STEP_SUMMARY', io.env.GITHUB_STEP_SUMMARY, `${(0,_run_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .mergedMarkdown */ .wd)(merged)}\n`, true);
    }
    await (0,_run_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .publishComment */ .It)(merged, {
        mode: comment,
        env: io.env,
        event: (0,_run_event_js__WEBPACK_IMPORTED_MODULE_6__/* .readEvent */ .j)(io.env),
        token: (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenFrom */ .ow)(io.env),
        redactor,
        info: (line) => io.stderr(guard(`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .plainText */ .wh)(redactor.scrub(line))}\n`)),
        warn: (line) => io.stderr(guard(`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .plainText */ .wh)(redactor.scrub(line))}\n`)),
    });
    return merged.overall.verdict.passed ? 0 : 1;
}
async function writeTo(path, flag, shown, text, append) {
    try {
        await (append ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(path, text) : (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .UsageError */ .e(`${flag}: cannot write ${shown} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .errorCode */ .C)(error)}): does its folder exist?`);
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


/***/ }),

/***/ 81976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ readEvent)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// The GitHub event a step runs for: GITHUB_EVENT_NAME and the payload the runner wrote to GITHUB_EVENT_PATH.

/** Undefined outside GitHub Actions; an unreadable payload reads as empty (the event name still counts). */
function readEvent(env) {
    const name = env.GITHUB_EVENT_NAME;
    if (!name)
        return undefined;
    const path = env.GITHUB_EVENT_PATH;
    try {
        const payload = path ? JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8')) : {};
        return {
            name,
            payload: payload !== null && typeof payload === 'object' ? payload : {},
        };
    }
    catch {
        return { name, payload: {} };
    }
}


/***/ }),

/***/ 73080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p8: () => (/* binding */ COMMENT_MODES),
  C1: () => (/* binding */ mergeReports),
  wd: () => (/* binding */ mergedMarkdown),
  su: () => (/* binding */ mergedSarif),
  Ox: () => (/* binding */ parseCommentMode),
  It: () => (/* binding */ publishComment)
});

// UNUSED EXPORTS: runUrlOf

// EXTERNAL MODULE: ./shared/checks/registry.ts + 18 modules
var registry = __webpack_require__(4097);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
// EXTERNAL MODULE: ./shared/report/model.ts
var model = __webpack_require__(1124);
;// CONCATENATED MODULE: ./shared/report/merge.ts

/** One report per check, in the order the checks first appear. */
function combineReports(reports) {
    const byCheck = new Map();
    for (const report of reports) {
        const group = byCheck.get(report.check);
        if (group)
            group.push(report);
        else
            byCheck.set(report.check, [report]);
    }
    return [...byCheck.values()].map((group) => (group.length === 1 ? group[0] : combine(group)));
}
function combine(group) {
    const seen = new Set();
    const findings = [];
    for (const finding of group.flatMap((r) => r.findings)) {
        const key = JSON.stringify([finding.ruleId, finding.fingerprint, finding.location ?? null]);
        if (seen.has(key))
            continue;
        seen.add(key);
        findings.push(finding);
    }
    const summaries = [...new Set(group.map((r) => r.summary))];
    // Details are check-specific (steps, scanned commits): parts of one run cannot be added up blindly.
    return {
        check: group[0].check,
        ok: group.every((r) => r.ok),
        summary: `${group.length} reports: ${summaries.join('; ')}`,
        findings,
    };
}
/** The gate over one report. */
function verdictOf(report, failOn) {
    const failing = (0,model/* gateFailures */.XN)(report.findings, failOn).length;
    return { passed: failing === 0, failOn, failing };
}
/** Every finding of every report under one name: what the merged headline counts. */
function overallReport(reports) {
    return {
        check: 'launch-ready',
        ok: reports.every((r) => r.ok),
        summary: `${reports.length} ${reports.length === 1 ? 'check' : 'checks'}: ${reports.map((r) => r.check).join(', ')}`,
        findings: reports.flatMap((r) => r.findings),
    };
}

// EXTERNAL MODULE: ./shared/report/describe.ts
var describe = __webpack_require__(40432);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
;// CONCATENATED MODULE: ./shared/report/pr-comment.ts
// The sticky pull request comment: what a reviewer reads first. A headline per check, the blockers and highs
// with their locations, a link to the run, every report folded below. Text from reports (titles, file names,
// summaries) is untrusted: a pull request names its own files, so all of it is escaped.




/** GitHub refuses a comment body over 65,536 characters; the margin covers the cut note. */
const COMMENT_LIMIT = 65_536;
const MARGIN = 1_000;
/** Blockers and highs listed by name in the comment (the rest are in the folded details). */
const LISTED = 50;
/** The hidden line that finds this workflow's comment on the pull request. */
function commentMarker(workflow) {
    // Only characters that cannot end an HTML comment or make another marker match.
    const name = workflow
        .replace(/[^\w ./-]/g, '_')
        .replace(/-{2,}/g, '-')
        .trim() || 'launch-ready';
    return `<!-- launch-ready:${name} -->`;
}
const STATE = /<!-- launch-ready-state: (failed|fixed|passed) -->/;
/** The state an earlier run left in its comment, if any. */
function stateOf(body) {
    return STATE.exec(body ?? '')?.[1] ?? undefined;
}
function nextState(passed, previous) {
    if (!passed)
        return 'failed';
    return previous === 'failed' || previous === 'fixed' ? 'fixed' : 'passed';
}
function renderComment(input) {
    const limit = (input.limit ?? COMMENT_LIMIT) - MARGIN;
    const { overall, sections } = input;
    const state = nextState(overall.verdict.passed, input.previous);
    const head = [
        input.marker,
        `<!-- launch-ready-state: ${state} -->`,
        `## ${overall.verdict.passed ? '✅' : '❌'} ${(0,report_escape/* escapeOneLine */.Q7)((0,describe/* headline */.Pl)(overall.report, overall.verdict))}`,
        '',
    ];
    if (state === 'fixed') {
        head.push('✅ **Everything passes now.** An earlier run on this pull request failed; this comment follows the latest run.', '');
    }
    head.push('| Check | Result |', '|---|---|');
    for (const { report, verdict } of sections) {
        head.push(`| ${verdict.passed ? '✅' : '❌'} ${(0,report_escape/* tableCell */.xR)(report.check)} | ${(0,report_escape/* tableCell */.xR)((0,describe/* headline */.Pl)(report, verdict))} |`);
    }
    head.push('');
    const serious = (0,model/* sortFindings */.Tc)(sections.flatMap((s) => s.report.findings)).filter((f) => f.severity === 'blocker' || f.severity === 'high');
    const body = [];
    if (serious.length > 0) {
        body.push('### Blockers and high', '');
        for (const f of serious.slice(0, LISTED)) {
            const where = (0,describe/* describeLocation */.lR)(f);
            body.push(`- ${f.severity === 'blocker' ? '🛑' : '🔴'} **${f.severity}** ${(0,report_escape/* escapeOneLine */.Q7)(f.title)}${where ? ` — ${codeSpan(where)}` : ''} (${codeSpan(f.ruleId)}, ${(0,report_escape/* escapeOneLine */.Q7)(f.check)})`);
        }
        if (serious.length > LISTED)
            body.push(`- … and ${serious.length - LISTED} more: see the details below.`);
        body.push('');
    }
    const runLink = input.runUrl ? `[the workflow run](${input.runUrl})` : 'the workflow run';
    const detailShare = Math.floor(limit / 2 / Math.max(1, sections.length));
    for (const { report, verdict, tables } of sections) {
        body.push(`<details><summary>${verdict.passed ? '✅' : '❌'} ${(0,report_escape/* escapeHtml */.ZD)(report.check.replace(/[\r\n]+/g, ' '))}: details</summary>`, '', ...(0,markdown/* renderMarkdown */.Gc)(report, { verdict, tables, limitBytes: detailShare, cutNote: (n) => cutNote(runLink, n) })
            .replace(/^## /, '#### ')
            .split('\n'), '', '</details>', '');
    }
    const foot = [
        `<sub>Full reports: the job summary of ${runLink}. launch-ready ${(0,report_escape/* escapeOneLine */.Q7)(input.version)}.</sub>`,
    ];
    return fitComment(head, body, foot, limit, runLink);
}
function cutNote(runLink, lines) {
    const what = lines === undefined ? 'Cut' : `… ${lines} more lines cut`;
    return `_${what} to stay under GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit: the job summary of ${runLink} has every finding._`;
}
/** Whole lines cut from the end of `body` (never the head or the foot) until it fits, with a note saying so. */
function fitComment(head, body, foot, limit, runLink) {
    const all = [...head, ...body, ...foot].join('\n');
    if (all.length <= limit)
        return all;
    const kept = [];
    let size = [...head, ...foot].join('\n').length + 300;
    // A cut inside <details> would leave it open and swallow the rest: cut at a section boundary.
    for (const line of body) {
        if (size + line.length + 1 > limit)
            break;
        kept.push(line);
        size += line.length + 1;
    }
    const open = kept.filter((l) => l.startsWith('<details>')).length - kept.filter((l) => l === '</details>').length;
    for (let i = 0; i < open; i++)
        kept.push('', '</details>');
    return [...head, ...kept, '', cutNote(runLink), '', ...foot].join('\n');
}
/** Text shown as code outside a table: inside a code span escapes are literal, so only what would end it changes. */
function codeSpan(text) {
    return `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
}

// EXTERNAL MODULE: ./shared/report/sarif.ts
var sarif = __webpack_require__(30160);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
;// CONCATENATED MODULE: ./shared/run/merged.ts







function mergeReports(reports, failOn, tables = tablesOf) {
    const sections = combineReports(reports).map((report) => ({ report, verdict: verdictOf(report, failOn), tables: tables(report) }));
    const all = overallReport(sections.map((s) => s.report));
    return { overall: { report: all, verdict: verdictOf(all, failOn) }, sections };
}
/** The check's own tables (smoke-test steps…), rebuilt from the report's details; none if they do not fit. */
function tablesOf(report) {
    try {
        return (0,registry/* findCheck */.S)(report.check)?.present?.(report) ?? [];
    }
    catch {
        // Details from a file are not guaranteed to have the shape the check wrote: the findings still show.
        return [];
    }
}
function mergedMarkdown(merged) {
    return (0,markdown/* renderMergedMarkdown */.Az)(merged.overall, merged.sections);
}
function mergedSarif(merged, options) {
    return (0,sarif/* renderSarif */.WH)(merged.sections.map((s) => s.report), version/* VERSION */.x, options);
}
const COMMENT_MODES = ['auto', 'always', 'never'];
function parseCommentMode(value, label) {
    const v = (value ?? '').trim().toLowerCase() || 'auto';
    if (COMMENT_MODES.includes(v))
        return v;
    throw new errors/* UsageError */.e(`${label} expects one of ${COMMENT_MODES.join(', ')}, got '${value}'`);
}
/**
 * Writes or edits the sticky comment when the mode and the event call for one. Never throws for GitHub's sake:
 * a fork's read-only token, a 403 or any other refusal is one warning, and the job summary still has it all.
 * Returns the comment's URL when one was written.
 */
async function publishComment(merged, run) {
    if (run.mode === 'never')
        return undefined;
    const { pullRequestOf, upsertStickyComment } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 69952));
    const place = pullRequestOf(run.env, run.event);
    const skip = (why, warn) => {
        const line = `launch-ready: no pull request comment: ${why}; the job summary has the report.`;
        if (warn)
            run.warn(line);
        else
            run.info(line);
        return undefined;
    };
    if ('skip' in place) {
        // auto on a push or a schedule: nothing to comment on, and nothing worth a log line.
        if (run.mode === 'auto' && place.fork !== true)
            return undefined;
        return skip(place.skip, true);
    }
    const token = run.token?.trim();
    if (!token)
        return skip('no token (give the github-token input or GITHUB_TOKEN)', true);
    const { checkGitHubClient, GitHubApiError } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(317)]).then(__webpack_require__.bind(__webpack_require__, 16317));
    const client = checkGitHubClient(token, { env: run.env, redactor: run.redactor, log: run.info });
    const marker = commentMarker(run.env.GITHUB_WORKFLOW ?? 'launch-ready');
    const runUrl = runUrlOf(run.env);
    try {
        const result = await upsertStickyComment(client, place.target, marker, (previousBody) => run.redactor.scrub(renderComment({
            marker,
            overall: merged.overall,
            sections: merged.sections,
            runUrl,
            previous: stateOf(previousBody),
            version: version/* VERSION */.x,
        })));
        run.info(`launch-ready: pull request comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
        return result.url;
    }
    catch (error) {
        if (!(error instanceof GitHubApiError))
            throw error;
        const why = error.kind === 'forbidden'
            ? `the token may not write it (${error.message}); give the job \`permissions: pull-requests: write\``
            : error.message;
        return skip(run.redactor.scrub(why), true);
    }
}
/** GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID, when all three are known. */
function runUrlOf(env) {
    const server = (env.GITHUB_SERVER_URL ?? '').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID ?? '';
    if (!/^https?:\/\/[^\s)]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^\d+$/.test(runId)) {
        return undefined;
    }
    return `${server}/${repository}/actions/runs/${runId}`;
}


/***/ }),

/***/ 64054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yc: () => (/* binding */ loadReports)
/* harmony export */ });
/* unused harmony exports MAX_REPORT_BYTES, MAX_REPORT_FILES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32635);
/* harmony import */ var _fs_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3746);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37355);
// The JSON reports `launch-ready report` merges: files named one by one, or every *.json under a folder (the
// RUNNER_TEMP/launch-ready folder every action writes to, or what actions/download-artifact unpacked from a
// matrix). A downloaded artifact is untrusted input: each file is read with the size cap and checks of
// shared/fs/read.ts, and anything that is not a report of this version stops the merge naming the file.





/** A secret-scan of a large history with every finding is a few MiB; 64 MiB is far above any real report. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** Files taken from folders: a matrix has at most 256 jobs, each with a handful of reports. */
const MAX_REPORT_FILES = 2_000;
/** Every report in `sources` (files or folders, relative to `cwd`), in a stable order. */
async function loadReports(sources, cwd) {
    const files = [];
    for (const source of sources) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, source);
        let isFolder;
        try {
            isFolder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
        }
        catch (error) {
            const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .C)(error);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(code === 'ENOENT' ? `reports: ${source} does not exist` : `reports: cannot open ${source} (${code})`);
        }
        if (isFolder)
            files.push(...jsonFilesUnder(path, source));
        else
            files.push({ path, shown: source });
        if (files.length > MAX_REPORT_FILES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`reports: more than ${MAX_REPORT_FILES} report files; name fewer folders or files`);
        }
    }
    if (files.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`reports: no JSON report in ${sources.join(', ')}: run a launch-ready check or action first, or name the reports`);
    }
    const loaded = [];
    for (const { path, shown } of files) {
        const text = await (0,_fs_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(path, { maxBytes: MAX_REPORT_BYTES, what: 'report', display: shown });
        for (const parsed of (0,_report_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonReports */ .x)(text, shown))
            loaded.push({ ...parsed, file: shown });
    }
    return loaded;
}
/** *.json files under a folder and its subfolders (not followed through symbolic links), sorted. */
function jsonFilesUnder(folder, shownFolder) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true, recursive: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`reports: cannot list ${shownFolder} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .C)(error)})`);
    }
    return entries
        .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.json'))
        .map((entry) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry.parentPath, entry.name);
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        return { path, shown: `${shownFolder.replace(/\/+$/, '')}/${inside}` };
    })
        .sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
}


/***/ })

};
