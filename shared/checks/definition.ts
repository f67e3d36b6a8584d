// What every check declares so that one pipeline (CLI and action alike) can run it.
import type { z } from 'zod';
import type { ConfigFile } from '../config/load.ts';
import type { Report } from '../report/model.ts';
import type { Redactor } from '../report/redact.ts';

export interface CheckContext {
  /** Folder the check works in (the action's working-directory, the CLI's cwd). */
  cwd: string;
  /** The environment the check may read (process.env, or a test's own). */
  env: Readonly<Record<string, string | undefined>>;
  /** Every secret value met goes here: it is masked (core.setSecret) and scrubbed from all output. */
  redactor: Redactor;
  /** GitHub event, when running as an action. */
  event?: { name: string; payload: Record<string, unknown> };
  /** Progress lines for people (stderr in the CLI, the log in an action). Never a secret. */
  log: (line: string) => void;
  /** Where params came from, so messages name what the user typed: `--base-url` or input `base-url`. Default cli. */
  source?: ParamSource;
  /** The whole launch-ready.yml, for a check that builds on another's section (rollback verifies with smoke). */
  config?: ConfigFile;
  /** The action's github-token input; the CLI leaves it unset (checks then read GITHUB_TOKEN). A secret. */
  githubToken?: string;
}

/** A CLI run (params are `--flags`) or an action run (params are `with:` inputs). */
export type ParamSource = 'cli' | 'action';

/** A param as the user gave it: `--timeout-ms` on the command line, `input 'timeout-ms'` in a workflow. */
export function paramLabel(name: string, source: ParamSource = 'cli'): string {
  return source === 'action' ? `input '${name}'` : `--${name}`;
}

/** `list` splits on commas and newlines; `lines` on newlines only (for values that may hold commas, like regexes). */
export type ParamType = 'string' | 'number' | 'boolean' | 'list' | 'lines';

/** One option that is both a CLI flag (`--api-path`) and an action input (`api-path`). */
export interface Param {
  name: string;
  /** Dotted path in the check's options object, e.g. `apiPath`. */
  key: string;
  type: ParamType;
  description: string;
}

export interface FileLimits {
  /** Option keys refused in the config file: only a flag or input may set them (`writeBaseline`). */
  flagOnly?: string[];
  /**
   * Path options that, when the config file gives them, must stay inside the repository (or the folder
   * checked outside one): relative, no `..` out, no symlink out. A path resolves against the folder checked,
   * or against the folder another option names (`under`), as the check itself resolves it.
   */
  paths?: { key: string; under?: string }[];
}

/** A table a check adds to its report: rendered in the job summary, markdown and terminal text. */
export interface Table {
  title: string;
  columns: string[];
  /** Plain text cells: writers escape them for their format. */
  rows: string[][];
  /** Shown folded (a <details> block in the job summary). */
  collapsed?: boolean;
  /**
   * Mermaid diagrams (e.g. `xychart-beta` charts) drawn with the table where markdown is rendered (the job summary,
   * --format markdown, an incident issue); the terminal shows the table alone, so the table must carry the figures.
   */
  charts?: string[];
}

export interface CheckDefinition<Options = unknown> {
  name: string;
  /** One line for --help. */
  description: string;
  /** Section of launch-ready.yml holding this check's options. */
  configSection: string;
  /** Options with defaults for every field, so zero-config works. */
  schema: z.ZodType<Options>;
  params: Param[];
  /**
   * What a repository's own launch-ready.yml may not do: a pull request can edit that file, so it must not turn
   * the gate off or reach outside the repository. Flags and action inputs are the user's word and are not limited.
   */
  fileLimits?: FileLimits;
  /** Loads its implementation lazily so the other checks' code stays off the start-up path. */
  run(options: Options, context: CheckContext): Promise<Report>;
  /** Check-specific tables (e.g. one row per smoke-test step), shown after the findings. */
  present?(report: Report): Table[];
  /** Check-specific action outputs, besides the common passed/findings/report. */
  outputs?(report: Report): Record<string, string>;
  /** An operation that writes (rollback): runs only when named, never from `launch-ready all` or the demo. */
  onlyWhenNamed?: boolean;
  /**
   * Runs usefully with no configuration at all (no launch-ready.yml, no input): the root action runs these when
   * its `checks` input is empty. A check that needs a site or a domain to test leaves it unset.
   */
  zeroConfig?: boolean;
}
