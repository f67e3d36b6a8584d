// Where the values come from: the process environment (a workflow's `env:`), overlaid by an env file.
// The file wins: naming a file on purpose says "check these values", while the process environment
// also carries whatever the runner happens to set.
import { join } from 'node:path';
import type { CheckContext } from '../definition.ts';
import { readDotenvFile } from './dotenv-file.ts';

export interface ValueSource {
  get(name: string): string | undefined;
  /** Relative to cwd, when an env file was read. */
  envFile?: string;
  /** Names the env file sets (their values may need masking too). */
  fileNames: string[];
}

export async function loadValues(envFile: string, context: CheckContext): Promise<ValueSource> {
  if (envFile === '') return { get: (name) => context.env[name], fileNames: [] };
  const entries = await readDotenvFile(join(context.cwd, envFile), envFile);
  const fromFile = new Map(entries.map((entry) => [entry.name, entry.value]));
  return {
    get: (name) => (fromFile.has(name) ? fromFile.get(name) : context.env[name]),
    envFile,
    fileNames: [...fromFile.keys()],
  };
}
