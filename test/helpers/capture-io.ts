// The command's Io with stdout and stderr collected, for tests that read what a person would see.
import type { Io } from '../../shared/cli/main.ts';

export function captureIo(overrides: Partial<Io> & { cwd: string }): Io & { out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  return {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    isTty: false,
    env: {},
    ...overrides,
    out,
  };
}
