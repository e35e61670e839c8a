import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demultiplex, dockerApi, dockerEndpoint } from '../../src/adapters/docker-api.js';
import { dockerEngine } from '../../src/adapters/docker-engine.js';
import { WharfError } from '../../src/core/errors.js';
import { docker, testInstallationPrefix } from '../helpers/docker-cli.js';

const name = `wharf-test-api-${randomUUID().slice(0, 8)}`;
const api = dockerApi();

beforeAll(async () => {
  await docker([
    'run',
    '-d',
    '--init',
    '--name',
    name,
    '--entrypoint',
    '/bin/sh',
    'wharf-test/app:1',
    '-c',
    'echo started; echo warned >&2; exec sleep 600',
  ]);
});

afterAll(async () => {
  await docker(['rm', '-f', name]).catch(() => undefined);
});

describe('the Docker Engine API over its socket', () => {
  it('runs a command in a container: exit code, standard output and error apart', async () => {
    const result = await api.exec(name, ['sh', '-c', 'echo out; echo err >&2; exit 3']);
    expect(result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
    expect(await api.exec(name, ['echo', 'hi'])).toEqual({
      exitCode: 0,
      stdout: 'hi\n',
      stderr: '',
    });
  });

  it('answers null for what does not exist, and a clear error for what Docker refuses', async () => {
    expect(await api.call('GET', '/containers/wharf-test-no-such-container/json')).toBeNull();
    const refused = await api
      .call('POST', '/containers/create?name=bad%2Fname', { Image: 'wharf-test/app:1' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WharfError);
    expect((refused as WharfError).message).toMatch(
      /^docker POST \/containers\/create failed: .*[Ii]nvalid container name/,
    );
  });

  it('reads a container’s log with its two streams', async () => {
    const logs = await api.output(`/containers/${name}/logs?stdout=1&stderr=1&tail=10`);
    expect(logs).toEqual({ stdout: 'started\n', stderr: 'warned\n' });
  });

  it('names an engine it cannot reach as retryable', async () => {
    const gone = dockerApi({ socketPath: '/tmp/wharf-test-no-such-docker.sock' });
    const error = await gone.call('GET', '/version').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WharfError);
    expect((error as WharfError).retryable).toBe(true);
    expect((error as WharfError).message).toMatch(/docker GET \/version failed: .*ENOENT/);
  });
});

describe('removing containers', () => {
  it('waits for a removal the engine is already doing (a wharf killed half-way started it)', async () => {
    const engine = dockerEngine({ installation: `${testInstallationPrefix}api-remove` });
    for (let round = 0; round < 3; round += 1) {
      const id = (
        await docker(['create', '--entrypoint', '/bin/sh', 'wharf-test/app:1', '-c', 'sleep 600'])
      ).trim();
      await docker(['start', id]);
      // Two removals at once: the engine answers the second 409 "already in progress".
      const other = api.call('DELETE', `/containers/${id}?force=1`).catch(() => undefined);
      await engine.removeContainers([id, id]);
      await other;
      expect(await api.call('GET', `/containers/${id}/json`)).toBeNull();
    }
  });
});

describe('dockerEndpoint', () => {
  it.each([
    [undefined, { socketPath: '/var/run/docker.sock' }],
    ['unix:///var/run/docker-node2.sock', { socketPath: '/var/run/docker-node2.sock' }],
    ['tcp://10.231.0.2:2375', { host: '10.231.0.2', port: 2375 }],
  ])('reads DOCKER_HOST=%s', (value, expected) => {
    expect(dockerEndpoint(value)).toEqual(expected);
  });

  it('refuses an endpoint it cannot talk to, saying what it can', () => {
    expect(() => dockerEndpoint('ssh://host')).toThrow(
      /DOCKER_HOST=ssh:\/\/host: wharf talks to the Docker Engine over unix:\/\/PATH or plain tcp:\/\/HOST:PORT/,
    );
  });
});

describe('demultiplex', () => {
  it('splits frames of both streams, in order, and ignores a cut-off header', () => {
    const frame = (stream: number, text: string): Buffer => {
      const body = Buffer.from(text);
      const header = Buffer.alloc(8);
      header[0] = stream;
      header.writeUInt32BE(body.length, 4);
      return Buffer.concat([header, body]);
    };
    const raw = Buffer.concat([frame(1, 'a'), frame(2, 'b'), frame(1, 'c'), Buffer.from([1, 0])]);
    expect(demultiplex(raw)).toEqual({ stdout: 'ac', stderr: 'b' });
  });
});
