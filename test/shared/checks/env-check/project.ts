// A throwaway project folder for env-check tests, and a way to run the check on it as the pipeline does.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { envCheck } from '../../../../shared/checks/env-check/index.ts';
import type { EnvCheckDetails } from '../../../../shared/checks/env-check/report.ts';
import type { Report } from '../../../../shared/report/model.ts';
import { Redactor } from '../../../../shared/report/redact.ts';

export interface Project {
  dir: string;
  write(path: string, content: string | Buffer): Promise<void>;
  /** Parses `options` through the schema first, as the pipeline does: zero-config is `{}`. */
  check(options?: unknown, env?: Record<string, string>): Promise<CheckRun>;
  remove(): Promise<void>;
}

export interface CheckRun {
  report: Report<EnvCheckDetails>;
  redactor: Redactor;
  logs: string[];
}

export async function makeProject(files: Record<string, string | Buffer> = {}): Promise<Project> {
  const dir = await mkdtemp(join(tmpdir(), 'env-check-'));
  const write = async (path: string, content: string | Buffer): Promise<void> => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  };
  for (const [path, content] of Object.entries(files)) await write(path, content);
  return {
    dir,
    write,
    async check(options = {}, env = {}) {
      const redactor = new Redactor();
      const logs: string[] = [];
      const report = (await envCheck.run(envCheck.schema.parse(options), {
        cwd: dir,
        env,
        redactor,
        log: (line) => logs.push(line),
      })) as Report<EnvCheckDetails>;
      return { report, redactor, logs };
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export function rules(report: Report): string[] {
  return report.findings.map((finding) => finding.ruleId);
}

export function findingFor(report: Report, ruleId: string, variable: string) {
  return report.findings.find((finding) => finding.ruleId === ruleId && finding.message.startsWith(`${variable} `));
}
