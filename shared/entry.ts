// The one shared bundle (dist/lib/index.js). Every action and the CLI are two-line stubs over it, so
// dist/ holds one copy of the library and every action runs the same version of it.
import { CHECKS, findCheck } from './checks/registry.ts';
import { runCli } from './cli/main.ts';

export async function cli(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  });
}

/** Actions that are not one check: `report` merges reports, `root` (the repository's action.yml) runs several. */
const MERGING_ACTIONS = new Set(['report', 'root']);

export async function runAction(name: string): Promise<void> {
  if (MERGING_ACTIONS.has(name)) {
    const { runReportAction, runRootAction } = await import('./run/report-action.ts');
    if (name === 'report') await runReportAction();
    else
      await runRootAction(
        CHECKS,
        CHECKS.map((c) => c.configSection),
      );
    return;
  }
  const definition = findCheck(name);
  if (!definition) throw new Error(`no check named ${name}`);
  // @actions/core is loaded only by actions, not by the CLI.
  const { runAction: run } = await import('./run/action.ts');
  await run(
    definition,
    CHECKS.map((c) => c.configSection),
  );
}
