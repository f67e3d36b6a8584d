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
      'tree (files on disk), diff (lines added between base and head), history (every commit reachable from head), or auto: diff on pull_request, history on schedule/workflow_dispatch, tree otherwise',
  },
  { name: 'path', key: 'path', type: 'string', description: 'Folder to scan (default: the working directory)' },
  {
    name: 'base',
    key: 'base',
    type: 'string',
    description:
      'diff: the commit to compare with (default: the pull request base; on a laptop, where the branch left origin/HEAD, main or master, else HEAD~1). history: scan only commits not reachable from it',
  },
  {
    name: 'head',
    key: 'head',
    type: 'string',
    description: 'diff and history: the last commit to scan (default: the pull request head, else HEAD)',
  },
  {
    name: 'build-dirs',
    key: 'buildDirs',
    type: 'list',
    description:
      'Browser build output, scanned even when gitignored; a secret there is a blocker (default: dist, build, .next/static, out, public)',
  },
  { name: 'ignore', key: 'ignore', type: 'list', description: 'Paths never scanned (gitignore-style globs)' },
  {
    name: 'allow',
    key: 'allow',
    type: 'lines',
    description: 'Regular expressions of values that are not secrets (one per line, or repeat the flag)',
  },
  {
    name: 'baseline',
    key: 'baseline',
    type: 'string',
    description:
      'Baseline of accepted findings, relative to path (default: .launch-ready-baseline.json; none for no baseline)',
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
    description: 'Files larger than this are skipped with a notice (default: 10485760, 10 MB)',
  },
  {
    name: 'no-gitignore',
    key: 'noGitignore',
    type: 'boolean',
    description: 'tree: also scan files .gitignore excludes (build output is scanned either way)',
  },
];

function isSecret(finding: Finding): boolean {
  return finding.ruleId !== SKIPPED_RULE;
}

export const secretScan: CheckDefinition<SecretScanOptions> = {
  name: 'secret-scan',
  description: 'Find leaked keys in the files, a pull request or the git history, without ever printing them',
  configSection: 'secrets',
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
