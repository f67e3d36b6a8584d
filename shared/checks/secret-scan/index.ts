// secret-scan as a CheckDefinition. Kept light (zod and types): the scanner loads only when it runs.
import type { Finding, Report } from '../../report/model.ts';
import type { CheckDefinition, Param, Table } from '../definition.ts';
import { type SecretScanOptions, secretScanOptionsSchema } from './options.ts';

export { type SecretScanOptions, secretScanOptionsSchema } from './options.ts';

/** Rule id of the "file not scanned" notices; mirrors NOTICE_RULES in scan.ts without loading it. */
const SKIPPED_RULE = 'secret-scan/file-skipped';

const params: Param[] = [
  {
    name: 'mode',
    key: 'mode',
    type: 'string',
    description:
      'What to scan: tree (the files on disk, plus browser build output even when gitignored), diff (only the lines a pull request adds), history (every commit reachable from head), or auto: diff on pull_request, history on schedule and workflow_dispatch, tree otherwise. diff and history need the history fetched (actions/checkout with fetch-depth: 0). A .secretlintrc.json in path also runs the secretlint rules it configures, in every mode, merged with ours.',
  },
  { name: 'path', key: 'path', type: 'string', description: 'Folder to scan, relative to the working directory.' },
  {
    name: 'base',
    key: 'base',
    type: 'string',
    description:
      'diff: the commit to compare with (empty: the pull request base; on a laptop, where the branch left origin/HEAD, main or master, else HEAD~1). history: scan only commits not reachable from it.',
  },
  {
    name: 'head',
    key: 'head',
    type: 'string',
    description: 'diff and history: the last commit to scan (empty: the pull request head, else HEAD).',
  },
  {
    name: 'build-dirs',
    key: 'buildDirs',
    type: 'list',
    description:
      'Browser build output, comma-separated or one per line; scanned even when gitignored, and a secret there is a blocker. Matches at any depth outside node_modules.',
  },
  {
    name: 'ignore',
    key: 'ignore',
    type: 'list',
    description:
      'Paths never scanned, gitignore-style globs, comma-separated or one per line (e.g. test/fixtures/). A .secretlintignore in path adds its patterns.',
  },
  {
    name: 'allow',
    key: 'allow',
    type: 'lines',
    description:
      "Regular expressions of values that are not secrets (e.g. ^sk_test_), one per line (or repeat the flag); they apply to the findings of a .secretlintrc's rules too.",
  },
  {
    name: 'baseline',
    key: 'baseline',
    type: 'string',
    description:
      'Baseline file of accepted findings (fingerprints, never values), relative to path; none for no baseline. Findings in it do not fail.',
  },
  {
    name: 'write-baseline',
    key: 'writeBaseline',
    type: 'boolean',
    description:
      'Record every current finding in the baseline file and pass: later runs fail only on new leaks. A flag or input only: refused in launch-ready.yml, which a pull request can edit',
  },
  {
    name: 'max-file-bytes',
    key: 'maxFileBytes',
    type: 'number',
    description: 'Files larger than this many bytes are skipped with a notice.',
  },
  {
    name: 'no-gitignore',
    key: 'noGitignore',
    type: 'boolean',
    description: 'tree mode: also scan files that .gitignore excludes (build output is scanned either way).',
  },
  {
    name: 'verify',
    key: 'verify',
    type: 'boolean',
    description:
      "Ask each key's own provider whether it still works (GitHub, Stripe, AWS STS with the secret found beside the key id, Slack, OpenAI, SendGrid): live keys become blockers, revoked ones medium. A key is sent only to its provider's API, once, within 30 s in all. LAUNCH_READY_VERIFY_<PROVIDER>_URL overrides an API origin (tests, GitHub Enterprise Server).",
  },
  {
    name: 'shard',
    key: 'shard',
    type: 'string',
    description:
      'Scan part I of N, e.g. 2/4, in a strategy.matrix job: history splits the commits into N runs of similar length, tree splits files by a hash of their path. The N reports merged equal one whole scan. Empty: the whole scan.',
  },
];

/** How each verification verdict reads in the summary table. */
const VERDICT_WORDS: Record<string, string> = {
  live: 'live: rotate now',
  revoked: 'revoked',
  unknown: 'could not verify',
};

function isSecret(finding: Finding): boolean {
  return finding.ruleId !== SKIPPED_RULE;
}

export const secretScan: CheckDefinition<SecretScanOptions> = {
  name: 'secret-scan',
  description: 'Find leaked keys in the files, a pull request or the git history, without ever printing them',
  configSection: 'secrets',
  zeroConfig: true,
  schema: secretScanOptionsSchema,
  params,
  // A pull request's own launch-ready.yml must not pass the gate by writing a baseline, nor scan or write
  // outside the repository.
  fileLimits: { flagOnly: ['writeBaseline'], paths: [{ key: 'path' }, { key: 'baseline', under: 'path' }] },
  async run(options, context) {
    const { runSecretScan } = await import('./scan.ts');
    return runSecretScan(options, context);
  },
  present(report: Report): Table[] {
    const tables: Table[] = [];
    const groups = new Map<string, Finding[]>();
    for (const finding of report.findings.filter(isSecret)) {
      const group = groups.get(finding.ruleId) ?? [];
      group.push(finding);
      groups.set(finding.ruleId, group);
    }
    if (groups.size > 0) {
      tables.push({
        title: 'Secrets by rule',
        columns: ['Rule', 'Severity', 'Count', 'Files', 'What to do'],
        rows: [...groups.values()].map((group) => {
          const first = group[0]!;
          const files = [...new Set(group.map(fileOf))];
          const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? ` and ${files.length - 5} more` : '');
          return [first.title, first.severity, String(group.length), shown, first.remediation ?? ''];
        }),
      });
    }
    const verified = report.findings.filter((finding) => finding.properties?.verification !== undefined);
    if (verified.length > 0) {
      tables.push({
        title: `Verified with the provider (${verified.length})`,
        columns: ['Secret', 'Key', 'File', 'Line', 'Provider says', 'Severity'],
        rows: verified
          .slice(0, 100)
          .map((finding) => [
            finding.title,
            finding.evidence ?? '',
            fileOf(finding),
            finding.location && 'line' in finding.location ? String(finding.location.line) : '',
            VERDICT_WORDS[String(finding.properties!.verification)] ?? String(finding.properties!.verification),
            finding.severity,
          ]),
      });
    }
    const skipped = (report.details as { skipped?: { path: string; reason: string }[] } | undefined)?.skipped ?? [];
    if (skipped.length > 0) {
      tables.push({
        title: `Files not scanned (${skipped.length})`,
        columns: ['File', 'Why'],
        rows: skipped.slice(0, 100).map((skip) => [skip.path, skip.reason]),
        collapsed: true,
      });
    }
    return tables;
  },
  outputs(report: Report) {
    const details = report.details as { baselineSuppressed?: number; mode?: string } | undefined;
    return {
      'secrets-found': String(report.findings.filter(isSecret).length),
      'baseline-suppressed': String(details?.baselineSuppressed ?? 0),
      mode: details?.mode ?? '',
    };
  },
};

function fileOf(finding: Finding): string {
  return finding.location && 'file' in finding.location ? finding.location.file : '';
}
