import { hashOf } from './config-hash.js';
import type { ServiceDefinition } from './types.js';

type ComposeService = Readonly<Record<string, unknown>>;

const described = new Set([
  'image',
  'environment',
  'command',
  'ports',
  'volumes',
  'healthcheck',
  'deploy',
  'secrets',
]);
// Keys wharf itself sets the same way for every service; not worth a line in a plan.
const bookkeeping = new Set([
  'labels',
  'networks',
  'restart',
  'depends_on',
  'hostname',
  'init',
  'stop_grace_period',
]);

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
    : [];
}

/** The plan-relevant fields of a Compose service definition. */
export function describeService(
  compose: ComposeService,
  files: Readonly<Record<string, string>>,
): ServiceDefinition {
  const deploy = (compose['deploy'] ?? {}) as { resources?: unknown; replicas?: number };
  const other = Object.fromEntries(
    Object.entries(compose).filter(([k]) => !described.has(k) && !bookkeeping.has(k)),
  );
  const command = compose['command'];
  return {
    image: typeof compose['image'] === 'string' ? compose['image'] : '',
    env: Object.fromEntries(
      Object.entries((compose['environment'] ?? {}) as Record<string, unknown>).map(([k, v]) => [
        k,
        String(v),
      ]),
    ),
    command: Array.isArray(command) ? command.map(String) : null,
    ports: strings(compose['ports']),
    volumes: strings(compose['volumes']),
    health: compose['healthcheck'] ?? null,
    resources: deploy.resources ?? null,
    replicas: deploy.replicas ?? 1,
    secrets: strings(compose['secrets']),
    files,
    other: Object.keys(other).length > 0 ? other : null,
  };
}

/** Hash of what makes a container what it is: its definition (minus the revision) and mounted files. */
export function configHashOf(
  compose: ComposeService,
  files: Readonly<Record<string, string>>,
): string {
  return hashOf({ compose, files });
}

/**
 * A stateless service's definition with its colour taken out, so the same service has the
 * same hash in blue and in green, and a plan can compare a new colour with the live one.
 */
export function colourNeutral(compose: ComposeService, colour: string): ComposeService {
  const { labels: rawLabels, depends_on: dependsOn, ...rest } = compose as Record<string, unknown>;
  const neutral: Record<string, unknown> = { ...rest };
  if (rawLabels && typeof rawLabels === 'object') {
    neutral['labels'] = Object.fromEntries(
      Object.entries(rawLabels).filter(([k]) => k !== 'wharf.colour'),
    );
  }
  if (dependsOn && typeof dependsOn === 'object') {
    const suffix = `-${colour}`;
    neutral['depends_on'] = Object.fromEntries(
      Object.entries(dependsOn).map(([k, v]) => [
        k.endsWith(suffix) ? k.slice(0, -suffix.length) : k,
        v as unknown,
      ]),
    );
  }
  return neutral;
}
