/** An image reference with its registry's digest: `name:tag@sha256:…`. */
export const isPinned = (image: string): boolean => /@sha256:[0-9a-f]{64}$/.test(image);

/**
 * The registry an image reference pulls from, as a `docker login` names it: the first path
 * part when it looks like a host (a dot, a port or `localhost`), else Docker Hub.
 */
export function registryOf(image: string): string {
  const first = image.split('/')[0] ?? '';
  return image.includes('/') &&
    (first.includes('.') || first.includes(':') || first === 'localhost')
    ? first
    : 'docker.io';
}

/** An image this rollout could not pin, and whether the service may run on another node. */
export interface Unpinned {
  readonly service: string;
  readonly image: string;
  /** A stateful service placed on this node only, where the image is. */
  readonly local: boolean;
}

type Doc = Record<string, unknown>;

const asDoc = (value: unknown): Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Doc) : {};

const placedOnANode = (service: Doc): boolean => {
  const placement = asDoc(asDoc(service['deploy'])['placement']);
  return Array.isArray(placement['constraints']) && placement['constraints'].length > 0;
};

/**
 * A stack with each service's image as its registry's digest (`digestOf`, null when no
 * registry has it), so every node pulls the same bytes whatever the tag does meanwhile; the
 * services left with a tag are listed, to be refused or named.
 */
export function pinImages(
  stack: Doc,
  digestOf: (image: string) => string | null,
): { readonly document: Doc; readonly unpinned: readonly Unpinned[] } {
  const unpinned: Unpinned[] = [];
  const services = Object.fromEntries(
    Object.entries(asDoc(stack['services'])).map(([name, value]) => {
      const service = asDoc(value);
      const image = service['image'];
      if (typeof image !== 'string' || isPinned(image)) return [name, service];
      const pinned = digestOf(image);
      if (pinned) return [name, { ...service, image: pinned }];
      unpinned.push({ service: name, image, local: placedOnANode(service) });
      return [name, service];
    }),
  );
  return { document: { ...stack, services }, unpinned };
}

/** The images not pinned yet of the services that may run on any node, each once. */
export function imagesToPin(stack: Doc): string[] {
  const images = Object.values(asDoc(stack['services']))
    .map(asDoc)
    .filter((s) => !placedOnANode(s))
    .map((s) => s['image']);
  return [...new Set(images.filter((i): i is string => typeof i === 'string' && !isPinned(i)))];
}
