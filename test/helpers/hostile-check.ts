// A check whose findings carry what a fork's pull request or a probed site controls: file names, titles,
// messages and table cells holding workflow commands and terminal escape sequences.
import { z } from 'zod';
import type { CheckDefinition } from '../../shared/checks/definition.ts';
import type { Finding } from '../../shared/report/model.ts';

/** What each hostile text tries: the runner must never act on it, the terminal must never receive it. */
export const INJECTED = [
  '\n::error file=pwned.js,line=1::INJECTED\n',
  '\n  ::add-mask::maskedByAttacker\n',
  '\n::stop-commands::fake\n',
  ' ##[add-mask]v1maskedByAttacker ',
  '\r::warning::carriage-return\r',
  '\x1b[2J\x1b]0;pwned title\x07\x1b[31mred',
  '\u202eevil\u202c',
] as const;
export const HOSTILE_FILE = `x${INJECTED[0]}y.js`;

const schema = z.strictObject({ count: z.number().int().min(0).default(12).describe('how many findings') });

function finding(i: number): Finding {
  const text = INJECTED[i % INJECTED.length]!;
  return {
    check: 'hostile',
    ruleId: 'hostile/rule',
    severity: i % 3 === 0 ? 'high' : 'medium',
    title: `title ${i}${text}`,
    message: `message ${i}${text}`,
    location:
      i % 4 === 3
        ? { url: `https://shop.test/${text}` }
        : { file: i === 0 ? HOSTILE_FILE : `src/${text}${i}.js`, line: i + 1 },
    remediation: `fix ${text}`,
    fingerprint: `h${i}`,
  };
}

export const hostileCheck: CheckDefinition<z.infer<typeof schema>> = {
  name: 'hostile',
  description: 'findings made of hostile text, for tests',
  configSection: 'hostile',
  schema,
  params: [{ name: 'count', key: 'count', type: 'number', description: 'how many findings' }],
  async run(options, context) {
    for (const text of INJECTED) context.log(`probing ${text} done`);
    const findings = Array.from({ length: options.count }, (_, i) => finding(i));
    return {
      check: 'hostile',
      ok: false,
      summary: `summary${INJECTED.join('')}`,
      findings,
    };
  },
  present: () => [{ title: `table${INJECTED[0]}`, columns: ['file', 'note'], rows: INJECTED.map((t) => [t, t]) }],
};
