import { createHash } from 'node:crypto';
import { parseDuration } from '../duration.js';
import type { RenderedJob, RenderedProject } from '../render/types.js';

/** The node label a stateful service is pinned by: its volume lives on that node. */
export const nodeLabel = 'wharf.node';

/** The stack format version wharf writes: docker/cli's v3 schema, as Engine 20.10 takes it. */
export const stackVersion = '3.8';

export interface StackOptions {
  /** The node this environment runs on: its stateful services are pinned to it. */
  readonly node: string;
  /** Hash of a rendered file as written (secrets filled in), by its path in the project. */
  readonly fileHash: (path: string) => string;
  /** Hash of a secret's value, by its name. */
  readonly secretHash: (name: string) => string;
  /** `deploy.verify`: how long Swarm watches each updated task for a failure, at least. */
  readonly verifyMs: number;
}

type Doc = Record<string, unknown>;

const asDoc = (value: unknown): Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Doc) : {};

/**
 * Swarm objects (configs, secrets) cannot change once made: each version gets a name of its
 * own, from the stack, the key and the content, so a new version is a new object and the old
 * one stays until no service uses it. At most 64 characters, as Swarm allows.
 */
export function objectName(stack: string, key: string, contentHash: string): string {
  const hash = createHash('sha256').update(`${stack}\0${key}\0${contentHash}`).digest('hex');
  const readable = key.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 40);
  return `${readable}-${hash.slice(0, 16)}`;
}

/** The time Swarm needs to call a task unhealthy once it was healthy: interval × retries + timeout. */
function healthWindowMs(healthcheck: Doc): number {
  const ms = (key: string, fallback: number): number => {
    const value = healthcheck[key];
    return typeof value === 'string' ? (parseDuration(value) ?? fallback) : fallback;
  };
  const retries = typeof healthcheck['retries'] === 'number' ? healthcheck['retries'] : 3;
  return ms('interval', 30_000) * retries + ms('timeout', 30_000);
}

function goDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

const restartConditions: Readonly<Record<string, string>> = {
  no: 'none',
  'on-failure': 'on-failure',
  always: 'any',
  'unless-stopped': 'any',
};

/** `HOST:CONTAINER[/proto]` (what the renderer writes) as the stack's long form, on the host. */
function hostPort(spec: unknown): unknown {
  if (typeof spec !== 'string') return spec;
  const match = /^(?:(\d+):)?(\d+)(?:\/(tcp|udp))?$/.exec(spec);
  if (!match) return spec;
  const [, published, target, protocol] = match;
  return {
    target: Number(target),
    ...(published ? { published: Number(published) } : {}),
    protocol: protocol ?? 'tcp',
    // The routing mesh needs IPVS; a port published on the host needs nothing more.
    mode: 'host',
  };
}

/** Two tasks of a service that keeps data or holds a host port cannot run side by side. */
function rolloutOrder(volumes: readonly unknown[], ports: readonly unknown[]) {
  return volumes.length > 0 || ports.length > 0 ? 'stop-first' : 'start-first';
}

interface Mounts {
  readonly volumes: unknown[];
  readonly configs: { source: string; target: string; mode: number }[];
  readonly secrets: { source: string; target: string; mode: number }[];
}

/**
 * The service's bind mounts of wharf's own rendered files become configs (secrets, when the
 * file holds one): a task may start on any node, and only the manager has the files. A
 * folder becomes one object per file in it. Every other mount stays as written.
 */
function splitMounts(
  project: RenderedProject,
  volumes: unknown,
  topConfigs: Doc,
  topSecrets: Doc,
  stack: string,
  options: StackOptions,
): Mounts {
  const mounts: Mounts = { volumes: [], configs: [], secrets: [] };
  for (const entry of Array.isArray(volumes) ? volumes : []) {
    const match = typeof entry === 'string' ? /^\.\/([^:]+):([^:]+)(?::ro)?$/.exec(entry) : null;
    const files = match
      ? project.files.filter((f) => f.path === match[1] || f.path.startsWith(`${match[1]}/`))
      : [];
    if (!match || files.length === 0) {
      mounts.volumes.push(entry);
      continue;
    }
    const [, source = '', target = ''] = match;
    for (const file of files) {
      const key = file.path.replace(/[^A-Za-z0-9_.-]/g, '_');
      const name = objectName(stack, key, options.fileHash(file.path));
      const mount = {
        source: key,
        target: file.path === source ? target : `${target}/${file.path.slice(source.length + 1)}`,
        mode: 0o444,
      };
      if (file.containsSecrets) {
        topSecrets[key] = { name, file: `./${file.path}` };
        mounts.secrets.push(mount);
      } else {
        topConfigs[key] = { name, file: `./${file.path}` };
        mounts.configs.push(mount);
      }
    }
  }
  return mounts;
}

function stackService(
  project: RenderedProject,
  composeName: string,
  compose: Doc,
  top: { configs: Doc; secrets: Doc },
  stack: string,
  options: StackOptions,
): Doc {
  const rendered = project.services.find((s) => s.composeName === composeName);
  const {
    container_name: _name,
    restart,
    depends_on: dependsOn,
    volumes,
    ports,
    deploy,
    secrets,
    ...rest
  } = compose;
  const mounts = splitMounts(project, volumes, top.configs, top.secrets, stack, options);
  const published = Array.isArray(ports) ? ports.map(hostPort) : [];
  const stopFirst = rolloutOrder(mounts.volumes, published) === 'stop-first';
  const monitorMs = Math.max(
    options.verifyMs,
    compose['healthcheck'] ? healthWindowMs(asDoc(compose['healthcheck'])) : 0,
    5_000,
  );
  const rollout = {
    parallelism: 1,
    delay: '0s',
    order: stopFirst ? 'stop-first' : 'start-first',
    monitor: goDuration(monitorMs),
  };
  const serviceLabels = asDoc(compose['labels']);
  const wantedSecrets: unknown[] = Array.isArray(secrets) ? (secrets as unknown[]) : [];
  return {
    ...rest,
    ...(dependsOn
      ? { depends_on: Array.isArray(dependsOn) ? dependsOn : Object.keys(asDoc(dependsOn)).sort() }
      : {}),
    ...(mounts.volumes.length > 0 ? { volumes: mounts.volumes } : {}),
    ...(mounts.configs.length > 0 ? { configs: mounts.configs } : {}),
    ...(wantedSecrets.length + mounts.secrets.length > 0
      ? { secrets: [...wantedSecrets, ...mounts.secrets] }
      : {}),
    ...(published.length > 0 ? { ports: published } : {}),
    deploy: {
      ...asDoc(deploy),
      // Virtual IPs need IPVS in the kernel; DNS round robin needs nothing: the edge resolves
      // every task's address itself.
      endpoint_mode: 'dnsrr',
      // Read back from the service, whichever node its tasks run on.
      labels: serviceLabels,
      restart_policy: {
        condition: restartConditions[typeof restart === 'string' ? restart : 'no'] ?? 'any',
        delay: '2s',
      },
      update_config: { ...rollout, failure_action: 'rollback' },
      rollback_config: { ...rollout, failure_action: 'pause' },
      ...(rendered?.role === 'stateful'
        ? { placement: { constraints: [`node.labels.${nodeLabel} == ${options.node}`] } }
        : {}),
    },
  };
}

/**
 * A rendered project as a stack for `docker stack deploy`, from its Compose file as written
 * (`composeFile`: every `$` already escaped, which the stack loader reads alike). Pure: the
 * hashes of the rendered files and secrets come from the caller, who wrote them.
 *
 * Services roll out one task at a time, start-first unless they keep data or a host port,
 * rolled back by Swarm when a task fails within `monitor`; wharf rolls the whole deploy back
 * when any of them does (strategies/swarm.ts).
 */
export function stackDocument(project: RenderedProject, compose: Doc, options: StackOptions): Doc {
  // Jobs are services of the Compose project under a profile; on Swarm each run is a stack of
  // its own (jobStackDocument), never a service of the apps' stack.
  const jobs = new Set((project.jobs ?? []).map((j) => j.composeName));
  const services = Object.fromEntries(
    Object.entries(asDoc(compose['services'])).filter(([name]) => !jobs.has(name)),
  );
  return documentOf(project, { ...compose, services }, project.name, options);
}

function documentOf(project: RenderedProject, compose: Doc, stack: string, options: StackOptions) {
  const configs: Doc = {};
  const secrets: Doc = {};
  for (const [key, value] of Object.entries(asDoc(compose['secrets']))) {
    const entry = asDoc(value);
    secrets[key] = { ...entry, name: objectName(stack, key, options.secretHash(key)) };
  }
  const services = Object.fromEntries(
    Object.entries(asDoc(compose['services'])).map(([name, service]) => [
      name,
      stackService(project, name, asDoc(service), { configs, secrets }, stack, options),
    ]),
  );
  const { name: _name, services: _services, secrets: _secrets, ...topLevel } = compose;
  return {
    version: stackVersion,
    services,
    ...topLevel,
    ...(Object.keys(configs).length > 0 ? { configs } : {}),
    ...(Object.keys(secrets).length > 0 ? { secrets } : {}),
  };
}

/** The service of a job's stack: `<stack>_job`. */
export const jobStackService = 'job';

/**
 * One run of a job as a stack of its own (`wharf-<env>-job-<name>`): the job's service of
 * the apps' Compose file (the app's image, env, secrets and files; the policy checked it with
 * the project) as a Swarm job, run once to completion and never restarted. Its configs and
 * secrets are the stack's own, and go with it.
 */
export function jobStackDocument(
  project: RenderedProject,
  compose: Doc,
  job: RenderedJob,
  stack: string,
  options: StackOptions,
): Doc {
  const service = asDoc(asDoc(compose['services'])[job.composeName]);
  const document = documentOf(
    project,
    { ...compose, services: { [jobStackService]: service } },
    stack,
    options,
  );
  const rendered = asDoc(asDoc(document['services'])[jobStackService]);
  const { profiles: _profiles, deploy, ...rest } = rendered;
  const { resources, labels: serviceLabels } = asDoc(deploy);
  return {
    ...document,
    services: {
      [jobStackService]: {
        ...rest,
        deploy: {
          mode: 'replicated-job',
          replicas: 1,
          labels: serviceLabels,
          restart_policy: { condition: 'none' },
          ...(resources ? { resources } : {}),
        },
      },
    },
  };
}

/**
 * A stack that converged before, to deploy again when a rollout is undone. Its configs and
 * secrets still exist in Swarm under their versioned names (nothing removes them while a
 * rollout runs), and the files they were made from may hold the new version by now: each is
 * named as existing (`external`), never made again from a file.
 */
export function rollbackDocument(stack: Doc): Doc {
  const external = (objects: unknown): Doc =>
    Object.fromEntries(
      Object.entries(asDoc(objects)).map(([key, value]) => [
        key,
        { name: asDoc(value)['name'], external: true },
      ]),
    );
  return {
    ...stack,
    ...(stack['configs'] ? { configs: external(stack['configs']) } : {}),
    ...(stack['secrets'] ? { secrets: external(stack['secrets']) } : {}),
  };
}

/**
 * Where and how each service of a project runs as a stack, for the plan: its replicas, its
 * node (stateful ones pinned to this environment's), and how its tasks are replaced.
 */
export function stackPlacement(project: RenderedProject, node: string): string[] {
  return project.services.map((service) => {
    const volumes = (service.compose['volumes'] as unknown[] | undefined) ?? [];
    // Rendered files become configs: only the other mounts keep a task to its data.
    const kept = volumes.filter((v) => !(typeof v === 'string' && v.startsWith('./')));
    const ports = (service.compose['ports'] as unknown[] | undefined) ?? [];
    const where = service.role === 'stateful' ? `pinned to node ${node}` : 'on any node';
    return `${service.composeName}: ${service.replicas} task(s) ${where}, ${rolloutOrder(kept, ports)}`;
  });
}
