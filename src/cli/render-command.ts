import path from 'node:path';
import { writeRenderedFiles } from '../adapters/render-output.js';
import { deployFiles, type DeployFile } from '../deploy/deploy-files.js';
import { prepare } from '../deploy/prepare.js';
import type { ProgressEvent } from '../deploy/progress.js';
import { exitCodes, type CliIo } from './io.js';
import { runWithDeps, type ConfigOption } from './with-deps.js';

export interface RenderOptions extends ConfigOption {
  readonly revision?: string;
  readonly out?: string;
}

function inside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function withheld(file: DeployFile): string {
  return file.secrets.length > 0
    ? ` (secrets ${file.secrets.join(', ')} shown as {{secret NAME}}; a deploy fills them in)`
    : '';
}

/**
 * `wharf render ENV`: the exact files a deploy of a revision would write (Compose projects,
 * their rendered files, the edge site), printed or written to a folder; nothing starts and
 * nothing under the state directory changes but the repository mirror a fetch updates.
 */
export async function renderCommand(
  environment: string,
  options: RenderOptions,
  io: CliIo,
): Promise<number> {
  return runWithDeps(options, io, async (deps) => {
    const out = options.out === undefined ? null : path.resolve(io.cwd, options.out);
    if (out && inside(path.resolve(deps.state.root), out)) {
      io.err(
        `error: --out ${options.out ?? ''} is inside wharf's state directory (${deps.state.root}); render writes elsewhere\n`,
      );
      return exitCodes.cannotRun;
    }
    const progress = (event: ProgressEvent): void => io.err(`${event.step}: ${event.message}\n`);
    const prepared = await prepare(deps, environment, options.revision, progress);
    const rendered = deployFiles(prepared, deps.installationId);
    io.err(
      `${environment} at ${rendered.revision.slice(0, 12)}, colour ${rendered.colour}: ${rendered.summary}\n`,
    );
    if (!out) {
      for (const file of rendered.files)
        io.out(
          `--- ${file.path}${withheld(file)}\n${file.content}${file.content.endsWith('\n') ? '' : '\n'}`,
        );
      return exitCodes.ok;
    }
    await writeRenderedFiles(out, rendered.files, (file) =>
      io.out(`${path.join(options.out ?? '.', file.path)}${withheld(file)}\n`),
    );
    return exitCodes.ok;
  });
}
