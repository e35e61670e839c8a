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
/** One `git cat-file --batch` process with the reads it was asked and the bytes it sent. */
interface Batch {
  readonly child: ChildProcessWithoutNullStreams;
  readonly waiting: Pending[];
  buffer: Buffer;
}

export class GitBlobReader {
  private batch: Batch | null = null;
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
    const batch = this.batch ?? this.start();
    return new Promise((resolve, reject) => {
      batch.waiting.push({ object, resolve, reject });
      batch.child.stdin.write(`${object}\n`);
    });
  }

  /** Ends the process once it has answered the reads already asked. */
  close(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    this.batch?.child.stdin.end();
    this.batch = null;
  }

  // Each process answers only its own reads: one that was closed while idle may exit after the
  // next read started another, and its exit must not fail that read.
  private start(): Batch {
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: this.options.cwd,
      env: this.options.env,
    });
    const batch: Batch = { child, waiting: [], buffer: Buffer.alloc(0) };
    this.batch = batch;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      batch.buffer = Buffer.concat([batch.buffer, chunk]);
      this.drain(batch);
    });
    const fail = (error: Error): void => {
      if (this.batch === batch) this.batch = null;
      for (const pending of batch.waiting.splice(0)) pending.reject(error);
    };
    child.on('error', fail);
    child.on('close', (code) => {
      fail(new Error(`git cat-file --batch ended (exit ${code ?? 'signal'}): ${stderr.trim()}`));
    });
    return batch;
  }

  /** Answers every read whose reply has fully arrived: `<oid> <type> <size>\n<bytes>\n`. */
  private drain(batch: Batch): void {
    for (;;) {
      const pending = batch.waiting[0];
      const end = batch.buffer.indexOf(0x0a);
      if (!pending || end < 0) break;
      const header = batch.buffer.subarray(0, end).toString();
      if (header.endsWith(' missing')) {
        batch.buffer = batch.buffer.subarray(end + 1);
        batch.waiting.shift();
        pending.resolve(null);
        continue;
      }
      const size = Number(header.split(' ')[2]);
      if (!Number.isFinite(size)) {
        batch.waiting.shift();
        pending.reject(new Error(`git cat-file --batch answered \`${header}\``));
        if (this.batch === batch) this.close();
        else batch.child.stdin.end();
        break;
      }
      if (batch.buffer.length < end + 1 + size + 1) break;
      const content = Buffer.from(batch.buffer.subarray(end + 1, end + 1 + size));
      batch.buffer = batch.buffer.subarray(end + 1 + size + 1);
      batch.waiting.shift();
      pending.resolve(content);
    }
    if (batch.waiting.length === 0 && this.batch === batch && !this.idle) {
      this.idle = setTimeout(() => this.close(), this.options.idleMs ?? 200);
      this.idle.unref();
    }
  }
}
