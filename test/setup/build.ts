import { execFileSync } from 'node:child_process';

/** The CLI tests run the built `bin/wharf.js`, so build once before any test file runs. */
export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
