import { names } from '../render/names.js';
import { isMap, mounts } from './compose-spellings.js';
import { composeVolumeName, type ImportContext } from './import-context.js';
import { notePath } from './import-notes.js';
import { literalValue } from './compose-key-fates.js';

export interface MountTarget {
  readonly service: string;
  /** Its wharf name, which names a volume called `data`. */
  readonly name: string;
  /** The raw entry the mounts go to: `compose.services.<name>`. */
  readonly into: string;
  readonly role: 'app' | 'stateful';
}

/**
 * The key of a named Compose volume, with the notes made the first time it is met: its new
 * name, its settings that wharf does not take, and that its data stays where it is (`move`
 * says how to bring it over, by default: copy the volume).
 */
export function volumeFor(
  ctx: ImportContext,
  name: string,
  fallback: string,
  move = 'copy it into that volume before the first deploy',
): string {
  const { key, created } = ctx.volumes.keyOf(name, fallback);
  if (!created) return key;
  const docker = names.volume(ctx.env, key);
  const path = notePath('volumes', name);
  ctx.notes.carried(
    path,
    key === name
      ? `volume key \`${key}\` (Docker volume ${docker})`
      : `volume key \`${key}\` (Docker volume ${docker}): renamed, a volume key is one word, optionally followed by \`-data\``,
  );
  const definition = ctx.topVolumes[name];
  if (isMap(definition) && Object.keys(definition).length > 0)
    ctx.notes.dropped(
      path,
      `not carried: its settings (${Object.keys(definition).join(', ')}); a configured volume is never allowed (driver_opts can bind a host folder), and wharf creates ${docker} with the local driver`,
    );
  ctx.notes.decide(
    path,
    `import moves no data: what the Compose stack keeps in the Docker volume ${composeVolumeName(ctx, name)} stays there, and wharf starts with an empty ${docker}: ${move}; \`wharf adopt\` copies it when it takes over the running project (docs/adopting.md, "Moving data")`,
  );
  return key;
}

/**
 * A service's `volumes` as a raw entry writes them: named volumes under their new keys,
 * tmpfs as it is; bind mounts (which need a grant and files on the host) and anonymous
 * volumes are left out, each with a note.
 */
export function importMounts(ctx: ImportContext, target: MountTarget, value: unknown): unknown[] {
  const out: unknown[] = [];
  for (const [i, mount] of mounts(value).entries()) {
    const path = notePath('services', target.service, 'volumes', i);
    switch (mount.type) {
      case 'volume': {
        const key = volumeFor(
          ctx,
          mount.source,
          `${target.name.replace(/[^a-z0-9]/g, '').slice(0, 35)}-data`,
        );
        ctx.volumes.raw.add(key);
        out.push(`${key}:${mount.target}${mount.readOnly ? ':ro' : ''}`);
        if (target.role === 'app')
          ctx.notes.decide(
            path,
            `\`${mount.spelling}\` is written under ${target.into}.volumes; during a deploy both colours of an app service mount it at once: for an app that owns its data (a CMS, a Git server), set deploy.strategy: recreate (a short stop at each deploy)`,
          );
        break;
      }
      case 'tmpfs': {
        const literal = literalValue(mount.entry);
        if (literal.ok) out.push(literal.value);
        break;
      }
      case 'anonymous':
        ctx.notes.dropped(
          path,
          `not carried: \`${mount.spelling}\` is an anonymous volume, whose data Docker gives each new container afresh; name it (\`NAME:${mount.target}\`) if it must be kept`,
        );
        break;
      case 'bind': {
        const socket = mount.source.endsWith('docker.sock');
        const grant = socket
          ? `policy.${ctx.env}.dockerSocket`
          : `policy.${ctx.env}.hostPaths: [${mount.source.startsWith('/') ? mount.source : '/ABSOLUTE/PATH'}]`;
        ctx.notes.decide(
          path,
          `not written: \`${mount.spelling}\` mounts ${socket ? 'the Docker socket, which gives full control of the host' : 'a folder or file of the host'}; it needs ${grant} in wharf.yaml on the default branch${socket ? '' : ', the files on the host, and an absolute path (a relative one is read from the project folder under the state directory, not from beside compose.yaml)'}; then add it under ${target.into}.volumes. A config file is better built into the image`,
        );
        break;
      }
      case 'other':
        ctx.notes.dropped(
          path,
          `not carried: \`${mount.spelling}\` is a kind of mount wharf does not allow`,
        );
        break;
    }
  }
  return out;
}
