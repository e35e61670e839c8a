import { pgbouncer } from '../servers/pgbouncer.js';
import { pgbouncerPort } from '../servers/pgbouncer-files.js';
import { postgresPort } from '../servers/postgres.js';
import { rabbitmq } from '../servers/rabbitmq.js';
import { statefulServerNames } from '../servers/registry.js';
import type { ServiceRole } from './classify-service.js';
import type { ComposeMap } from './compose-spellings.js';
import type { HostRewrite } from './import-context.js';
import { environmentName, environmentNameProblem, serviceName } from './import-names.js';
import { notePath, type Notes } from './import-notes.js';

/** The names the environment and its services get under wharf, with a note for each change. */

/** Compose's project name: lowercase letters, digits, dashes and underscores. */
export function projectName(compose: ComposeMap, folderName: string): string {
  const given = typeof compose['name'] === 'string' ? compose['name'] : folderName;
  return given.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

/** The environment's name: `--name` as given (if valid), else the project's or folder's, made valid. */
export function chooseEnvironment(
  compose: ComposeMap,
  options: { readonly name?: string; readonly folderName: string },
  notes: Notes,
): { name: string } | { problem: string } {
  if (options.name !== undefined) {
    const problem = environmentNameProblem(options.name);
    return problem ? { problem: `--name ${options.name}: ${problem}` } : { name: options.name };
  }
  const fromFile = typeof compose['name'] === 'string' && !compose['name'].includes('$');
  const source = fromFile ? String(compose['name']) : options.folderName;
  const name = environmentName(source);
  notes.carried(
    'name',
    `environment ${name}, from the ${fromFile ? 'Compose project name' : 'name of the Compose file’s folder'} \`${source}\`${name === source ? '' : ' made into a valid environment name'}; --name chooses another`,
  );
  return { name };
}

/** Names for the services that stay services, and the host names they were reached by. */
export function nameServices(
  services: readonly (readonly [string, ComposeMap])[],
  roles: ReadonlyMap<string, ServiceRole>,
  notes: Notes,
): { names: Map<string, string>; hosts: Map<string, HostRewrite> } {
  const names = new Map<string, string>();
  const hosts = new Map<string, HostRewrite>();
  const taken = new Set(statefulServerNames);
  for (const [composeName, definition] of services) {
    const role = roles.get(composeName);
    let rewrite: HostRewrite | undefined;
    if (role?.kind === 'postgres')
      rewrite = {
        host: pgbouncer.name,
        port: { from: postgresPort, to: pgbouncerPort },
        via: 'pgbouncer',
      };
    else if (role?.kind === 'rabbitmq') rewrite = { host: rabbitmq.name, via: 'rename' };
    else if (role?.kind === 'app' || role?.kind === 'stateful') {
      const name = serviceName(composeName, taken);
      taken.add(name);
      names.set(composeName, name);
      rewrite = { host: name, via: 'rename' };
      if (name !== composeName)
        notes.carried(
          notePath('services', composeName),
          `named \`${name}\` under wharf: ${statefulServerNames.includes(composeName) ? `\`${composeName}\` is one of wharf's own servers` : 'service names are lowercase letters, digits and dashes, without a part `blue`, `green` or `infra`, not starting with `wharf`, and unique'}`,
        );
    }
    if (!rewrite) continue;
    hosts.set(composeName, rewrite);
    const container = definition['container_name'];
    if (typeof container === 'string' && container !== composeName) hosts.set(container, rewrite);
  }
  return { names, hosts };
}
