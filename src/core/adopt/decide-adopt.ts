import { previewHost } from '../edge/render-site.js';
import { siteText } from '../edge/site-text.js';
import { isPostgresImage, isRabbitmqImage } from '../import/classify-service.js';
import { labels, names, type Colour } from '../render/names.js';
import type { RenderedService } from '../render/types.js';
import type { ProjectContainer } from './project-container.js';
import type { AdoptDecision, AdoptInput, StatefulMove } from './types.js';
import { volumeTargets } from './volume-targets.js';

/**
 * The colour the project's containers stand in for: the edge routes the environment to them as
 * to a live green, so wharf's first deploy starts blue beside them and switches from them.
 */
const standIn: Colour = 'green';

function imageMatches(
  running: string,
  service: RenderedService,
  overrides: AdoptInput['imageOverrides'],
): boolean {
  const wanted = service.definition.image;
  return running === wanted || overrides[running] === wanted;
}

/** wharf's stateful service that takes over a project's service: by name, else by what it runs. */
function statefulCounterpart(
  services: readonly RenderedService[],
  service: string,
  image: string,
): RenderedService | undefined {
  const byName = (name: string): RenderedService | undefined =>
    services.find((s) => s.name === name);
  return (
    byName(service) ??
    (isPostgresImage(image) ? byName('postgres') : undefined) ??
    (isRabbitmqImage(image) ? byName('rabbitmq') : undefined)
  );
}

function byService(containers: readonly ProjectContainer[]): Map<string, ProjectContainer[]> {
  const grouped = new Map<string, ProjectContainer[]>();
  for (const c of [...containers].sort((a, b) => a.name.localeCompare(b.name)))
    grouped.set(c.service, [...(grouped.get(c.service) ?? []), c]);
  return grouped;
}

/** Problems that hold whatever the services are: the project is not there, or not the team's. */
function projectProblems(input: AdoptInput): string[] {
  const { environment: env, project } = input;
  const problems: string[] = [];
  if (input.containers.length === 0)
    problems.push(
      `no container of Compose project ${project} on this host (\`docker compose ls --all\` lists the projects; --project names another)`,
    );
  const managed = input.containers.filter((c) => c.managed);
  if (managed.length > 0)
    problems.push(
      `project ${project} is wharf's own (${managed
        .map((c) => c.name)
        .sort()
        .join(', ')}): adopt takes over a project wharf did not make`,
    );
  const stateless = input.wharfContainers.filter((c) => c.role === 'stateless');
  if (input.deployed || stateless.length > 0)
    problems.push(
      `${env} is deployed by wharf already${stateless.length > 0 ? ` (${stateless.map((c) => c.name).join(', ')})` : ''}: adopt takes over before the first deploy; remove what is left of project ${project} yourself (\`docker compose -p ${project} down\`, without -v)`,
    );
  for (const c of input.containers)
    for (const p of c.published)
      if (input.edgePorts.includes(p.hostPort))
        problems.push(
          `${c.name} (service ${c.service} of project ${project}) publishes port ${p.hostPort} of the host, which the edge listens on: publish it on another port first and move the traffic to the edge (docs/adopting.md, "Ports")`,
        );
  return problems;
}

/**
 * What `wharf adopt` does with a running Compose project, or why it must not: each service of
 * the environment must run in the project with the same image, each service of the project
 * must be one of the environment's, no data may be left behind or written over, and the edge's
 * ports must be free. Every problem is reported at once; a refusal changes nothing.
 */
export function decideAdopt(input: AdoptInput): AdoptDecision {
  const { environment: env, project, rendered } = input;
  const problems = projectProblems(input);
  const running = byService(input.containers);
  const apps = rendered.apps.services;
  const infra = rendered.infra.services;
  const connect: { container: string; aliases: string[] }[] = [];
  const retire: string[] = [];
  const stateful: StatefulMove[] = [];
  const summary: string[] = [];
  const targetsTaken = new Set<string>();

  for (const app of apps) {
    const containers = running.get(app.name) ?? [];
    if (containers.length === 0 && input.containers.length > 0) {
      problems.push(
        `service ${app.name} of environment ${env} does not run in project ${project} (its services: ${[...running.keys()].join(', ')})`,
      );
      continue;
    }
    for (const c of containers) {
      if (c.state !== 'running' || c.health === 'unhealthy' || c.health === 'starting')
        problems.push(
          `${c.name} (service ${app.name} of project ${project}) is ${c.state === 'running' ? c.health : c.state}: adopt takes over containers that serve; start it healthy first (\`docker compose -p ${project} up -d ${app.name}\`)`,
        );
      if (!imageMatches(c.image, app, input.imageOverrides))
        problems.push(
          `service ${app.name}: project ${project} runs ${c.image} (${c.name}), environment ${env} says ${app.definition.image}; make them the same first`,
        );
      connect.push({ container: c.name, aliases: [names.appService(app.name, standIn)] });
      retire.push(c.id);
    }
    if (containers.length > 0)
      summary.push(
        `${app.name}: ${containers.map((c) => c.name).join(', ')} serve${app.port === undefined ? '' : ' through the edge'} until wharf's blue is healthy, then are removed`,
      );
  }

  for (const [service, containers] of running) {
    if (apps.some((a) => a.name === service)) continue;
    const first = containers[0];
    const counterpart = first ? statefulCounterpart(infra, service, first.image) : undefined;
    if (!first || !counterpart) {
      problems.push(
        `service ${service} of project ${project} is not in environment ${env}: adopt takes over every service of the project; add it to the manifest, or remove it from the project first (\`docker compose -p ${project} rm -s -f ${service}\`)`,
      );
      continue;
    }
    const taken = stateful.find((m) => m.service === counterpart.name);
    if (taken)
      problems.push(
        `services ${taken.from} and ${service} of project ${project} would both be wharf's ${counterpart.name}: the environment has one; remove the other from the project first`,
      );
    if (!imageMatches(first.image, counterpart, input.imageOverrides))
      problems.push(
        `service ${service}: project ${project} runs ${first.image}, environment ${env}'s ${counterpart.name} says ${counterpart.definition.image}; its data is copied as it is, so the images must be the same`,
      );
    const targets = volumeTargets(env, rendered.infra, counterpart);
    const copies: { from: string; to: string }[] = [];
    for (const c of containers)
      for (const mount of c.mounts) {
        const to = targets.get(mount.destination);
        if (mount.type === 'volume' && to) copies.push({ from: mount.source, to });
        else if (mount.type === 'volume')
          problems.push(
            `${c.name} keeps data in the volume ${mount.source} at ${mount.destination}, where wharf's ${counterpart.name} mounts no volume: it would be left behind; mount it in the manifest, or move it yourself`,
          );
        else if (mount.type === 'bind' && to)
          problems.push(
            `${c.name} keeps its data in the host folder ${mount.source} (at ${mount.destination}), and adopt copies volumes only: copy it into the volume ${to} yourself (docs/adopting.md, "Moving data")`,
          );
      }
    for (const { to } of copies) {
      if (input.existingVolumes.includes(to) || targetsTaken.has(to))
        problems.push(
          `the volume ${to} exists already: adopt copies ${service}'s data into a volume of its own making and never into one that holds something; remove it if it holds nothing you need (\`docker volume rm ${to}\`)`,
        );
      targetsTaken.add(to);
    }
    stateful.push({
      service: counterpart.name,
      from: service,
      containers: containers.map((c) => c.id),
      copies,
      image: first.image,
      container: names.container(rendered.infra.name, counterpart.composeName, 1),
      networks: [...new Set(containers.flatMap((c) => c.networks))].sort(),
    });
    summary.push(
      `${service}: stops, ${copies.map((c) => `${c.from} is copied into ${c.to}`).join(', ') || 'no data to copy'}; wharf's ${counterpart.name} starts on ${copies.length === 1 ? 'the copy' : 'the copies'} and answers as ${service} on ${project}'s network${copies.length > 0 ? ` (${copies.map((c) => c.from).join(', ')} stays as it was)` : ''}`,
    );
  }

  if (problems.length > 0) return { kind: 'refused', problems };
  const routes = rendered.edge.apps;
  const site = (live: Colour | null): string =>
    siteText({
      environment: env,
      hosts: rendered.edge.hosts,
      infraRoutes: rendered.edge.infra,
      live,
      colours: { [standIn]: routes },
    });
  const owned = { [labels.managed]: 'true', [labels.environment]: env };
  return {
    kind: 'adopt',
    colour: standIn,
    network: rendered.network,
    networkLabels: owned,
    connect,
    routes,
    previewHost: previewHost(env, standIn),
    sites: { gate: site(null), live: site(standIn) },
    stateful,
    volumeLabels: owned,
    retire,
    summary,
  };
}
