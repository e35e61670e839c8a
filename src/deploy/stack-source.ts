import path from 'node:path';
import { composeFile } from '../core/render/compose-document.js';
import type { RenderedProject } from '../core/render/types.js';
import type { StackOptions } from '../core/swarm/stack-document.js';
import { type revisionFor, writeProject } from './apply-project.js';
import type { DeployDeps } from './deps.js';
import type { Prepared } from './prepare.js';

/** A project written and checked as Compose, ready to become a stack (or a job's stack). */
export interface StackSource {
  readonly target: Awaited<ReturnType<typeof writeProject>>;
  readonly compose: Record<string, unknown>;
  readonly options: StackOptions;
}

/**
 * Writes a project as the Compose runtime would (Compose reads it back first, and the policy
 * checks what it resolved: a stack is this same file in the stack format, so it passed the
 * same trust boundary), and hashes the files it wrote, which name the stack's configs and
 * secrets.
 */
export async function writeStackSource(
  deps: DeployDeps,
  prepared: Prepared,
  project: RenderedProject,
  revisionOf: ReturnType<typeof revisionFor>,
  settings: { readonly node: string; readonly verifyMs: number },
): Promise<StackSource> {
  const target = await writeProject(deps, prepared, project, revisionOf);
  const compose = composeFile(project, revisionOf, deps.installationId);
  const secretFiles = Object.fromEntries(
    Object.entries((compose['secrets'] ?? {}) as Record<string, { file?: string }>).map(
      ([name, secret]) => [name, secret.file ?? ''],
    ),
  );
  const fileOf = (p: string): string => path.join(target.directory, p);
  const hashes = await deps.state.hashFiles([
    ...project.files.map((f) => fileOf(f.path)),
    ...Object.values(secretFiles),
  ]);
  return {
    target,
    compose,
    options: {
      ...settings,
      fileHash: (p) => hashes[fileOf(p)] ?? '',
      secretHash: (name) => hashes[secretFiles[name] ?? ''] ?? '',
    },
  };
}
