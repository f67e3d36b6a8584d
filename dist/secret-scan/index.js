// Entry of the secret-scan action: dist/secret-scan/index.js is this file pointed at the shared bundle.
import { runAction } from '../lib/index.js';
await runAction('secret-scan');
