#!/usr/bin/env -S node --v8-pool-size=1 --liftoff-only
import { setFlagsFromString } from 'node:v8';
import { heapFlags } from '../dist/cli/heap-flags.js';

// The shebang's flags are read only when node starts (docs/benchmarks.md, "Cold start and
// resident memory"): V8's pool of worker threads (concurrent compilation and collection) is one
// thread, not four, and so are their malloc arenas; WebAssembly is compiled by the baseline
// compiler only, since optimizing the HTTP parser of Node's fetch (undici's llhttp, the only
// WebAssembly wharf runs, for GitHub's API) took 30 MB for a moment at its first request. They
// hold when wharf is run as a program: systemd's ExecStart, the image's entrypoint, npm's
// link. `node bin/wharf.js` skips them.
//
// The heap flags are set before the program loads, so the young generation has not grown yet;
// every way of starting wharf, `node bin/wharf.js` too, comes through here.
const options = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''];
for (const flag of heapFlags(process.argv.slice(2), options)) setFlagsFromString(flag);

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
