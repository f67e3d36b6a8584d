// secret-scan's precision on real published code: a tree scan of popular npm packages (bench/npm-corpus.ts,
// packed at test-data time into a cache outside the repository; none holds a real secret), listing every
// finding by rule and location (never its value). Goal: no more than 3 findings per 100 MB of text.
// Usage: node bench/secret-scan-precision.bench.ts [corpus dir]
import { ensureNpmCorpus } from './npm-corpus.ts';

const { runSecretScan } = await import('../shared/checks/secret-scan/scan.ts');
const { secretScanOptionsSchema } = await import('../shared/checks/secret-scan/options.ts');
const { Redactor } = await import('../shared/report/redact.ts');

const tree = ensureNpmCorpus(process.argv[2]);
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
console.log(
  `\nnpm corpus: ${details.filesScanned} files, ${mb.toFixed(1)} MB of text, ${report.findings.length} findings ` +
    `(${per100.toFixed(1)} per 100 MB; goal: at most 3)`,
);
