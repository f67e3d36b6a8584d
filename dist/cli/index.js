#!/usr/bin/env node
// Entry of the `launch-ready` bin: dist/cli/index.js is this file pointed at the shared bundle.
import module from 'node:module';
// V8's compile cache (in the OS temp folder, as tsc does) spares every later run the compile of the ~1 MB
// bundle: about 0.15 s of a command that often takes under a second. Enabled before the bundle is imported.
module.enableCompileCache?.();
const { cli } = await import('../lib/index.js');
await cli();
