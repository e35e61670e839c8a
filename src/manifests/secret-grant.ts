import path from 'node:path';
import type { PolicyGrant } from '../core/manifest.js';

/** The folder of an environment's own encrypted secrets, which it may always decrypt. */
export function ownSecretFolder(environment: string): string {
  return `secrets/${environment}/`;
}

/**
 * Whether an environment may decrypt the repository file at `file`: it is under the
 * environment's own folder, or named (as the file or a folder ending in `/`) by
 * `policy.<environment>.secrets`. Paths are compared normalised, so `..` cannot leave a folder.
 */
export function secretFileAllowed(
  environment: string,
  file: string,
  grant: PolicyGrant | undefined,
): boolean {
  const normal = path.posix.normalize(file);
  if (path.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) return false;
  if (normal.startsWith(ownSecretFolder(environment))) return true;
  return (grant?.secrets ?? []).some((granted) => {
    const allowed = path.posix.normalize(granted);
    return allowed.endsWith('/') ? normal.startsWith(allowed) : normal === allowed;
  });
}

/** The sentence that says how to let an environment decrypt a file it may not. */
export function secretRefusal(environment: string, file: string, whose: string): string {
  return `\`${file}\` is not under \`${ownSecretFolder(environment)}\`, where ${environment}'s own encrypted secrets live, and \`policy.${environment}.secrets\` in ${whose} does not name it: move the file there, or grant it in wharf.yaml on the default branch with \`policy: { ${environment}: { secrets: [${file}] } }\``;
}
