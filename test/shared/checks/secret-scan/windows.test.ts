import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../../../shared/checks/secret-scan/detect.ts';
import { detectInWindows } from '../../../../shared/checks/secret-scan/windows.ts';
import { keys } from './scan-helpers.ts';

const SMALL = { window: 4096, overlap: 512, context: 256 };

/** Code-like text with no secrets, the same every run. */
function filler(length: number): string {
  let seed = length;
  return Array.from({ length }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 'abcdefghij klmnop;=(),.\n'[seed % 24];
  }).join('');
}

describe('windowed detection of large files', () => {
  it('finds exactly what whole-file detection finds, in files with lines', () => {
    const parts: string[] = [];
    for (let i = 0; i < 40; i++) {
      parts.push(filler(200 + ((i * 389) % 3000)));
      parts.push(`\nconst token${i} = "${i % 2 ? keys.github() : keys.awsKeyId()}";\n`);
    }
    const text = parts.join('');
    const whole = detectSecrets(text, 'app.js');
    expect(whole.length).toBe(40);
    expect(detectInWindows(Buffer.from(text), 'app.js', [], SMALL)).toEqual(whole);
  });

  it('finds keys cut by a window boundary in a minified file of one long line', () => {
    const parts: string[] = [];
    for (let i = 0; i < 30; i++) parts.push(`${'a=1;b=2;'.repeat(60 + i * 7)}var t${i}="${keys.github()}";`);
    const text = parts.join('');
    const whole = detectSecrets(text, 'bundle.min.js');
    expect(whole.length).toBe(30);
    expect(detectInWindows(Buffer.from(text), 'bundle.min.js', [], SMALL)).toEqual(whole);
  });

  it('gives UTF-8 columns and values in files with non-ASCII text', () => {
    const text = `${'é'.repeat(3000)}\n${'ü'.repeat(2000)} token = "${keys.github()}"\n${filler(9000)}`;
    const whole = detectSecrets(text, 'i18n.js');
    expect(whole.length).toBe(1);
    expect(detectInWindows(Buffer.from(text), 'i18n.js', [], SMALL)).toEqual(whole);
  });
});
