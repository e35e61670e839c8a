import type { NodeRouteInput } from '../core/nodes/node-route.js';
import { previewNumber } from '../core/previews/preview-environment.js';
import { followedBranch, loadManifest } from '../deploy/load-revision.js';
import type { GitSource } from '../ports/git-source.js';
import type { NodeRegistry } from '../ports/node-registry.js';
import { previewSettings } from './preview-settings.js';

/**
 * What decides an environment's node: its manifest at the head of what it follows, the
 * default node and its placement. A preview's node is that of the environment it is made
 * from, read on the default branch: a pull request cannot pick the host its preview runs on.
 * A manifest that cannot be read declares nothing: the environment stays where it is placed.
 */
export async function nodeInputOf(
  deps: { readonly git: GitSource; readonly nodes: NodeRegistry },
  env: string,
  ref?: string,
): Promise<NodeRouteInput> {
  const [placedOn, defaultNode] = await Promise.all([
    deps.nodes.placement(env),
    deps.nodes.defaultNode(),
  ]);
  const declared = await declaredNode(deps.git, env, ref).catch(() => null);
  // Unreadable: no decision to take from it; where it runs (or the default) stands.
  if (declared === null) return { declared: placedOn ?? undefined, defaultNode, placedOn };
  return { declared: declared.node, defaultNode, placedOn };
}

async function declaredNode(
  git: GitSource,
  env: string,
  ref: string | undefined,
): Promise<{ node: string | undefined }> {
  if (previewNumber(env) !== null) {
    const settings = await previewSettings(git);
    if (!settings) return Promise.reject(new Error('previews off'));
    const head = await git.resolve(await git.defaultBranch());
    return { node: (await loadManifest(git, head, settings.from)).node };
  }
  const revision = await git.resolve(ref ?? (await followedBranch(git, env)));
  return { node: (await loadManifest(git, revision, env)).node };
}
