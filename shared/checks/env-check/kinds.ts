// Whether a value has the shape its kind promises. Messages say what is expected, never the value.
import { z } from 'zod';
import type { VariableKind } from './schema.ts';

export interface KindRule {
  kind: VariableKind;
  values?: readonly string[];
  pattern?: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const BOOLEAN_WORDS = new Set(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']);
const email = z.email();

/** Undefined when the value fits, else what was expected ("a URL such as https://shop.example"). */
export function shapeProblem(value: string, rule: KindRule): string | undefined {
  const trimmed = value.trim();
  switch (rule.kind) {
    case 'string':
      return undefined;
    case 'url':
      return isUrl(trimmed) ? undefined : 'a URL with a scheme and host (such as https://shop.example)';
    case 'number':
      return NUMBER.test(trimmed) ? undefined : 'a number';
    case 'boolean':
      return BOOLEAN_WORDS.has(trimmed.toLowerCase()) ? undefined : 'a boolean (true/false, 1/0, yes/no, on/off)';
    case 'enum':
      return rule.values?.includes(trimmed) ? undefined : `one of: ${(rule.values ?? []).join(', ')}`;
    case 'regex':
      return matchesWhole(trimmed, rule.pattern ?? '') ? undefined : `a value matching /${rule.pattern}/`;
    case 'email':
      return email.safeParse(trimmed).success ? undefined : 'an email address';
  }
}

export function isUrl(text: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/\s]/i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

function matchesWhole(value: string, pattern: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return false;
  }
}
