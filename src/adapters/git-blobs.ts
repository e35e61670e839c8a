import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Pending {
  readonly object: string;
  readonly resolve: (content: Buffer | null) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Reads blobs through one `git cat-file --batch` process: a validation of a repository with
 * many manifests costs one process, not one per file. The process starts on the first read
 * and ends once no read has come for `idleMs`.
 */
export class GitBlobReader {
  private child: ChildProcessWithoutNullStreams | null = null;
  private readonly waiting: Pending[] = [];
  private buffer = Buffer.alloc(0);
  private idle: NodeJS.Timeout | null = null;

  constructor(
    private readonly options: {
      readonly cwd: string;
      readonly env: Record<string, string>;
      readonly idleMs?: number;
    },
  ) {}

  /** The blob's bytes, or null when the repository has no such object. */
  read(object: string): Promise<Buffer | null> {
    if (!/^[0-9a-f]{40,64}$/.test(object))
      return Promise.reject(new Error(`not an object id: ${object}`));
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const child = this.child ?? this.start();
    return new Promise((resolve, reject) => {
      this.waiting.push({ object, resolve, reject });
      child.stdin.write(`${object}\n`);
    });
  }

  /** Ends the process now (reads still waiting fail). */
  close(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    this.child?.stdin.end();
    this.child = null;
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: this.options.cwd,
      env: this.options.env,
    });
    this.child = child;
    this.buffer = Buffer.alloc(0);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    const fail = (error: Error): void => {
      if (this.child === child) this.child = null;
      for (const pending of this.waiting.splice(0)) pending.reject(error);
    };
    child.on('error', fail);
    child.on('close', (code) => {
      if (this.waiting.length > 0)
        fail(new Error(`git cat-file --batch ended (exit ${code ?? 'signal'}): ${stderr.trim()}`));
      else if (this.child === child) this.child = null;
    });
    return child;
  }

  /** Answers every read whose reply has fully arrived: `<oid> <type> <size>\n<bytes>\n`. */
  private drain(): void {
    for (;;) {
      const pending = this.waiting[0];
      const end = this.buffer.indexOf(0x0a);
      if (!pending || end < 0) break;
      const header = this.buffer.subarray(0, end).toString();
      if (header.endsWith(' missing')) {
        this.buffer = this.buffer.subarray(end + 1);
        this.waiting.shift();
        pending.resolve(null);
        continue;
      }
      const size = Number(header.split(' ')[2]);
      if (!Number.isFinite(size)) {
        this.waiting.shift();
        pending.reject(new Error(`git cat-file --batch answered \`${header}\``));
        this.close();
        break;
      }
      if (this.buffer.length < end + 1 + size + 1) break;
      const content = Buffer.from(this.buffer.subarray(end + 1, end + 1 + size));
      this.buffer = this.buffer.subarray(end + 1 + size + 1);
      this.waiting.shift();
      pending.resolve(content);
    }
    if (this.waiting.length === 0 && this.child && !this.idle) {
      this.idle = setTimeout(() => this.close(), this.options.idleMs ?? 200);
      this.idle.unref();
    }
  }
}
