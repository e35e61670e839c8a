import type { RabbitMQ } from '../manifest.js';
import { imageTag, mounts, type ComposeMap } from './compose-spellings.js';
import { storeAdvice, type ImportContext } from './import-context.js';
import { importImage } from './import-image.js';
import { notePath } from './import-notes.js';
import { volumeFor } from './import-volumes.js';
import { serverKeyNotes, serverVariables, type ServerKeys } from './server-keys.js';

type RabbitmqInput = Pick<RabbitMQ, 'user' | 'passwordSecret'> &
  Partial<Pick<RabbitMQ, 'image' | 'vhost' | 'volume'>>;

const dataDir = '/var/lib/rabbitmq';
/** The variables the `rabbitmq` section takes the place of. */
const ownVariables = new Set([
  'RABBITMQ_DEFAULT_USER',
  'RABBITMQ_DEFAULT_PASS',
  'RABBITMQ_DEFAULT_VHOST',
]);
const started =
  'not carried: wharf starts RabbitMQ before the app services, reachable on the environment network';
const rabbitmqKeys: ServerKeys = {
  into: 'compose.services.rabbitmq',
  label: 'RabbitMQ',
  modelled: new Set(['image', 'build', 'environment', 'volumes']),
  reasons: {
    ports: {
      kind: 'dropped',
      message:
        'not carried: wharf publishes no port of RabbitMQ; the apps reach it at rabbitmq:5672 on the environment network, and the edge serves the management UI at /rabbitmq',
    },
    healthcheck: {
      kind: 'dropped',
      message: 'not carried: wharf checks RabbitMQ itself (rabbitmq-diagnostics ping)',
    },
    hostname: {
      kind: 'dropped',
      message:
        'not carried: wharf names the node `rabbitmq`; the node name of the old data differs, one more reason to move definitions rather than the data directory',
    },
    expose: { kind: 'dropped', message: started },
    depends_on: { kind: 'dropped', message: started },
  },
};

/** The Compose RabbitMQ service as the manifest's `rabbitmq` section, its password in the store. */
export function importRabbitmq(
  ctx: ImportContext,
  composeName: string,
  definition: ComposeMap,
): RabbitmqInput {
  const at = (...rest: (string | number)[]): string => notePath('services', composeName, ...rest);
  const vars = serverVariables(ctx, composeName, definition['environment']);
  const user = vars.value('RABBITMQ_DEFAULT_USER') ?? 'guest';
  const { name: passwordSecret } = ctx.secrets.declare('rabbitmq-password', 'RABBITMQ_PASSWORD');
  const password = vars.value('RABBITMQ_DEFAULT_PASS');
  if (password !== undefined) ctx.values.set(passwordSecret, password);
  ctx.publicValues.add(user);
  const image = importImage(ctx, composeName, definition, 'rabbitmq');
  const section: RabbitmqInput = {
    ...(image === undefined ? {} : { image }),
    user,
    passwordSecret,
  };
  ctx.notes.decide(
    at('environment', 'RABBITMQ_DEFAULT_PASS'),
    `${password === undefined ? 'RabbitMQ’s default password (`guest`) was used' : 'the value is not written into the manifest'}: rabbitmq.passwordSecret is the secret ${passwordSecret} (source: store); ${storeAdvice(ctx, passwordSecret)}`,
  );
  const vhost = vars.value('RABBITMQ_DEFAULT_VHOST');
  if (vhost !== undefined) {
    section.vhost = vhost;
    ctx.publicValues.add(vhost);
  }
  if (image !== undefined) {
    if (!imageTag(image).includes('management'))
      ctx.notes.decide(
        at('image'),
        `wharf routes RabbitMQ's management UI at /rabbitmq, which needs the management plugin: use a \`-management\` tag (rabbitmq:3.13-management)`,
      );
  }
  for (const key of vars.keys)
    if (!ownVariables.has(key))
      ctx.notes.dropped(
        at('environment', key),
        'not carried: wharf configures RabbitMQ through its own settings file; add it under compose.services.rabbitmq.environment if it is needed',
      );

  for (const [i, mount] of mounts(definition['volumes']).entries()) {
    const target = mount.target.replace(/\/+$/, '');
    if (target === dataDir && mount.type === 'volume' && section.volume === undefined)
      section.volume = volumeFor(
        ctx,
        mount.source,
        'rabbitmq-data',
        'move the definitions (users, queues, exchanges) rather than the data directory, whose name follows the host name',
      );
    else
      ctx.notes[mount.type === 'bind' ? 'decide' : 'dropped'](
        at('volumes', i),
        `not carried: \`${mount.spelling}\`; wharf's RabbitMQ keeps its data in the volume rabbitmq.volume and renders its settings itself${mount.type === 'bind' && target === dataDir ? ' (import does not move the data of the host folder: docs/adopting.md, "Moving data")' : ''}`,
      );
  }
  serverKeyNotes(ctx, composeName, definition, rabbitmqKeys);
  ctx.notes.carried(
    at(),
    `rabbitmq: user ${user}, password in the secret ${passwordSecret}${vhost ? `, vhost ${vhost}` : ''}, data in ${section.volume ? `the volume ${section.volume}` : 'the default volume of rabbitmq.volume'}; the apps reach it at rabbitmq:5672, the management UI is at /rabbitmq`,
  );
  return section;
}
