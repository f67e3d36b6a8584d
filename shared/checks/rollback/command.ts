// The command provider: the user's own redeploy, run through the shell with the rollback's facts in its env.
// Its output goes to the log line by line, scrubbed by the caller's log (it may echo secrets from the env).
import { spawn } from 'node:child_process';

export class CommandFailed extends Error {
  override name = 'CommandFailed';
}

export function runShell(
  command: string,
  timeoutMs: number,
  extraEnv: Record<string, string>,
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, {
      shell: true,
      env: { ...(env as Record<string, string>), ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new CommandFailed(`the rollback command did not finish within ${timeoutMs} ms and was stopped`));
    }, timeoutMs);
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) if (line.trim() !== '') log(`  | ${line}`);
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new CommandFailed(`could not start the rollback command: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new CommandFailed(`the rollback command exited with ${signal ?? `code ${code}`}`));
    });
  });
}
