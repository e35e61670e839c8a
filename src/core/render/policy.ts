import { posix } from 'node:path';
import type { PolicyGrant } from '../manifest.js';

export interface PolicySubject {
  readonly name: string;
  readonly compose: Readonly<Record<string, unknown>>;
}

interface Mount {
  readonly source: string;
  readonly bind: boolean;
}

/** Host folders and files a service's volumes bind (named volumes left out). */
export function bindSources(volumes: unknown): string[] {
  return mounts(volumes)
    .filter((m) => m.bind)
    .map((m) => m.source);
}

function mounts(volumes: unknown): Mount[] {
  if (!Array.isArray(volumes)) return [];
  return volumes.flatMap((volume): Mount[] => {
    if (typeof volume === 'string') {
      const source = volume.split(':')[0] ?? '';
      return [{ source, bind: /^[/.~]/.test(source) }];
    }
    if (typeof volume === 'object' && volume !== null) {
      const { type, source } = volume as { type?: unknown; source?: unknown };
      return [{ source: typeof source === 'string' ? source : '', bind: type === 'bind' }];
    }
    return [];
  });
}

function hostPortsOf(ports: unknown): string[] {
  if (!Array.isArray(ports)) return [];
  return ports.map((port) => {
    if (typeof port === 'object' && port !== null) {
      const published = (port as { published?: unknown }).published;
      return typeof published === 'string' || typeof published === 'number'
        ? String(published)
        : '';
    }
    const parts = String(port).split(':');
    // "8080", "80:8080", "127.0.0.1:80:8080": the host port is the one before the container's.
    return parts.length >= 2 ? (parts[parts.length - 2] ?? '') : (parts[0] ?? '');
  });
}

function isUnder(path: string, roots: readonly string[]): boolean {
  const normal = posix.normalize(path);
  return roots.some((root) => {
    const r = posix.normalize(root).replace(/\/$/, '');
    return normal === r || normal.startsWith(`${r}/`);
  });
}

/**
 * What a rendered environment does that its policy does not grant (DESIGN.md, "Security"):
 * privileged containers (and their relatives: host PID/IPC, added capabilities, devices),
 * host networking, the Docker socket or other host paths, host ports. Mounts wharf itself
 * rendered (its config files) are trusted.
 */
export function policyViolations(
  subjects: readonly PolicySubject[],
  grant: PolicyGrant | undefined,
  trustedMounts: ReadonlySet<string>,
): string[] {
  const g = grant ?? {};
  const violations: string[] = [];
  for (const { name, compose } of subjects) {
    const privileged: string[] = [];
    if (compose['privileged'] === true) privileged.push('privileged: true');
    for (const key of ['pid', 'ipc', 'userns_mode', 'uts'] as const) {
      if (compose[key] === 'host') privileged.push(`${key}: host`);
    }
    if (Array.isArray(compose['cap_add']) && compose['cap_add'].length > 0)
      privileged.push(`cap_add: ${compose['cap_add'].join(', ')}`);
    if (Array.isArray(compose['devices']) && compose['devices'].length > 0)
      privileged.push('devices');
    if (!g.privileged)
      for (const what of privileged)
        violations.push(`service ${name} asks for ${what} (grant: privileged)`);

    if (compose['network_mode'] === 'host' && !g.hostNetwork)
      violations.push(`service ${name} uses the host network (grant: hostNetwork)`);

    for (const mount of mounts(compose['volumes'])) {
      if (!mount.bind || trustedMounts.has(mount.source)) continue;
      if (mount.source.endsWith('docker.sock')) {
        if (!g.dockerSocket)
          violations.push(
            `service ${name} mounts the Docker socket ${mount.source} (grant: dockerSocket)`,
          );
      } else if (!mount.source.startsWith('/') || !isUnder(mount.source, g.hostPaths ?? [])) {
        violations.push(`service ${name} mounts host path ${mount.source} (grant: hostPaths)`);
      }
    }
    for (const port of hostPortsOf(compose['ports'])) {
      if (!(g.hostPorts ?? []).map(String).includes(port))
        violations.push(
          `service ${name} publishes host port ${port || '(random)'} (grant: hostPorts)`,
        );
    }
  }
  return violations;
}
