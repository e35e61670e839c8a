import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { lazySchemaCompilers } from '../../src/server/lazy-schema-compilers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const exec = promisify(execFile);

/** Which of Fastify's compilers a fresh process has loaded after making a server (dist/ build). */
async function loadedAfter(options: 'lazy' | 'default', schemaRoute: boolean): Promise<string[]> {
  const lazy = pathToFileURL(path.join(root, 'dist/server/lazy-schema-compilers.js')).href;
  const script = `
    import Fastify from 'fastify';
    import { createRequire } from 'node:module';
    import { lazySchemaCompilers } from ${JSON.stringify(lazy)};
    const app = Fastify(${options === 'lazy' ? '{ schemaController: lazySchemaCompilers() }' : '{}'});
    app.get('/healthz', async () => 'ok');
    if (${schemaRoute}) app.post('/x', { schema: { body: { type: 'object' } } }, async () => 'ok');
    await app.ready();
    const cache = Object.keys(createRequire(import.meta.url).cache);
    const names = ['@fastify/ajv-compiler', '@fastify/fast-json-stringify-compiler'];
    console.log(JSON.stringify(names.filter((n) => cache.some((k) => k.includes('/' + n + '/')))));
  `;
  const { stdout } = await exec('node', ['--input-type=module', '-e', script], { cwd: root });
  return JSON.parse(stdout) as string[];
}

describe('lazySchemaCompilers', () => {
  it('loads no schema compiler for a server whose routes declare no schema', async () => {
    expect(await loadedAfter('default', false)).toEqual([
      '@fastify/ajv-compiler',
      '@fastify/fast-json-stringify-compiler',
    ]);
    expect(await loadedAfter('lazy', false)).toEqual([]);
  });

  it('loads the validator when a route with a schema is compiled', async () => {
    expect(await loadedAfter('lazy', true)).toContain('@fastify/ajv-compiler');
  });

  it('validates request bodies and serializes responses as Fastify would', async () => {
    const app = Fastify({ schemaController: lazySchemaCompilers() });
    app.post(
      '/jobs',
      {
        schema: {
          body: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string', minLength: 1 } },
          },
          response: { 200: { type: 'object', properties: { name: { type: 'string' } } } },
        },
      },
      (request, reply) => reply.send({ ...(request.body as object), secret: 'not in the schema' }),
    );
    const refused = await app.inject({ method: 'POST', url: '/jobs', payload: { name: '' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ message: string }>().message).toContain('body/name');
    const accepted = await app.inject({ method: 'POST', url: '/jobs', payload: { name: 'a' } });
    expect(accepted.statusCode).toBe(200);
    // fast-json-stringify writes only what the response schema names.
    expect(accepted.json()).toEqual({ name: 'a' });
    await app.close();
  });
});
