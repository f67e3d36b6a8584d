// Worker-thread entry for tree mode: receives batches of file paths, answers with what they contain.
// Built on its own as dist/secret-scan-worker/index.js.
import { parentPort, workerData } from 'node:worker_threads';
import { scanBatch } from './scan-file.ts';

export interface WorkerSetup {
  root: string;
  maxFileBytes: number;
  /** Regex sources: RegExp objects do not survive structured cloning with their flags intact everywhere. */
  allow: string[];
}

export interface WorkerRequest {
  id: number;
  paths: string[];
}

const setup = workerData as WorkerSetup;
const options = { maxFileBytes: setup.maxFileBytes, allow: setup.allow.map((source) => new RegExp(source)) };

parentPort?.on('message', (request: WorkerRequest) => {
  parentPort?.postMessage({ id: request.id, result: scanBatch(setup.root, request.paths, options) });
});
