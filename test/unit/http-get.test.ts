import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { httpGet } from '../../src/adapters/http-get.js';

const servers: Server[] = [];

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterAll(() => {
  for (const server of servers) server.closeAllConnections();
  for (const server of servers) server.close();
});

describe('httpGet', () => {
  it('gives the status and the whole body, each time over a new connection', async () => {
    const ports: number[] = [];
    const url = await serve((req, res) => {
      ports.push(req.socket.remotePort ?? 0);
      res.writeHead(503).end('not yet');
    });
    expect(await httpGet(`${url}/x`, 2000)).toEqual({ status: 503, body: 'not yet' });
    await httpGet(`${url}/x`, 2000);
    expect(new Set(ports).size).toBe(2);
  });

  it('gives up on a server that accepts and never answers', async () => {
    const url = await serve(() => undefined);
    const started = performance.now();
    await expect(httpGet(url, 200)).rejects.toThrow('no answer within 200 ms');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('rejects when nothing listens', async () => {
    const url = await serve(() => undefined);
    const closed = servers.pop();
    await new Promise((resolve) => closed?.close(resolve));
    await expect(httpGet(url, 2000)).rejects.toThrow(/ECONNREFUSED/);
  });
});
