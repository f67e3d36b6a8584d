export const id = 365;
export const ids = [365,116,317];
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

/***/ 27643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ claimRollback),
/* harmony export */   Q0: () => (/* binding */ alreadyRolledBack)
/* harmony export */ });
/* unused harmony export STALE_CLAIM_MS */
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49596);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69532);


/** How many deployments below the current one are read for a rollback that already brought its SHA back. */
const RECENT_MARKS = 5;
/** A claim this old with no rollback after it was left by a run that died; only --force takes over from it. */
const STALE_CLAIM_MS = 30 * 60_000;
/** Why the bad deployment needs no rollback from this run, or undefined when it does. */
async function alreadyRolledBack(history, current, force, now) {
    const rollback = history.rollbackDeploymentOf(current.id);
    if (rollback)
        return `deployment ${rollback.id} already rolls back deployment ${current.id} (to ${(0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(rollback.sha)})`;
    const payload = (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .rollbackPayloadOf */ .iu)(current);
    if (payload && !(await history.isBad(current.id))) {
        return `the current deployment ${current.id} is itself the rollback of deployment ${payload.rollbackOf} (to ${(0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(current.sha)})`;
    }
    const statuses = await history.statuses(current.id);
    const mark = statuses.find(_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .isRolledBackMark */ .pY);
    if (mark)
        return `deployment ${current.id} was already rolled back: "${mark.description}"`;
    // A claim by a run that died would block every later run: a person's --force takes over from a stale one, never
    // from one that may still be at work (a person pressing the button during an automatic rollback).
    const live = statuses.find((s) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .claimRun */ .S6)(s) !== undefined && !(force && now - Date.parse(s.createdAt) > STALE_CLAIM_MS));
    if (live) {
        const stale = now - Date.parse(live.createdAt) > STALE_CLAIM_MS ? ' (if that run died, run again with --force)' : '';
        return `run ${(0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .claimRun */ .S6)(live)} already claimed the rollback of deployment ${current.id} at ${live.createdAt}${stale}`;
    }
    // The current deployment runs the SHA an earlier deployment was rolled back to: that rollback's own deploy
    // (whatever recorded it: our deployment, or a job with `environment:` that deployed it).
    for (const older of history.deployments.slice(1, 1 + RECENT_MARKS)) {
        const to = (await history.statuses(older.id)).map(_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .rolledBackTo */ .rt).find((sha) => sha !== undefined);
        if (to && current.sha.startsWith(to) && !(await history.isBad(current.id))) {
            return `the current deployment ${current.id} runs ${(0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(current.sha)}, what deployment ${older.id} was rolled back to`;
        }
    }
    return undefined;
}
async function claimRollback(client, repo, history, current, target, runId) {
    // Claims already there when this run looked (only stale ones, taken over with --force) are not competitors.
    const before = new Set((await history.statuses(current.id)).filter((s) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .claimRun */ .S6)(s)).map((s) => s.id));
    await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .createStatus */ .JB)(client, repo, current.id, 'in_progress', (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .claimDescription */ .jq)(runId, target.sha));
    history.forget(current.id);
    const claims = (await history.statuses(current.id))
        .filter((s) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .claimRun */ .S6)(s) !== undefined && !before.has(s.id))
        .sort((a, b) => a.id - b.id);
    const winner = claims[0] ? (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .claimRun */ .S6)(claims[0]) : runId;
    return { won: winner === runId, winner };
}


/***/ }),

/***/ 15285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ startingDetails)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Shape of rollback's report details (JSON `details`), read by present() and outputs().

/** Details before anything was looked at: what every provider's run starts from. */
function startingDetails(options, env, provider, strategy) {
    return {
        provider,
        environment: options.environment,
        strategy,
        dryRun: options.dryRun,
        current: null,
        target: null,
        alreadyRolledBack: false,
        rolledBack: false,
        reason: options.reason.trim(),
        forced: options.force,
        // Unique per attempt and per process: two runs of one workflow attempt still tell their claims apart.
        runId: `${env.GITHUB_RUN_ID ?? 'local'}.${env.GITHUB_RUN_ATTEMPT ?? '1'}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`,
        loopGuard: { rollbacksInWindow: 0, max: options.maxRollbacks, window: options.window },
        plan: [],
        calls: [],
        verification: { status: 'skipped', message: 'not reached' },
        elapsedMs: 0,
    };
}


/***/ }),

/***/ 31231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ History)
/* harmony export */ });
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69532);

const BAD_STATES = new Set(['failure', 'error']);
class History {
    deployments;
    #load;
    #statuses = new Map();
    /** `deployments` newest first. */
    constructor(deployments, load) {
        this.deployments = deployments;
        this.#load = load;
    }
    get current() {
        return this.deployments[0];
    }
    /** Newest first. */
    statuses(deploymentId) {
        let pending = this.#statuses.get(deploymentId);
        if (!pending) {
            pending = this.#load(deploymentId);
            this.#statuses.set(deploymentId, pending);
        }
        return pending;
    }
    /** Forgets what was read of a deployment's statuses (after writing one). */
    forget(deploymentId) {
        this.#statuses.delete(deploymentId);
    }
    async latestState(deploymentId) {
        return (await this.statuses(deploymentId))[0]?.state;
    }
    async isBad(deploymentId) {
        return BAD_STATES.has((await this.latestState(deploymentId)) ?? '');
    }
    /** A rollback deployment made for this one, if any. */
    rollbackDeploymentOf(deploymentId) {
        return this.deployments.find((d) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .rollbackPayloadOf */ .iu)(d)?.rollbackOf === deploymentId);
    }
    /** Rolled back from: marked so, claimed by a run, or a rollback deployment names it. */
    async wasRolledBackFrom(deployment) {
        if (this.rollbackDeploymentOf(deployment.id))
            return true;
        const statuses = await this.statuses(deployment.id);
        return statuses.some((s) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .isRolledBackMark */ .pY)(s) || (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .claimRun */ .S6)(s) !== undefined);
    }
    /**
     * Good to return to: it reached success, nothing failed after (an `inactive` after success is GitHub retiring it
     * when a newer deployment succeeded), and no rollback left it.
     */
    async isGood(deployment) {
        const statuses = await this.statuses(deployment.id);
        const latest = statuses[0]?.state;
        const fine = latest === 'success' || (latest === 'inactive' && statuses.some((s) => s.state === 'success'));
        return fine && !(await this.wasRolledBackFrom(deployment));
    }
    /** Deployments rolled back from within the last `windowMs` (by the time of the rollback). */
    async rollbacksSince(sinceMs, scanLimit) {
        const rolledBack = new Set();
        for (const deployment of this.deployments) {
            const payload = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .rollbackPayloadOf */ .iu)(deployment);
            if (payload && Date.parse(deployment.createdAt) >= sinceMs)
                rolledBack.add(payload.rollbackOf);
        }
        // A dispatch rollback leaves no deployment, only the mark: read the marks of recent deployments, down to the
        // first one older than the window (it may have been rolled back inside it).
        for (const deployment of this.deployments.slice(0, scanLimit)) {
            const statuses = await this.statuses(deployment.id);
            if (statuses.some((s) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .isRolledBackMark */ .pY)(s) && Date.parse(s.createdAt) >= sinceMs))
                rolledBack.add(deployment.id);
            if (Date.parse(deployment.createdAt) < sinceMs)
                break;
        }
        return rolledBack.size;
    }
}


/***/ }),

/***/ 69532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ rolledBackDescription),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   S6: () => (/* binding */ claimRun),
/* harmony export */   ZI: () => (/* binding */ PAYLOAD_KEY),
/* harmony export */   iu: () => (/* binding */ rollbackPayloadOf),
/* harmony export */   jq: () => (/* binding */ claimDescription),
/* harmony export */   pY: () => (/* binding */ isRolledBackMark),
/* harmony export */   rt: () => (/* binding */ rolledBackTo)
/* harmony export */ });
const CLAIM = 'launch-ready rollback claim ';
const ROLLED_BACK = 'launch-ready rolled back';
const PAYLOAD_KEY = 'launch-ready';
const shortSha = (sha) => sha.slice(0, 7);
/** The in_progress status a run posts on the bad deployment before it acts. */
function claimDescription(runId, toSha) {
    return `${CLAIM}${runId}: to ${shortSha(toSha)}`;
}
/** The run id in a claim status, or undefined when the status is no claim. */
function claimRun(status) {
    if (!status.description.startsWith(CLAIM))
        return undefined;
    return status.description.slice(CLAIM.length).split(':')[0].trim();
}
/** The final status on the bad deployment: rolled back, to what, and why (GitHub keeps 140 characters). */
function rolledBackDescription(to, reason, forced) {
    const why = reason.trim() === '' ? '' : `: ${reason.trim().replace(/\s+/g, ' ')}`;
    // A provider's deploy may name no commit: then its id alone says where production went.
    const where = to.sha === '' ? `${to.id}` : `${shortSha(to.sha)} (deployment ${to.id})`;
    return `${ROLLED_BACK} to ${where}${forced ? ' [forced]' : ''}${why}`;
}
function isRolledBackMark(status) {
    return status.description.startsWith(ROLLED_BACK);
}
/** The short SHA a "rolled back" status names as the target, or undefined. */
function rolledBackTo(status) {
    if (!isRolledBackMark(status))
        return undefined;
    return /^launch-ready rolled back to ([0-9a-f]{7,40})\b/.exec(status.description)?.[1];
}
function rollbackPayloadOf(deployment) {
    const value = deployment.payload[PAYLOAD_KEY];
    if (!value || typeof value !== 'object')
        return undefined;
    const payload = value;
    return typeof payload.rollbackOf === 'number' ? payload : undefined;
}


/***/ }),

/***/ 96825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ PlatformApiError),
  y: () => (/* binding */ createApiClient)
});

// EXTERNAL MODULE: ./shared/github/rate-limit.ts
var rate_limit = __webpack_require__(26078);
// EXTERNAL MODULE: ./shared/http/cookies.ts
var cookies = __webpack_require__(536);
// EXTERNAL MODULE: ./shared/http/failure.ts
var failure = __webpack_require__(24937);
// EXTERNAL MODULE: ./shared/http/probe.ts + 3 modules
var http_probe = __webpack_require__(8701);
// EXTERNAL MODULE: ./shared/http/retry.ts
var retry = __webpack_require__(85129);
;// CONCATENATED MODULE: ./shared/http/index.ts
// The HTTP probe shared by smoke-test, cache-audit and latency-budget.









;// CONCATENATED MODULE: ./shared/checks/rollback/platforms/api.ts


class PlatformApiError extends Error {
    name = 'PlatformApiError';
    kind;
    status;
    constructor(message, kind, status) {
        super(message);
        this.kind = kind;
        this.status = status;
    }
}
const READS = new Set(['GET', 'HEAD']);
function createApiClient(options) {
    const probe = (0,http_probe/* createProbe */.fr)({
        timeoutMs: options.timeoutMs,
        maxRedirects: 0,
        maxBodyBytes: 8 * 1024 * 1024,
        isSecret: options.isSecret,
        userAgent: 'launch-ready-rollback',
    });
    const base = options.baseUrl.replace(/\/+$/, '');
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
    const calls = [];
    let waited = 0;
    const name = options.provider;
    async function request(req) {
        const method = (req.method ?? 'GET').toUpperCase();
        const path = req.path;
        if (options.readOnly && !READS.has(method)) {
            calls.push({ method, path });
            throw new PlatformApiError(`refused ${method} ${path}: this run only reads (dry run)`, 'read-only');
        }
        for (let attempt = 1;; attempt += 1) {
            const call = { method, path };
            calls.push(call);
            const result = await probe.request({
                url: `${base}${path}`,
                method,
                followRedirects: false,
                headers: {
                    accept: 'application/json',
                    ...options.headers,
                    ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
                    ...req.headers,
                },
                body: req.body === undefined ? undefined : JSON.stringify(req.body),
            });
            call.status = result.status;
            const last = attempt >= maxAttempts;
            if (result.status === undefined) {
                const kind = result.failure?.kind === 'timeout' ? 'timeout' : 'network';
                const error = new PlatformApiError(`${name} API: ${method} ${path}: ${kind === 'timeout' ? `no answer within ${options.timeoutMs} ms` : `could not reach ${base} (${result.failure?.code ?? result.failure?.message ?? 'no answer'})`}`, kind);
                if (last || !READS.has(method))
                    throw error;
                await pause(error.message, attempt);
                continue;
            }
            const status = result.status;
            if (status >= 200 && status < 300)
                return parse(result.body, method, path);
            const said = messageOf(result.body);
            if (status === 429 || status === 403) {
                const headers = {};
                for (const h of ['retry-after', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'ratelimit-remaining'])
                    headers[h] = (0,http_probe/* firstHeader */.Yp)(result.headers, h);
                // Heroku names its counter RateLimit-Remaining: 0 remaining is a rate limit, not a permission problem.
                const heroku = headers['ratelimit-remaining'] === '0' ? 60_000 : undefined;
                const wait = (0,rate_limit/* rateLimitWaitMs */.J)(status, headers, said) ?? heroku;
                if (wait !== undefined) {
                    if (last || waited + wait > options.rateLimitWaitMs) {
                        throw new PlatformApiError(`${name}'s rate limit: ${method} ${path} was refused (HTTP ${status}) and asks for a ${Math.ceil(wait / 1000)} s wait, past the ${Math.round(options.rateLimitWaitMs / 1000)} s this run may wait; run it again later`, 'rate-limited', status);
                    }
                    options.log(`${name} rate limit on ${method} ${path}: waiting ${Math.ceil(wait / 1000)} s (attempt ${attempt})`);
                    waited += wait;
                    await sleep(wait);
                    continue;
                }
            }
            const error = statusError(name, method, path, status, said);
            if (error.kind !== 'server' || last || !READS.has(method))
                throw error;
            await pause(error.message, attempt);
        }
    }
    async function pause(message, attempt) {
        const ms = (0,retry/* backoffMs */.jo)(attempt, 500, 4_000);
        options.log(`${message}; trying again in ${ms} ms (${attempt}/${maxAttempts - 1})`);
        await sleep(ms);
    }
    return { request, calls, close: () => probe.close() };
}
function parse(body, method, path) {
    if (body.trim() === '')
        return undefined;
    try {
        return JSON.parse(body);
    }
    catch {
        throw new PlatformApiError(`${method} ${path}: the answer was not JSON`, 'bad-answer');
    }
}
/** The provider's own error message (Vercel: error.message; Netlify: message; Heroku: message), one short line. */
function messageOf(body) {
    try {
        const data = JSON.parse(body);
        const text = data.error?.message ?? data.message;
        if (typeof text === 'string')
            return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 200);
    }
    catch { }
    return '';
}
const HINTS = {
    unauthorized: 'the token is missing, expired or revoked',
    forbidden: 'the token cannot act on this project (scope, team or role)',
    'not-found': 'the project, site, app or deploy does not exist, or the token cannot see it',
};
function statusError(name, method, path, status, said) {
    const kind = status === 401
        ? 'unauthorized'
        : status === 403
            ? 'forbidden'
            : status === 404
                ? 'not-found'
                : status === 429
                    ? 'rate-limited'
                    : status >= 500
                        ? 'server'
                        : 'invalid';
    const hint = HINTS[kind];
    return new PlatformApiError(`${name} API: ${method} ${path}: HTTP ${status}${said ? ` ${said}` : ''}${hint ? ` (${hint})` : ''}`, kind, status);
}


/***/ }),

/***/ 65492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aH: () => (/* binding */ isPlatform),
  RK: () => (/* binding */ platformFor)
});

// UNUSED EXPORTS: PLATFORM_PROVIDERS, settingsFor

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/checks/rollback/platforms/api.ts + 1 modules
var platforms_api = __webpack_require__(96825);
;// CONCATENATED MODULE: ./shared/checks/rollback/platforms/heroku.ts
const HEROKU_API = 'https://api.heroku.com';
const ROLLBACK = /^Rollback to v(\d+)\b/;
function toDeploy(raw) {
    const state = raw.status ?? '';
    return {
        id: raw.id,
        name: `v${raw.version}`,
        sha: '',
        createdAt: raw.created_at ?? new Date(0).toISOString(),
        creator: raw.user?.email ?? '',
        state,
        good: state === 'succeeded',
        failed: state === 'failed',
    };
}
function herokuPlatform(api, settings) {
    const app = `/apps/${encodeURIComponent(settings.project)}`;
    const slugs = new Map();
    const versions = new Map();
    return {
        provider: 'heroku',
        label: `Heroku app ${settings.project}`,
        api,
        async read() {
            const raw = await api.request({
                path: `${app}/releases`,
                headers: { range: 'version ..; order=desc, max=100' },
            });
            const releases = (Array.isArray(raw) ? raw : []).sort((a, b) => b.version - a.version);
            const left = new Set();
            const rollbacksAt = [];
            for (const release of releases) {
                versions.set(release.id, release.version);
                if (release.slug?.id)
                    slugs.set(release.id, release.slug.id);
                const to = ROLLBACK.exec(release.description ?? '');
                if (!to)
                    continue;
                rollbacksAt.push(Date.parse(release.created_at ?? ''));
                // Every release between the one rolled back to and the rollback itself was left by it.
                for (const other of releases)
                    if (other.version > Number(to[1]) && other.version < release.version)
                        left.add(other.id);
            }
            const current = releases.find((r) => r.current);
            const rollbackOf = ROLLBACK.exec(current?.description ?? '');
            return {
                deploys: releases.map(toDeploy),
                live: current ? toDeploy(current) : undefined,
                liveIsRollback: rollbackOf
                    ? `the current release v${current.version} is itself a rollback ("${current.description}")`
                    : undefined,
                left,
                rollbacksAt,
            };
        },
        async commitOf(deploy) {
            const slug = slugs.get(deploy.id);
            if (!slug)
                return '';
            const data = await api.request({ path: `${app}/slugs/${encodeURIComponent(slug)}` });
            return data.commit ?? '';
        },
        describe: (target) => `POST ${app}/releases {"release": "${target.id}"}: a new release running ${target.name}`,
        async rollBack(target) {
            const created = await api.request({
                method: 'POST',
                path: `${app}/releases`,
                body: { release: target.id },
            });
            const release = created && typeof created.version === 'number' ? toDeploy(created) : undefined;
            if (release)
                versions.set(release.id, created.version);
            return {
                done: `created Heroku release ${release?.name ?? '(no answer)'}: rollback to ${target.name}`,
                created: release,
            };
        },
        async liveState(target, created) {
            const watched = created ?? target;
            const version = versions.get(watched.id);
            const raw = await api.request({
                path: `${app}/releases/${version ?? encodeURIComponent(watched.id)}`,
            });
            return {
                live: raw.status === 'succeeded' && raw.current === true,
                failed: raw.status === 'failed',
                state: `release v${raw.version} ${raw.status ?? 'unknown'}${raw.current ? ', current' : ''}`,
            };
        },
    };
}

;// CONCATENATED MODULE: ./shared/checks/rollback/platforms/netlify.ts
const NETLIFY_API = 'https://api.netlify.com';
function netlify_toDeploy(raw) {
    const state = raw.state ?? '';
    return {
        id: raw.id,
        name: raw.id,
        sha: raw.commit_ref ?? '',
        createdAt: raw.created_at ?? new Date(0).toISOString(),
        creator: '',
        state,
        good: state === 'ready',
        failed: state === 'error' || state === 'rejected',
    };
}
function netlifyPlatform(api, settings) {
    const site = `/api/v1/sites/${encodeURIComponent(settings.project)}`;
    return {
        provider: 'netlify',
        label: `Netlify site ${settings.project}`,
        api,
        async read() {
            const data = await api.request({ path: site });
            const raw = await api.request({ path: `${site}/deploys?page=1&per_page=100` });
            // Deploy previews and branch deploys never served production.
            const deploys = (Array.isArray(raw) ? raw : [])
                .filter((d) => (d.context ?? 'production') === 'production')
                .map(netlify_toDeploy)
                .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
            const published = data.published_deploy;
            const live = published ? (deploys.find((d) => d.id === published.id) ?? netlify_toDeploy(published)) : undefined;
            return { deploys, live, left: new Set(), rollbacksAt: [] };
        },
        describe: (target) => `POST ${site}/deploys/${target.id}/restore: publish deploy ${target.id} again`,
        async rollBack(target) {
            await api.request({ method: 'POST', path: `${site}/deploys/${encodeURIComponent(target.id)}/restore` });
            return { done: `restored Netlify deploy ${target.id}` };
        },
        async liveState(target) {
            const data = await api.request({ path: site });
            const published = data.published_deploy;
            return {
                live: published?.id === target.id && (published.state ?? 'ready') === 'ready',
                failed: false,
                state: published?.id === target.id ? 'published' : `published deploy is ${published?.id ?? 'none'}`,
            };
        },
    };
}

;// CONCATENATED MODULE: ./shared/checks/rollback/platforms/types.ts
const PLATFORM_PROVIDERS = ['vercel', 'netlify', 'heroku'];

;// CONCATENATED MODULE: ./shared/checks/rollback/platforms/vercel.ts
const VERCEL_API = 'https://api.vercel.com';
const COMMIT_KEYS = ['githubCommitSha', 'gitlabCommitSha', 'bitbucketCommitSha'];
function vercel_toDeploy(raw) {
    const id = raw.uid ?? raw.id ?? '';
    const state = raw.readyState ?? raw.state ?? '';
    const sha = COMMIT_KEYS.map((k) => raw.meta?.[k]).find((v) => typeof v === 'string' && v !== '') ?? '';
    return {
        id,
        name: id,
        sha,
        createdAt: new Date(raw.createdAt ?? raw.created ?? 0).toISOString(),
        creator: raw.creator?.username ?? '',
        state,
        good: state === 'READY' && raw.isRollbackCandidate !== false,
        failed: state === 'ERROR',
    };
}
function vercelPlatform(api, settings) {
    const team = settings.team ? `teamId=${encodeURIComponent(settings.team)}` : '';
    const withTeam = (path) => (team ? `${path}${path.includes('?') ? '&' : '?'}${team}` : path);
    const projectPath = withTeam(`/v9/projects/${encodeURIComponent(settings.project)}`);
    let projectId = settings.project;
    const project = async () => {
        const data = await api.request({ path: projectPath });
        projectId = data.id;
        return data;
    };
    return {
        provider: 'vercel',
        label: `Vercel project ${settings.project}`,
        api,
        async read() {
            const data = await project();
            const list = await api.request({
                path: withTeam(`/v7/deployments?projectId=${encodeURIComponent(projectId)}&target=production&limit=100`),
            });
            const deploys = (list.deployments ?? [])
                .map(vercel_toDeploy)
                .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
            const production = data.targets?.production;
            const live = production
                ? (deploys.find((d) => d.id === (production.id ?? production.uid)) ?? vercel_toDeploy(production))
                : undefined;
            const request = data.lastAliasRequest;
            const rolledBack = request?.type === 'rollback';
            return {
                deploys,
                live,
                liveIsRollback: rolledBack && live && request?.toDeploymentId === live.id
                    ? `Vercel's last alias request rolled production back to ${live.id} (from ${request.fromDeploymentId ?? 'an unknown deployment'}, ${request.jobStatus ?? 'status unknown'})`
                    : undefined,
                left: new Set(rolledBack && request?.fromDeploymentId ? [request.fromDeploymentId] : []),
                rollbacksAt: rolledBack && request?.requestedAt ? [request.requestedAt] : [],
            };
        },
        describe: (target) => `POST /v1/projects/${projectId}/rollback/${target.id}: point the production domains at ${target.id} (no rebuild)`,
        async rollBack(target, reason) {
            const query = reason ? `?description=${encodeURIComponent(reason.slice(0, 200))}` : '';
            await api.request({
                method: 'POST',
                path: withTeam(`/v1/projects/${encodeURIComponent(projectId)}/rollback/${encodeURIComponent(target.id)}${query}`),
            });
            return { done: `asked Vercel to roll production back to ${target.id}` };
        },
        async liveState(target) {
            const data = await project();
            const serving = data.targets?.production;
            const servingId = serving?.id ?? serving?.uid;
            const job = data.lastAliasRequest?.toDeploymentId === target.id ? data.lastAliasRequest?.jobStatus : undefined;
            return {
                live: servingId === target.id && (job === undefined || job === 'succeeded'),
                failed: job === 'failed',
                state: job
                    ? `alias job ${job}`
                    : servingId === target.id
                        ? 'production target'
                        : `production is ${servingId ?? 'unknown'}`,
            };
        },
    };
}

;// CONCATENATED MODULE: ./shared/checks/rollback/platforms/index.ts
// Which provider, with what token, project and API address: options first, then the variables each provider's own
// CLI and docs use, so a workflow that already deploys with them needs nothing more.







function isPlatform(provider) {
    return PLATFORM_PROVIDERS.includes(provider);
}
const NAMES = {
    vercel: {
        name: 'Vercel',
        token: 'VERCEL_TOKEN',
        project: 'VERCEL_PROJECT_ID',
        projectWords: 'the project id or name',
        url: 'VERCEL_API_URL',
        base: VERCEL_API,
        headers: (token) => ({ authorization: `Bearer ${token}` }),
    },
    netlify: {
        name: 'Netlify',
        token: 'NETLIFY_AUTH_TOKEN',
        project: 'NETLIFY_SITE_ID',
        projectWords: 'the site id',
        url: 'NETLIFY_API_URL',
        base: NETLIFY_API,
        headers: (token) => ({ authorization: `Bearer ${token}` }),
    },
    heroku: {
        name: 'Heroku',
        token: 'HEROKU_API_KEY',
        project: 'HEROKU_APP_NAME',
        projectWords: 'the app name',
        url: 'HEROKU_API_URL',
        base: HEROKU_API,
        headers: (token) => ({ authorization: `Bearer ${token}`, accept: 'application/vnd.heroku+json; version=3' }),
    },
};
const first = (...values) => values.map((v) => (v ?? '').trim()).find((v) => v !== '') ?? '';
function settingsFor(provider, options, env) {
    const names = NAMES[provider];
    const token = first(options.providerToken, env[names.token]);
    if (token === '') {
        throw new errors/* UsageError */.e(`--provider ${provider} needs a ${names.name} API token: set ${names.token} (or the provider-token input) from a secret`);
    }
    const project = first(options.project, env[names.project]);
    if (project === '') {
        throw new errors/* UsageError */.e(`--provider ${provider} needs ${names.projectWords}: pass --project or set ${names.project}`);
    }
    // VERCEL_ORG_ID is a user id on a personal account, where the API takes no teamId.
    const org = (env.VERCEL_ORG_ID ?? '').trim();
    const team = provider === 'vercel' ? first(options.team, env.VERCEL_TEAM_ID, org.startsWith('team_') ? org : '') : '';
    const baseUrl = first(env[names.url], names.base).replace(/\/+$/, '');
    if (!/^https?:\/\/[^\s/]+/.test(baseUrl)) {
        throw new errors/* UsageError */.e(`${names.url} must be an http(s) URL such as ${names.base}`);
    }
    return { project, team, token, baseUrl };
}
function platformFor(provider, options, context, run) {
    const settings = settingsFor(provider, options, context.env);
    context.redactor.add(settings.token);
    const api = (0,platforms_api/* createApiClient */.y)({
        provider: NAMES[provider].name,
        baseUrl: settings.baseUrl,
        headers: NAMES[provider].headers(settings.token),
        timeoutMs: options.timeoutMs,
        rateLimitWaitMs: options.rateLimitWaitMs,
        readOnly: run.readOnly,
        log: context.log,
        sleep: run.sleep,
        isSecret: (value) => value.includes(settings.token),
    });
    if (provider === 'vercel')
        return vercelPlatform(api, settings);
    if (provider === 'netlify')
        return netlifyPlatform(api, settings);
    return herokuPlatform(api, settings);
}


/***/ }),

/***/ 35789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Hb: () => (/* binding */ forcedFinding),
/* harmony export */   _O: () => (/* binding */ alreadyFinding),
/* harmony export */   b9: () => (/* binding */ loopGuardFinding),
/* harmony export */   f8: () => (/* binding */ deploymentRef),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   nj: () => (/* binding */ githubErrorFinding),
/* harmony export */   sl: () => (/* binding */ verificationFindings)
/* harmony export */ });
/* unused harmony export CHECK */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1124);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69532);
// The rollback's outcome as a Report: one line a founder reads first, blockers for every rule a rollback refused
// to break or could not finish, and the details the JSON report, the summary and the outputs are made of.



const CHECK = 'rollback';
function deploymentRef(deployment, state) {
    return {
        id: deployment.id,
        sha: deployment.sha,
        ref: deployment.ref,
        createdAt: deployment.createdAt,
        creator: deployment.creator,
        ...(state === undefined ? {} : { state }),
    };
}
function finding(details, ruleId, severity, title, message, remediation) {
    const fingerprint = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${CHECK}\0${ruleId}\0${details.environment}\0${details.current?.id ?? ''}`)
        .digest('hex')
        .slice(0, 16);
    return {
        check: CHECK,
        ruleId,
        severity,
        title,
        message,
        ...(remediation === undefined ? {} : { remediation }),
        fingerprint,
    };
}
/**
 * A GitHub API failure as the run's blocker: which call kind failed, whether a rollback had already been asked for
 * (`afterRollback` says how), and the fix for that kind (`remediation`), else a retry.
 */
function githubErrorFinding(details, error, afterRollback, remediation) {
    const stage = details.rolledBack ? ` ${afterRollback}` : '; nothing was rolled back';
    return finding(details, 'rollback/github-error', 'blocker', `GitHub API: ${error.kind}${stage}`, error.message, remediation[error.kind] ?? 'run again; if it persists, check https://www.githubstatus.com');
}
const describe = (ref) => ref === null
    ? 'nothing'
    : ref.sha === ''
        ? `${ref.name ?? ref.id}`
        : `${(0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(ref.sha)} (${typeof ref.id === 'number' ? 'deployment' : 'deploy'} ${ref.name ?? ref.id})`;
function summaryOf(details, findings) {
    const env = details.environment;
    const blocker = findings.find((f) => f.severity === 'blocker');
    if (details.alreadyRolledBack)
        return `already rolled back, nothing written: ${details.alreadyReason}`;
    if (details.dryRun && !blocker) {
        return `dry run: would roll back ${env} from ${describe(details.current)} to ${describe(details.target)} (${details.plan.at(-1) ?? ''}); nothing was changed`;
    }
    if (details.rolledBack) {
        const verified = details.verification.status === 'skipped'
            ? 'not verified'
            : details.verification.status === 'passed'
                ? `verified: ${details.verification.message}`
                : details.verification.status === 'unconfirmed'
                    ? 'NOT CONFIRMED that the target serves (the old version may still be serving)'
                    : 'verification FAILED: rollback did not restore service';
        return `rolled back ${env} from ${describe(details.current)} to ${describe(details.target)}; ${verified}`;
    }
    return `no rollback of ${env}: ${blocker?.title ?? 'nothing to do'}`;
}
function buildReport(details, findings) {
    const sorted = (0,_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFindings */ .Tc)(findings);
    return {
        check: CHECK,
        ok: !sorted.some((f) => f.severity === 'blocker' || f.severity === 'high'),
        summary: summaryOf(details, sorted),
        findings: sorted,
        metrics: {
            rolledBack: details.rolledBack ? 1 : 0,
            calls: details.calls.length,
            writes: details.calls.filter((c) => c.method !== 'GET' && c.method !== 'HEAD').length,
            elapsedMs: details.elapsedMs,
        },
        details,
    };
}
/** The findings a verification result calls for (none when it passed or was skipped). */
function verificationFindings(details, target) {
    const verification = details.verification;
    if (verification.status === 'failed') {
        return [
            finding(details, 'rollback/not-restored', 'blocker', 'rollback did not restore service', `After rolling back to ${target}: ${verification.message}`, 'the fault may not be in the code (a database migration, configuration, a third-party service): read the failing steps below and the deploy logs; roll back further with --to <older SHA> --force, or fix forward'),
        ];
    }
    if (verification.status === 'unconfirmed') {
        return [
            finding(details, 'rollback/unconfirmed', 'high', 'rollback not confirmed: which version serves is unknown', `After rolling back to ${target}: ${verification.message}.`, 'check in the provider (or the Deployments page) which version serves production; raise --verify-timeout-ms if deploys take longer'),
        ];
    }
    return [];
}
function alreadyFinding(details, tail) {
    return finding(details, 'rollback/already-rolled-back', 'info', 'already rolled back', `${details.alreadyReason}. ${tail}`);
}
function loopGuardFinding(details, environment) {
    const { rollbacksInWindow, max, window } = details.loopGuard;
    return finding(details, 'rollback/loop-guard', 'blocker', `loop guard: ${rollbacksInWindow} rollbacks of ${environment} within ${window} already`, `At most ${max} rollbacks within ${window} run by themselves; more usually means the fault is not in the code (data, config, a third party). Nothing was changed.`, 'look at what failed before rolling back again; a person can override with --force (recorded on the deployment)');
}
function forcedFinding(details, overridden, recorded) {
    const { rollbacksInWindow, max, window } = details.loopGuard;
    return finding(details, 'rollback/forced', 'info', 'forced by a person', `--force: the loop guard (${rollbacksInWindow} of ${max} within ${window}) and ${overridden} were overridden; ${recorded}`);
}


/***/ }),

/***/ 45310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ rollbackGitHubClient),
  runRollback: () => (/* binding */ runRollback)
});

// UNUSED EXPORTS: SCAN_LIMIT

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/github/client.ts
var github_client = __webpack_require__(16317);
// EXTERNAL MODULE: ./shared/github/deployments.ts
var github_deployments = __webpack_require__(49596);
// EXTERNAL MODULE: ./shared/checks/rollback/claim.ts
var rollback_claim = __webpack_require__(27643);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./shared/checks/rollback/command.ts
// The command provider: the user's own redeploy, run through the shell with the rollback's facts in its env.
// Its output goes to the log line by line, scrubbed by the caller's log (it may echo secrets from the env).

class CommandFailed extends Error {
    name = 'CommandFailed';
}
function runShell(command, timeoutMs, extraEnv, env, log) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, {
            shell: true,
            env: { ...env, ...extraEnv },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new CommandFailed(`the rollback command did not finish within ${timeoutMs} ms and was stopped`));
        }, timeoutMs);
        const relay = (chunk) => {
            for (const line of chunk.toString('utf8').split(/\r?\n/))
                if (line.trim() !== '')
                    log(`  | ${line}`);
        };
        child.stdout.on('data', relay);
        child.stderr.on('data', relay);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new CommandFailed(`could not start the rollback command: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
                resolve();
            else
                reject(new CommandFailed(`the rollback command exited with ${signal ?? `code ${code}`}`));
        });
    });
}

// EXTERNAL MODULE: ./shared/checks/rollback/details.ts
var rollback_details = __webpack_require__(15285);
// EXTERNAL MODULE: ./shared/checks/rollback/history.ts
var rollback_history = __webpack_require__(31231);
// EXTERNAL MODULE: ./shared/checks/rollback/markers.ts
var markers = __webpack_require__(69532);
// EXTERNAL MODULE: ./shared/checks/rollback/options.ts
var rollback_options = __webpack_require__(85825);
// EXTERNAL MODULE: ./shared/checks/rollback/platforms/index.ts + 4 modules
var platforms = __webpack_require__(65492);
// EXTERNAL MODULE: ./shared/checks/rollback/report.ts
var report = __webpack_require__(35789);
;// CONCATENATED MODULE: ./shared/checks/rollback/select.ts

function find(history, current, to) {
    const wanted = to.trim().toLowerCase();
    if (/^\d+$/.test(wanted)) {
        const byId = history.deployments.find((d) => d.id === Number(wanted));
        if (byId)
            return byId;
    }
    if (!/^[0-9a-f]{7,40}$/.test(wanted))
        return undefined;
    // The newest deployment of that SHA other than the current one.
    return history.deployments.find((d) => d.id !== current.id && d.sha.toLowerCase().startsWith(wanted));
}
async function selectTarget(history, current, to, environment) {
    if (to.trim() !== '')
        return chosen(history, current, to, environment);
    for (const candidate of history.deployments.slice(1)) {
        if (candidate.sha === current.sha)
            continue;
        if (await history.isGood(candidate))
            return { target: candidate };
    }
    return {
        refusal: {
            ruleId: 'rollback/no-target',
            title: `no good deployment to roll back to in ${environment}`,
            message: `None of the ${history.deployments.length - 1} earlier deployments of ${environment} looked at ended in success without being rolled back from (deployment ${current.id}, ${(0,markers/* shortSha */.Fu)(current.sha)}, is current). Nothing was changed.`,
            remediation: 'name a known-good commit with --to SHA (or a deployment id), or fix forward: deploy a fix through your normal pipeline',
        },
    };
}
async function chosen(history, current, to, environment) {
    const target = find(history, current, to);
    const refuse = (ruleId, title, message, remediation) => ({
        refusal: { ruleId, title, message, remediation },
    });
    if (!target) {
        return refuse('rollback/unknown-target', `--to ${to} names no deployment of ${environment}`, `No deployment of ${environment} among the ${history.deployments.length} most recent has the id or SHA ${to}. Nothing was changed.`, 'pass the SHA (7+ hex digits) or id of an earlier deployment of this environment (see the Deployments page of the repository)');
    }
    if (target.id === current.id) {
        return refuse('rollback/target-is-current', `--to ${to} is the current deployment`, `Deployment ${target.id} (${(0,markers/* shortSha */.Fu)(target.sha)}) is what ${environment} runs now. Nothing was changed.`, 'name an earlier deployment');
    }
    const state = await history.latestState(target.id);
    if (state === 'failure' || state === 'error') {
        return refuse('rollback/target-refused', `refused: deployment ${target.id} (${(0,markers/* shortSha */.Fu)(target.sha)}) ended in ${state}`, `A rollback never returns to a deployment whose latest status is failure or error. Nothing was changed.`, 'name a deployment that ended in success');
    }
    if (await history.wasRolledBackFrom(target)) {
        return refuse('rollback/target-refused', `refused: deployment ${target.id} (${(0,markers/* shortSha */.Fu)(target.sha)}) was itself rolled back from`, 'A rollback never returns to a deployment that an earlier rollback left. Nothing was changed.', 'name a deployment that ended in success and was not rolled back from');
    }
    return { target };
}

;// CONCATENATED MODULE: ./shared/checks/rollback/strategies.ts



/** What the chosen way will do, as the plan shows it. */
function describeRedeploy(options, target, dispatchRef) {
    if (options.provider === 'command')
        return `run the command with LAUNCH_READY_TARGET_SHA=${target.sha}`;
    if (options.strategy === 'dispatch') {
        return `dispatch workflow ${options.workflow} on ${dispatchRef} with input ${options.shaInput}=${target.sha}`;
    }
    return `create a deployment of ${target.sha} for ${options.environment} (auto_merge false, no required contexts)`;
}
async function redeploy(input) {
    const { client, repo, options, current, target } = input;
    if (options.provider === 'command') {
        await runShell(options.command, options.commandTimeoutMs, {
            LAUNCH_READY_TARGET_SHA: target.sha,
            LAUNCH_READY_CURRENT_SHA: current.sha,
            LAUNCH_READY_ENVIRONMENT: options.environment,
            LAUNCH_READY_REASON: input.payload.reason,
            LAUNCH_READY_TARGET_DEPLOYMENT: String(target.id),
        }, input.env, input.log);
        return { done: `ran the command for ${(0,markers/* shortSha */.Fu)(target.sha)}` };
    }
    if (options.strategy === 'dispatch') {
        await (0,github_deployments/* dispatchWorkflow */["in"])(client, repo, options.workflow, input.dispatchRef, { [options.shaInput]: target.sha });
        return {
            done: `dispatched ${options.workflow} on ${input.dispatchRef} with ${options.shaInput}=${(0,markers/* shortSha */.Fu)(target.sha)}`,
        };
    }
    const deployment = await (0,github_deployments/* createDeployment */.Yy)(client, repo, {
        ref: target.sha,
        environment: options.environment,
        description: `Rollback of deployment ${current.id} (${(0,markers/* shortSha */.Fu)(current.sha)}) to ${(0,markers/* shortSha */.Fu)(target.sha)} by launch-ready`,
        payload: { [markers/* PAYLOAD_KEY */.ZI]: input.payload },
    });
    return { deployment, done: `created deployment ${deployment.id} of ${(0,markers/* shortSha */.Fu)(target.sha)}` };
}

// EXTERNAL MODULE: ./shared/checks/rollback/verify.ts
var verify = __webpack_require__(70774);
;// CONCATENATED MODULE: ./shared/checks/rollback/run.ts
// rollback: read the environment's deployments, pick the target, refuse what is unsafe, claim the rollback, redeploy,
// mark the bad deployment, verify. Every write happens after the claim is won; a dry run makes read calls only.














/** How many of the newest deployments a run reads: enough history, never an unbounded walk. */
const SCAN_LIMIT = 100;
/** The GitHub client every rollback run uses (the token masked first): its deadlines, waits and dry-run guard. */
function rollbackGitHubClient(token, options, context, overrides) {
    return (0,github_client.checkGitHubClient)(token, context, {
        timeoutMs: options.timeoutMs,
        rateLimitWaitMs: options.rateLimitWaitMs,
        readOnly: options.dryRun,
        sleep: overrides.sleep,
    });
}
function validate(options) {
    if (options.provider === 'command' && options.command.trim() === '') {
        throw new errors/* UsageError */.e('--provider command needs the command that redeploys: pass --command "…" (or rollback.command)');
    }
    if (options.provider === 'github' && options.strategy === 'dispatch' && options.workflow.trim() === '') {
        throw new errors/* UsageError */.e('--strategy dispatch needs the workflow to run: pass --workflow deploy.yml (or rollback.workflow)');
    }
}
async function runRollback(options, context, overrides = {}) {
    if ((0,platforms/* isPlatform */.aH)(options.provider)) {
        const { runPlatformRollback } = await __webpack_require__.e(/* import() */ 302).then(__webpack_require__.bind(__webpack_require__, 59302));
        return runPlatformRollback(options.provider, options, context, overrides);
    }
    const now = overrides.now ?? Date.now;
    const started = now();
    validate(options);
    const repo = (0,github_client/* repoFromEnv */.K)(context.env);
    if (!repo) {
        throw new errors/* UsageError */.e('rollback reads GitHub Deployments: set GITHUB_REPOSITORY=owner/repo (every GitHub Actions job has it)');
    }
    const token = (0,github_client/* tokenFrom */.ow)(context.env, context.githubToken);
    if (!token) {
        throw new errors/* UsageError */.e('rollback needs a GitHub token: set GITHUB_TOKEN (or the github-token input) with deployments: write');
    }
    const env = context.env;
    const client = rollbackGitHubClient(token, options, context, overrides);
    const details = (0,rollback_details/* startingDetails */.L)(options, env, options.provider, options.provider === 'command' ? 'command' : options.strategy);
    const run = { options, context, client, repo, details, findings: [], now, sleep: overrides.sleep };
    try {
        await rollBack(run);
    }
    catch (error) {
        if (error instanceof github_client.GitHubApiError)
            run.findings.push(apiFinding(run, error));
        else if (error instanceof CommandFailed) {
            run.findings.push((0,report/* finding */.gk)(details, 'rollback/command-failed', 'blocker', 'the rollback command failed', error.message, 'read the command output above; run it by hand with LAUNCH_READY_TARGET_SHA set to check it'));
        }
        else
            throw error;
    }
    details.calls = client.calls.map((call) => ({ ...call }));
    details.elapsedMs = now() - started;
    return (0,report/* buildReport */.FK)(details, run.findings);
}
async function rollBack(run) {
    const { options, context, client, repo, details, findings } = run;
    const deployments = await (0,github_deployments/* listDeployments */.Jn)(client, repo, options.environment, SCAN_LIMIT);
    const history = new rollback_history/* History */.B(deployments, (id) => (0,github_deployments/* listStatuses */.vM)(client, repo, id));
    const current = history.current;
    if (!current) {
        findings.push((0,report/* finding */.gk)(details, 'rollback/no-target', 'blocker', `no deployments of ${options.environment} to roll back`, `GitHub lists no deployment for the environment "${options.environment}" in ${repo.owner}/${repo.repo}. Nothing was changed.`, 'check the environment name (--environment), or that your deploy workflow records deployments (a job with environment: does)'));
        return;
    }
    details.current = (0,report/* deploymentRef */.f8)(current, await history.latestState(current.id));
    context.log(`current deployment of ${options.environment}: ${current.id} (${(0,markers/* shortSha */.Fu)(current.sha)}, ${details.current.state ?? 'no status'})`);
    const already = await (0,rollback_claim/* alreadyRolledBack */.Q0)(history, current, options.force, run.now());
    if (already) {
        details.alreadyRolledBack = true;
        details.alreadyReason = already;
        findings.push((0,report/* alreadyFinding */._O)(details, 'Nothing was written.'));
        return;
    }
    const selection = await selectTarget(history, current, options.to, options.environment);
    if ('refusal' in selection) {
        const r = selection.refusal;
        findings.push((0,report/* finding */.gk)(details, r.ruleId, 'blocker', r.title, r.message, r.remediation));
        return;
    }
    const target = selection.target;
    details.target = (0,report/* deploymentRef */.f8)(target, await history.latestState(target.id));
    context.log(`target: deployment ${target.id} (${(0,markers/* shortSha */.Fu)(target.sha)}, ${details.target.state ?? 'no status'})`);
    const windowMs = (0,rollback_options/* durationMs */.pc)(options.window);
    const recent = await history.rollbacksSince(run.now() - windowMs, SCAN_LIMIT);
    details.loopGuard.rollbacksInWindow = recent;
    if (recent >= options.maxRollbacks && !options.force) {
        findings.push((0,report/* loopGuardFinding */.b9)(details, options.environment));
        return;
    }
    if (options.force) {
        findings.push((0,report/* forcedFinding */.Hb)(details, 'claims left by runs that died', `recorded on deployment ${current.id}`));
    }
    const dispatchRef = options.provider === 'github' && options.strategy === 'dispatch'
        ? options.ref.trim() || (await (0,github_deployments/* defaultBranch */.OR)(client, repo))
        : '';
    const markText = (0,markers/* rolledBackDescription */.E8)(target, details.reason, options.force);
    const verifyUrl = (0,verify/* verifyUrlOf */.M)(options, context);
    details.plan = [
        `claim: post an in_progress status on deployment ${current.id} naming run ${details.runId}, read its statuses back, go on only if this claim is the oldest`,
        describeRedeploy(options, target, dispatchRef),
        `mark deployment ${current.id} ${options.markState}: "${markText}"`,
        options.skipVerify || verifyUrl === ''
            ? 'no verification (no --verify-url or smoke.baseUrl)'
            : `verify: wait for ${verifyUrl} to serve, then run the smoke steps against it`,
    ];
    if (options.dryRun) {
        for (const step of details.plan)
            context.log(`would: ${step}`);
        return;
    }
    const claim = await (0,rollback_claim/* claimRollback */.Bz)(client, repo, history, current, target, details.runId);
    if (!claim.won) {
        details.alreadyRolledBack = true;
        details.alreadyReason = `run ${claim.winner} claimed the rollback of deployment ${current.id} first`;
        findings.push((0,report/* alreadyFinding */._O)(details, 'This run did nothing more.'));
        return;
    }
    const payload = {
        rollbackOf: current.id,
        fromSha: current.sha,
        toSha: target.sha,
        targetDeployment: target.id,
        reason: details.reason,
        run: details.runId,
        forced: options.force,
    };
    const done = await redeploy({
        client,
        repo,
        options,
        current,
        target,
        dispatchRef,
        payload,
        env: context.env,
        log: context.log,
    });
    details.rolledBack = true;
    details.deploymentId = done.deployment?.id;
    context.log(done.done);
    await (0,github_deployments/* createStatus */.JB)(client, repo, current.id, options.markState, markText, runUrl(context.env));
    details.verification = await (0,verify/* verifyRollback */.i)({
        options,
        context,
        client,
        repo,
        // A dispatched workflow records its own deployment of the target: any deployment of that SHA newer than the
        // current one shows whether it went live.
        deployment: done.deployment ?? (options.provider === 'github' ? { ...target, id: current.id + 1 } : undefined),
        sleep: run.sleep,
    });
    findings.push(...(0,report/* verificationFindings */.sl)(details, (0,markers/* shortSha */.Fu)(target.sha)));
}
function runUrl(env) {
    if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return undefined;
    return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
function apiFinding(run, error) {
    const dispatch = run.details.strategy === 'dispatch';
    const remediation = {
        forbidden: `give the job \`permissions: deployments: write\`${dispatch ? ' and `actions: write`' : ''} (a fork's pull request never can)`,
        unauthorized: 'pass a valid token: GITHUB_TOKEN or the github-token input',
        'rate-limited': "wait for GitHub's rate limit to reset and run again",
        'not-found': dispatch
            ? 'check GITHUB_REPOSITORY, the workflow file name (--workflow) and that it has a workflow_dispatch trigger'
            : 'check GITHUB_REPOSITORY and that the token can see the repository',
        invalid: dispatch
            ? `check that the workflow declares the input "${run.options.shaInput}" and that --ref is a branch or tag`
            : 'this is likely a bug in launch-ready: report it with the JSON report',
    };
    return (0,report/* githubErrorFinding */.nj)(run.details, error, 'after the redeploy was started', remediation);
}


/***/ }),

/***/ 70774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ verifyUrlOf),
/* harmony export */   i: () => (/* binding */ verifyRollback)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45481);
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49596);
/* harmony import */ var _smoke_test_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7687);
// After a rollback: wait until the target serves, then run the smoke steps against it (the smoke-test check
// itself, with launch-ready.yml's smoke section). A failure here means the customers still see a broken site.



const TERMINAL = new Set(['success', 'failure', 'error', 'inactive']);
const POLL_MS = 5_000;
function smokeSection(context) {
    const section = context.config?.sections[_smoke_test_index_js__WEBPACK_IMPORTED_MODULE_2__/* .smokeTest */ .KH.configSection];
    return section && typeof section === 'object' && !Array.isArray(section) ? section : {};
}
/** The site to verify: --verify-url, else smoke.baseUrl; '' when there is none. */
function verifyUrlOf(options, context) {
    const fromSmoke = smokeSection(context).baseUrl;
    return options.verifyUrl.trim() || (typeof fromSmoke === 'string' ? fromSmoke.trim() : '');
}
async function verifyRollback(input) {
    const { options, context } = input;
    const url = verifyUrlOf(options, context);
    if (options.skipVerify)
        return { status: 'skipped', message: 'not verified: --skip-verify' };
    if (url === '') {
        return {
            status: 'skipped',
            message: 'not verified: pass --verify-url (or set smoke.baseUrl in launch-ready.yml) to check the site after a rollback',
        };
    }
    let deploymentState;
    // Evidence that the target, not the old version, is what serves: without it a passing site proves nothing.
    let confirmed;
    if (input.deployment && input.client && input.repo) {
        deploymentState = await waitForDeployment(input, input.deployment);
        if (deploymentState === 'failure' || deploymentState === 'error') {
            return {
                status: 'failed',
                url,
                deploymentState,
                message: `the rollback deployment ${input.deployment.id} ended in ${deploymentState}: the target was not deployed`,
            };
        }
        confirmed = deploymentState === 'success';
    }
    else if (input.live) {
        const state = await waitForLive(input, input.live);
        deploymentState = state.state;
        if (state.failed) {
            return { status: 'failed', url, deploymentState, message: `${input.live.label} did not go live: ${state.state}` };
        }
        confirmed = state.live;
    }
    // Wait for the site to serve before judging it (the redeploy may still be rolling out): smoke.waitFor, else the URL.
    const ownWait = smokeSection(context).waitFor;
    const smokeOptions = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveOptions */ .$i)(_smoke_test_index_js__WEBPACK_IMPORTED_MODULE_2__/* .smokeTest */ .KH, context.config ?? { path: '', sections: {} }, {
        'base-url': url,
        'wait-for': typeof ownWait === 'string' && ownWait !== '' ? undefined : url,
    });
    context.log(`verifying the rollback: smoke steps against ${url}`);
    const { runSmoke } = await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(185)]).then(__webpack_require__.bind(__webpack_require__, 81185));
    const smoke = await runSmoke(smokeOptions, context);
    const steps = smoke.details?.steps ?? [];
    if (smoke.ok && confirmed === false) {
        return {
            status: 'unconfirmed',
            url,
            deploymentState,
            steps,
            message: `the smoke steps passed, but nothing confirmed within ${Math.round(input.options.verifyTimeoutMs / 1000)} s that the target is what serves (last state: ${deploymentState}): the old version may still be serving`,
        };
    }
    return {
        status: smoke.ok ? 'passed' : 'failed',
        url,
        deploymentState,
        steps,
        message: smoke.summary,
    };
}
/**
 * The first terminal state of the rollback deployment, or of a later deployment of the same SHA (a job with
 * `environment:` that deploys it records its own deployment); 'no status' when none reported in time.
 */
async function waitForDeployment(input, deployment) {
    const sleep = sleeper(input);
    const deadline = Date.now() + input.options.verifyTimeoutMs;
    const client = input.client;
    const repo = input.repo;
    input.context.log(`waiting up to ${Math.round(input.options.verifyTimeoutMs / 1000)} s for deployment ${deployment.id} (${deployment.sha.slice(0, 7)}) to report success`);
    const maxPolls = Math.max(1, Math.ceil(input.options.verifyTimeoutMs / POLL_MS)) + 1;
    for (let poll = 1;; poll += 1) {
        const candidates = (await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .listDeployments */ .Jn)(client, repo, deployment.environment, 20)).filter((d) => d.sha === deployment.sha && d.id >= deployment.id);
        for (const candidate of candidates) {
            const state = (await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .listStatuses */ .vM)(client, repo, candidate.id)).find((s) => TERMINAL.has(s.state))?.state;
            if (state)
                return state;
        }
        const left = deadline - Date.now();
        if (left <= 0 || poll >= maxPolls) {
            input.context.log(`deployment ${deployment.id} reported no final status in time: checking the site as it answers`);
            return 'no status';
        }
        await sleep(Math.min(POLL_MS, left));
    }
}
function sleeper(input) {
    return input.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
}
/** The provider's state of the target until it is live or failed, or the last one seen when time is up. */
async function waitForLive(input, live) {
    const sleep = sleeper(input);
    const deadline = Date.now() + input.options.verifyTimeoutMs;
    input.context.log(`waiting up to ${Math.round(input.options.verifyTimeoutMs / 1000)} s for ${live.label} to serve`);
    // Bounded twice: by the deadline, and by a count of polls (a test's instant sleep must not spin for ever).
    const maxPolls = Math.max(1, Math.ceil(input.options.verifyTimeoutMs / POLL_MS)) + 1;
    for (let poll = 1;; poll += 1) {
        const state = await live.poll();
        if (state.live || state.failed)
            return state;
        if (Date.now() >= deadline || poll >= maxPolls) {
            input.context.log(`${live.label} was not confirmed live in time (${state.state}): checking the site as it answers`);
            return state;
        }
        await sleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
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

/***/ 49596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ createStatus),
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   OR: () => (/* binding */ defaultBranch),
/* harmony export */   Yy: () => (/* binding */ createDeployment),
/* harmony export */   "in": () => (/* binding */ dispatchWorkflow),
/* harmony export */   vM: () => (/* binding */ listStatuses)
/* harmony export */ });
/* unused harmony exports newestFirst, STATUS_DESCRIPTION_LIMIT */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16317);
// GitHub Deployments and workflow dispatch over the shared client: plain data in, plain data out.

function payloadObject(payload) {
    if (payload && typeof payload === 'object' && !Array.isArray(payload))
        return payload;
    if (typeof payload === 'string' && payload.trim().startsWith('{')) {
        try {
            return JSON.parse(payload);
        }
        catch {
            return {};
        }
    }
    return {};
}
function toDeployment(raw) {
    return {
        id: raw.id,
        sha: raw.sha,
        ref: raw.ref,
        environment: raw.environment,
        createdAt: raw.created_at,
        creator: raw.creator?.login ?? '',
        description: raw.description ?? '',
        payload: payloadObject(raw.payload),
    };
}
/** Newest first (by creation, then id: GitHub's timestamps have one-second resolution). */
function newestFirst(items) {
    return [...items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
}
/** The environment's deployments, newest first, at most `max`. */
async function listDeployments(client, repo, environment, max) {
    const raw = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .listAll */ ._w)(client, 'GET /repos/{owner}/{repo}/deployments', { ...repo, environment }, max);
    // Filtered here too: the environment query is a filter GitHub applies, and a record of another environment
    // must never be rolled back by mistake.
    return newestFirst(raw.map(toDeployment).filter((d) => d.environment === environment));
}
/** A deployment's statuses, newest first (ids grow with time, so they order statuses created in one second). */
async function listStatuses(client, repo, deploymentId) {
    const raw = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .listAll */ ._w)(client, 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: deploymentId }, 100);
    return raw
        .map((s) => ({
        id: s.id,
        state: s.state,
        description: s.description ?? '',
        createdAt: s.created_at,
        creator: s.creator?.login ?? '',
    }))
        .sort((a, b) => b.id - a.id);
}
/** GitHub refuses a status description over 140 characters. */
const STATUS_DESCRIPTION_LIMIT = 140;
async function createStatus(client, repo, deploymentId, state, description, logUrl) {
    const text = description.length > STATUS_DESCRIPTION_LIMIT
        ? `${description.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`
        : description;
    const { data } = await client.octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deploymentId,
        state,
        description: text,
        ...(logUrl ? { log_url: logUrl } : {}),
    });
    return {
        id: data.id,
        state: data.state,
        description: data.description ?? '',
        createdAt: data.created_at,
        creator: data.creator?.login ?? '',
    };
}
/**
 * A deployment of exactly `ref`: no auto-merge of the default branch into it, and no commit-status contexts
 * required (during an incident they are often red, which is why we are here).
 */
async function createDeployment(client, repo, request) {
    const response = await client.octokit.rest.repos.createDeployment({
        ...repo,
        ref: request.ref,
        environment: request.environment,
        description: request.description,
        payload: request.payload,
        auto_merge: false,
        required_contexts: [],
    });
    const data = response.data;
    if (response.status !== 201 || !data || typeof data !== 'object' || !('id' in data)) {
        const message = data?.message ?? `HTTP ${response.status}`;
        throw new Error(`GitHub did not create the deployment: ${message}`);
    }
    return toDeployment(data);
}
async function defaultBranch(client, repo) {
    const { data } = await client.octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo });
    return data.default_branch;
}
/** Runs a workflow_dispatch workflow on a branch or tag with these inputs. */
async function dispatchWorkflow(client, repo, workflow, ref, inputs) {
    await client.octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: workflow, ref, inputs });
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

/***/ 536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ CookieJar)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24371);
// A small per-run cookie jar: enough of RFC 6265 for a smoke test (domain, path, secure, expiry),
// so a login's session cookie reaches the next request and redirect hops.

function defaultPath(pathname) {
    const slash = pathname.lastIndexOf('/');
    return slash <= 0 ? '/' : pathname.slice(0, slash);
}
function domainMatches(host, cookie) {
    if (cookie.hostOnly)
        return host === cookie.domain;
    return host === cookie.domain || host.endsWith(`.${cookie.domain}`);
}
function pathMatches(pathname, cookiePath) {
    if (pathname === cookiePath)
        return true;
    if (!pathname.startsWith(cookiePath))
        return false;
    return cookiePath.endsWith('/') || pathname[cookiePath.length] === '/';
}
class CookieJar {
    #cookies = new Map();
    #now;
    constructor(now = Date.now) {
        this.#now = now;
    }
    store(url, setCookie) {
        const target = new URL(url);
        for (const line of setCookie) {
            const parsed = (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .parseCookie */ .Kh)(line);
            if (parsed === null)
                continue;
            const domain = (parsed.domain ?? target.hostname).replace(/^\./, '').toLowerCase();
            if (parsed.domain !== undefined && !domainMatches(target.hostname, { domain, hostOnly: false })) {
                continue; // a site may not set cookies for another domain
            }
            const cookie = {
                name: parsed.name,
                value: parsed.value,
                domain,
                hostOnly: parsed.domain === undefined,
                path: parsed.path?.startsWith('/') ? parsed.path : defaultPath(target.pathname),
                secure: parsed.secure === true,
                expiresAt: expiry(parsed.maxAge, parsed.expires, this.#now()),
            };
            const key = `${cookie.domain}\0${cookie.path}\0${cookie.name}`;
            if (cookie.expiresAt !== undefined && cookie.expiresAt <= this.#now())
                this.#cookies.delete(key);
            else
                this.#cookies.set(key, cookie);
        }
    }
    headerFor(url) {
        const matches = this.#matching(url);
        if (matches.length === 0)
            return undefined;
        return matches.map((c) => `${c.name}=${c.value}`).join('; ');
    }
    get(name, url) {
        const candidates = url === undefined ? this.#live() : this.#matching(url);
        return candidates.find((c) => c.name === name)?.value;
    }
    #live() {
        const now = this.#now();
        return [...this.#cookies.values()].filter((c) => c.expiresAt === undefined || c.expiresAt > now);
    }
    /** Longest path first, as browsers send them. */
    #matching(url) {
        const target = new URL(url);
        // Browsers treat loopback as a secure context, so Secure cookies work against a local server too.
        const secure = target.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(target.hostname);
        return this.#live()
            .filter((c) => domainMatches(target.hostname, c) && pathMatches(target.pathname, c.path) && (secure || !c.secure))
            .sort((a, b) => b.path.length - a.path.length);
    }
}
function expiry(maxAge, expires, now) {
    if (maxAge !== undefined)
        return now + maxAge * 1000;
    if (expires === undefined)
        return undefined;
    return typeof expires === 'number' ? expires : expires.getTime();
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
