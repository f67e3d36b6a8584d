import { isGenericDecoy } from '../filters.ts';
import { hasValidCrc32Checksum } from './checksum.ts';
import { isLiveJwt } from './keys.ts';
import {
  assignedOrNear,
  assignedTo,
  isWordLike,
  namedKey,
  prefixedToken,
  rotate,
  type SecretRule,
  startsAtName,
  withAlternative,
} from './types.ts';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const OKTA_TOKEN = '00[A-Za-z0-9_=-]{40}';
/** One Shamir share of a Vault root key: 33 bytes, in base64 (44 characters, no padding) or hex. */
const SHAMIR_SHARE = '[A-Za-z0-9+/]{44}(?![A-Za-z0-9+/=])|[0-9a-f]{66}(?![0-9a-f])';

export const DEVTOOLS_RULES: readonly SecretRule[] = [
  {
    id: 'github-token',
    title: 'GitHub token',
    severity: 'high',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    pattern: /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,251})(?![A-Za-z0-9_])/,
    checksum: hasValidCrc32Checksum,
    remediation: rotate('github.com/settings/tokens, or the app/OAuth settings that issued it'),
  },
  {
    // Since April 2026 GitHub issues App installation tokens as `ghs_<app id>_<JWT>`, about 520 characters and
    // varying: the JWT is GitHub's own, so one whose header and claims decode is a token GitHub issued.
    id: 'github-app-installation-token',
    title: 'GitHub App installation token',
    severity: 'high',
    keywords: ['ghs_'],
    pattern:
      /(?<![A-Za-z0-9_])(ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{22,2000})(?![A-Za-z0-9_.-])/,
    body: (value) => value.slice(value.lastIndexOf('.') + 1),
    validate: (value) => isLiveJwt(value.slice(value.indexOf('_', 4) + 1)),
    remediation: rotate(
      'it expires an hour after issue; until then revoke it with DELETE /installation/token, and look for the GitHub App private key that minted it',
    ),
  },
  {
    id: 'github-fine-grained-token',
    title: 'GitHub fine-grained personal access token',
    severity: 'high',
    keywords: ['github_pat_'],
    pattern: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/,
    remediation: rotate('github.com/settings/personal-access-tokens'),
  },
  namedKey(
    'github-oauth-client-secret',
    'GitHub OAuth or GitHub App client secret',
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
    ],
    '[a-f0-9]{40}',
    'GitHub > Settings > Developer settings > OAuth Apps or GitHub Apps > your app: generate a new client secret, delete the old one',
  ),
  {
    // A client ID and its secret written as a pair after the word (`github = '<id>', '<secret>'`, `github: <id>:<secret>`):
    // the ID before it is what tells the secret from a commit SHA. IDs: `Iv1.`/`Iv23`/`Ov23` + 16, or 20 legacy.
    id: 'github-oauth-client-pair',
    title: 'GitHub OAuth client ID and secret',
    severity: 'high',
    keywords: ['github'],
    mode: 'scan',
    pattern:
      /github[\s\S]{0,40}?(?<=[\s'"=:,(])(?:Iv1\.[a-f0-9]{16}|[A-Za-z0-9]{20})['"]?[ \t]{0,4}[,:;|][ \t]{0,4}['"]?([a-f0-9]{40})(?![A-Za-z0-9])/i,
    validate: (_value, context) => startsAtName(context),
    remediation: rotate(
      'GitHub > Settings > Developer settings > OAuth Apps or GitHub Apps > your app: generate a new client secret, delete the old one',
    ),
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
    pattern:
      /(?<![A-Za-z0-9_-])((?:glpat|gldt|glrt|glptt|glcbt|glft|glsoat|gloas|glimt|glagent|glffct)-[A-Za-z0-9_.-]{20,128}|GR1348941[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
    // An OAuth application secret is 64 characters; a personal token's hex-only body is the legacy 20 characters.
    validate: (value) =>
      (!value.startsWith('gloas-') || /^gloas-[A-Za-z0-9_-]{64}$/.test(value)) &&
      (!/^glpat-[a-f0-9]+$/.test(value) || value.length === 26),
    remediation: rotate('GitLab > User settings > Access tokens (or the project/group/runner settings): revoke it'),
  },
  {
    id: 'npm-access-token',
    title: 'npm access token',
    severity: 'high',
    keywords: ['npm_'],
    pattern: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    checksum: hasValidCrc32Checksum,
    remediation: rotate('npmjs.com > Access Tokens: delete the token'),
  },
  {
    id: 'npmrc-auth-token',
    title: 'Registry auth token in .npmrc',
    severity: 'high',
    keywords: ['_authToken', '_auth', '_password'],
    // Registry-scoped (`//registry.npmjs.org/:_authToken=`) or at the start of a line, never `self._password = …`.
    pattern:
      /(?<=(?:^|[:\s])[ \t]{0,8})_(?:authToken|auth|password)[ \t]{0,3}=[ \t]{0,3}["']?([A-Za-z0-9._~+/=:-]{8,512})(?![^\s"'])/m,
    generic: true,
    validate: (value) => !isGenericDecoy(value),
    remediation: rotate('your registry: revoke the token, then read it from an environment variable in .npmrc'),
  },
  {
    id: 'pypi-token',
    title: 'PyPI upload token',
    severity: 'high',
    keywords: ['pypi-AgEIcHlwaS5vcmc'],
    pattern: /(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
    remediation: rotate('pypi.org > Account settings > API tokens: remove the token'),
  },
  {
    id: 'vault-token',
    title: 'HashiCorp Vault token',
    severity: 'high',
    keywords: ['hvs.', 'hvb.', 'hvr.'],
    pattern: /(?<![A-Za-z0-9_.])(hv[sbr]\.[A-Za-z0-9_-]{24,300})(?![A-Za-z0-9_-])/,
    remediation: rotate('vault token revoke, or the auth method that issued it'),
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
    pattern: assignedTo('secret[_-]?id', UUID),
    validate: (_value, context) => startsAtName(context) && hasAppRoleNearby(context.text, context.match.index),
    remediation: rotate('vault write -f auth/approle/role/<role>/secret-id, then destroy the old secret ID'),
  },
  {
    id: 'pulumi-access-token',
    title: 'Pulumi access token',
    severity: 'high',
    keywords: ['pul-'],
    pattern: /(?<![A-Za-z0-9_-])(pul-[a-f0-9]{40})(?![A-Za-z0-9])/,
    remediation: rotate('app.pulumi.com > Settings > Access tokens: delete the token'),
  },
  {
    id: 'doppler-token',
    title: 'Doppler token',
    severity: 'high',
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    // A service token names the environment of its config between prefix and secret: `dp.st.prd.<secret>`.
    pattern:
      /(?<![A-Za-z0-9_.])(dp\.(?:pt|st(?:\.[a-z0-9_-]{2,35})?|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/,
    body: (value) => value.slice(value.lastIndexOf('.') + 1),
    remediation: rotate('Doppler dashboard > Access: revoke the token'),
  },
  {
    id: 'sentry-auth-token',
    title: 'Sentry auth token',
    severity: 'high',
    keywords: ['sntrys_', 'sntryu_'],
    pattern:
      /(?<![A-Za-z0-9_])(sntrys_eyJ[A-Za-z0-9+/]{20,400}={0,2}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_-])/,
    body: (value) => value.slice(value.lastIndexOf('_') + 1),
    // An org token's middle is base64 JSON naming its org and region: a run of random base64 is not one.
    validate: (value) => value.startsWith('sntryu_') || isSentryOrgToken(value),
    remediation: rotate('sentry.io > Settings > Auth Tokens: revoke the token'),
  },
  {
    id: 'linear-api-key',
    title: 'Linear API key',
    severity: 'high',
    keywords: ['lin_api_', 'lin_oauth_'],
    pattern: /(?<![A-Za-z0-9_])(lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64})(?![A-Za-z0-9_])/,
    remediation: rotate('Linear > Settings > API: revoke the key'),
  },
  {
    id: 'vercel-token',
    title: 'Vercel token',
    severity: 'high',
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    pattern: /(?<![A-Za-z0-9_])(vc[picrka]_[A-Za-z0-9]{20,60})(?![A-Za-z0-9])/,
    remediation: rotate('vercel.com/account/tokens: delete the token'),
  },
  {
    id: 'vercel-token-assignment',
    title: 'Vercel token',
    severity: 'high',
    keywords: ['vercel'],
    mode: 'scan',
    pattern: assignedTo('vercel[\\w.-]{0,20}token', '[A-Za-z0-9]{24}'),
    minEntropy: 3.5,
    remediation: rotate('vercel.com/account/tokens: delete the token'),
  },
  {
    id: 'netlify-token',
    title: 'Netlify access token',
    severity: 'high',
    keywords: ['nfp_', 'nfc_', 'nfo_', 'nfu_', 'nfb_'],
    pattern: /(?<![A-Za-z0-9_])(nf[pcoub]_[A-Za-z0-9]{36,40})(?![A-Za-z0-9])/,
    remediation: rotate('app.netlify.com/user/applications: revoke the token'),
  },
  {
    id: 'netlify-token-assignment',
    title: 'Netlify access token',
    severity: 'high',
    keywords: ['netlify'],
    mode: 'scan',
    pattern: assignedTo('netlify[\\w.-]{0,20}(?:token|key)', '[A-Za-z0-9_=-]{40,46}'),
    minEntropy: 3.5,
    remediation: rotate('app.netlify.com/user/applications: revoke the token'),
  },
  {
    id: 'heroku-api-key',
    title: 'Heroku API key',
    severity: 'high',
    keywords: ['heroku', 'HRKU-'],
    mode: 'scan',
    pattern: new RegExp(`${assignedTo('heroku', UUID).source}|(HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])`, 'i'),
    group: [1, 2],
    remediation: rotate('Heroku dashboard > Account settings > API key: regenerate'),
  },
  {
    id: 'docker-hub-token',
    title: 'Docker Hub personal access token',
    severity: 'high',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: /(?<![A-Za-z0-9_])(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32})(?![A-Za-z0-9_-])/,
    remediation: rotate('hub.docker.com > Account settings > Personal access tokens'),
  },
  {
    id: 'databricks-token',
    title: 'Databricks access token',
    severity: 'high',
    keywords: ['dapi'],
    pattern: /(?<![A-Za-z0-9_])(dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9])/,
    remediation: rotate('Databricks > User settings > Access tokens: revoke the token'),
  },
  // Figma's personal access tokens before `figd_`: a number, a dash and a UUID, known only by the name beside it
  // (`X-Figma-Token: …`, `FIGMA_TOKEN=…`).
  namedKey(
    'figma-token-legacy',
    'Figma personal access token (legacy format)',
    ['figma'],
    '[0-9]{3,8}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    'Figma > Settings > Security > Personal access tokens',
  ),
  {
    id: 'figma-token',
    title: 'Figma personal access token',
    severity: 'high',
    keywords: ['figd_'],
    pattern: /(?<![A-Za-z0-9_])(figd_[A-Za-z0-9_-]{40,200})(?![A-Za-z0-9_-])/,
    remediation: rotate('Figma > Settings > Security > Personal access tokens'),
  },
  {
    id: 'cloudflare-api-token',
    title: 'Cloudflare API token',
    severity: 'high',
    keywords: ['cfk_', 'cfut_', 'cfat_'],
    pattern: /(?<![A-Za-z0-9_])((?:cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8})(?![A-Za-z0-9])/,
    remediation: rotate('Cloudflare dashboard > My Profile > API Tokens: roll the token'),
  },
  {
    id: 'cloudflare-api-token-assignment',
    title: 'Cloudflare API token',
    severity: 'high',
    keywords: ['cloudflare', 'cf_api', 'cf-api'],
    mode: 'scan',
    pattern: assignedTo('(?:cloudflare|cf)[\\w.-]{0,20}(?:token|key)', '[A-Za-z0-9_-]{40}|[a-f0-9]{37}'),
    minEntropy: 3.5,
    remediation: rotate('Cloudflare dashboard > My Profile > API Tokens: roll the token'),
  },
  {
    id: 'tailscale-key',
    title: 'Tailscale key',
    severity: 'high',
    keywords: ['tskey-'],
    pattern: /(?<![A-Za-z0-9_])(tskey-[a-z]{2,20}-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60})(?![0-9A-Za-z_])/,
    body: (value) => value.slice(value.lastIndexOf('-') + 1),
    remediation: rotate('Tailscale admin console > Settings > Keys: revoke the key'),
  },
  {
    id: 'grafana-token',
    title: 'Grafana token',
    severity: 'high',
    keywords: ['glc_', 'glsa_', 'eyJrIjoi'],
    pattern:
      /(?<![A-Za-z0-9_])(glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|eyJrIjoi[A-Za-z0-9]{70,400}={0,3})(?![A-Za-z0-9+/=])/,
    remediation: rotate('Grafana > Administration > Service accounts / Cloud access policies: delete the token'),
  },
  {
    id: 'onepassword-service-account-token',
    title: '1Password service account token',
    severity: 'high',
    keywords: ['ops_ey'],
    pattern:
      /(?<![A-Za-z0-9_])(ops_ey[A-Za-z0-9+/=]{100,1280}fQ={0,2}|ops_eyJ[A-Za-z0-9+/]{250,4000}={0,3})(?![A-Za-z0-9+/=])/,
    remediation: rotate('1Password > Developer > Service accounts: revoke the token'),
  },
  {
    id: 'notion-token',
    title: 'Notion integration token',
    severity: 'high',
    keywords: ['ntn_'],
    pattern: /(?<![A-Za-z0-9_])(ntn_\d{11}[A-Za-z0-9]{35})(?![A-Za-z0-9])/,
    body: (value) => value.slice(15),
    remediation: rotate('notion.so/my-integrations: refresh the secret'),
  },
  {
    id: 'atlassian-api-token',
    title: 'Atlassian API token',
    severity: 'high',
    keywords: ['ATATT3'],
    pattern: /(?<![A-Za-z0-9_])(ATATT3[A-Za-z0-9_=-]{186})(?![A-Za-z0-9_=-])/,
    remediation: rotate('id.atlassian.com > Security > API tokens: revoke the token'),
  },
  {
    id: 'supabase-service-key',
    title: 'Supabase secret key',
    severity: 'high',
    keywords: ['sb_secret_', 'sbp_'],
    pattern: /(?<![A-Za-z0-9_])(sb_secret_[A-Za-z0-9_-]{31,64}|sbp_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
    remediation: rotate('Supabase dashboard > Project settings > API keys: revoke the key'),
  },
  {
    id: 'new-relic-api-key',
    title: 'New Relic user API key',
    severity: 'high',
    keywords: ['NRAK-'],
    pattern: /(?<![A-Za-z0-9_])(NRAK-[A-Za-z0-9]{27})(?![A-Za-z0-9])/,
    remediation: rotate('New Relic > API keys: delete the key'),
  },
  {
    id: 'datadog-api-key',
    title: 'Datadog API or application key',
    severity: 'high',
    keywords: ['datadog', 'dd_api_key', 'dd_app_key', 'dd-api-key', 'dd_application_key'],
    mode: 'scan',
    pattern: assignedTo(
      '(?:datadog|dd)[\\w.-]{0,20}(?:api|app|application)[\\w.-]{0,10}key',
      '[a-f0-9]{32}|[a-f0-9]{40}',
    ),
    remediation: rotate('Datadog > Organization settings > API keys / Application keys: revoke the key'),
  },
  {
    id: 'algolia-admin-key',
    title: 'Algolia admin API key',
    severity: 'high',
    keywords: ['algolia'],
    mode: 'scan',
    pattern: assignedTo('algolia[\\w.-]{0,20}(?:admin|write|secret)[\\w.-]{0,10}key', '[a-f0-9]{32}'),
    remediation: rotate('Algolia dashboard > Settings > API keys: regenerate the admin key'),
  },
  {
    id: 'postman-api-key',
    title: 'Postman API key',
    severity: 'high',
    keywords: ['PMAK-'],
    pattern: /(?<![A-Za-z0-9_])(PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9])/,
    remediation: rotate('Postman > Settings > API keys: revoke the key'),
  },
  {
    id: 'planetscale-token',
    title: 'PlanetScale password or token',
    severity: 'high',
    keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
    pattern: /(?<![A-Za-z0-9_])(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64})(?![A-Za-z0-9_.=-])/,
    remediation: rotate('PlanetScale > Settings > Passwords / Service tokens: delete it'),
  },
  {
    // The `_gitlab_session` cookie of a signed-in user: whoever holds it is that user until it expires.
    id: 'gitlab-session-cookie',
    title: 'GitLab session cookie',
    severity: 'high',
    keywords: ['_gitlab_session='],
    pattern: /_gitlab_session=([0-9a-z]{32})(?![A-Za-z0-9])/,
    remediation: rotate('GitLab > User settings > Active sessions: revoke the session, or sign out everywhere'),
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
    remediation: rotate('account.mapbox.com > Access tokens: restrict the token to your URLs, or delete it'),
  },
  {
    // Atlassian's API tokens before the ATATT3 prefix: 24 characters, known only by the product's name.
    ...namedKey(
      'atlassian-api-token-legacy',
      'Atlassian (Jira, Confluence) API token',
      ['atlassian', 'confluence', 'jira'],
      '[A-Za-z0-9]{24}',
      'id.atlassian.com > Security > API tokens: revoke the token',
    ),
  },
  {
    id: 'mapbox-secret-token',
    title: 'Mapbox secret access token',
    severity: 'high',
    keywords: ['sk.eyJ'],
    pattern: /(?<![A-Za-z0-9_.])(sk\.eyJ[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
    remediation: rotate('account.mapbox.com > Access tokens: delete the secret token'),
  },
  {
    // Minted by a secret token with any of its scopes, valid for an hour at most: most found in a repository have
    // expired, but one that has not acts with the scopes written in its payload.
    id: 'mapbox-temporary-token',
    title: 'Mapbox temporary access token',
    severity: 'medium',
    keywords: ['tk.eyJ'],
    pattern: /(?<![A-Za-z0-9_.])(tk\.eyJ[A-Za-z0-9_-]{20,1000}\.[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
    remediation: rotate('account.mapbox.com > Access tokens: delete the secret token that created it'),
  },
  prefixedToken(
    'dependency-track-api-key',
    'OWASP Dependency-Track API key',
    ['odt_'],
    // `odt_` then 32 letters and digits (4.9 to 4.12); since 4.13 a public ID of 8 (5 for a key from before) and `_`
    // stand between prefix and secret.
    'odt_(?:[A-Za-z0-9]{5}_|[A-Za-z0-9]{8}_)?[A-Za-z0-9]{32}',
    'Dependency-Track > Administration > Access Management > Teams: regenerate or delete the API key',
    { body: (value) => value.slice(value.lastIndexOf('_') + 1) },
  ),
  {
    // What `vault operator init` prints (`Unseal Key 1: …`, `Recovery Key 1: …`, or `unseal_keys_b64` in JSON) and
    // what `vault operator unseal` is given: a Shamir share of 33 bytes, 44 base64 characters or 66 hex digits.
    // A threshold of shares opens the barrier over every secret in the storage backend.
    id: 'vault-unseal-key',
    title: 'HashiCorp Vault unseal or recovery key',
    severity: 'high',
    keywords: ['Unseal Key', 'Recovery Key', 'operator unseal', 'unseal_keys_', 'recovery_keys_'],
    pattern: new RegExp(
      [
        String.raw`(?:Unseal|Recovery) Key \d{1,2}(?: \((?:b64|hex)\))?:[ \t]{0,4}(${SHAMIR_SHARE})`,
        String.raw`operator unseal[ \t]{1,4}(?:-[a-z-]{1,20}(?:=\S{1,100})?[ \t]{1,4}){0,3}['"]?(${SHAMIR_SHARE})`,
        String.raw`(?:unseal|recovery)_keys_(?:b64|hex)['"]?[ \t]{0,4}[:=][ \t]{0,4}\[\s{0,20}['"](${SHAMIR_SHARE})['"]`,
      ].join('|'),
    ),
    group: [1, 2, 3],
    remediation: rotate('vault operator rekey (recovery keys: vault operator rekey -target=recovery)'),
  },
  {
    id: 'brevo-api-key',
    title: 'Brevo (Sendinblue) API key',
    severity: 'high',
    keywords: ['xkeysib-', 'xsmtpsib-'],
    pattern: /(?<![A-Za-z0-9_])(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9])/,
    remediation: rotate('Brevo > SMTP & API > API keys: delete the key'),
  },
  {
    id: 'rubygems-api-key',
    title: 'RubyGems API key',
    severity: 'high',
    keywords: ['rubygems_'],
    pattern: /(?<![A-Za-z0-9_])(rubygems_[a-f0-9]{48})(?![A-Za-z0-9])/,
    remediation: rotate('rubygems.org > Settings > API keys: delete the key'),
  },
  {
    id: 'contentful-token',
    title: 'Contentful personal access token',
    severity: 'high',
    keywords: ['CFPAT-'],
    pattern: /(?<![A-Za-z0-9_])(CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    remediation: rotate('Contentful > Settings > CMA tokens: revoke the token'),
  },
  {
    id: 'dropbox-token',
    title: 'Dropbox access token',
    severity: 'high',
    keywords: ['sl.'],
    pattern: /(?<![A-Za-z0-9_.])(sl\.[A-Za-z0-9_-]{130,150})(?![A-Za-z0-9_-])/,
    remediation: rotate('Dropbox App Console > your app: revoke the token'),
  },
  {
    id: 'firebase-cloud-messaging-key',
    title: 'Firebase Cloud Messaging server key',
    severity: 'high',
    keywords: [':APA91b'],
    mode: 'scan',
    pattern: /(?<![A-Za-z0-9_-])(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
    body: (value) => value.slice(value.indexOf(':') + 7),
    remediation: rotate('Firebase console > Project settings > Cloud Messaging: delete the server key'),
  },
  {
    id: 'okta-api-token',
    title: 'Okta API token',
    severity: 'high',
    // By the provider's name, or after `SSWS`, the authorization scheme only Okta's API uses.
    keywords: ['okta', 'SSWS '],
    mode: 'scan',
    ...withAlternative(assignedOrNear('okta[\\w.-]{0,40}', OKTA_TOKEN), `SSWS[ \\t]{1,4}(${OKTA_TOKEN})(?![\\w=-])`),
    validate: (_, context) => startsAtName(context),
    remediation: rotate('Okta admin console > Security > API > Tokens: revoke the token'),
  },
  // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
  namedKey(
    'npm-legacy-token',
    'npm legacy auth token',
    ['npm_token', 'npmtoken', 'npm_auth_token'],
    UUID,
    'npmjs.com > Access Tokens: delete the token (legacy tokens are being retired: use a granular token)',
  ),
  prefixedToken(
    'portainer-access-token',
    'Portainer access token',
    ['ptr_'],
    'ptr_[A-Za-z0-9_+/=-]{36,44}',
    'Portainer > My account > Access tokens: remove the token',
    { validate: (value) => /\d/.test(value) && !isWordLike(value.slice(4)) },
  ),
  prefixedToken(
    'alchemy-access-token',
    'Alchemy access token',
    ['alcht_'],
    'alcht_[A-Za-z0-9]{30}',
    'Alchemy dashboard > Account > Access keys: delete the token',
  ),
  namedKey(
    'censys-api-secret',
    'Censys API secret',
    ['censys'],
    '[A-Za-z0-9]{32}',
    'search.censys.io/account/api: reset the API secret',
  ),
  namedKey(
    'convertapi-secret',
    'ConvertAPI secret',
    ['convertapi'],
    'secret_[A-Za-z0-9]{16}|[A-Za-z0-9]{16}',
    'convertapi.com > Account > Authentication: regenerate the secret',
    // `secret_` is the format's prefix, not a placeholder word.
    {
      body: (value) => value.replace(/^secret_/, ''),
      validate: (value) => !isWordLike(value.replace(/^secret_/, '')),
    },
  ),
  namedKey(
    'pinata-api-secret',
    'Pinata API secret',
    ['pinata'],
    '[a-z0-9]{64}',
    'app.pinata.cloud > API keys: revoke the key',
  ),
  namedKey(
    'uploadcare-secret-key',
    'Uploadcare secret key',
    ['uploadcare'],
    '[a-z0-9]{20}',
    'Uploadcare dashboard > API keys: add a new secret key, then delete the old one',
  ),
  prefixedToken(
    'apify-api-token',
    'Apify API token',
    ['apify_api_'],
    'apify_api_[A-Za-z0-9_-]{36}',
    'Apify Console > Settings > Integrations: reset the API token',
  ),
  namedKey(
    'apilayer-api-key',
    'APILayer API key',
    ['apilayer', 'currencylayer'],
    '[A-Za-z0-9]{32}',
    'apilayer.com > Account: reset the API key',
    { severity: 'medium' },
  ),
];

function isSentryOrgToken(value: string): boolean {
  const json = value.slice('sntrys_'.length, value.lastIndexOf('_'));
  const decoded = Buffer.from(json, 'base64').toString('latin1');
  return decoded.startsWith('{"iat":') && decoded.includes('"region_url"');
}

/** A role ID (`role_id`, `VAULT_ROLE_ID`, `role-id`) or the word AppRole within a few lines of a secret ID. */
function hasAppRoleNearby(text: string, index: number): boolean {
  const around = text.slice(Math.max(0, index - 400), index + 400);
  return /role[_-]?id(?![a-z])|approle/i.test(around);
}
