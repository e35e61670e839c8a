import { createServer, connect, type Server, type Socket } from 'node:net';
import { freePort } from './docker-cli.js';

/**
 * A TCP proxy on 127.0.0.1 in front of a server, that can cut its clients off the way a
 * network partition does: connections stay open, and nothing passes either way, no error, no
 * reset, until `restore()`. Bytes sent while cut off are dropped, as a partition loses them.
 */
export class TcpProxy {
  private cutOff = false;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(targetPort: number): Promise<TcpProxy> {
    const port = await freePort();
    // The connection handler needs the proxy, made once the server listens.
    const made: { proxy?: TcpProxy } = {};
    const server = createServer((client) => {
      const upstream = connect(targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        made.proxy?.sockets.add(socket);
        socket.on('close', () => made.proxy?.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.on('data', (chunk) => made.proxy?.cutOff || upstream.write(chunk));
      upstream.on('data', (chunk) => made.proxy?.cutOff || client.write(chunk));
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    made.proxy = new TcpProxy(server, port);
    return made.proxy;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  cut(): void {
    this.cutOff = true;
  }

  /**
   * Lets traffic pass again. The connections that lost bytes are closed: their streams are
   * no longer whole, as a client finds after a partition, and it connects again.
   */
  restore(): void {
    this.cutOff = false;
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
