import { isMap, imageTag, spelled, type ComposeMap } from './compose-spellings.js';
import type { ImportContext } from './import-context.js';
import { notePath } from './import-notes.js';
import { isInterpolated, variablesIn, withDefaults } from './interpolation.js';

/**
 * The image a Compose service runs, as the manifest writes it: variables replaced by their
 * defaults (with a note), a missing tag and `build:` reported. Undefined when there is none.
 */
export function importImage(
  ctx: ImportContext,
  service: string,
  definition: ComposeMap,
  into: string,
): string | undefined {
  const at = notePath('services', service, 'image');
  const given = definition['image'];
  const build = definition['build'];
  if (typeof given !== 'string' || given.trim() === '') {
    if (build !== undefined) {
      const context =
        typeof build === 'string' ? build : isMap(build) ? spelled(build['context'] ?? '.') : '.';
      ctx.notes.decide(
        notePath('services', service, 'build'),
        `not written: wharf runs images and builds none; build ${context}, push the image to a registry the host can pull from, and set ${into}.image (until then the manifest does not validate)`,
      );
    } else ctx.notes.decide(at, `the service has no image; set ${into}.image`);
    return undefined;
  }
  let image = given.trim();
  if (isInterpolated(image)) {
    const filled = withDefaults(image);
    if (filled === undefined) {
      ctx.notes.decide(
        at,
        `not written: Compose filled in ${variablesIn(image)
          .map((v) => `\`${v}\``)
          .join(
            ', ',
          )} of \`${image}\` from the shell or .env; set ${into}.image to the image itself`,
      );
      return undefined;
    }
    ctx.notes.decide(
      at,
      `\`${image}\` is written as \`${filled}\`, with the defaults the Compose file gives; check that it is the image you run`,
    );
    image = filled;
  }
  if (build !== undefined)
    ctx.notes.decide(
      notePath('services', service, 'build'),
      `not carried: wharf runs images and builds none; build it and push ${image} to a registry the host can pull from (\`docker build -t ${image} ... && docker push ${image}\`)`,
    );
  const tag = imageTag(image);
  if (!image.includes('@') && (tag === '' || tag === 'latest'))
    ctx.notes.decide(
      at,
      `\`${image}\` runs whatever \`latest\` is at each pull; pin a version tag or a digest, so that a deploy runs what the commit names`,
    );
  return image;
}
