// Entry of the rollback action: dist/rollback/index.js is this file pointed at the shared bundle.
import { runAction } from '../../shared/entry.ts';

await runAction('rollback');
