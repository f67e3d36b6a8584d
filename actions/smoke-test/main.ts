// Entry of the smoke-test action: dist/smoke-test/index.js is this file pointed at the shared bundle.
import { runAction } from '../../shared/entry.ts';

await runAction('smoke-test');
