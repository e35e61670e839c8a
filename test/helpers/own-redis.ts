import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './docker-cli.js';

/** A Redis of the test's own on 127.0.0.1, that the test may stop and start again. */
export class OwnRedis {
  private child: ChildProcess | null = null;
  private constructor(
    readonly port: number,
    /** With a folder, the server keeps an append-only file there, as docs/install.md advises. */
    private readonly aofDir?: string,
    /** Addresses it listens on besides 127.0.0.1 (a second host's link). */
    private readonly bind: readonly string[] = [],
  ) {}

  static async start(
    options: { readonly aofDir?: string; readonly bind?: readonly string[] } = {},
  ): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort(), options.aofDir, options.bind);
    await redis.up();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async up(): Promise<void> {
    this.child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        ['127.0.0.1', ...this.bind].join(' '),
        // Reached from another network namespace too: the addresses above are the whole guard.
        ...(this.bind.length > 0 ? ['--protected-mode', 'no'] : []),
        '--save',
        '',
        ...(this.aofDir ? ['--appendonly', 'yes', '--dir', this.aofDir] : ['--appendonly', 'no']),
      ],
      { stdio: 'ignore' },
    );
    const client = new Redis(this.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined);
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        await client.connect();
        await client.ping();
        client.disconnect();
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`redis-server did not start on ${this.port}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** Kills the server; what it held is gone, as after a crash without persistence. */
  async down(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    await new Promise<void>((resolve) => {
      child.on('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}
