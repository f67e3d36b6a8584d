// Worker-thread entry: in tree mode it claims batches of file paths from the shared counter, reads and scans
// them; in history mode it claims runs of commits and scans the lines each added (its own `git log -p`).
// Either way it answers with what each holds. Built on its own as dist/secret-scan-worker/index.js.
import { parentPort, workerData } from 'node:worker_threads';
import { userIgnore } from '../../fs/paths.ts';
import { scanCommitRange } from './history-scan.ts';
import { batchScanner } from './scan-file.ts';
import type { SecretlintSetup } from './secretlintrc.ts';
import {
  batchPaths,
  type HistoryReply,
  type HistoryWork,
  isHistoryWork,
  type SharedWork,
  type WorkerReply,
} from './shared-work.ts';

export interface WorkerSetup {
  root: string;
  maxFileBytes: number;
  /** Regex sources: RegExp objects do not survive structured cloning with their flags intact everywhere. */
  allow: string[];
  /** The repository's secretlint rules, when it has a .secretlintrc. */
  secretlint?: SecretlintSetup;
}

const setup = workerData as WorkerSetup | undefined;

if (setup && parentPort) {
  const port = parentPort;
  const options = { maxFileBytes: setup.maxFileBytes, allow: setup.allow.map((source) => new RegExp(source)) };
  const scanBatch = batchScanner(setup.root, {
    ...options,
    ...(setup.secretlint ? { secretlint: setup.secretlint } : {}),
  });
  port.on('message', async (work: SharedWork | HistoryWork) => {
    if (isHistoryWork(work)) {
      void scanRuns(work).then((finished) => port.postMessage({ finished } satisfies HistoryReply));
      return;
    }
    const next = new Int32Array(work.next);
    const batches = Math.ceil(work.paths.length / work.batchFiles);
    for (let batch = Atomics.add(next, 0, 1); batch < batches; batch = Atomics.add(next, 0, 1)) {
      const reply: WorkerReply = { batch, result: await scanBatch(batchPaths(work, batch)) };
      port.postMessage(reply);
    }
    port.postMessage({ finished: true } satisfies WorkerReply);
  });

  /** True when every run it claimed was scanned; a failure leaves the rest of its claimed run to the main thread. */
  async function scanRuns(work: HistoryWork): Promise<boolean> {
    const next = new Int32Array(work.next);
    const runOptions = { ...options, isIgnored: userIgnore(work.ignore) };
    for (let run = Atomics.add(next, 0, 1); run < work.runs.length; run = Atomics.add(next, 0, 1)) {
      try {
        const result = await scanCommitRange(setup!.root, work.runs[run], runOptions);
        port.postMessage({ run, result } satisfies HistoryReply);
      } catch {
        return false;
      }
    }
    return true;
  }
}
