// The GitHub runner reads every line a step prints as a possible workflow command: a line that starts with `::`
// (after spaces) or holds `##[` anywhere. A fork's pull request names the files and a probed site writes the
// pages, so text from either, printed raw, could add annotations or `::add-mask::` lines at will.
// @actions/core escapes the data of the commands it issues (annotations, setFailed, setSecret, groups), but
// `core.info` prints text as given, and so does the CLI when it runs in a workflow step.
import { randomBytes } from 'node:crypto';

/**
 * `text` between `::stop-commands::TOKEN` and `::TOKEN::`: the runner executes nothing in between. The token is
 * random per block, so the text cannot guess it to switch processing back on. Ends with a newline.
 */
export function withoutCommands(text: string): string {
  const token = `launch-ready-${randomBytes(16).toString('hex')}`;
  return `::stop-commands::${token}\n${text.replace(/\n$/, '')}\n::${token}::\n`;
}

/** True when output goes to a GitHub Actions log (the runner sets GITHUB_ACTIONS for every step). */
export function inActionsLog(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.GITHUB_ACTIONS === 'true';
}
