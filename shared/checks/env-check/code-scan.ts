// Which variables the code reads, and where first: the evidence behind "undeclared" and "unused".
import { findEnvReferences } from './env-references.ts';
import { type WalkStats, walkSourceFiles } from './source-files.ts';

export interface VariableUse {
  /** The first place it is read, in path then line order (stable whatever order files were read in). */
  file: string;
  line: number;
  /** Every place it is read, the first included. */
  count: number;
}

export interface CodeScan {
  uses: Map<string, VariableUse>;
  stats: WalkStats;
}

const LIMITS = { maxFileBytes: 1024 * 1024, maxFiles: 50_000 };

export async function scanCode(root: string, ignorePaths: readonly string[]): Promise<CodeScan> {
  const uses = new Map<string, VariableUse>();
  const stats = await walkSourceFiles(root, ignorePaths, LIMITS, (file) => {
    for (const reference of findEnvReferences(file.text, file.extension)) {
      const known = uses.get(reference.name);
      if (known === undefined) {
        uses.set(reference.name, { file: file.path, line: reference.line, count: 1 });
        continue;
      }
      known.count += 1;
      if (file.path < known.file || (file.path === known.file && reference.line < known.line)) {
        known.file = file.path;
        known.line = reference.line;
      }
    }
  });
  return { uses, stats };
}
