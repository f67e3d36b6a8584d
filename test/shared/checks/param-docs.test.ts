// Every option's default is stated once, by the generator from the schema: a description that also states it
// would say it twice, and could say it differently.
import { describe, expect, it } from 'vitest';
import { describeParam } from '../../../shared/checks/param-docs.ts';
import { CHECKS } from '../../../shared/checks/registry.ts';

describe.each(CHECKS.map((check) => [check.name, check] as const))('%s params', (_name, check) => {
  it.each(check.params.map((param) => [param.name, param] as const))('--%s states its default once', (_p, param) => {
    const text = describeParam(check, param);
    // A statement of the default: "Default: X." or "(default X)" ("the default branch" is not one).
    expect(text.match(/\bdefault:|\(default\b/gi)?.length ?? 0, text).toBeLessThanOrEqual(1);
  });
});
