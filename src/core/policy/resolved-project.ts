import { posix } from 'node:path';
import type { PolicyGrant } from '../manifest.js';
import { labels } from '../render/names.js';
import { reservedLabelPrefixes } from './compose-keys.js';
import { hostPath, labelMap, volumeMounts } from './compose-values.js';
import { serviceViolations, type Violation } from './service-policy.js';

/** A Compose project as a document: what wharf wrote, or what `docker compose config` printed. */
export interface ComposeModel {
  readonly services?: Readonly<Record<string, Readonly<Record<string, unknown>> | null>>;
  readonly volumes?: Readonly<Record<string, unknown>>;
  readonly networks?: Readonly<Record<string, unknown>>;
  readonly secrets?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

export interface ResolvedCheck {
  readonly grant: PolicyGrant | undefined;
  readonly stateDir: string;
  /** Absolute folder of the project's files. */
  readonly projectDir: string;
  /** Per service (Compose name): host paths wharf rendered for it, as written in its volumes. */
  readonly trusted: Readonly<Record<string, readonly string[]>>;
}

function wharfLabelsOf(service: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(labelMap(service['labels'])).filter(([k]) =>
      reservedLabelPrefixes.some((p) => k.startsWith(p)),
    ),
  );
}

/**
 * A job's service as checked: the profile wharf gave it (which keeps `up` from starting it)
 * is wharf's own, as long as it is exactly the one written on a service wharf labelled a job.
 */
function withoutJobProfile(
  service: Readonly<Record<string, unknown>>,
  own: Readonly<Record<string, unknown>>,
): Readonly<Record<string, unknown>> {
  const written = own['profiles'];
  const isJob = labelMap(own['labels'])[labels.role] === 'job';
  if (!isJob || JSON.stringify(service['profiles']) !== JSON.stringify(written)) return service;
  const { profiles: _profiles, ...rest } = service;
  return rest;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * What a resolved project runs beyond what wharf wrote and the grant allows. `resolved` is
 * Compose's own reading of the files (interpolation, merging and every spelling applied);
 * `written` is the document wharf wrote, which says which services, volumes, networks,
 * secrets and wharf labels belong there.
 */
export function resolvedViolations(
  resolved: ComposeModel,
  written: ComposeModel,
  check: ResolvedCheck,
): Violation[] {
  const found: Violation[] = [];
  const expected = written.services ?? {};
  for (const [name, service] of Object.entries(resolved.services ?? {})) {
    const own = expected[name];
    if (!own) {
      found.push({
        service: name,
        segments: [],
        message: `service ${name} is not one wharf rendered`,
        grant: null,
      });
      continue;
    }
    const trustedSources = new Set(
      volumeMounts((check.trusted[name] ?? []).map((s) => `${s}:/x`)).map((m) =>
        hostPath(m.source, check.projectDir),
      ),
    );
    found.push(
      ...serviceViolations(name, withoutJobProfile(service ?? {}, own), {
        grant: check.grant ?? {},
        mode: 'resolved',
        projectDir: check.projectDir,
        stateDir: check.stateDir,
        trustedSources,
        wharfLabels: wharfLabelsOf(own),
      }),
    );
  }
  for (const [kind, key] of [
    ['volume', 'volumes'],
    ['network', 'networks'],
    ['secret', 'secrets'],
  ] as const) {
    const mine = written[key] ?? {};
    for (const [entry, definition] of Object.entries(resolved[key] ?? {})) {
      const want = mine[entry];
      const same =
        want !== undefined &&
        field(definition, 'name') === (field(want, 'name') ?? field(definition, 'name')) &&
        Boolean(field(definition, 'external')) === Boolean(field(want, 'external')) &&
        sameFile(field(definition, 'file'), field(want, 'file'), check.projectDir) &&
        field(definition, 'driver_opts') === undefined;
      if (!same)
        found.push({
          service: entry,
          segments: [key, entry],
          message: `${kind} ${entry} is not the one wharf rendered (${JSON.stringify(definition)})`,
          grant: null,
        });
    }
  }
  return found;
}

function sameFile(a: unknown, b: unknown, projectDir: string): boolean {
  if (a === undefined && b === undefined) return true;
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  return posix.resolve(projectDir, a) === posix.resolve(projectDir, b);
}
