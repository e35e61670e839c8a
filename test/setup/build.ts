import { execFileSync } from 'node:child_process';

/**
 * The CLI tests run the built `bin/wharf.js`, so build once before any test file runs. Vitest
 * calls a global setup once for the run and once for each project, all in its main process:
 * the first call builds, the others find it done (two builds at once would rewrite `dist/`
 * under files already reading it). The build is incremental (tsconfig.build.json): the demo's
 * own `npm run build`, run by its test beside the others, writes nothing when nothing changed.
 */
export default function setup(): void {
  if (process.env['WHARF_TEST_BUILT'] === String(process.pid)) return;
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  process.env['WHARF_TEST_BUILT'] = String(process.pid);
}
