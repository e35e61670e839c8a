import type { RabbitMQ } from '../manifest.js';
import { rabbitmqFiles } from './rabbitmq-files.js';
import { defineServer, healthcheck } from './stateful-server.js';

const name = 'rabbitmq';

function dataVolume(mq: RabbitMQ): string {
  return mq.volume;
}

function managementPath(mq: RabbitMQ): string {
  return mq.management.route;
}

/** The message broker, with its management UI behind the edge. */
export const rabbitmq = defineServer<RabbitMQ>({
  name,
  dependable: true,
  section: (env) => env.rabbitmq,
  render(mq, { images }) {
    return {
      compose: {
        image: images(mq.image),
        // The node name, and with it the data directory's name, follows the hostname.
        hostname: name,
        volumes: [
          `${dataVolume(mq)}:/var/lib/rabbitmq`,
          './rabbitmq/10-wharf.conf:/etc/rabbitmq/conf.d/10-wharf.conf:ro',
        ],
        healthcheck: healthcheck(['CMD', 'rabbitmq-diagnostics', '-q', 'ping'], '10s', '60s'),
        stop_grace_period: '60s',
      },
      files: rabbitmqFiles(mq, managementPath(mq)),
      port: 15672,
    };
  },
  volumes: (mq) => [dataVolume(mq)],
  route: (mq) => ({
    path: managementPath(mq),
    owner: 'the RabbitMQ management UI',
    segments: [name, 'management', 'route'],
  }),
  secrets: (env) =>
    env.rabbitmq ? [{ name: env.rabbitmq.passwordSecret, segments: [name, 'passwordSecret'] }] : [],
  // RabbitMQ serves its own metrics (the prometheus plugin of the management image).
  scrape: { job: name, port: 15692 },
});
