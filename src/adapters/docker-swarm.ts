import type { RegistryLogin } from '../config/load-config.js';
import { WharfError } from '../core/errors.js';
import { labels } from '../core/render/names.js';
import { registryOf } from '../core/swarm/image-pins.js';
import { jobStackService } from '../core/swarm/stack-document.js';
import { messageOf } from '../core/message-of.js';
import type { SwarmRuntime, SwarmService, SwarmTask } from '../ports/swarm-runtime.js';
import { dockerApi, type DockerApi } from './docker-api.js';
import { registryAuthHeader, withRegistryLogins } from './registry-logins.js';
import { runCommand, tail } from './run-command.js';

export interface DockerSwarmOptions {
  readonly api?: DockerApi;
  /** Logins for the registries the stacks pull from; `--with-registry-auth` hands them on. */
  readonly registries?: readonly RegistryLogin[];
}

/** The label `docker stack` puts on everything of a stack. */
const namespaceLabel = 'com.docker.stack.namespace';

interface ApiService {
  ID: string;
  Spec: {
    Name: string;
    Labels?: Record<string, string>;
    Mode?: { Replicated?: { Replicas?: number } };
    TaskTemplate: { ContainerSpec: { Image: string } };
  };
  UpdateStatus?: { State?: string; StartedAt?: string; Message?: string };
}

interface ApiTask {
  ID: string;
  ServiceID: string;
  NodeID?: string;
  DesiredState: string;
  CreatedAt: string;
  Spec: { ContainerSpec: { Image: string; Labels?: Record<string, string> } };
  Status: {
    State: string;
    Message?: string;
    Err?: string;
    ContainerStatus?: { ExitCode?: number };
  };
}

/** The states a job's task ends in. */
const jobEnded = new Set(['complete', 'failed', 'rejected', 'shutdown', 'orphaned']);

interface ApiNode {
  ID: string;
  Version: { Index: number };
  Description: { Hostname: string };
  Spec: { Labels?: Record<string, string>; Role: string; Availability: string };
}

const filters = (f: Record<string, string[]>): string => encodeURIComponent(JSON.stringify(f));

function stackError(command: string, stack: string, detail: string, timedOut: boolean): WharfError {
  const loginRefused =
    /no basic auth credentials|unauthorized: authentication required|pull access denied/i.test(
      detail,
    );
  return new WharfError(
    'stack-failed',
    `docker stack ${command} ${stack} ${timedOut ? 'timed out' : 'failed'}${detail ? `:\n${tail(detail)}` : ''}${loginRefused ? '\nthe registry refused to give the image without a login: add its credentials to `registries` in the configuration (docs/operations.md, "Private registries")' : ''}`,
    { retryable: !loginRefused },
  );
}

/** `docker stack` through the CLI (its loader is the stack format), the rest through the API. */
export function dockerSwarm(options: DockerSwarmOptions = {}): SwarmRuntime {
  const api = options.api ?? dockerApi();
  const logins = options.registries ?? [];

  /**
   * `docker stack deploy` (detached) with wharf's registry logins handed on to the nodes;
   * resolves with what it printed once Docker took the stack, throws `stack-failed` if not.
   */
  async function stackDeploy(
    stack: string,
    file: string,
    flags: readonly string[],
    timeoutMs: number,
  ): Promise<string> {
    const result = await withRegistryLogins(logins, (env) =>
      runCommand(
        'docker',
        // wharf named each image by its digest already (pin-stack-images.ts).
        [
          'stack',
          'deploy',
          '--with-registry-auth',
          '--resolve-image=never',
          '--detach=true',
          ...flags,
          '--compose-file',
          file,
          stack,
        ],
        { timeoutMs, env: { ...env } },
      ),
    );
    if (result.code !== 0 || result.timedOut)
      throw stackError(
        'deploy',
        stack,
        `${result.stderr}\n${result.stdout}`.trim(),
        result.timedOut,
      );
    return result.stdout;
  }

  /** A service's output, stdout and stderr in the order it was written, timestamps off. */
  async function serviceLogs(service: string): Promise<string[]> {
    const { stdout, stderr } = await api.output(
      `/services/${encodeURIComponent(service)}/logs?stdout=1&stderr=1&timestamps=1`,
    );
    const lines = [...stdout.split('\n'), ...stderr.split('\n')].filter(Boolean);
    return lines
      .map((line) => {
        const space = line.indexOf(' ');
        return { at: line.slice(0, space), text: line.slice(space + 1) };
      })
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      .map((l) => l.text);
  }

  /** `docker stack rm`, then until its services, tasks and network are gone. */
  async function removeStack(stack: string): Promise<void> {
    const result = await runCommand('docker', ['stack', 'rm', stack], { timeoutMs: 120_000 });
    if (result.code !== 0 && !/Nothing found in stack/.test(result.stderr))
      throw stackError('rm', stack, result.stderr.trim(), result.timedOut);
    // `stack rm` returns before the tasks are gone; the stack's network goes last.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const left = await api.call<unknown[]>(
        'GET',
        `/services?filters=${filters({ label: [`${namespaceLabel}=${stack}`] })}`,
      );
      const tasks = await api.call<unknown[]>(
        'GET',
        `/tasks?filters=${filters({ label: [`${namespaceLabel}=${stack}`], 'desired-state': ['running'] })}`,
      );
      const networks = await api.call<unknown[]>(
        'GET',
        `/networks?filters=${filters({ label: [`${namespaceLabel}=${stack}`] })}`,
      );
      if ([left, tasks, networks].every((list) => (list ?? []).length === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  async function nodes(): Promise<ApiNode[]> {
    return (await api.call<ApiNode[]>('GET', '/nodes')) ?? [];
  }

  return {
    async manager() {
      const info = await api.call<{
        Name: string;
        Swarm?: {
          NodeID?: string;
          LocalNodeState?: string;
          ControlAvailable?: boolean;
          Nodes?: number;
        };
      }>('GET', '/info');
      const swarm = info?.Swarm;
      if (!swarm?.NodeID || swarm.LocalNodeState !== 'active' || !swarm.ControlAvailable)
        return null;
      return {
        nodeId: swarm.NodeID,
        hostname: info?.Name ?? swarm.NodeID,
        nodes: swarm.Nodes ?? 1,
      };
    },

    async imageDigest(image) {
      const auth = await registryAuthHeader(logins, registryOf(image));
      try {
        const found = await api.call<{ Descriptor?: { digest?: string } }>(
          'GET',
          `/distribution/${image}/json`,
          undefined,
          30_000,
          auth ? { 'X-Registry-Auth': auth } : {},
        );
        const digest = found?.Descriptor?.digest;
        if (!digest) return { kind: 'unknown', detail: 'the registry has no such image' };
        return { kind: 'pinned', image: `${image}@${digest}` };
      } catch (error) {
        const detail = messageOf(error);
        // Docker Hub answers "pull access denied ... does not exist or may require 'docker
        // login'" for a name it does not have: an image no registry has, not a refusal.
        const refused =
          /no basic auth credentials|unauthorized|authentication required/i.test(detail) &&
          !/does not exist/i.test(detail);
        return refused ? { kind: 'refused', detail } : { kind: 'unknown', detail };
      }
    },

    async labelNode(nodeId, key, value) {
      const node = await api.call<ApiNode>('GET', `/nodes/${encodeURIComponent(nodeId)}`);
      if (!node) throw new WharfError('swarm-unavailable', `swarm node ${nodeId} does not exist`);
      if (node.Spec.Labels?.[key] === value) return false;
      await api.call(
        'POST',
        `/nodes/${encodeURIComponent(nodeId)}/update?version=${node.Version.Index}`,
        { ...node.Spec, Labels: { ...node.Spec.Labels, [key]: value } },
      );
      return true;
    },

    async deploy(stack, directory, { timeoutMs, onOutput }) {
      const printed = await stackDeploy(stack, `${directory}/stack.yml`, ['--prune'], timeoutMs);
      for (const line of printed.split('\n'))
        if (/^(Creating|Updating|Removing)/.test(line.trim())) onOutput?.(line.trim());
    },

    async runJob(stack, directory, file, { timeoutMs, onOutput }) {
      await removeStack(stack);
      const deadline = Date.now() + timeoutMs;
      await stackDeploy(stack, `${directory}/${file}`, [], timeoutMs);
      const service = `${stack}_${jobStackService}`;
      let ended: ApiTask | undefined;
      while (!ended && Date.now() < deadline) {
        const tasks = await api.call<ApiTask[]>(
          'GET',
          `/tasks?filters=${filters({ service: [service] })}`,
        );
        ended = (tasks ?? []).find((t) => jobEnded.has(t.Status.State));
        if (!ended) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      for (const line of await serviceLogs(service)) onOutput(line);
      if (ended?.Status.State === 'rejected' || (ended && !ended.Status.ContainerStatus))
        onOutput(
          `the job's task could not start: ${ended.Status.Err ?? ended.Status.Message ?? ''}`,
        );
      await removeStack(stack);
      if (!ended) return { exitCode: null, timedOut: true };
      return { exitCode: ended.Status.ContainerStatus?.ExitCode ?? null, timedOut: false };
    },

    remove: removeStack,

    async services(environment) {
      const label = `${labels.environment}=${environment}`;
      const [services, tasks, allNodes] = await Promise.all([
        api.call<ApiService[]>('GET', `/services?filters=${filters({ label: [label] })}`),
        api.call<ApiTask[]>('GET', `/tasks?filters=${filters({ label: [label] })}`),
        nodes(),
      ]);
      const hostnames = new Map(allNodes.map((n) => [n.ID, n.Description.Hostname]));
      const taskOf = (t: ApiTask): SwarmTask => ({
        id: t.ID,
        node: t.NodeID ? (hostnames.get(t.NodeID) ?? t.NodeID) : '',
        state: t.Status.State,
        desiredState: t.DesiredState,
        labels: t.Spec.ContainerSpec.Labels ?? {},
        message: t.Status.Message ?? '',
        error: t.Status.Err ?? '',
        createdAt: t.CreatedAt,
        image: t.Spec.ContainerSpec.Image,
      });
      return (services ?? []).map((s): SwarmService => ({
        id: s.ID,
        name: s.Spec.Name,
        stack: s.Spec.Labels?.[namespaceLabel] ?? '',
        labels: s.Spec.Labels ?? {},
        replicas: s.Spec.Mode?.Replicated?.Replicas ?? 0,
        image: s.Spec.TaskTemplate.ContainerSpec.Image,
        update: s.UpdateStatus?.State
          ? {
              state: s.UpdateStatus.State,
              startedAt: s.UpdateStatus.StartedAt ?? '',
              message: s.UpdateStatus.Message ?? '',
            }
          : null,
        tasks: (tasks ?? []).filter((t) => t.ServiceID === s.ID).map(taskOf),
      }));
    },

    async removeUnused(stack) {
      let removed = 0;
      const byStack = filters({ label: [`${namespaceLabel}=${stack}`] });
      for (const kind of ['configs', 'secrets'] as const) {
        const objects =
          (await api.call<{ ID: string }[]>('GET', `/${kind}?filters=${byStack}`)) ?? [];
        for (const object of objects) {
          // In use: the engine refuses, and the object stays, as it should.
          const gone = await api.call('DELETE', `/${kind}/${object.ID}`).then(
            () => true,
            () => false,
          );
          if (gone) removed++;
        }
      }
      return removed;
    },
  };
}
