// Entry of the dns-check action: dist/dns-check/index.js is this file pointed at the shared bundle.
import { runAction } from '../lib/index.js';
await runAction('dns-check');
