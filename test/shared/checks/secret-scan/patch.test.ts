import { describe, expect, it } from 'vitest';
import {
  type AddedText,
  binaryNewPath,
  COMMIT_MARKER,
  type NewBlob,
  PatchParser,
  unquote,
} from '../../../../shared/checks/secret-scan/patch.ts';

function parse(lines: string[], maxBytes = 1 << 20) {
  const files: AddedText[] = [];
  const oversized: string[] = [];
  const parser = new PatchParser({ onFile: (f) => files.push(f), onOversized: (p) => oversized.push(p) }, maxBytes);
  for (const line of lines) parser.push(line);
  parser.end();
  return { files, oversized };
}

describe('patch parser', () => {
  it('keeps added lines with their new-file numbers, hunks kept apart', () => {
    const { files } = parse([
      'diff --git a/x.ts b/x.ts',
      '--- a/x.ts',
      '+++ b/x.ts',
      '@@ -2,0 +3,2 @@',
      '+one',
      '+two',
      '@@ -9 +11 @@',
      '-old',
      '+new',
      '\\ No newline at end of file',
    ]);
    expect(files).toHaveLength(1);
    expect(files[0]!.path).toBe('x.ts');
    expect(files[0]!.text).toBe('one\ntwo\n\nnew');
    expect(files[0]!.lineNumbers).toEqual([3, 4, 0, 11]);
  });

  it('reads added content that looks like a header as content', () => {
    const { files } = parse([
      'diff --git a/x b/x',
      '+++ b/x',
      '@@ -0,0 +1,3 @@',
      '+++ b/not-a-file',
      '+diff --git a/y b/y',
      '+@@ -1 +1 @@',
    ]);
    expect(files.map((f) => [f.path, f.text])).toEqual([['x', '++ b/not-a-file\ndiff --git a/y b/y\n@@ -1 +1 @@']]);
  });

  it('attaches commits, skips deletions and reports oversized additions', () => {
    const { files, oversized } = parse(
      [
        `${COMMIT_MARKER}abc123 2024-01-01T00:00:00+00:00`,
        '',
        'diff --git a/gone b/gone',
        '+++ /dev/null',
        '@@ -1 +0,0 @@',
        '-bye',
        'diff --git a/big b/big',
        '+++ b/big',
        '@@ -0,0 +1,2 @@',
        `+${'x'.repeat(30)}`,
        `+${'y'.repeat(30)}`,
        'diff --git a/small b/small',
        '+++ b/small',
        '@@ -0,0 +1 @@',
        '+ok',
      ],
      40,
    );
    expect(files.map((f) => [f.path, f.commit?.sha])).toEqual([['small', 'abc123']]);
    expect(oversized).toEqual(['big']);
  });

  it('reports the new content of each file, binary ones included, by path and full blob id; not deletions', () => {
    const blobs: NewBlob[] = [];
    const parser = new PatchParser({ onFile: () => {}, onBlob: (blob) => blobs.push(blob) }, 1 << 20);
    const [zero, one, two, three] = ['0', '1', '2', '3'].map((digit) => digit.repeat(40));
    const lines = [
      `${COMMIT_MARKER}abc123 2024-01-01T00:00:00+00:00`,
      'diff --git a/certs/a and b.p12 b/certs/a and b.p12',
      'new file mode 100644',
      `index ${zero}..${one}`,
      'Binary files /dev/null and b/certs/a and b.p12 differ',
      'diff --git a/old.pfx b/old.pfx',
      'deleted file mode 100644',
      `index ${two}..${zero}`,
      'Binary files a/old.pfx and /dev/null differ',
      'diff --git a/x.jks b/y/x.jks',
      'similarity index 90%',
      'rename from x.jks',
      'rename to y/x.jks',
      `index ${one}..${two} 100644`,
      'Binary files a/x.jks and b/y/x.jks differ',
      'diff --git "a/caf\\303\\251.p12" "b/caf\\303\\251.p12"',
      `index ${two}..${three} 100644`,
      'Binary files "a/caf\\303\\251.p12" and "b/caf\\303\\251.p12" differ',
      'diff --git a/t.p12 b/t.p12',
      `index ${zero}..${two}`,
      '--- /dev/null',
      '+++ b/t.p12',
      '@@ -0,0 +1 @@',
      '+text',
    ];
    for (const line of lines) parser.push(line);
    parser.end();
    expect(blobs.map((blob) => [blob.path, blob.blobId, blob.commit?.sha])).toEqual([
      ['certs/a and b.p12', one, 'abc123'],
      ['y/x.jks', two, 'abc123'],
      ['café.p12', three, 'abc123'],
      ['t.p12', two, 'abc123'],
    ]);
    expect(binaryNewPath('Binary files a/x and y.p12 and b/x and y.p12 differ')).toBe('x and y.p12');
  });

  it('decodes C-quoted paths', () => {
    expect(unquote('"b/caf\\303\\251 \\"x\\".txt"')).toBe('b/café "x".txt');
    expect(unquote('b/plain.txt')).toBe('b/plain.txt');
  });
});
