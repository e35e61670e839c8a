#!/usr/bin/env -S node --v8-pool-size=1
import { setFlagsFromString } from 'node:v8';
import { heapFlags } from '../dist/cli/heap-flags.js';

// The shebang's flag is read only when node starts: V8's pool of worker threads (concurrent
// compilation and collection) is one thread, not one a core, and so are their malloc arenas
// (docs/benchmarks.md, "Cold start and resident memory"). It holds when wharf is run as a
// program: systemd's ExecStart, the image's entrypoint, npm's link. `node bin/wharf.js` skips it.
//
// The heap flags are set before the program loads, so the young generation has not grown yet;
// every way of starting wharf, `node bin/wharf.js` too, comes through here.
const options = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''];
for (const flag of heapFlags(process.argv.slice(2), options)) setFlagsFromString(flag);

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
