// Entry of the monitor action: dist/monitor/index.js is this file pointed at the shared bundle.
import { runAction } from '../lib/index.js';
await runAction('monitor');
