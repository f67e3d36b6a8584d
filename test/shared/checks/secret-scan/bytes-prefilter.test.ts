// The keyword pass runs on a file's bytes before any decoding, and a file (or a large file's window) with no
// keyword is never decoded. That is exact only if the pass over bytes reports what the pass over their Latin-1
// text reports, position for position, and detection from bytes then equals detection on the decoded text.
// These tests hold both on every provider sample in several syntaxes, cases and surrounding non-ASCII text.
import { describe, expect, it } from 'vitest';
import { detectSecrets, keywordsInBytes } from '../../../../shared/checks/secret-scan/detect.ts';
import { KeywordIndex } from '../../../../shared/checks/secret-scan/prefilter.ts';
import { RULES } from '../../../../shared/checks/secret-scan/rules/index.ts';
import { detectBuffer } from '../../../../shared/checks/secret-scan/scan-file.ts';
import { detectInWindows } from '../../../../shared/checks/secret-scan/windows.ts';
import { Keys } from '../../../fixtures/secret-corpus/generate.ts';
import { PROVIDER_SAMPLES } from '../../../fixtures/secret-corpus/provider-samples.ts';

const k = new Keys(777);
const KEYWORDS = new KeywordIndex(RULES);

/** Each provider sample under its own name and under a few rule keywords, in several syntaxes and cases. */
function texts(): string[] {
  const out: string[] = [];
  const words = ['password', 'token', 'secret', 'API_KEY', 'Variable', 'graph'];
  for (const sample of PROVIDER_SAMPLES) {
    const value = sample.make(k);
    for (const word of [sample.name, sample.name.toUpperCase(), ...words]) {
      out.push(
        `${word}Token="${value}"\n${word.toUpperCase()}_TOKEN=${value}\n  "${word}_key": "${value}",\n`,
        `// café ${word} — ${value}\nconst ${word}Secret = '${value}'; ${word}-${word}: ${value}\n`,
        `curl -u ${word}:${value} https://x.test\n"private_key": "${value}" ü ${word}`,
      );
    }
  }
  return out;
}

const SAMPLES = texts();

function plain(hits: ReturnType<KeywordIndex['find']>) {
  return { anchors: [...hits.anchors].sort((a, b) => a[0] - b[0]), scans: [...hits.scans].sort((a, b) => a - b) };
}

describe('the keyword pass on bytes', () => {
  it('reports exactly what the pass over the Latin-1 text reports', () => {
    expect(SAMPLES.length).toBeGreaterThan(1000);
    for (const text of SAMPLES) {
      const bytes = Buffer.from(text, 'utf8');
      expect(plain(keywordsInBytes(bytes))).toEqual(plain(KEYWORDS.find(bytes.toString('latin1'))));
    }
  });

  it('over a slice, reports positions from the slice start, as the pass over that slice decoded', () => {
    for (const text of SAMPLES.slice(0, 300)) {
      const bytes = Buffer.from(`${'x = 1;\n'.repeat(9)}${text}`, 'utf8');
      const from = 17;
      const to = bytes.length - 5;
      expect(plain(keywordsInBytes(bytes, from, to))).toEqual(plain(KEYWORDS.find(bytes.toString('latin1', from, to))));
    }
  });

  it('finds from bytes exactly what detection finds in the decoded text, and something on most samples', () => {
    let found = 0;
    for (const text of SAMPLES) {
      const bytes = Buffer.from(text, 'utf8');
      const expected = detectSecrets(text, 'app.js');
      found += expected.length;
      expect(detectBuffer(bytes, 'app.js', [])).toEqual(expected);
    }
    expect(found).toBeGreaterThan(SAMPLES.length);
  });

  it('skips keyword-free windows of a large file without losing a secret in the others', () => {
    const filler = 'const a = b + c; // 0123456789\n'.repeat(400);
    const text = SAMPLES.slice(0, 60)
      .map((sample, i) => (i % 3 === 0 ? `${filler}${sample}` : sample))
      .join('\n');
    const sizes = { window: 4096, overlap: 512, context: 256 };
    const whole = detectSecrets(text, 'bundle.js');
    expect(whole.length).toBeGreaterThan(20);
    expect(detectInWindows(Buffer.from(text, 'utf8'), 'bundle.js', [], sizes)).toEqual(whole);
  });
});
