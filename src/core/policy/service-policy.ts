import { posix } from 'node:path';
import type { PolicyGrant } from '../manifest.js';
import { labels } from '../render/names.js';
import { jobProfile } from '../render/render-jobs.js';
import type { PathSegment } from '../problem.js';
import {
  deployResourceKeys,
  renderedKeys,
  reservedLabelPrefixes,
  serviceKeys,
  type GrantName,
} from './compose-keys.js';
import {
  hostPath,
  isSet,
  labelMap,
  namespaceMode,
  publishedPorts,
  volumeMounts,
} from './compose-values.js';

/** One thing a service does that its environment's grants do not allow. */
export interface Violation {
  readonly service: string;
  /** Where in the service definition. */
  readonly segments: readonly PathSegment[];
  readonly message: string;
  /** The grant that would allow it; null for what no grant allows. */
  readonly grant: GrantName | null;
}

export interface ServiceContext {
  /** What the environment is granted; `{}`: nothing beyond the default policy. */
  readonly grant: Partial<PolicyGrant>;
  /**
   * `raw`: a manifest's `compose` fragment, where only the allowlist may appear.
   * `resolved`: a whole service as Compose will run it, wharf's own keys included.
   */
  readonly mode: 'raw' | 'resolved';
  /** Absolute folder of the project: Compose resolves relative sources against it. */
  readonly projectDir: string;
  /** wharf's state directory: it holds every environment's secrets, so no grant opens it. */
  readonly stateDir: string;
  /** Absolute host paths wharf itself rendered for this service (its config files). */
  readonly trustedSources?: ReadonlySet<string>;
  /** In resolved mode: the wharf labels the service must carry, exactly. */
  readonly wharfLabels?: Readonly<Record<string, string>>;
}

const dockerSockets = ['/var/run/docker.sock', '/run/docker.sock'];

function isUnder(path: string, root: string): boolean {
  const r = posix.normalize(root).replace(/\/+$/, '') || '/';
  return path === r || path.startsWith(r === '/' ? '/' : `${r}/`);
}

function reachesDockerSocket(path: string): boolean {
  return posix.basename(path) === 'docker.sock' || dockerSockets.some((s) => isUnder(s, path));
}

function granted(grant: Partial<PolicyGrant>, name: GrantName, key: string): boolean {
  switch (name) {
    case 'composeKeys':
      return (grant.composeKeys ?? []).includes(key);
    case 'hostPaths':
    case 'hostPorts':
      return false; // judged value by value
    default:
      return grant[name] === true;
  }
}

/**
 * A job's service as wharf renders it carries the jobs' profile, so that only `run` starts
 * it. Only a service whose wharf labels say it is a job may, and no manifest can label one so.
 */
function isJobProfile(value: unknown, ctx: ServiceContext): boolean {
  return (
    ctx.mode === 'resolved' &&
    ctx.wharfLabels?.[labels.role] === 'job' &&
    Array.isArray(value) &&
    value.length === 1 &&
    value[0] === jobProfile
  );
}

/** What a service definition does that the grant does not allow, every finding at once. */
export function serviceViolations(
  service: string,
  definition: Readonly<Record<string, unknown>>,
  ctx: ServiceContext,
): Violation[] {
  const found: Violation[] = [];
  const refuse = (segments: PathSegment[], message: string, grant: GrantName | null): void => {
    found.push({ service, segments, message, grant });
  };
  for (const [key, value] of Object.entries(definition)) {
    const rule = serviceKeys[key];
    // Compose prints defaults such as `command: null` and `deploy.placement: {}`; unset is unset.
    if (!isSet(value) && rule?.kind !== 'checked') continue;
    if (key === 'networks') checkAliases(value, refuse);
    if (!rule) {
      if (ctx.mode === 'resolved' && renderedKeys.has(key)) continue;
      if (key.startsWith('x-')) {
        refuse([key], `\`${key}\` is an extension field, which Compose ignores in a service`, null);
        continue;
      }
      if (!granted(ctx.grant, 'composeKeys', key))
        refuse([key], `\`${key}\` is not on the allowlist of Compose keys`, 'composeKeys');
      continue;
    }
    switch (rule.kind) {
      case 'allowed':
        break;
      case 'never':
        if (key === 'profiles' && isJobProfile(value, ctx)) break;
        refuse([key], `\`${key}\` is never allowed: ${rule.why}`, null);
        break;
      case 'grant':
        if (isSet(value) && !granted(ctx.grant, rule.grant, key))
          refuse([key], `\`${key}: ${brief(value)}\` needs a grant`, rule.grant);
        break;
      case 'checked':
        checkValue(key, value, ctx, refuse);
        break;
    }
  }
  return found;
}

type Refuse = (segments: PathSegment[], message: string, grant: GrantName | null) => void;

function checkValue(key: string, value: unknown, ctx: ServiceContext, refuse: Refuse): void {
  switch (key) {
    case 'image':
      if (typeof value !== 'string' || /\s/.test(value))
        refuse([key], '`image` must be one image reference without spaces', null);
      return;
    case 'labels':
      return checkLabels(value, ctx, refuse);
    case 'deploy':
      return checkDeploy(value, ctx, refuse);
    case 'volumes':
      return checkVolumes(value, ctx, refuse);
    case 'ports':
      for (const [i, port] of publishedPorts(value).entries()) {
        const hostPorts = (ctx.grant.hostPorts ?? []).map(String);
        if (!hostPorts.includes(port.published))
          refuse(
            [key, i],
            `\`${port.spelling}\` publishes host port ${port.published || '(one Docker picks)'}`,
            'hostPorts',
          );
      }
      return;
    default:
      return checkNamespace(key, value, ctx, refuse);
  }
}

function checkNamespace(key: string, value: unknown, ctx: ServiceContext, refuse: Refuse): void {
  const mode = namespaceMode(value);
  const spelled = `\`${key}: ${brief(value)}\``;
  if (mode === 'host') {
    const grant = key === 'network_mode' ? 'hostNetwork' : 'privileged';
    if (!granted(ctx.grant, grant, key)) refuse([key], `${spelled} uses the host's`, grant);
    return;
  }
  if (mode.startsWith('container:') || mode.startsWith('service:')) {
    if (!granted(ctx.grant, 'sharedNamespaces', key))
      refuse([key], `${spelled} joins another container's`, 'sharedNamespaces');
    return;
  }
  const harmless: Record<string, readonly string[]> = {
    network_mode: ['none'],
    ipc: ['private', 'shareable', 'none'],
    cgroup: ['private'],
  };
  if ((harmless[key] ?? []).includes(mode)) return;
  const grant = key === 'network_mode' ? 'composeKeys' : 'privileged';
  if (!granted(ctx.grant, grant, key)) refuse([key], `${spelled} needs a grant`, grant);
}

/**
 * The edge asks Docker's DNS for `<service>.<environment network>`; an alias with a dot could
 * answer for another environment's service on a network the edge shares, so none is allowed.
 */
function checkAliases(value: unknown, refuse: Refuse): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const [network, settings] of Object.entries(value as Record<string, unknown>)) {
    const aliases = (settings as { aliases?: unknown } | null)?.aliases;
    if (!Array.isArray(aliases)) continue;
    for (const [i, alias] of aliases.entries())
      if (String(alias).includes('.'))
        refuse(
          ['networks', network, 'aliases', i],
          `network alias \`${String(alias)}\` has a dot, so it could answer for another environment's service at the edge`,
          null,
        );
  }
}

function checkLabels(value: unknown, ctx: ServiceContext, refuse: Refuse): void {
  const given = labelMap(value);
  const keys = Object.keys(given);
  for (const label of keys) {
    if (!reservedLabelPrefixes.some((p) => label.startsWith(p))) continue;
    const own = ctx.wharfLabels?.[label];
    if (ctx.mode === 'resolved' && own !== undefined && own === given[label]) continue;
    refuse(
      ['labels', Array.isArray(value) ? keys.indexOf(label) : label],
      `label \`${label}\` belongs to wharf and Docker; a manifest may not set it`,
      null,
    );
  }
  for (const [label, expected] of Object.entries(ctx.wharfLabels ?? {}))
    if (given[label] !== expected)
      refuse(['labels'], `label \`${label}\` must be \`${expected}\`, as wharf sets it`, null);
}

function checkDeploy(value: unknown, ctx: ServiceContext, refuse: Refuse): void {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, setting] of Object.entries(value)) {
    if (!isSet(setting)) continue;
    if (key === 'replicas' && ctx.mode === 'resolved') continue;
    if (key !== 'resources') {
      if (!granted(ctx.grant, 'composeKeys', `deploy.${key}`))
        refuse(
          ['deploy', key],
          `\`deploy.${key}\` is not on the allowlist (only \`deploy.resources\` is)`,
          'composeKeys',
        );
      continue;
    }
    if (typeof setting !== 'object') continue;
    for (const [kind, limits] of Object.entries(setting as Record<string, unknown>)) {
      if (!isSet(limits)) continue;
      if ((kind !== 'limits' && kind !== 'reservations') || typeof limits !== 'object') {
        refuse(['deploy', 'resources', kind], `\`deploy.resources.${kind}\` is not known`, null);
        continue;
      }
      for (const [limit, amount] of Object.entries(limits as Record<string, unknown>)) {
        if (deployResourceKeys.has(limit) || amount === null) continue;
        const devices = limit === 'devices' || limit === 'generic_resources';
        if (devices && granted(ctx.grant, 'privileged', limit)) continue;
        refuse(
          ['deploy', 'resources', kind, limit],
          `\`deploy.resources.${kind}.${limit}\` ${devices ? 'reserves host devices' : 'is not known'}`,
          devices ? 'privileged' : null,
        );
      }
    }
  }
}

function checkVolumes(value: unknown, ctx: ServiceContext, refuse: Refuse): void {
  for (const [i, mount] of volumeMounts(value).entries()) {
    const at: PathSegment[] = ['volumes', i];
    if (mount.type === 'tmpfs') continue;
    if (mount.type === 'other') {
      refuse(at, `volume \`${mount.spelling}\` is of a type wharf does not allow`, null);
      continue;
    }
    if (ctx.mode === 'raw' && mount.spelling.includes('$')) {
      refuse(
        at,
        `volume \`${mount.spelling}\` is not interpolated: wharf writes every \`$\` as it is, so write the host path itself`,
        mount.spelling.includes('docker.sock') ? 'dockerSocket' : 'hostPaths',
      );
      continue;
    }
    if (mount.type === 'volume') continue;
    const path = hostPath(mount.source, ctx.projectDir);
    if (ctx.trustedSources?.has(path)) continue;
    if (isUnder(path, ctx.stateDir)) {
      refuse(
        at,
        `volume \`${mount.spelling}\` mounts ${path}, which holds wharf's state and every environment's secrets`,
        null,
      );
      continue;
    }
    if (reachesDockerSocket(path) && !ctx.grant.dockerSocket)
      refuse(at, `volume \`${mount.spelling}\` reaches the Docker socket`, 'dockerSocket');
    // The socket itself needs only its own grant; a folder around it needs a host path too.
    if (posix.basename(path) === 'docker.sock') continue;
    if (!(ctx.grant.hostPaths ?? []).some((root) => isUnder(path, root)))
      refuse(at, `volume \`${mount.spelling}\` mounts host path ${path}`, 'hostPaths');
  }
}

function brief(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
