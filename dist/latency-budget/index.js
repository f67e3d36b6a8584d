// Entry of the latency-budget action: dist/latency-budget/index.js is this file pointed at the shared bundle.
import { runAction } from '../lib/index.js';
await runAction('latency-budget');
