// The JSON reports `launch-ready report` merges: files named one by one, or every *.json under a folder (the
// RUNNER_TEMP/launch-ready folder every action writes to, or what actions/download-artifact unpacked from a
// matrix). A downloaded artifact is untrusted input: each file is read with the size cap and checks of
// shared/fs/read.ts, and anything that is not a report of this version stops the merge naming the file.
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { errorCode, UsageError } from '../errors.ts';
import { readTextFile } from '../fs/read.ts';
import { type ParsedReport, parseJsonReports } from '../report/json.ts';

/** A secret-scan of a large history with every finding is a few MiB; 64 MiB is far above any real report. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** Files taken from folders: a matrix has at most 256 jobs, each with a handful of reports. */
export const MAX_REPORT_FILES = 2_000;

export interface LoadedReport extends ParsedReport {
  /** The file, as messages name it. */
  file: string;
}

/** Every report in `sources` (files or folders, relative to `cwd`), in a stable order. */
export async function loadReports(sources: readonly string[], cwd: string): Promise<LoadedReport[]> {
  const files: { path: string; shown: string }[] = [];
  for (const source of sources) {
    const path = resolve(cwd, source);
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      const code = errorCode(error);
      throw new UsageError(
        code === 'ENOENT' ? `reports: ${source} does not exist` : `reports: cannot open ${source} (${code})`,
      );
    }
    if (isFolder) files.push(...jsonFilesUnder(path, source));
    else files.push({ path, shown: source });
    if (files.length > MAX_REPORT_FILES) {
      throw new UsageError(`reports: more than ${MAX_REPORT_FILES} report files; name fewer folders or files`);
    }
  }
  if (files.length === 0) {
    throw new UsageError(
      `reports: no JSON report in ${sources.join(', ')}: run a launch-ready check or action first, or name the reports`,
    );
  }
  const loaded: LoadedReport[] = [];
  for (const { path, shown } of files) {
    const text = await readTextFile(path, { maxBytes: MAX_REPORT_BYTES, what: 'report', display: shown });
    for (const parsed of parseJsonReports(text, shown)) loaded.push({ ...parsed, file: shown });
  }
  return loaded;
}

/** *.json files under a folder and its subfolders (not followed through symbolic links), sorted. */
function jsonFilesUnder(folder: string, shownFolder: string): { path: string; shown: string }[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  } catch (error) {
    throw new UsageError(`reports: cannot list ${shownFolder} (${errorCode(error)})`);
  }
  return entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.json'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const inside = relative(folder, path).split(sep).join('/');
      return { path, shown: `${shownFolder.replace(/\/+$/, '')}/${inside}` };
    })
    .sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
}
