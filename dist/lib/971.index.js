export const id = 971;
export const ids = [971,129,954];
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

/***/ 20684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRollback: () => (/* binding */ runRollback)
});

// UNUSED EXPORTS: SCAN_LIMIT

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/github/client.ts + 1 modules
var github_client = __webpack_require__(87954);
;// CONCATENATED MODULE: ./shared/github/deployments.ts
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
    const raw = await (0,github_client/* listAll */._w)(client, 'GET /repos/{owner}/{repo}/deployments', { ...repo, environment }, max);
    // Filtered here too: the environment query is a filter GitHub applies, and a record of another environment
    // must never be rolled back by mistake.
    return newestFirst(raw.map(toDeployment).filter((d) => d.environment === environment));
}
/** A deployment's statuses, newest first (ids grow with time, so they order statuses created in one second). */
async function listStatuses(client, repo, deploymentId) {
    const raw = await (0,github_client/* listAll */._w)(client, 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: deploymentId }, 100);
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

;// CONCATENATED MODULE: ./shared/checks/rollback/markers.ts
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
    return `${ROLLED_BACK} to ${shortSha(to.sha)} (deployment ${to.id})${forced ? ' [forced]' : ''}${why}`;
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

;// CONCATENATED MODULE: ./shared/checks/rollback/claim.ts


/** How many deployments below the current one are read for a rollback that already brought its SHA back. */
const RECENT_MARKS = 5;
/** A claim this old with no rollback after it was left by a run that died; only --force takes over from it. */
const STALE_CLAIM_MS = 30 * 60_000;
/** Why the bad deployment needs no rollback from this run, or undefined when it does. */
async function alreadyRolledBack(history, current, force, now) {
    const rollback = history.rollbackDeploymentOf(current.id);
    if (rollback)
        return `deployment ${rollback.id} already rolls back deployment ${current.id} (to ${shortSha(rollback.sha)})`;
    const payload = rollbackPayloadOf(current);
    if (payload && !(await history.isBad(current.id))) {
        return `the current deployment ${current.id} is itself the rollback of deployment ${payload.rollbackOf} (to ${shortSha(current.sha)})`;
    }
    const statuses = await history.statuses(current.id);
    const mark = statuses.find(isRolledBackMark);
    if (mark)
        return `deployment ${current.id} was already rolled back: "${mark.description}"`;
    // A claim by a run that died would block every later run: a person's --force takes over from a stale one, never
    // from one that may still be at work (a person pressing the button during an automatic rollback).
    const live = statuses.find((s) => claimRun(s) !== undefined && !(force && now - Date.parse(s.createdAt) > STALE_CLAIM_MS));
    if (live) {
        const stale = now - Date.parse(live.createdAt) > STALE_CLAIM_MS ? ' (if that run died, run again with --force)' : '';
        return `run ${claimRun(live)} already claimed the rollback of deployment ${current.id} at ${live.createdAt}${stale}`;
    }
    // The current deployment runs the SHA an earlier deployment was rolled back to: that rollback's own deploy
    // (whatever recorded it: our deployment, or a job with `environment:` that deployed it).
    for (const older of history.deployments.slice(1, 1 + RECENT_MARKS)) {
        const to = (await history.statuses(older.id)).map(rolledBackTo).find((sha) => sha !== undefined);
        if (to && current.sha.startsWith(to) && !(await history.isBad(current.id))) {
            return `the current deployment ${current.id} runs ${shortSha(current.sha)}, what deployment ${older.id} was rolled back to`;
        }
    }
    return undefined;
}
async function claimRollback(client, repo, history, current, target, runId) {
    // Claims already there when this run looked (only stale ones, taken over with --force) are not competitors.
    const before = new Set((await history.statuses(current.id)).filter((s) => claimRun(s)).map((s) => s.id));
    await createStatus(client, repo, current.id, 'in_progress', claimDescription(runId, target.sha));
    history.forget(current.id);
    const claims = (await history.statuses(current.id))
        .filter((s) => claimRun(s) !== undefined && !before.has(s.id))
        .sort((a, b) => a.id - b.id);
    const winner = claims[0] ? claimRun(claims[0]) : runId;
    return { won: winner === runId, winner };
}

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

;// CONCATENATED MODULE: ./shared/checks/rollback/history.ts

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
        return this.deployments.find((d) => rollbackPayloadOf(d)?.rollbackOf === deploymentId);
    }
    /** Rolled back from: marked so, claimed by a run, or a rollback deployment names it. */
    async wasRolledBackFrom(deployment) {
        if (this.rollbackDeploymentOf(deployment.id))
            return true;
        const statuses = await this.statuses(deployment.id);
        return statuses.some((s) => isRolledBackMark(s) || claimRun(s) !== undefined);
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
            const payload = rollbackPayloadOf(deployment);
            if (payload && Date.parse(deployment.createdAt) >= sinceMs)
                rolledBack.add(payload.rollbackOf);
        }
        // A dispatch rollback leaves no deployment, only the mark: read the marks of recent deployments, down to the
        // first one older than the window (it may have been rolled back inside it).
        for (const deployment of this.deployments.slice(0, scanLimit)) {
            const statuses = await this.statuses(deployment.id);
            if (statuses.some((s) => isRolledBackMark(s) && Date.parse(s.createdAt) >= sinceMs))
                rolledBack.add(deployment.id);
            if (Date.parse(deployment.createdAt) < sinceMs)
                break;
        }
        return rolledBack.size;
    }
}

// EXTERNAL MODULE: ./shared/checks/rollback/options.ts
var rollback_options = __webpack_require__(85825);
// EXTERNAL MODULE: ./shared/report/model.ts
var model = __webpack_require__(1124);
;// CONCATENATED MODULE: ./shared/checks/rollback/report.ts
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
    const fingerprint = (0,external_node_crypto_.createHash)('sha256')
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
const describe = (ref) => ref === null ? 'nothing' : `${shortSha(ref.sha)} (deployment ${ref.id})`;
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
                : 'verification FAILED: rollback did not restore service';
        return `rolled back ${env} from ${describe(details.current)} to ${describe(details.target)}; ${verified}`;
    }
    return `no rollback of ${env}: ${blocker?.title ?? 'nothing to do'}`;
}
function buildReport(details, findings) {
    const sorted = (0,model/* sortFindings */.Tc)(findings);
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
            message: `None of the ${history.deployments.length - 1} earlier deployments of ${environment} looked at ended in success without being rolled back from (deployment ${current.id}, ${shortSha(current.sha)}, is current). Nothing was changed.`,
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
        return refuse('rollback/target-is-current', `--to ${to} is the current deployment`, `Deployment ${target.id} (${shortSha(target.sha)}) is what ${environment} runs now. Nothing was changed.`, 'name an earlier deployment');
    }
    const state = await history.latestState(target.id);
    if (state === 'failure' || state === 'error') {
        return refuse('rollback/target-refused', `refused: deployment ${target.id} (${shortSha(target.sha)}) ended in ${state}`, `A rollback never returns to a deployment whose latest status is failure or error. Nothing was changed.`, 'name a deployment that ended in success');
    }
    if (await history.wasRolledBackFrom(target)) {
        return refuse('rollback/target-refused', `refused: deployment ${target.id} (${shortSha(target.sha)}) was itself rolled back from`, 'A rollback never returns to a deployment that an earlier rollback left. Nothing was changed.', 'name a deployment that ended in success and was not rolled back from');
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
        return { done: `ran the command for ${shortSha(target.sha)}` };
    }
    if (options.strategy === 'dispatch') {
        await dispatchWorkflow(client, repo, options.workflow, input.dispatchRef, { [options.shaInput]: target.sha });
        return {
            done: `dispatched ${options.workflow} on ${input.dispatchRef} with ${options.shaInput}=${shortSha(target.sha)}`,
        };
    }
    const deployment = await createDeployment(client, repo, {
        ref: target.sha,
        environment: options.environment,
        description: `Rollback of deployment ${current.id} (${shortSha(current.sha)}) to ${shortSha(target.sha)} by launch-ready`,
        payload: { [PAYLOAD_KEY]: input.payload },
    });
    return { deployment, done: `created deployment ${deployment.id} of ${shortSha(target.sha)}` };
}

// EXTERNAL MODULE: ./shared/config/load.ts
var load = __webpack_require__(45481);
// EXTERNAL MODULE: ./shared/checks/smoke-test/index.ts
var smoke_test = __webpack_require__(7687);
;// CONCATENATED MODULE: ./shared/checks/rollback/verify.ts
// After a rollback: wait until the target serves, then run the smoke steps against it (the smoke-test check
// itself, with launch-ready.yml's smoke section). A failure here means the customers still see a broken site.



const TERMINAL = new Set(['success', 'failure', 'error', 'inactive']);
const POLL_MS = 5_000;
function smokeSection(context) {
    const section = context.config?.sections[smoke_test/* smokeTest */.KH.configSection];
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
    }
    // Wait for the site to serve before judging it (the redeploy may still be rolling out): smoke.waitFor, else the URL.
    const ownWait = smokeSection(context).waitFor;
    const smokeOptions = (0,load/* resolveOptions */.$i)(smoke_test/* smokeTest */.KH, context.config ?? { path: '', sections: {} }, {
        'base-url': url,
        'wait-for': typeof ownWait === 'string' && ownWait !== '' ? undefined : url,
    });
    context.log(`verifying the rollback: smoke steps against ${url}`);
    const { runSmoke } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(600), __webpack_require__.e(701), __webpack_require__.e(541)]).then(__webpack_require__.bind(__webpack_require__, 76541));
    const smoke = await runSmoke(smokeOptions, context);
    const steps = smoke.details?.steps ?? [];
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
    const sleep = input.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const deadline = Date.now() + input.options.verifyTimeoutMs;
    const client = input.client;
    const repo = input.repo;
    input.context.log(`waiting up to ${Math.round(input.options.verifyTimeoutMs / 1000)} s for deployment ${deployment.id} (${deployment.sha.slice(0, 7)}) to report success`);
    for (;;) {
        const candidates = (await listDeployments(client, repo, deployment.environment, 20)).filter((d) => d.sha === deployment.sha && d.id >= deployment.id);
        for (const candidate of candidates) {
            const state = (await listStatuses(client, repo, candidate.id)).find((s) => TERMINAL.has(s.state))?.state;
            if (state)
                return state;
        }
        const left = deadline - Date.now();
        if (left <= 0) {
            input.context.log(`deployment ${deployment.id} reported no final status in time: checking the site as it answers`);
            return 'no status';
        }
        await sleep(Math.min(POLL_MS, left));
    }
}

;// CONCATENATED MODULE: ./shared/checks/rollback/run.ts
// rollback: read the environment's deployments, pick the target, refuse what is unsafe, claim the rollback, redeploy,
// mark the bad deployment, verify. Every write happens after the claim is won; a dry run makes read calls only.













/** How many of the newest deployments a run reads: enough history, never an unbounded walk. */
const SCAN_LIMIT = 100;
function validate(options) {
    if (options.provider === 'command' && options.command.trim() === '') {
        throw new errors/* UsageError */.e('--provider command needs the command that redeploys: pass --command "…" (or rollback.command)');
    }
    if (options.provider === 'github' && options.strategy === 'dispatch' && options.workflow.trim() === '') {
        throw new errors/* UsageError */.e('--strategy dispatch needs the workflow to run: pass --workflow deploy.yml (or rollback.workflow)');
    }
}
async function runRollback(options, context, overrides = {}) {
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
    context.redactor.add(token);
    const env = context.env;
    const client = (0,github_client.createGitHubClient)({
        token,
        apiUrl: (0,github_client.apiUrlFrom)(env),
        timeoutMs: options.timeoutMs,
        rateLimitWaitMs: options.rateLimitWaitMs,
        readOnly: options.dryRun,
        log: context.log,
        sleep: overrides.sleep,
    });
    const details = {
        provider: options.provider,
        environment: options.environment,
        strategy: options.provider === 'command' ? 'command' : options.strategy,
        dryRun: options.dryRun,
        current: null,
        target: null,
        alreadyRolledBack: false,
        rolledBack: false,
        reason: options.reason.trim(),
        forced: options.force,
        runId: `${env.GITHUB_RUN_ID ?? 'local'}.${env.GITHUB_RUN_ATTEMPT ?? '1'}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`,
        loopGuard: { rollbacksInWindow: 0, max: options.maxRollbacks, window: options.window },
        plan: [],
        calls: [],
        verification: { status: 'skipped', message: 'not reached' },
        elapsedMs: 0,
    };
    const run = { options, context, client, repo, details, findings: [], now, sleep: overrides.sleep };
    try {
        await rollBack(run);
    }
    catch (error) {
        if (error instanceof github_client.GitHubApiError)
            run.findings.push(apiFinding(run, error));
        else if (error instanceof CommandFailed) {
            run.findings.push(finding(details, 'rollback/command-failed', 'blocker', 'the rollback command failed', error.message, 'read the command output above; run it by hand with LAUNCH_READY_TARGET_SHA set to check it'));
        }
        else
            throw error;
    }
    details.calls = client.calls.map((call) => ({ ...call }));
    details.elapsedMs = now() - started;
    return buildReport(details, run.findings);
}
async function rollBack(run) {
    const { options, context, client, repo, details, findings } = run;
    const deployments = await listDeployments(client, repo, options.environment, SCAN_LIMIT);
    const history = new History(deployments, (id) => listStatuses(client, repo, id));
    const current = history.current;
    if (!current) {
        findings.push(finding(details, 'rollback/no-target', 'blocker', `no deployments of ${options.environment} to roll back`, `GitHub lists no deployment for the environment "${options.environment}" in ${repo.owner}/${repo.repo}. Nothing was changed.`, 'check the environment name (--environment), or that your deploy workflow records deployments (a job with environment: does)'));
        return;
    }
    details.current = deploymentRef(current, await history.latestState(current.id));
    context.log(`current deployment of ${options.environment}: ${current.id} (${shortSha(current.sha)}, ${details.current.state ?? 'no status'})`);
    const already = await alreadyRolledBack(history, current, options.force, run.now());
    if (already) {
        details.alreadyRolledBack = true;
        details.alreadyReason = already;
        findings.push(finding(details, 'rollback/already-rolled-back', 'info', 'already rolled back', `${already}. Nothing was written.`));
        return;
    }
    const selection = await selectTarget(history, current, options.to, options.environment);
    if ('refusal' in selection) {
        const r = selection.refusal;
        findings.push(finding(details, r.ruleId, 'blocker', r.title, r.message, r.remediation));
        return;
    }
    const target = selection.target;
    details.target = deploymentRef(target, await history.latestState(target.id));
    context.log(`target: deployment ${target.id} (${shortSha(target.sha)}, ${details.target.state ?? 'no status'})`);
    const windowMs = (0,rollback_options/* durationMs */.pc)(options.window);
    const recent = await history.rollbacksSince(run.now() - windowMs, SCAN_LIMIT);
    details.loopGuard.rollbacksInWindow = recent;
    if (recent >= options.maxRollbacks) {
        if (!options.force) {
            findings.push(finding(details, 'rollback/loop-guard', 'blocker', `loop guard: ${recent} rollbacks of ${options.environment} within ${options.window} already`, `At most ${options.maxRollbacks} rollbacks within ${options.window} run by themselves; more usually means the fault is not in the code (data, config, a third party). Nothing was changed.`, 'look at what failed before rolling back again; a person can override with --force (recorded on the deployment)'));
            return;
        }
    }
    if (options.force) {
        findings.push(finding(details, 'rollback/forced', 'info', 'forced by a person', `--force: the loop guard (${recent} of ${options.maxRollbacks} within ${options.window}) and claims left by runs that died were overridden; recorded on deployment ${current.id}`));
    }
    const dispatchRef = options.provider === 'github' && options.strategy === 'dispatch'
        ? options.ref.trim() || (await defaultBranch(client, repo))
        : '';
    const markText = rolledBackDescription(target, details.reason, options.force);
    const verifyUrl = verifyUrlOf(options, context);
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
    const claim = await claimRollback(client, repo, history, current, target, details.runId);
    if (!claim.won) {
        details.alreadyRolledBack = true;
        details.alreadyReason = `run ${claim.winner} claimed the rollback of deployment ${current.id} first`;
        findings.push(finding(details, 'rollback/already-rolled-back', 'info', 'already rolled back', `${details.alreadyReason}. This run did nothing more.`));
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
    await createStatus(client, repo, current.id, options.markState, markText, runUrl(context.env));
    details.verification = await verifyRollback({
        options,
        context,
        client,
        repo,
        deployment: done.deployment,
        sleep: run.sleep,
    });
    if (details.verification.status === 'failed') {
        findings.push(finding(details, 'rollback/not-restored', 'blocker', 'rollback did not restore service', `After rolling back to ${shortSha(target.sha)}: ${details.verification.message}`, 'the fault may not be in the code (a database migration, configuration, a third-party service): read the failing steps below and the deploy logs; roll back further with --to <older SHA> --force, or fix forward'));
    }
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
    const stage = run.details.rolledBack ? ' after the redeploy was started' : '; nothing was rolled back';
    return finding(run.details, 'rollback/github-error', 'blocker', `GitHub API: ${error.kind}${stage}`, error.message, remediation[error.kind] ?? 'run again; if it persists, check https://www.githubstatus.com');
}


/***/ }),

/***/ 87954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubApiError: () => (/* binding */ GitHubApiError),
  apiUrlFrom: () => (/* binding */ apiUrlFrom),
  createGitHubClient: () => (/* binding */ createGitHubClient),
  _w: () => (/* binding */ listAll),
  K: () => (/* binding */ repoFromEnv),
  ow: () => (/* binding */ tokenFrom)
});

// UNUSED EXPORTS: DEFAULT_API_URL

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92413);
// EXTERNAL MODULE: ./shared/http/retry.ts
var retry = __webpack_require__(85129);
;// CONCATENATED MODULE: ./shared/github/rate-limit.ts
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

;// CONCATENATED MODULE: ./shared/github/client.ts
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
function createGitHubClient(options) {
    const apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
    const timeoutMs = options.timeoutMs ?? 10_000;
    const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
    const waitBudget = options.rateLimitWaitMs ?? 60_000;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const log = options.log ?? (() => { });
    const calls = [];
    // @actions/github's own retry is off: this client decides what is retried (never a write that may have landed).
    const octokit = (0,github/* getOctokit */.Q)(options.token, { baseUrl: apiUrl, request: { retries: 0 } });
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
                    const wait = rateLimitWaitMs(status, headersOf(error), messageOf(error));
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
                const pause = (0,retry/* backoffMs */.jo)(attempt, 500, 4_000);
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
