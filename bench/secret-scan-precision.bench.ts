// secret-scan's precision on real published code: a tree scan of popular npm packages (bench/npm-corpus.ts,
// packed at test-data time into a cache outside the repository; none holds a real secret), listing every
// finding by rule and location (never its value). Goal: no more than 3 findings per 100 MB of text.
// With --deb, the Debian corpus instead (bench/deb-corpus.ts: Python, Go, Ruby, PHP and Perl libraries, many with
// their test suites): its findings are counted per package, the test folders' apart.
// Usage: node bench/secret-scan-precision.bench.ts [--deb] [corpus dir]
import { ensureDebCorpus } from './deb-corpus.ts';
import { ensureNpmCorpus } from './npm-corpus.ts';

/** Test suites and their data: where libraries keep fake tokens and test keys on purpose. */
const TEST_PATH =
  /(?:^|\/)(?:tests?|testdata|testing|spec|fixtures|__tests__)\/|_test\.go$|(?:^|\/)test_[^/]*\.py$|_spec\.rb$/;

const { runSecretScan } = await import('../shared/checks/secret-scan/scan.ts');
const { secretScanOptionsSchema } = await import('../shared/checks/secret-scan/options.ts');
const { Redactor } = await import('../shared/report/redact.ts');

const args = process.argv.slice(2);
const deb = args.includes('--deb');
const dirArg = args.find((arg) => !arg.startsWith('--'));
const tree = deb ? ensureDebCorpus(dirArg) : ensureNpmCorpus(dirArg);
const options = secretScanOptionsSchema.parse({ mode: 'tree', noGitignore: true, baseline: '' });
const report = await runSecretScan(options, { cwd: tree, env: {}, redactor: new Redactor(), log: () => {} });
const details = report.details!;
const mb = details.bytesScanned / 1e6;
for (const finding of report.findings) {
  const where =
    finding.location && 'file' in finding.location ? `${finding.location.file}:${finding.location.line}` : '';
  console.log(`${finding.ruleId}\t${where}`);
}
const per100 = (report.findings.length / mb) * 100;
const inTests = report.findings.filter(
  (finding) => finding.location && 'file' in finding.location && TEST_PATH.test(finding.location.file),
).length;
console.log(
  `\n${deb ? 'Debian' : 'npm'} corpus: ${details.filesScanned} files, ${mb.toFixed(1)} MB of text, ` +
    `${report.findings.length} findings (${per100.toFixed(1)} per 100 MB${deb ? '' : '; goal: at most 3'}), ` +
    `${inTests} of them in test files or folders`,
);
