// Precision and recall on the labelled corpus, and recall parity with secretlint's recommended preset.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectSecrets } from '../../../../shared/checks/secret-scan/detect.ts';
import type { SecretMatch } from '../../../../shared/checks/secret-scan/types.ts';
import { type CorpusManifest, generateCorpus } from '../../../fixtures/secret-corpus/generate.ts';
import { detectWithSecretlint } from './secretlint-reference.ts';

let dir: string;
let manifest: CorpusManifest;
const found = new Map<string, SecretMatch[]>();
const texts = new Map<string, string>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lr-secret-corpus-'));
  manifest = await generateCorpus(dir);
  for (const file of manifest.files) {
    // The scanner decodes files as latin1 (every byte one char): do the same.
    const text = readFileSync(join(dir, file), 'latin1');
    texts.set(file, text);
    found.set(file, detectSecrets(text, file));
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const key = (file: string, line: number, value: string) => `${file}\0${line}\0${value}`;

describe('labelled corpus', () => {
  it('covers many file types, providers and decoy kinds', () => {
    const extensions = new Set(
      manifest.files.map(
        (f) =>
          f
            .split('/')
            .pop()
            ?.replace(/^[^.]*/, '') || f,
      ),
    );
    expect(extensions.size).toBeGreaterThanOrEqual(20);
    expect(new Set(manifest.secrets.map((s) => s.ruleId)).size).toBeGreaterThanOrEqual(50);
    expect(new Set(manifest.decoys.map((d) => d.kind)).size).toBeGreaterThanOrEqual(20);
  });

  it('finds the planted secrets and nothing else (precision and recall)', () => {
    const expected = new Map(manifest.secrets.map((s) => [key(s.file, s.line, s.value), s]));
    const falsePositives: string[] = [];
    const wrongRule: string[] = [];
    let truePositives = 0;
    for (const [file, matches] of found) {
      for (const match of matches) {
        const planted = expected.get(key(file, match.line, match.value));
        if (planted === undefined) {
          falsePositives.push(`${file}:${match.line} ${match.ruleId}`);
          continue;
        }
        truePositives++;
        if (planted.ruleId !== match.ruleId)
          wrongRule.push(`${file}:${match.line} ${planted.ruleId} -> ${match.ruleId}`);
      }
    }
    const falseNegatives = manifest.secrets
      .filter((s) => !found.get(s.file)?.some((m) => m.line === s.line && m.value === s.value))
      .map((s) => `${s.file}:${s.line} ${s.ruleId}`);
    const precision = truePositives / (truePositives + falsePositives.length);
    const recall = truePositives / manifest.secrets.length;
    console.log(
      `secret corpus: ${manifest.files.length} files, ${manifest.secrets.length} secrets, ${manifest.decoys.length} decoys; ` +
        `TP ${truePositives} FP ${falsePositives.length} FN ${falseNegatives.length}; ` +
        `precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`,
    );
    expect({ falsePositives, falseNegatives, wrongRule }).toEqual({
      falsePositives: [],
      falseNegatives: [],
      wrongRule: [],
    });
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('reports no finding on any line planted as a decoy', () => {
    const onDecoys = manifest.decoys.flatMap((decoy) =>
      (found.get(decoy.file) ?? [])
        .filter(
          (m) => m.line === decoy.line && !manifest.secrets.some((s) => s.file === decoy.file && s.value === m.value),
        )
        .map((m) => `${decoy.kind} at ${decoy.file}:${decoy.line} (${m.ruleId})`),
    );
    expect(onDecoys).toEqual([]);
  });

  it('points at the secret itself: line and column locate the value in the file', () => {
    for (const [file, matches] of found) {
      const lines = texts.get(file)!.split('\n');
      for (const match of matches) {
        const firstLine = match.value.split('\n')[0];
        expect(lines[match.line - 1].slice(match.column - 1).startsWith(firstLine)).toBe(true);
      }
    }
  });

  it('ranks live payment, cloud and signing credentials as blockers and name-only guesses as medium', () => {
    const severityOf = (ruleId: string) =>
      [...found.values()].flat().find((m) => m.ruleId === ruleId)?.severity ?? 'missing';
    for (const id of [
      'stripe-live-secret-key',
      'aws-access-key-id',
      'gcp-service-account-key',
      'private-key',
      'azure-storage-account-key',
    ]) {
      expect(severityOf(id), id).toBe('blocker');
    }
    for (const id of ['github-token', 'slack-token', 'openai-api-key', 'database-url-password'])
      expect(severityOf(id), id).toBe('high');
    expect(severityOf('generic-secret')).toBe('medium');
    expect(severityOf('stripe-test-secret-key')).toBe('medium');
  });
});

describe('parity with secretlint recommended preset', () => {
  it('finds every planted secret that secretlint finds', { timeout: 60_000 }, async () => {
    const missed: string[] = [];
    let secretlintHits = 0;
    let secretlintOnDecoys = 0;
    for (const file of manifest.files) {
      const text = texts.get(file)!;
      const lineStarts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
      const offsetOf = (line: number, column: number) => lineStarts[line - 1] + column - 1;
      const ours = (found.get(file) ?? []).map((m) => {
        const start = offsetOf(m.line, m.column);
        return [start, start + m.value.length] as const;
      });
      const planted = manifest.secrets
        .filter((s) => s.file === file)
        .map((s) => {
          const start = text.indexOf(s.value, lineStarts[s.line - 1]);
          return [start, start + s.value.length] as const;
        });
      for (const message of await detectWithSecretlint(text, file)) {
        const start = offsetOf(message.line, message.column);
        const range = [start, start + message.value.length] as const;
        const overlaps = (r: readonly [number, number]) => r[0] < range[1] && range[0] < r[1];
        if (!planted.some(overlaps)) {
          secretlintOnDecoys++;
          continue;
        }
        secretlintHits++;
        if (!ours.some(overlaps)) missed.push(`${file}:${message.line} ${message.ruleId}`);
      }
    }
    console.log(`secretlint: ${secretlintHits} planted secrets found, ${secretlintOnDecoys} hits outside them`);
    expect(secretlintHits).toBeGreaterThan(20);
    expect(missed).toEqual([]);
  });
});
