import Fastify from 'fastify';
import { lazySchemaCompilers } from './lazy-schema-compilers.js';

/**
 * A listener that answers only `GET /metrics`, for the environments' Prometheus containers:
 * it sits on the Docker bridge's address, where containers reach the host, while the main
 * server (webhooks, dashboard) stays on its own address.
 */
export function createBridgeMetrics(scrape: () => Promise<{ contentType: string; body: string }>) {
  const app = Fastify({ logger: false, schemaController: lazySchemaCompilers() });
  app.get('/metrics', async (_request, reply) => {
    const { contentType, body } = await scrape();
    return reply.type(contentType).send(body);
  });
  return app;
}
