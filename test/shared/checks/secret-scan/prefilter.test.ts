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

describe('the keyword pass over long input, in four quarters stepped together', () => {
  const base = { title: 'x', severity: 'high' as const, remediation: 'x' };
  const rules = [
    // Anchored and case-sensitive: reported only where the exact case appears.
    { ...base, id: 't/live', keywords: ['sk_live_'], pattern: /sk_live_(\w{8})/ },
    // Anchored and case-insensitive; `token` also ends inside `mytokens` and overlaps `tokenizer`.
    { ...base, id: 't/token', keywords: ['token', 'tokenizer'], pattern: /(?:tokenizer|token)=(\w{8})/i },
    // Gated: runs over the whole text once its keyword appears anywhere.
    { ...base, id: 't/gated', keywords: ['mailgun'], mode: 'scan' as const, pattern: /(?<![\w-])key-(\w{8})/ },
  ];
  const index = new KeywordIndex(rules);
  const LENGTH = 16 * 1024;
  const quarters = [LENGTH / 4, LENGTH / 2, (3 * LENGTH) / 4];

  /** Filler of letters no keyword holds in that order, with `word` written at `at`. */
  function textWith(word: string, at: number): string {
    const filler = 'abcdefghijklmnopqrstuvwxyz0123456789 =\n'.repeat(LENGTH / 39 + 1).slice(0, LENGTH);
    return filler.slice(0, at) + word + filler.slice(at + word.length);
  }

  it('finds a keyword wherever it lies across each boundary between quarters, once', () => {
    for (const boundary of quarters) {
      for (let at = boundary - 12; at <= boundary + 4; at++) {
        expect(index.find(textWith('sk_live_', at)).anchors.get(0), `sk_live_ at ${at}`).toEqual([at]);
        expect(index.find(textWith('SK_LIVE_', at)).anchors.get(0), `SK_LIVE_ at ${at}`).toBeUndefined();
        // `tokenizer` holds `token`: both keywords start at the same place, which is reported once.
        expect(index.find(textWith('tokenizer', at)).anchors.get(1), `tokenizer at ${at}`).toEqual([at]);
        expect(index.find(textWith('MAILGUN', at)).scans.has(2), `MAILGUN at ${at}`).toBe(true);
      }
    }
  });

  it('reports every occurrence in every quarter, in order, and nothing in text without keywords', () => {
    const at = [5, 4100, 4095, 8190, 12_287, 16_370];
    let text = textWith('', 0);
    for (const position of at) text = `${text.slice(0, position)}Token${text.slice(position + 5)}`;
    expect(index.find(text).anchors.get(1)).toEqual([...at].sort((a, b) => a - b));
    const none = index.find(textWith('', 0));
    expect([none.anchors.size, none.scans.size]).toEqual([0, 0]);
  });

  it('reads UTF-16 text by the low byte of each unit: a non-Latin character adds hits, never hides one', () => {
    // U+0174 has the low byte of `t`: `Ŵoken` is read as `token`, which only makes a rule run for nothing.
    const text = `${'é'.repeat(5000)}token=${'ü'.repeat(6000)}\u0174oken=${'ж'.repeat(6000)}`;
    expect(index.find(text).anchors.get(1)).toEqual([5000, 11_006]);
  });
});
