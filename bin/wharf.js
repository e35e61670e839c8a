#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { heapFlags } from '../dist/cli/heap-flags.js';

// Before the program loads, so the young generation has not grown yet; every way of starting
// wharf (systemd, the image, npm's link, `node bin/wharf.js`) comes through here.
const options = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''];
for (const flag of heapFlags(process.argv.slice(2), options)) setFlagsFromString(flag);

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
