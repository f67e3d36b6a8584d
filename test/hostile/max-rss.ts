// Preloaded into a child node process (NODE_OPTIONS=--import <this file>) to record its peak memory: on exit it
// writes process.resourceUsage().maxRSS (KiB) to the file named by LR_MAX_RSS_FILE. A process that dies writes
// nothing, which a test reads as failure.
import { writeFileSync } from 'node:fs';

const target = process.env.LR_MAX_RSS_FILE;
if (target !== undefined && target !== '') {
  process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
}
