// Entry of the report action: dist/report/index.js is this file pointed at the shared bundle.
import { runAction } from '../lib/index.js';
await runAction('report');
