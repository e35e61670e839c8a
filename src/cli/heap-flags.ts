// V8 sizes its heap for throughput, not for a daemon that idles between webhooks: the young
// generation doubles up to 2 × 16 MB under a burst of allocation (a deploy, Fastify's start) and
// the old generation may grow to several times what survived its last full collection before
// it collects again. `wharf serve` holds about 20 MB of live objects, so that head room is most
// of its resident size (docs/benchmarks.md, "Cold start and resident memory").
//
// Only flags V8 reads each time it decides, not once when the heap is made, can be set from
// inside the process (`v8.setFlagsFromString`): `--max-semi-space-size` or
// `--max-old-space-size` set that way do nothing, and some, like `--single-threaded-gc`, crash
// it. These two are read as the heap grows and collects (v8 src/heap/new-spaces.cc `Grow`;
// src/heap/heap-controller.cc, the growing factor), and are set once, before the program loads.
const longRunningFlags = [
  // The young generation stays at the size it starts with, 1 MB a semi-space.
  '--semi-space-growth-factor=1',
  // The old generation grows by at most 1.3 times what survived before the next full
  // collection (V8's MemoryController reads it at each decision). `--optimize-for-size` gives
  // the same factor but also trades the compiler's and collector's speed for size: a verified
  // webhook took about 20 % more CPU with it (docs/benchmarks.md, "Webhooks").
  '--heap-growing-percent=30',
] as const;

/** The commands that run until stopped. */
const longRunning = new Set(['serve', 'agent']);

/** An operator's own choice of these sizes (node flags, NODE_OPTIONS) is kept as it is. */
const ownHeapSizing =
  /--(max|min)[-_]semi[-_]space|--semi[-_]space|--heap[-_]growing|--optimize[-_]for[-_]size/;

/**
 * The V8 flags wharf sets for itself before loading anything: for `serve` and `agent` only, and
 * none when the operator sized the heap themselves.
 * @param args the command line after `wharf`
 * @param nodeOptions node's own flags and NODE_OPTIONS
 */
export function heapFlags(args: readonly string[], nodeOptions: readonly string[]): string[] {
  const command = args.find((arg) => !arg.startsWith('-'));
  if (!command || !longRunning.has(command)) return [];
  if (nodeOptions.some((option) => ownHeapSizing.test(option))) return [];
  return [...longRunningFlags];
}
