// Entry of the env-check action: dist/env-check/index.js is this file pointed at the shared bundle.
import { runAction } from '../lib/index.js';
await runAction('env-check');
