// assignedOrNear numbers the near-keyword alternative's group after the assignment's: the count read from the
// source must equal what the regex engine itself counts, or a rule would report the wrong group (or none).
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../shared/checks/secret-scan/rules/index.ts';
import { groupCount } from '../../../../shared/checks/secret-scan/rules/types.ts';

function compiledCount(source: string, flags: string): number {
  return new RegExp(`${source}|`, flags).exec('')!.length - 1;
}

describe('capture groups counted from a regex source', () => {
  it('equal the engine count for every rule pattern', () => {
    for (const rule of RULES) {
      const { source, flags } = rule.pattern;
      expect([rule.id, groupCount(source)]).toEqual([rule.id, compiledCount(source, flags.replace(/[gy]/g, ''))]);
    }
  });

  it('skip escaped parentheses, parentheses in classes, look-arounds and non-capturing groups; count named ones', () => {
    const cases = [
      String.raw`\((a)\)`,
      String.raw`[(\]](b)[^)]`,
      '(?:x)(?=y)(?!z)(?<=w)(?<!v)(u)',
      '(?<name>a)(b(c))',
      String.raw`[\\](d)\\(e)`,
    ];
    for (const source of cases) expect([source, groupCount(source)]).toEqual([source, compiledCount(source, '')]);
  });
});
