// Entry of the latency-budget action: dist/latency-budget/index.js is this file pointed at the shared bundle.
import { runAction } from '../../shared/entry.ts';

await runAction('latency-budget');
