import type { RabbitMQ } from '../manifest.js';
import { secretPlaceholder } from '../render/secret-template.js';
import type { RenderedFile } from '../render/types.js';

/** RabbitMQ's settings: the apps' user, and the management UI under its edge route. */
export function rabbitmqFiles(rabbitmq: RabbitMQ, managementPath: string): RenderedFile[] {
  const conf = [
    '# Rendered by wharf; changes here are overwritten on the next deploy.',
    `default_user = ${rabbitmq.user}`,
    `default_pass = ${secretPlaceholder(rabbitmq.passwordSecret)}`,
    `default_vhost = ${rabbitmq.vhost}`,
    `management.path_prefix = ${managementPath}`,
    // Containers reach the broker over the environment network, never over loopback.
    'loopback_users = none',
    '',
  ].join('\n');
  return [{ path: 'rabbitmq/10-wharf.conf', content: conf, containsSecrets: true }];
}
