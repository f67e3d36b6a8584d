// Every option's documented default is the one the schema applies: stated once, by the generator or by the
// description itself, never twice and never different.
import { describe, expect, it } from 'vitest';
import { describeParam, paramDefault, STATES_DEFAULT } from '../../../shared/checks/param-docs.ts';
import { CHECKS } from '../../../shared/checks/registry.ts';

describe.each(CHECKS.map((check) => [check.name, check] as const))('%s params', (_name, check) => {
  it.each(check.params.map((param) => [param.name, param] as const))(
    '--%s states its default once, as the schema has it',
    (_p, param) => {
      const text = describeParam(check, param);
      // A statement of the default: "Default: X." or "(default X)" ("the default branch" is not one).
      expect(text.match(/\bdefault:|\(default\b/gi)?.length ?? 0, text).toBeLessThanOrEqual(1);
      const value = paramDefault(check, param);
      const shown = Array.isArray(value) ? value.map(String).join(', ') : String(value);
      if (STATES_DEFAULT.test(param.description) && value !== undefined && value !== '' && typeof value !== 'object') {
        expect(param.description, `${check.name} --${param.name}`).toContain(shown);
      }
    },
  );
});
