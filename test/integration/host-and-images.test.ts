import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { docker, healthStatus, publishedPort, waitFor } from '../helpers/docker-cli.js';

const label = 'wharf.test=host-and-images';

afterAll(async () => {
  const ids = await docker(['ps', '-aq', '--filter', `label=${label}`]);
  if (ids) await docker(['rm', '-f', ...ids.split('\n')]);
});

async function run(image: string, env: Record<string, string> = {}, port = 8080): Promise<string> {
  const envArgs = Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
  return docker(['run', '-d', '--label', label, '-p', `127.0.0.1::${port}`, ...envArgs, image]);
}

async function get(port: number, path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, body: await response.text() };
}

describe('the host services the install step provides', () => {
  it('has a Docker Engine that answers and the Compose v2 plugin', async () => {
    expect(await docker(['version', '--format', '{{.Server.APIVersion}}'])).toMatch(/^1\.\d+$/);
    expect(await docker(['compose', 'version', '--short'])).toMatch(/^2\./);
  });

  it('has a Redis that answers, version 5 or newer (BullMQ needs it)', async () => {
    const redis = new Redis({
      host: '127.0.0.1',
      port: Number(process.env['WHARF_REDIS_PORT'] ?? 6379),
      lazyConnect: true,
    });
    try {
      await redis.connect();
      expect(await redis.ping()).toBe('PONG');
      const info = await redis.info('server');
      const major = Number(/redis_version:(\d+)/.exec(info)?.[1]);
      expect(major).toBeGreaterThanOrEqual(5);
    } finally {
      redis.disconnect();
    }
  });
});

describe('the test app image', () => {
  it('answers with the version and body set by its environment, on / and extra paths', async () => {
    const id = await run('wharf-test/app:2', { APP_BODY: 'hello from blue', APP_PATHS: '/api' });
    const port = await publishedPort(id, 8080);
    const root = await waitFor(
      'the app to answer',
      () => get(port, '/'),
      (r) => r.status === 200,
    );
    expect(root.body).toBe('hello from blue\n');
    expect((await get(port, '/api/')).body).toBe('hello from blue\n');
    expect((await get(port, '/version')).body).toBe('2\n');
    expect(
      await waitFor(
        'healthy',
        () => healthStatus(id),
        (s) => s === 'healthy',
      ),
    ).toBe('healthy');
  });

  it('bakes a different version into each tag', async () => {
    const id = await run('wharf-test/app:3');
    const port = await publishedPort(id, 8080);
    const root = await waitFor(
      'the app to answer',
      () => get(port, '/'),
      (r) => r.status === 200,
    );
    expect(root.body).toBe('app app version 3\n');
  });

  it('reports unhealthy to Docker when told to', async () => {
    const id = await run('wharf-test/app:1', { APP_HEALTH: 'unhealthy' });
    const port = await publishedPort(id, 8080);
    await waitFor(
      'the app to answer',
      () => get(port, '/'),
      (r) => r.status === 200,
    );
    expect((await get(port, '/healthz')).status).toBe(404);
    expect(
      await waitFor(
        'unhealthy',
        () => healthStatus(id),
        (s) => s === 'unhealthy',
      ),
    ).toBe('unhealthy');
  });

  it('does not even listen until a slow start is over, then turns healthy', async () => {
    const id = await run('wharf-test/app:1', { APP_HEALTH: 'slow', APP_START_DELAY: '4' });
    const port = await publishedPort(id, 8080);
    await expect(get(port, '/')).rejects.toThrow();
    expect(await healthStatus(id)).toBe('starting');
    expect(
      await waitFor(
        'healthy',
        () => healthStatus(id),
        (s) => s === 'healthy',
      ),
    ).toBe('healthy');
    expect((await get(port, '/healthz')).status).toBe(200);
  });

  it('turns unhealthy after APP_FAIL_AFTER seconds', async () => {
    const id = await run('wharf-test/app:1', { APP_FAIL_AFTER: '3' });
    await waitFor(
      'healthy',
      () => healthStatus(id),
      (s) => s === 'healthy',
    );
    expect(
      await waitFor(
        'unhealthy',
        () => healthStatus(id),
        (s) => s === 'unhealthy',
      ),
    ).toBe('unhealthy');
  });

  it('exits cleanly on SIGTERM instead of being killed after the grace period', async () => {
    const id = await run('wharf-test/app:1');
    await waitFor(
      'healthy',
      () => healthStatus(id),
      (s) => s === 'healthy',
    );
    await docker(['stop', '-t', '10', id]);
    expect(await docker(['inspect', '--format', '{{.State.ExitCode}}', id])).toBe('0');
  });
});

describe('the test Nginx image (Debian packages)', () => {
  it('passes nginx -t and serves its health location', async () => {
    expect(
      await docker(['run', '--rm', '--label', label, 'wharf-test/nginx:1', 'nginx', '-t']),
    ).toBe('');
    const id = await run('wharf-test/nginx:1', {}, 80);
    const port = await publishedPort(id, 80);
    const health = await waitFor(
      'nginx to answer',
      () => get(port, '/nginx-health'),
      (r) => r.status === 200,
    );
    expect(health.body).toBe('ok\n');
  });
});
