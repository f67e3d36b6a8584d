export const id = 302;
export const ids = [302];
export const modules = {

/***/ 59302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPlatformRollback: () => (/* binding */ runPlatformRollback)
});

// EXTERNAL MODULE: ./shared/github/client.ts
var client = __webpack_require__(16317);
// EXTERNAL MODULE: ./shared/github/deployments.ts
var github_deployments = __webpack_require__(49596);
// EXTERNAL MODULE: ./shared/checks/rollback/claim.ts
var rollback_claim = __webpack_require__(27643);
// EXTERNAL MODULE: ./shared/checks/rollback/details.ts
var rollback_details = __webpack_require__(15285);
// EXTERNAL MODULE: ./shared/checks/rollback/history.ts
var rollback_history = __webpack_require__(31231);
// EXTERNAL MODULE: ./shared/checks/rollback/markers.ts
var markers = __webpack_require__(69532);
// EXTERNAL MODULE: ./shared/checks/rollback/options.ts
var rollback_options = __webpack_require__(85825);
// EXTERNAL MODULE: ./shared/checks/rollback/platforms/api.ts + 1 modules
var api = __webpack_require__(96825);
// EXTERNAL MODULE: ./shared/checks/rollback/platforms/index.ts + 4 modules
var platforms = __webpack_require__(65492);
;// CONCATENATED MODULE: ./shared/checks/rollback/platforms/select.ts
/** Why production already is a rollback, or undefined: the provider recorded one, or a newer good deploy is not live. */
function providerAlreadyRolledBack(history, live) {
    if (history.liveIsRollback)
        return history.liveIsRollback;
    const newer = history.deploys.find((d) => d.good && d.id !== live.id && Date.parse(d.createdAt) > Date.parse(live.createdAt));
    if (newer) {
        return `production serves ${live.name}, older than the newest good deploy ${newer.name}: a rollback (or a person) already put an earlier deploy back`;
    }
    return undefined;
}
/** Deploys older than the live one, newest first. */
function earlier(history, live) {
    const at = history.deploys.findIndex((d) => d.id === live.id);
    if (at >= 0)
        return history.deploys.slice(at + 1);
    return history.deploys.filter((d) => Date.parse(d.createdAt) < Date.parse(live.createdAt));
}
function matches(deploy, wanted) {
    const w = wanted.trim().toLowerCase();
    if (deploy.id.toLowerCase() === w || deploy.name.toLowerCase() === w)
        return true;
    if (/^\d+$/.test(w) && deploy.name === `v${w}`)
        return true;
    return /^[0-9a-f]{7,40}$/.test(w) && deploy.sha.toLowerCase().startsWith(w);
}
function selectPlatformTarget(history, live, to, label) {
    const refuse = (ruleId, title, message, remediation) => ({
        refusal: { ruleId, title, message, remediation },
    });
    if (to.trim() !== '') {
        const target = history.deploys.find((d) => d.id !== live.id && matches(d, to)) ?? (matches(live, to) ? live : undefined);
        if (!target) {
            return refuse('rollback/unknown-target', `--to ${to} names no production deploy of ${label}`, `None of the ${history.deploys.length} most recent production deploys of ${label} has the id, version or SHA ${to}. Nothing was changed.`, 'pass the id (or Heroku version, or commit SHA) of an earlier production deploy');
        }
        if (target.id === live.id) {
            return refuse('rollback/target-is-current', `--to ${to} is what serves now`, `${target.name} serves production now. Nothing was changed.`, 'name an earlier deploy');
        }
        if (!target.good) {
            return refuse('rollback/target-refused', `refused: ${target.name} is ${target.state || 'not finished'}`, `A rollback only returns to a deploy that finished and can serve${target.failed ? ', never to a failed one' : ''}. Nothing was changed.`, 'name a deploy that finished successfully');
        }
        if (history.left.has(target.id)) {
            return refuse('rollback/target-refused', `refused: ${target.name} was itself rolled back from`, 'A rollback never returns to a deploy that an earlier rollback left. Nothing was changed.', 'name a deploy that finished successfully and was not rolled back from');
        }
        return { target };
    }
    for (const candidate of earlier(history, live)) {
        if (!candidate.good || history.left.has(candidate.id))
            continue;
        if (candidate.sha !== '' && candidate.sha === live.sha)
            continue;
        return { target: candidate };
    }
    return refuse('rollback/no-target', `no good deploy to roll back to on ${label}`, `None of the production deploys older than the live one (${live.name}) finished successfully without being rolled back from. Nothing was changed.`, 'name a known-good deploy with --to, or fix forward: deploy a fix through your normal pipeline');
}

// EXTERNAL MODULE: ./shared/checks/rollback/report.ts
var report = __webpack_require__(35789);
// EXTERNAL MODULE: ./shared/checks/rollback/run.ts + 3 modules
var run = __webpack_require__(45310);
// EXTERNAL MODULE: ./shared/checks/rollback/verify.ts
var verify = __webpack_require__(70774);
;// CONCATENATED MODULE: ./shared/checks/rollback/platform-run.ts
// rollback on a hosting provider (Vercel, Netlify, Heroku): the provider's API is the record of what serves and
// does the rollback. When the run also has GitHub (GITHUB_REPOSITORY and a token, as every Actions job does) and
// GitHub holds a deployment of the live commit, the rollback is claimed on it first, exactly as the github
// provider claims, so two triggers at once roll back once; without one, the provider's own record is the guard.













const SCAN_LIMIT = 100;
function ref(deploy) {
    return {
        id: deploy.id,
        ...(deploy.name === deploy.id ? {} : { name: deploy.name }),
        sha: deploy.sha,
        ref: '',
        createdAt: deploy.createdAt,
        creator: deploy.creator,
        state: deploy.state,
    };
}
function githubRecord(options, context, overrides) {
    const repo = (0,client/* repoFromEnv */.K)(context.env);
    const token = (0,client/* tokenFrom */.ow)(context.env, context.githubToken);
    if (!repo || !token)
        return undefined;
    return { client: (0,run/* rollbackGitHubClient */.n)(token, options, context, overrides), repo };
}
async function runPlatformRollback(provider, options, context, overrides = {}) {
    const now = overrides.now ?? Date.now;
    const started = now();
    const platform = (0,platforms/* platformFor */.RK)(provider, options, context, { readOnly: options.dryRun, sleep: overrides.sleep });
    const env = context.env;
    const details = (0,rollback_details/* startingDetails */.L)(options, env, provider, provider);
    const github = githubRecord(options, context, overrides);
    const run = { options, context, platform, github, details, findings: [], now, sleep: overrides.sleep };
    try {
        await rollBack(run);
    }
    catch (error) {
        if (error instanceof api/* PlatformApiError */.e)
            run.findings.push(providerFinding(run, error));
        else if (error instanceof client.GitHubApiError)
            run.findings.push(githubFinding(run, error));
        else
            throw error;
    }
    finally {
        await platform.api.close();
    }
    details.calls = [
        ...(github?.client.calls ?? []).map((call) => ({ ...call, api: 'github' })),
        ...platform.api.calls.map((call) => ({ ...call, api: provider })),
    ];
    details.elapsedMs = now() - started;
    return (0,report/* buildReport */.FK)(details, run.findings);
}
async function rollBack(run) {
    const { options, context, platform, details, findings } = run;
    const history = await platform.read();
    const live = history.live;
    if (!live) {
        findings.push((0,report/* finding */.gk)(details, 'rollback/no-target', 'blocker', `nothing serves production on ${platform.label}`, `${platform.label} has no live production deploy to roll back from. Nothing was changed.`, 'check the project, site or app name and that the token can see it'));
        return;
    }
    if (live.sha === '' && platform.commitOf)
        live.sha = await platform.commitOf(live);
    details.current = ref(live);
    context.log(`live on ${platform.label}: ${live.name} (${live.sha ? (0,markers/* shortSha */.Fu)(live.sha) : 'no commit'}, ${live.state})`);
    const github = run.github;
    if (github)
        await readGitHub(run, github, live);
    const already = (github?.history && github.current
        ? await (0,rollback_claim/* alreadyRolledBack */.Q0)(github.history, github.current, options.force, run.now())
        : undefined) ??
        (options.force && options.to.trim() !== '' ? undefined : providerAlreadyRolledBack(history, live));
    if (already) {
        details.alreadyRolledBack = true;
        details.alreadyReason = already;
        findings.push((0,report/* alreadyFinding */._O)(details, 'Nothing was written.'));
        return;
    }
    const selection = selectPlatformTarget(history, live, options.to, platform.label);
    if ('refusal' in selection) {
        const r = selection.refusal;
        findings.push((0,report/* finding */.gk)(details, r.ruleId, 'blocker', r.title, r.message, r.remediation));
        return;
    }
    const target = selection.target;
    if (target.sha === '' && platform.commitOf)
        target.sha = await platform.commitOf(target);
    details.target = ref(target);
    context.log(`target: ${target.name} (${target.sha ? (0,markers/* shortSha */.Fu)(target.sha) : 'no commit'}, ${target.state})`);
    const since = run.now() - (0,rollback_options/* durationMs */.pc)(options.window);
    const byProvider = history.rollbacksAt.filter((at) => at >= since).length;
    const byGitHub = github?.history ? await github.history.rollbacksSince(since, SCAN_LIMIT) : 0;
    // The same rollback may be in both records: the larger count, not the sum.
    details.loopGuard.rollbacksInWindow = Math.max(byProvider, byGitHub);
    if (details.loopGuard.rollbacksInWindow >= options.maxRollbacks && !options.force) {
        findings.push((0,report/* loopGuardFinding */.b9)(details, options.environment));
        return;
    }
    if (options.force) {
        findings.push((0,report/* forcedFinding */.Hb)(details, options.to.trim() === ''
            ? 'claims left by runs that died'
            : `claims left by runs that died and ${platform.label}'s record of an earlier rollback (with --to)`, github?.current ? `recorded on GitHub deployment ${github.current.id}` : 'recorded in this report'));
    }
    const claimOn = github?.current;
    const markText = (0,markers/* rolledBackDescription */.E8)({ sha: target.sha || target.name, id: target.name }, details.reason, options.force);
    const verifyUrl = (0,verify/* verifyUrlOf */.M)(options, context);
    details.plan = [
        claimOn
            ? `claim: post an in_progress status on GitHub deployment ${claimOn.id} (the live commit's), read its statuses back, go on only if this claim is the oldest`
            : `no claim: GitHub holds no deployment of the live commit to claim on, so two runs at once are kept apart only by ${platform.label}'s own record`,
        platform.describe(target),
        ...(claimOn ? [`mark GitHub deployment ${claimOn.id} ${options.markState}: "${markText}"`] : []),
        options.skipVerify || verifyUrl === ''
            ? 'no verification (no --verify-url or smoke.baseUrl)'
            : `verify: wait until ${platform.label} serves ${target.name}, then run the smoke steps against ${verifyUrl}`,
    ];
    if (options.dryRun) {
        for (const step of details.plan)
            context.log(`would: ${step}`);
        return;
    }
    if (github && claimOn && github.history) {
        const claim = await (0,rollback_claim/* claimRollback */.Bz)(github.client, github.repo, github.history, claimOn, target, details.runId);
        if (!claim.won) {
            details.alreadyRolledBack = true;
            details.alreadyReason = `run ${claim.winner} claimed the rollback of ${live.name} first`;
            findings.push((0,report/* alreadyFinding */._O)(details, 'This run did nothing more.'));
            return;
        }
    }
    const done = await platform.rollBack(target, details.reason);
    details.rolledBack = true;
    details.deploymentId = done.created?.id ?? target.id;
    context.log(done.done);
    if (github && claimOn)
        await (0,github_deployments/* createStatus */.JB)(github.client, github.repo, claimOn.id, options.markState, markText);
    details.verification = await (0,verify/* verifyRollback */.i)({
        options,
        context,
        live: { label: `${platform.label} (${target.name})`, poll: () => platform.liveState(target, done.created) },
        sleep: run.sleep,
    });
    findings.push(...(0,report/* verificationFindings */.sl)(details, target.name));
}
/** GitHub's record of the live commit, when it has one; a run that cannot read it goes on without a claim. */
async function readGitHub(run, github, live) {
    if (live.sha === '')
        return;
    try {
        const deployments = await (0,github_deployments/* listDeployments */.Jn)(github.client, github.repo, run.options.environment, SCAN_LIMIT);
        github.history = new rollback_history/* History */.B(deployments, (id) => (0,github_deployments/* listStatuses */.vM)(github.client, github.repo, id));
        github.current = deployments.find((d) => d.sha === live.sha);
    }
    catch (error) {
        if (!(error instanceof client.GitHubApiError) || error.kind === 'read-only')
            throw error;
        run.context.log(`could not read GitHub deployments (${error.message}): going on without a claim`);
    }
}
function providerFinding(run, error) {
    const names = {
        vercel: 'VERCEL_TOKEN (a token of the team that owns the project)',
        netlify: 'NETLIFY_AUTH_TOKEN',
        heroku: 'HEROKU_API_KEY',
    };
    const remediation = {
        unauthorized: `pass a valid token: ${names[run.platform.provider]}`,
        forbidden: 'use a token that may change this project (team scope, deploy role)',
        'not-found': 'check the project, site or app (--project) and, on Vercel, the team (--team)',
        'rate-limited': "wait for the provider's rate limit to reset and run again",
    };
    const stage = run.details.rolledBack ? ' after the rollback was asked for' : '; nothing was rolled back';
    return (0,report/* finding */.gk)(run.details, 'rollback/provider-error', 'blocker', `${run.platform.label}: ${error.kind}${stage}`, error.message, remediation[error.kind] ?? "run again; if it persists, check the provider's status page");
}
function githubFinding(run, error) {
    return (0,report/* githubErrorFinding */.nj)(run.details, error, 'after the rollback was asked for', {
        forbidden: 'give the job `permissions: deployments: write` (the claim and the mark are deployment statuses)',
    });
}


/***/ })

};
