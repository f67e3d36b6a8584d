// Entry of the cache-audit action: dist/cache-audit/index.js is this file pointed at the shared bundle.
import { runAction } from '../lib/index.js';
await runAction('cache-audit');
