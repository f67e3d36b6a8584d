// Entry of the smoke-test action: dist/smoke-test/index.js is this file pointed at the shared bundle.
import { runAction } from '../lib/index.js';
await runAction('smoke-test');
