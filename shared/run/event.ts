// The GitHub event a step runs for: GITHUB_EVENT_NAME and the payload the runner wrote to GITHUB_EVENT_PATH.
import { readFileSync } from 'node:fs';

export interface GitHubEvent {
  name: string;
  payload: Record<string, unknown>;
}

/** Undefined outside GitHub Actions; an unreadable payload reads as empty (the event name still counts). */
export function readEvent(env: Readonly<Record<string, string | undefined>>): GitHubEvent | undefined {
  const name = env.GITHUB_EVENT_NAME;
  if (!name) return undefined;
  const path = env.GITHUB_EVENT_PATH;
  try {
    const payload = path ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : {};
    return {
      name,
      payload: payload !== null && typeof payload === 'object' ? (payload as Record<string, unknown>) : {},
    };
  } catch {
    return { name, payload: {} };
  }
}
