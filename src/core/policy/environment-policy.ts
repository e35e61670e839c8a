import { posix } from 'node:path';
import type { Environment, PolicyGrant } from '../manifest.js';
import type { PathSegment } from '../problem.js';
import { names } from '../render/names.js';
import type { GrantName } from './compose-keys.js';
import { serviceViolations, type Violation } from './service-policy.js';

export interface PolicyPlace {
  /** wharf's state directory (absolute), where the projects' folders are. */
  readonly stateDir: string;
}

/**
 * What an environment's raw `compose` block asks for beyond its grant, each placed in the
 * manifest (`compose.services.<name>.<key>`). This is the check `wharf validate` reports.
 */
export function rawComposeViolations(
  env: Environment,
  grant: Partial<PolicyGrant> | undefined,
  place: PolicyPlace,
): Violation[] {
  const raw = env.compose ?? {};
  const found: Violation[] = [];
  for (const [name, fragment] of Object.entries(raw.services ?? {})) {
    const inApps = name in env.services;
    const projectDir = posix.join(
      place.stateDir,
      names.projectDir(env.name, inApps ? 'blue' : 'infra'),
    );
    for (const v of serviceViolations(name, fragment ?? {}, {
      grant: grant ?? {},
      mode: 'raw',
      projectDir,
      stateDir: place.stateDir,
    }))
      found.push({ ...v, segments: ['compose', 'services', name, ...v.segments] });
  }
  for (const [key, definition] of Object.entries(raw.volumes ?? {})) {
    if (
      definition === null ||
      (typeof definition === 'object' && Object.keys(definition).length === 0)
    )
      continue;
    found.push({
      service: key,
      segments: ['compose', 'volumes', key],
      message: `volume \`${key}\` may not be configured: wharf creates it as ${names.volume(env.name, key)} with the local driver; write \`${key}: {}\``,
      grant: null,
    });
  }
  return found;
}

/** A policy violation as a sentence that names the grant (or says none allows it). */
export function describeViolation(environment: string, v: Violation): string {
  return `${v.message} (${grantHint(environment, v.grant, v.segments)})`;
}

function grantHint(
  environment: string,
  grant: GrantName | null,
  at: readonly PathSegment[],
): string {
  if (grant === null) return 'no grant allows this';
  if (grant === 'composeKeys') {
    const key = at.filter((s): s is string => typeof s === 'string').slice(-2);
    const name = key[0] === 'deploy' ? key.join('.') : (key[key.length - 1] ?? '');
    return `refused by policy; grant: policy.${environment}.composeKeys: [${name}] in wharf.yaml on the default branch`;
  }
  return `refused by policy; grant: policy.${environment}.${grant} in wharf.yaml on the default branch`;
}
