import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerProjects } from '../../src/adapters/docker-projects.js';
import { WharfError } from '../../src/core/errors.js';
import { docker } from '../helpers/docker-cli.js';

// A Compose project as Docker sees it, made here with Compose's labels by the docker CLI, so
// the adapter is read against what the engine reports, not against what Compose writes.
const id = randomUUID().slice(0, 8);
const project = `wharftestprojects${id}`;
const network = `${project}_default`;
const data = `${project}_data`;
const web = `${project}-web-1`;
const store = `${project}-store-1`;
const copies: string[] = [];
const empty = `wharf-test/empty-${id}:1`;
const projects = dockerProjects();
const exec = promisify(execFile);

function labelled(service: string): string[] {
  return [
    '--label',
    `com.docker.compose.project=${project}`,
    '--label',
    `com.docker.compose.service=${service}`,
  ];
}

beforeAll(async () => {
  await exec('sh', ['-c', `tar cf - --files-from /dev/null | docker import - ${empty}`]);
  await docker(['network', 'create', network]);
  await docker(['volume', 'create', data]);
  // Files owned by someone else than root, with a mode of their own: a copy must keep both.
  await docker([
    'run',
    '--rm',
    '-v',
    `${data}:/data`,
    '--entrypoint',
    '/bin/sh',
    'wharf-test/app:1',
    '-c',
    'mkdir -p /data/sub && echo kept > /data/sub/file && chown -R 70:70 /data/sub && chmod 0640 /data/sub/file',
  ]);
  await docker([
    'run',
    '-d',
    '--name',
    web,
    ...labelled('web'),
    '--network',
    network,
    '-p',
    '127.0.0.1::8080',
    'wharf-test/app:1',
  ]);
  await docker([
    'run',
    '-d',
    // sleep as process 1 would not end on SIGTERM: the stop would wait its whole minute.
    '--init',
    '--name',
    store,
    ...labelled('store'),
    '--network',
    network,
    '-v',
    `${data}:/var/lib/store`,
    '--entrypoint',
    '/bin/sh',
    'wharf-test/app:1',
    '-c',
    'exec sleep 600',
  ]);
}, 60_000);

afterAll(async () => {
  await docker(['rm', '-f', web, store]).catch(() => undefined);
  await docker(['volume', 'rm', '-f', data, ...copies]).catch(() => undefined);
  await docker(['network', 'rm', network]).catch(() => undefined);
  await docker(['image', 'rm', empty]).catch(() => undefined);
});

describe('Compose projects through the Docker Engine API', () => {
  it("reads a project's containers by its label: service, image, networks, mounts, published ports", async () => {
    const found = await projects.containers(project);
    expect(found.map((c) => c.name)).toEqual([store, web]);
    const [storeContainer, webContainer] = found;
    expect(webContainer).toMatchObject({
      service: 'web',
      image: 'wharf-test/app:1',
      state: 'running',
      networks: [network],
      mounts: [],
      managed: false,
    });
    expect(webContainer?.published).toEqual([
      { hostIp: '127.0.0.1', hostPort: expect.any(Number) as number, containerPort: 8080 },
    ]);
    expect(storeContainer?.mounts).toEqual([
      { type: 'volume', source: data, destination: '/var/lib/store' },
    ]);
    expect(await projects.containers(`${project}none`)).toEqual([]);
  });

  it('stops and starts containers again', async () => {
    await projects.stop([store]);
    expect(await docker(['inspect', '--format', '{{.State.Status}}', store])).toBe('exited');
    await projects.stop([store]);
    await projects.start([store]);
    expect(await docker(['inspect', '--format', '{{.State.Status}}', store])).toBe('running');
  });

  it('copies a volume into a new one with its labels, owners and modes kept', async () => {
    const to = `${data}-copy`;
    copies.push(to);
    await projects.copyVolume(data, to, 'wharf-test/app:1', { 'wharf.environment': 'shop' });
    expect(
      await docker(['volume', 'inspect', '--format', '{{index .Labels "wharf.environment"}}', to]),
    ).toBe('shop');
    const listing = await docker([
      'run',
      '--rm',
      '-v',
      `${to}:/to:ro`,
      '--entrypoint',
      '/bin/sh',
      'wharf-test/app:1',
      '-c',
      'stat -c "%u:%g %a" /to/sub/file && cat /to/sub/file',
    ]);
    expect(listing).toBe('70:70 640\nkept');
  });

  it('refuses to copy into a volume that exists, and leaves it as it was', async () => {
    const error = await projects
      .copyVolume(data, data, 'wharf-test/app:1', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WharfError);
    expect((error as WharfError).message).toBe(
      `the volume ${data} exists already; nothing was copied into it`,
    );
    expect(await docker(['volume', 'inspect', '--format', '{{.Name}}', data])).toBe(data);
  });

  it('removes a half copy when the copy fails', async () => {
    const to = `${data}-failed`;
    copies.push(to);
    // An image with no files at all: there is no cp to run.
    const error = await projects.copyVolume(data, to, empty, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WharfError);
    expect((error as WharfError).message).toMatch(/cp/);
    expect(await docker(['volume', 'ls', '-q', '--filter', `name=^${to}$`])).toBe('');
  });

  it('disconnects a container from a network, and does nothing when it is not connected', async () => {
    await projects.disconnect(network, web);
    expect(await docker(['inspect', '--format', '{{json .NetworkSettings.Networks}}', web])).toBe(
      '{}',
    );
    await projects.disconnect(network, web);
  });
});
