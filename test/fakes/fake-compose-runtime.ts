import path from 'node:path';
import { parse } from 'yaml';
import { ComposeError } from '../../src/core/errors.js';
import type { ComposeModel } from '../../src/core/policy/resolved-project.js';
import type { ComposeRuntime, ComposeTarget } from '../../src/ports/compose-runtime.js';
import type { FakeContainer, FakeDockerHost } from './fake-docker-host.js';
import { atOnce } from './at-once.js';

type Service = Readonly<Record<string, unknown>>;

/** A scalar as Compose writes it in a string field. */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

function record(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** `KEY: value` maps and `KEY=value` lists, as Compose accepts both for labels and environment. */
function stringMap(value: unknown): Record<string, string> {
  if (Array.isArray(value))
    return Object.fromEntries(
      value.map((item) => {
        const [key = '', ...rest] = String(item).split('=');
        return [key, rest.join('=')];
      }),
    );
  return Object.fromEntries(Object.entries(record(value)).map(([k, v]) => [k, text(v)]));
}

/**
 * What a container sees of a value in the file: wharf escapes every `$` as `$$`. (Compose's
 * `config` prints the file with the escapes kept, so `resolve` shows them as written.)
 */
function interpolated(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.replace(/\$\$/g, '$')]));
}

function healthcheckOf(service: Service): FakeContainer['healthcheck'] {
  const check = record(service['healthcheck']);
  if (check['disable'] === true) return 'none';
  const test = check['test'];
  if (test === undefined) return 'image';
  const words = Array.isArray(test) ? test.map(text) : ['CMD-SHELL', text(test)];
  if (words[0] === 'NONE') return 'none';
  // Commands cannot run here: `false` fails, anything else is taken to pass.
  return words.slice(1).join(' ').trim() === 'false' ? 'unhealthy' : 'healthy';
}

function replicasOf(service: Service): number {
  const replicas = record(service['deploy'])['replicas'] ?? service['scale'];
  return typeof replicas === 'number' ? replicas : 1;
}

/**
 * `docker compose` over a fake Docker host: reads the project's compose.yaml, and up, stop,
 * start, rm and down its containers as Compose would, recreating a container only when its
 * service definition changed. `up --wait` fails when a container it started is unhealthy.
 */
export function fakeComposeRuntime(host: FakeDockerHost): ComposeRuntime {
  function fail(
    target: ComposeTarget,
    command: string,
    services: readonly string[],
    stderr: string,
  ): never {
    throw new ComposeError({
      environment: target.environment,
      project: target.project,
      services,
      command,
      exitCode: 1,
      stderrTail: stderr,
      timedOut: false,
    });
  }

  async function load(target: ComposeTarget, command: string): Promise<ComposeModel> {
    const file = path.join(target.directory, 'compose.yaml');
    const text = await host.readFile(file);
    if (text === null) fail(target, command, [], `open ${file}: no such file or directory`);
    const model = parse(text) as ComposeModel;
    return { ...model, name: target.project };
  }

  function containersOf(target: ComposeTarget, service?: string): FakeContainer[] {
    return [...host.containers.values()]
      .filter(
        (c) =>
          c.project === target.project && (service === undefined || c.composeService === service),
      )
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  function named(
    model: ComposeModel,
    target: ComposeTarget,
    services: readonly string[],
    command: string,
  ): string[] {
    const all = Object.keys(model.services ?? {});
    for (const s of services)
      if (!all.includes(s)) fail(target, command, services, `no such service: ${s}`);
    // As Compose: a service with profiles starts only when named (or its profile is on).
    const unprofiled = all.filter((s) => record(model.services?.[s])['profiles'] === undefined);
    return services.length > 0 ? [...services] : unprofiled;
  }

  /** The Docker networks a service joins, with its aliases on each. */
  function networksOf(
    model: ComposeModel,
    target: ComposeTarget,
    name: string,
    service: Service,
  ): Map<string, readonly string[]> {
    const declared = record(model.networks);
    const joined = service['networks'];
    const keys = Array.isArray(joined)
      ? joined.map(String)
      : joined === undefined
        ? ['default']
        : Object.keys(record(joined));
    const result = new Map<string, readonly string[]>();
    for (const key of keys) {
      const network = record(declared[key]);
      const dockerName =
        typeof network['name'] === 'string' ? network['name'] : `${target.project}_${key}`;
      const aliases = Array.isArray(joined) ? [] : (record(record(joined)[key])['aliases'] ?? []);
      result.set(dockerName, [name, ...(aliases as string[])]);
      if (host.networks.has(dockerName)) continue;
      if (network['external'] === true)
        fail(
          target,
          'up',
          [name],
          `network ${dockerName} declared as external, but could not be found`,
        );
      host.createNetwork(dockerName, { 'com.docker.compose.project': target.project });
    }
    return result;
  }

  /** Creates the named volumes the service mounts unless they exist; returns their names. */
  function ensureVolumes(model: ComposeModel, target: ComposeTarget, service: Service): string[] {
    const declared = record(model.volumes);
    const mounts = Array.isArray(service['volumes']) ? service['volumes'] : [];
    const names: string[] = [];
    for (const mount of mounts) {
      const source =
        typeof mount === 'string' ? mount.split(':')[0] : text(record(mount)['source']);
      if (!source || !(source in declared)) continue;
      const volume = record(declared[source]);
      const name =
        typeof volume['name'] === 'string' ? volume['name'] : `${target.project}_${source}`;
      if (!host.volumes.has(name)) host.volumes.set(name, stringMap(volume['labels']));
      names.push(name);
    }
    return names;
  }

  /** The service's containers as the file wants them, made new where the definition changed. */
  function converge(
    model: ComposeModel,
    target: ComposeTarget,
    name: string,
    command: string,
  ): FakeContainer[] {
    const service = record(model.services?.[name]);
    const image = text(service['image']);
    if (!host.images[image])
      fail(
        target,
        command,
        [name],
        `pull access denied for ${image.split(':')[0] ?? image}, repository does not exist`,
      );
    const definition = JSON.stringify(service);
    const volumes = ensureVolumes(model, target, service);
    const networks = networksOf(model, target, name, service);
    const wanted = replicasOf(service);
    const result: FakeContainer[] = [];
    for (const existing of containersOf(target, name)) {
      const index = Number(existing.name.split('-').pop());
      if (existing.definition !== definition || index > wanted) host.remove(existing);
    }
    for (let index = 1; index <= wanted; index++) {
      const containerName = `${target.project}-${name}-${index}`;
      const kept = host.containers.get(containerName);
      result.push(
        kept ??
          host.add({
            name: containerName,
            project: target.project,
            composeService: name,
            image,
            labels: {
              ...stringMap(service['labels']),
              'com.docker.compose.project': target.project,
              'com.docker.compose.service': name,
            },
            environment: interpolated(stringMap(service['environment'])),
            definition,
            healthcheck: healthcheckOf(service),
            volumes,
            networks,
          }),
      );
    }
    return result;
  }

  return {
    async resolve(target) {
      return load(target, 'config');
    },
    async up(target, services, options = {}) {
      const model = await load(target, 'up');
      const wanted = named(model, target, services, 'up');
      if (options.removeOrphans)
        for (const c of containersOf(target))
          if (!Object.keys(model.services ?? {}).includes(c.composeService)) host.remove(c);
      const started: FakeContainer[] = [];
      for (const name of wanted) {
        for (const container of converge(model, target, name, 'up')) {
          host.start(container);
          started.push(container);
          options.onOutput?.(`Container ${container.name}  Started`);
        }
      }
      if (options.waitSeconds === undefined) return;
      const sick = started.filter((c) => host.health(c) === 'unhealthy' || c.state !== 'running');
      if (sick.length > 0)
        fail(
          target,
          'up',
          services,
          sick.map((c) => `container ${c.name} is unhealthy`).join('\n'),
        );
    },
    async create(target, services) {
      const model = await load(target, 'create');
      for (const name of named(model, target, services, 'create'))
        converge(model, target, name, 'create');
    },
    stop: (target, services) =>
      atOnce(() => {
        for (const name of services) for (const c of containersOf(target, name)) host.stop(c);
      }),
    start: (target, services) =>
      atOnce(() => {
        for (const name of services) {
          const found = containersOf(target, name);
          if (found.length === 0)
            fail(target, 'start', services, `service "${name}" has no container to start`);
          for (const c of found) host.start(c);
        }
      }),
    remove: (target, services) =>
      atOnce(() => {
        for (const name of services) for (const c of containersOf(target, name)) host.remove(c);
      }),
    down: (target) =>
      atOnce(() => {
        for (const c of containersOf(target)) host.remove(c);
        for (const [name, labels] of host.networks)
          if (labels['com.docker.compose.project'] === target.project) host.networks.delete(name);
      }),
    async runJob(target, service, options) {
      const model = await load(target, 'run');
      const definition = record(model.services?.[service]);
      if (Object.keys(definition).length === 0)
        fail(target, 'run', [service], `no such service: ${service}`);
      const command = Array.isArray(definition['command']) ? definition['command'].map(text) : [];
      host.changes.push(`run ${options.container} ${command.join(' ')}`);
      // Commands cannot run here: `false` fails, `sleep` outlasts any deadline, `echo` prints.
      const [program, ...args] = command;
      if (program === 'echo') options.onOutput(args.join(' '));
      if (program === 'sleep') return { exitCode: null, timedOut: true };
      return { exitCode: program === 'false' ? 1 : 0, timedOut: false };
    },
    exec: (target, service, command) =>
      atOnce(() => {
        const container = containersOf(target, service)[0];
        if (!container || container.state !== 'running')
          fail(target, 'exec', [service], `service "${service}" is not running`);
        const [program, ...args] = command;
        if (program === 'echo') return `${args.join(' ')}\n`;
        if (program === 'env')
          return Object.entries(container.environment)
            .map(([k, v]) => `${k}=${v}\n`)
            .join('');
        return fail(
          target,
          'exec',
          [service],
          `exec: "${program ?? ''}": not modelled by the fake host`,
        );
      }),
  };
}
