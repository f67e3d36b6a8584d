// Takes values out of a response for later steps ({{name}}): from a JSON path, a header, a cookie or a regex.
import type { CookieStore, ProbeResult } from '../../http/types.ts';
import { safeRegex } from './expect.ts';
import { readPath } from './json-path.ts';
import type { CaptureConfig } from './options.ts';

export type CaptureOutcome = { value: string } | { missing: string };

export function capture(source: CaptureConfig, result: ProbeResult, cookies: CookieStore): CaptureOutcome {
  if (source.jsonPath !== undefined) {
    let document: unknown;
    try {
      document = JSON.parse(result.body);
    } catch {
      return { missing: `the response is not JSON, so JSON path ${source.jsonPath} cannot be read` };
    }
    const found = readPath(document, source.jsonPath);
    if (!found.found || found.value === null || found.value === undefined) {
      return { missing: `JSON path ${source.jsonPath} is missing` };
    }
    return { value: typeof found.value === 'string' ? found.value : JSON.stringify(found.value) };
  }
  if (source.header !== undefined) {
    const raw = result.headers[source.header.toLowerCase()];
    const value = Array.isArray(raw) ? raw[0] : raw;
    return value === undefined ? { missing: `header ${source.header} is missing` } : { value };
  }
  if (source.cookie !== undefined) {
    const value = cookies.get(source.cookie, result.finalUrl);
    return value === undefined ? { missing: `cookie ${source.cookie} was not set` } : { value };
  }
  const pattern = source.regex ?? '';
  const match = safeRegex(pattern, '').exec(result.body);
  if (match === null) return { missing: `/${pattern}/ does not match the body` };
  return { value: match[1] ?? match[0] };
}
