// Entry of the tls-check action: dist/tls-check/index.js is this file pointed at the shared bundle.
import { runAction } from '../lib/index.js';
await runAction('tls-check');
