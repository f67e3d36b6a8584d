// The keyword pass decides where rules run. A scan rule whose pattern starts with its keywords is tried only
// where a keyword starts: that is exact only if every match a whole-text scan finds starts at a keyword the
// pass reports. These tests hold that property on every provider sample in many syntaxes.
import { describe, expect, it } from 'vitest';
import { KeywordIndex, startsAtKeyword } from '../../../../shared/checks/secret-scan/prefilter.ts';
import { RULES } from '../../../../shared/checks/secret-scan/rules/index.ts';
import { Keys } from '../../../fixtures/secret-corpus/generate.ts';
import { PROVIDER_SAMPLES } from '../../../fixtures/secret-corpus/provider-samples.ts';
import { ROWS } from './service-samples.ts';

const k = new Keys(4242);
const values = [
  ...PROVIDER_SAMPLES.map((sample) => ({ name: sample.name, value: sample.make(k) })),
  ...ROWS.map(({ name, value }) => ({ name, value })),
];

/** Each sample under its own name and under every other rule's keywords, in several syntaxes and cases. */
function texts(keywords: readonly string[]): string[] {
  const out: string[] = [];
  for (const { name, value } of values) {
    for (const word of [name, ...keywords]) {
      const upper = word.toUpperCase();
      out.push(
        `${word}Token="${value}"\n${upper}_TOKEN=${value}\n  "${word}_key": "${value}",\n`,
        `const ${word}${word}Secret = '${value}'; ${word}-${word}: ${value}\n`,
        `curl -u ${word}:${value} https://x.test\ncurl --user=${value} ${word}\n"private_key": "${value}"`,
      );
    }
  }
  return out;
}

function wholeTextStarts(pattern: RegExp, text: string): number[] {
  const regex = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`);
  const starts: number[] = [];
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    starts.push(match.index);
    if (match[0].length === 0) regex.lastIndex++;
  }
  return starts;
}

describe('rules tried at their keywords', () => {
  const converted = RULES.filter(startsAtKeyword);

  it('cover most name-gated rules', () => {
    expect(converted.length).toBeGreaterThan(20);
  });

  /** Rule id -> whole-text matches on the sample texts, and those not starting at a reported keyword. */
  const checked = new Map<string, { matches: number; missed: string[] }>();
  for (const rule of converted) {
    const index = new KeywordIndex([rule]);
    const result = { matches: 0, missed: [] as string[] };
    for (const text of texts(rule.keywords)) {
      const anchors = new Set(index.find(text).anchors.get(0) ?? []);
      for (const start of wholeTextStarts(rule.pattern, text)) {
        result.matches++;
        if (!anchors.has(start)) result.missed.push(text.slice(start, start + 40));
      }
    }
    checked.set(rule.id, result);
  }

  it.each(converted.map((rule) => [rule.id] as const))(
    '%s: every whole-text match starts where the keyword pass reports a keyword',
    (id) => {
      expect(checked.get(id)?.missed).toEqual([]);
    },
  );

  it('are exercised: most of them match the sample texts', () => {
    const matched = [...checked.values()].filter((result) => result.matches > 0).length;
    expect(matched / converted.length).toBeGreaterThan(0.8);
  });

  it('leaves rules whose matches may start elsewhere to scan the whole text', () => {
    const base = { id: 't/x', title: 'x', severity: 'high' as const, remediation: 'x', mode: 'scan' as const };
    expect(startsAtKeyword({ ...base, keywords: ['mailgun'], pattern: /(?<![\w-])(key-[0-9a-f]{32})/ })).toBe(false);
    // An optional prefix, a keyword the pattern spells with optional separators, a case-folding `iu` pattern.
    expect(startsAtKeyword({ ...base, keywords: ['linear'], pattern: /(?:linear)?[\w.-]{0,40}=(\w+)/i })).toBe(false);
    expect(startsAtKeyword({ ...base, keywords: ['x_bearer'], pattern: /(?:x[_.-]?bearer)=(\w+)/i })).toBe(false);
    expect(startsAtKeyword({ ...base, keywords: ['kelvin'], pattern: /(?:kelvin)=(\w+)/iu })).toBe(false);
    expect(startsAtKeyword({ ...base, keywords: ['linear'], pattern: /(?:linear)[\w.-]{0,40}=(\w+)/i })).toBe(true);
    expect(startsAtKeyword({ ...base, keywords: ['curl'], pattern: /\bcurl\b.{0,40}-u (\S+)/ })).toBe(true);
    // Every alternative, top-level or in a leading group, must begin with a keyword; a joined name may follow it.
    const shortcut = ['shortcut', 'clubhouse'];
    expect(startsAtKeyword({ ...base, keywords: shortcut, pattern: /(?:shortcut[_. -]?api|clubhouse)=(\w+)/i })).toBe(
      true,
    );
    expect(startsAtKeyword({ ...base, keywords: shortcut, pattern: /(?:shortcut)=(\w+)|(?:clubhouse)\s(\w+)/i })).toBe(
      true,
    );
    expect(startsAtKeyword({ ...base, keywords: shortcut, pattern: /(?:shortcut)=(\w+)|token=(\w+)/i })).toBe(false);
    expect(startsAtKeyword({ ...base, keywords: ['apim'], pattern: /(?:ocp[_. -]?apim|apim)=(\w+)/i })).toBe(false);
    expect(startsAtKeyword({ ...base, keywords: shortcut, pattern: /(?:shortcut|clubhouse)?=(\w+)/i })).toBe(false);
    expect(startsAtKeyword({ ...base, keywords: shortcut, pattern: /(?:shortcut|(clubhouse)|x)=(\w+)/i })).toBe(false);
  });
});
