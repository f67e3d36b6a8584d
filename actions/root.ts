// Entry of the repository's root action.yml (`uses: launch-ready/launch-ready@v1`): dist/root/index.js is this
// file pointed at the shared bundle.
import { runAction } from '../shared/entry.ts';

await runAction('root');
