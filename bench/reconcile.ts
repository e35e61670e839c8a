// Benchmark: what one push, a reconcile with nothing to do, and a resync of many environments
// cost, counted: validations of the repository, renders, git processes, Docker calls (reads and
// changes) and time, for two commits side by side in one run. Each commit is checked out in a
// throwaway worktree with two counters added (at the top of validateRepository and of
// renderEnvironment), so both builds are counted the same way.
//
//   npx tsx bench/reconcile.ts [--before f724d25] [--after HEAD] [--many 10,100,1000]
//                              [--before-many 10,30] [--no-push]
//
// The push scenario needs the host services and test images (scripts/install-host.sh,
// test/images/build.sh); the many-environment one runs Docker's fakes and real git.
import { execFile, spawn } from 'node:child_process';
import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const { values } = parseArgs({
  options: {
    before: { type: 'string', default: 'f724d25' },
    after: { type: 'string', default: 'HEAD' },
    many: { type: 'string', default: '10,100,1000' },
    'before-many': { type: 'string', default: '10,30' },
    push: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const exec = promisify(execFile);

/** The commit in a worktree of its own, with the counters the scenario reads. */
async function checkout(name: string, commit: string): Promise<string> {
  const dir = path.join('/tmp', `wharf-bench-${name}`);
  await exec('git', ['-C', here, 'worktree', 'remove', '--force', dir]).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  await exec('git', ['-C', here, 'worktree', 'add', '--detach', dir, commit]);
  await symlink(path.join(here, 'node_modules'), path.join(dir, 'node_modules'));
  await count(
    path.join(dir, 'src/manifests/validate-repository.ts'),
    'validateRepository',
    'validations',
  );
  await count(
    path.join(dir, 'src/core/render/render-environment.ts'),
    'renderEnvironment',
    'renders',
  );
  return dir;
}

/** Adds `counter += 1` as the first statement of the exported function `fn`. */
async function count(file: string, fn: string, counter: string): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const start = lines.findIndex((l) => new RegExp(`^export (async )?function ${fn}\\(`).test(l));
  const body = lines.findIndex((l, i) => i >= start && /\{$/.test(l) && /^\)|^export/.test(l));
  if (start < 0 || body < 0) throw new Error(`cannot find ${fn} in ${file}`);
  lines.splice(
    body + 1,
    0,
    `  ((globalThis as any).wharfBenchCounts ??= { validations: 0, renders: 0 }).${counter} += 1;`,
  );
  await writeFile(file, lines.join('\n'));
}

function run(dir: string, args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      ['tsx', path.join(here, 'bench/reconcile-scenario.ts'), '--root', dir, ...args],
      { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as Record<string, unknown>);
      else reject(new Error(`scenario ${args.join(' ')} in ${dir} exited ${code}: ${out}`));
    });
  });
}

interface Tally {
  ms: number;
  validations: number;
  renders: number;
  git: number;
  dockerReads: number;
  dockerChanges: number;
  changed: string[];
}

const row = (label: string, t: Tally, extra = ''): string =>
  `| ${label} | ${t.validations} | ${t.renders} | ${t.git} | ${t.dockerReads} | ${t.dockerChanges}${t.changed.length ? ` (${t.changed.join(', ')})` : ''} | ${t.ms} ms${extra} |`;

const builds = [
  { name: 'before', commit: values.before, many: values['before-many'] },
  { name: 'after', commit: values.after, many: values.many },
];
const lines = [
  '| build, scenario | validations | renders | git processes | Docker reads | Docker changes | time |',
  '|---|---|---|---|---|---|---|',
];
for (const build of builds) {
  const dir = await checkout(build.name, build.commit);
  const sha = (await exec('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'])).stdout.trim();
  const label = `${build.name} (${sha})`;
  try {
    if (values.push) {
      const pushed = (await run(dir, ['--scenario', 'push'])) as Record<string, Tally>;
      lines.push(row(`${label}: one push (route + reconcile)`, pushed['push']!));
      lines.push(
        row(`${label}: reconcile, nothing to do (median of 10)`, pushed['idleReconcile']!),
      );
      lines.push(row(`${label}: resync of 1, nothing to do (median of 10)`, pushed['idleResync']!));
    }
    for (const n of build.many.split(',').filter(Boolean)) {
      const many = (await run(dir, ['--scenario', 'many', '--environments', n])) as {
        resync: Tally;
        coldResync: Tally;
        engineCalls: Record<string, number>;
      };
      const calls = Object.entries(many.engineCalls)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      lines.push(
        row(
          `${label}: resync of ${n}, nothing to do (fake Docker)`,
          many.resync,
          ` (engine: ${calls})`,
        ),
      );
      lines.push(row(`${label}: the same, as after a restart`, many.coldResync));
    }
  } finally {
    await exec('git', ['-C', here, 'worktree', 'remove', '--force', dir]).catch(() => undefined);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
