import type { Environment, EnvironmentInput } from '../../src/core/manifest.js';
import { resolved } from './resolved.js';

/** A jupiter-shaped environment (web at /, api at /api, worker, PostgreSQL behind PgBouncer). */
export function shopEnvironment(overrides: Partial<EnvironmentInput> = {}): Environment {
  return resolved('Environment', shopInput(overrides));
}

/** The same environment as its file would have it, before the schema's defaults. */
export function shopInput(overrides: Partial<EnvironmentInput> = {}): EnvironmentInput {
  return {
    apiVersion: 'wharf/v1',
    kind: 'Environment',
    name: 'shop',
    topology: 'minimal',
    host: 'shop.test',
    services: {
      web: {
        image: 'ghcr.io/jupiter/web:1.8.0',
        port: 3000,
        route: '/',
        health: { path: '/healthz' },
      },
      api: {
        image: 'ghcr.io/jupiter/api:2.3.1',
        port: 8080,
        route: '/api',
        env: { NODE_ENV: 'production', DATABASE_HOST: 'pgbouncer', API_TOKEN: 'not-a-real-token' },
        secrets: ['DATABASE_PASSWORD'],
        replicas: 2,
        dependsOn: ['pgbouncer'],
      },
      worker: {
        image: 'ghcr.io/jupiter/api:2.3.1',
        command: ['node', 'worker.js'],
        health: { command: ['true'] },
      },
    },
    postgres: { database: 'shop', user: 'shop', passwordSecret: 'DATABASE_PASSWORD' },
    rabbitmq: { user: 'shop', passwordSecret: 'RABBITMQ_PASSWORD' },
    secrets: { DATABASE_PASSWORD: { source: 'store' }, RABBITMQ_PASSWORD: { source: 'store' } },
    ...overrides,
  };
}
