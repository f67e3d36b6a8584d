// Worker-thread entry for tree mode: claims batches of file paths from the shared counter, reads and scans them,
// answers with what each holds. Built on its own as dist/secret-scan-worker/index.js.
import { parentPort, workerData } from 'node:worker_threads';
import { batchScanner } from './scan-file.ts';
import type { SecretlintSetup } from './secretlintrc.ts';
import { batchPaths, type SharedWork, type WorkerReply } from './shared-work.ts';

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
  const scanBatch = batchScanner(setup.root, {
    maxFileBytes: setup.maxFileBytes,
    allow: setup.allow.map((source) => new RegExp(source)),
    ...(setup.secretlint ? { secretlint: setup.secretlint } : {}),
  });
  port.on('message', async (work: SharedWork) => {
    const next = new Int32Array(work.next);
    const batches = Math.ceil(work.paths.length / work.batchFiles);
    for (let batch = Atomics.add(next, 0, 1); batch < batches; batch = Atomics.add(next, 0, 1)) {
      const reply: WorkerReply = { batch, result: await scanBatch(batchPaths(work, batch)) };
      port.postMessage(reply);
    }
    port.postMessage({ finished: true } satisfies WorkerReply);
  });
}
