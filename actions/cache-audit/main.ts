// Entry of the cache-audit action: dist/cache-audit/index.js is this file pointed at the shared bundle.
import { runAction } from '../../shared/entry.ts';

await runAction('cache-audit');
