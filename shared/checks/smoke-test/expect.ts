// Checks a response against a step's expectations: the status first (an `http` failure), then the body,
// JSON and headers (`assertion` failures). Time budgets are judged separately (a slow page still works).
import { isDeepStrictEqual } from 'node:util';
import { statusFailure } from '../../http/failure.ts';
import type { Failure, ProbeResult } from '../../http/types.ts';
import { type Redactor, redactValue } from '../../report/redact.ts';
import { readPath } from './json-path.ts';
import type { ExpectConfig } from './options.ts';
import { isSensitiveName } from './sensitive.ts';

type StatusSpec = NonNullable<ExpectConfig['status']>;

function ranges(spec: StatusSpec | undefined): [number, number][] {
  const items = spec === undefined ? ['2xx'] : Array.isArray(spec) ? spec : [spec];
  return items.map((item) => {
    if (typeof item === 'number') return [item, item];
    const text = item.trim().toLowerCase();
    if (text.endsWith('xx')) {
      const base = Number(text[0]) * 100;
      return [base, base + 99];
    }
    const [lo, hi] = text.split('-').map((part) => Number(part.trim()));
    return [lo, hi ?? lo];
  });
}

export function describeStatus(spec: StatusSpec | undefined): string {
  const items = spec === undefined ? ['2xx'] : Array.isArray(spec) ? spec : [spec];
  return items.map(String).join(' or ');
}

export function statusMatches(status: number, spec: StatusSpec | undefined): boolean {
  return ranges(spec).some(([lo, hi]) => status >= lo && status <= hi);
}

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function assertion(message: string, hint: string): Failure {
  return { kind: 'assertion', message, hint };
}

/** `redactor` scrubs every quoted value before it is cut to fit a message, so a cut never keeps half a secret. */
export function checkResponse(result: ProbeResult, expect: ExpectConfig, redactor: Redactor): Failure | undefined {
  const clip = (text: string) => redactor.clip(text, MAX_QUOTED);
  const shown = (name: string, value: string) => (isSensitiveName(name) ? redactValue(value) : clip(value));
  const status = result.status ?? 0;
  if (!statusMatches(status, expect.status)) {
    return statusFailure(status, result.finalUrl, describeStatus(expect.status));
  }
  for (const text of list(expect.bodyContains)) {
    if (!result.body.includes(text)) {
      return assertion(
        `the response body does not contain "${clip(text)}"${result.bodyTruncated ? ' (in the first part read)' : ''}`,
        'the page rendered without content it should have: check the template, data and feature flags behind it',
      );
    }
  }
  for (const text of list(expect.bodyNotContains)) {
    if (result.body.includes(text)) {
      return assertion(
        `the response body contains "${clip(text)}"`,
        'the page shows something it must not (an error message or debug output): check the app logs',
      );
    }
  }
  for (const [name, pattern] of Object.entries(expect.headerMatches ?? {})) {
    const raw = result.headers[name.toLowerCase()];
    const value = Array.isArray(raw) ? raw.join(', ') : raw;
    if (value === undefined || !safeRegex(pattern).test(value)) {
      return assertion(
        value === undefined
          ? `header ${name} is missing`
          : `header ${name} is "${shown(name, value)}", expected to match /${pattern}/`,
        'the response headers are not what the step expects: check the app/CDN configuration for this route',
      );
    }
  }
  if (expect.jsonPathEquals !== undefined || expect.jsonPathExists !== undefined)
    return checkJson(result, expect, shown);
  return undefined;
}

function checkJson(
  result: ProbeResult,
  expect: ExpectConfig,
  shown: (name: string, value: string) => string,
): Failure | undefined {
  let document: unknown;
  try {
    document = JSON.parse(result.body);
  } catch {
    return assertion(
      `the response is not JSON (${result.bodyTruncated ? 'truncated, ' : ''}content-type ${String(result.headers['content-type'] ?? 'none')})`,
      'the API answered with something else than JSON, often an HTML error page: check the route and the app logs',
    );
  }
  for (const path of list(expect.jsonPathExists)) {
    if (!readPath(document, path).found) {
      return assertion(`JSON path ${path} is missing`, 'the API response lacks a field clients rely on: check the API');
    }
  }
  for (const [path, expected] of Object.entries(expect.jsonPathEquals ?? {})) {
    const found = readPath(document, path);
    if (!found.found) {
      return assertion(`JSON path ${path} is missing`, 'the API response lacks a field clients rely on: check the API');
    }
    if (!isDeepStrictEqual(found.value, expected)) {
      return assertion(
        `JSON path ${path} is ${shown(path, JSON.stringify(found.value) ?? 'undefined')}, expected ${shown(path, JSON.stringify(expected))}`,
        'the API answered with an unexpected value: check the API and the data it reads',
      );
    }
  }
  return undefined;
}

/** A step's pattern is config, not code: an invalid one is matched literally rather than crashing the run. */
export function safeRegex(pattern: string, flags = 'i'): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch {
    return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
  }
}

/** Longest value quoted in a message. A value whose name says it is a credential is redacted whole instead. */
const MAX_QUOTED = 80;

/** The time assertion, judged after the others: over budget makes the step "slow", not failed. */
export function checkTime(result: ProbeResult, maxMs: number | undefined): Failure | undefined {
  if (maxMs === undefined || maxMs <= 0 || result.timings.total <= maxMs) return undefined;
  return assertion(
    `took ${Math.round(result.timings.total)} ms, over the ${maxMs} ms budget (first byte after ${Math.round(result.timings.firstByte)} ms)`,
    result.timings.firstByte > result.timings.total / 2
      ? 'the server is slow to start answering: profile the route (queries, external calls) or cache it'
      : 'the response is slow to download: make it smaller (compression, fewer/lighter assets) or serve it from a CDN',
  );
}
