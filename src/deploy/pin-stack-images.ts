import { WharfError } from '../core/errors.js';
import { imagesToPin, pinImages } from '../core/swarm/image-pins.js';
import type { ImageDigest, SwarmManager, SwarmRuntime } from '../ports/swarm-runtime.js';

type Doc = Record<string, unknown>;

/**
 * The stack with the image of every service that may run on any node named by its registry's
 * digest, asked once per image: each node then pulls the same bytes, and a tag moved during
 * a rollout changes nothing. An image no registry has is refused once the swarm has more
 * than one node (another node could not pull it, or would pull other bytes); a stateful
 * service, placed on this node, runs the image this engine holds.
 */
export async function pinStackImages(
  swarm: SwarmRuntime,
  manager: SwarmManager,
  stack: string,
  document: Doc,
  say: (message: string) => void,
): Promise<Doc> {
  const digests = new Map<string, ImageDigest>();
  for (const image of imagesToPin(document)) {
    const digest = await swarm.imageDigest(image);
    if (digest.kind === 'refused')
      throw new WharfError(
        'stack-failed',
        `stack ${stack}: the registry of ${image} refused to say its digest without a login (${digest.detail}): add its credentials to \`registries\` in the configuration (docs/operations.md, "Private registries")`,
      );
    digests.set(image, digest);
  }
  const { document: pinned, unpinned } = pinImages(document, (image) => {
    const digest = digests.get(image);
    return digest?.kind === 'pinned' ? digest.image : null;
  });
  for (const [image, digest] of digests)
    if (digest.kind === 'pinned')
      say(
        `${image} is ${digest.image.slice(digest.image.lastIndexOf('@') + 1, -48)}… in its registry: every node runs those bytes`,
      );
  for (const { service, image, local } of unpinned) {
    if (local) continue;
    const why =
      digests.get(image)?.kind === 'unknown'
        ? ` (${(digests.get(image) as { detail: string }).detail})`
        : '';
    if (manager.nodes > 1)
      throw new WharfError(
        'image-not-in-registry',
        `stack ${stack}: service ${service}'s image ${image} is in no registry the swarm's manager reaches${why}; with ${manager.nodes} nodes its tasks may run on any of them, and each must pull the same bytes: push the image to a registry and name it there (docs/scaling.md, "Images across nodes")`,
      );
    say(
      `${image} (${service}) is in no registry${why}: this one-node swarm runs it as its engine holds it`,
    );
  }
  return pinned;
}
