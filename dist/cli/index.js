#!/usr/bin/env node
// Entry of the `launch-ready` bin: dist/cli/index.js is this file pointed at the shared bundle.
import { cli } from '../lib/index.js';
await cli();
