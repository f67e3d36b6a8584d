// Cache-Control-shaped fields (Cache-Control, CDN-Cache-Control, Surrogate-Control…) read into directives.
// http-cache-semantics judges Cache-Control itself; this reads the fields it does not know, and the directives a
// finding names (immutable, public, s-maxage), with the same tolerant syntax.
import type { ResponseHeaders } from '../../http/types.ts';

export type Directives = Map<string, string | true>;

export function parseDirectives(value: string | undefined): Directives {
  const directives: Directives = new Map();
  if (value === undefined) return directives;
  for (const part of value.split(',')) {
    const [rawName, ...rest] = part.split('=');
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    const argument = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    // The first occurrence wins, as caches do with duplicated directives.
    if (!directives.has(name)) directives.set(name, rest.length > 0 ? argument : true);
  }
  return directives;
}

/** A delta-seconds argument, or undefined when absent or malformed. */
export function seconds(directives: Directives, name: string): number | undefined {
  const value = directives.get(name);
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

/** A header as one string (repeated fields joined as a list, as HTTP allows), lower-cased name. */
export function headerText(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The header block http-cache-semantics expects: one string per field (Set-Cookie kept as a list). */
export function flatHeaders(headers: ResponseHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(name === 'set-cookie' ? '\n' : ', ') : value;
  }
  return flat;
}

/** Vary's field names, lower-cased. */
export function varyFields(headers: ResponseHeaders): string[] {
  return (headerText(headers, 'vary') ?? '')
    .split(',')
    .map((field) => field.trim().toLowerCase())
    .filter((field) => field !== '');
}
