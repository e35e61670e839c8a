import { access } from 'node:fs/promises';
import path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { GitError } from '../core/errors.js';
import { messageOf } from '../core/message-of.js';
import { credentialsOf, scrubCredentials } from '../core/scrub-credentials.js';
import type { GitSource } from '../ports/git-source.js';
import type { ReadResult, RepoFiles } from '../ports/repo-files.js';
import { GitBlobReader } from './git-blobs.js';
import { parseRef } from './git-refs.js';
import { withFileLock } from './host-file-lock.js';

interface TreeEntry {
  readonly mode: string;
  readonly type: string;
  readonly object: string;
  /** Bytes of a blob; 0 for a tree or submodule. */
  readonly size: number;
}

/** `ls-tree -r -t -l -z` output: `<mode> <type> <object> <size>\t<path>`, NUL-separated. */
function parseTree(listing: string): Map<string, TreeEntry> {
  const tree = new Map<string, TreeEntry>();
  for (const line of listing.split('\0')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', type = '', object = '', size = ''] = line.slice(0, tab).split(/ +/);
    tree.set(line.slice(tab + 1), { mode, type, object, size: Number(size) || 0 });
  }
  return tree;
}

export interface GitSourceOptions {
  /** Remote URL (https://, ssh, file://) or a local path of the environments repository. */
  readonly url: string;
  /** Where the bare mirror lives (created on first fetch). */
  readonly mirrorDir: string;
  /** Token for HTTPS remotes; sent as a header through the environment, never in the URL. */
  readonly token?: string;
  readonly timeoutMs?: number;
}

function gitEnvironment(token: string | undefined): Record<string, string> {
  const env: Record<string, string> = {
    GIT_TERMINAL_PROMPT: '0',
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
  };
  if (process.env['HOME']) env['HOME'] = process.env['HOME'];
  if (token) {
    // Configuration through the environment (git 2.31+) keeps the token out of argv and URLs.
    env['GIT_CONFIG_COUNT'] = '1';
    env['GIT_CONFIG_KEY_0'] = 'http.extraHeader';
    env['GIT_CONFIG_VALUE_0'] =
      `Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  }
  return env;
}

/** The URL's own credentials and the token: neither leaves in a message. */
function scrubber(url: string, token: string | undefined): (message: string) => string {
  const secrets = [...credentialsOf(url), ...(token ? [token] : [])];
  return (message) => scrubCredentials(message, secrets);
}

/** A bare mirror of the environments repository, read through simple-git. */
export function gitSource(options: GitSourceOptions): GitSource {
  const timeout = { block: options.timeoutMs ?? 120_000 };
  const scrub = scrubber(options.url, options.token);
  const env = gitEnvironment(options.token);
  // simple-git strips GIT_* variables unless they are named; these are the ones wharf sets.
  const allowEnvironment = Object.keys(env).filter((k) => k.startsWith('GIT_'));
  const mirror = (): SimpleGit =>
    simpleGit({ baseDir: options.mirrorDir, timeout, allowEnvironment }).env(env);

  async function git(args: string[], what: string, retryable = false): Promise<string> {
    try {
      return await mirror().raw(args);
    } catch (error) {
      const message = scrub(messageOf(error));
      throw new GitError(
        'git-failed',
        `git ${what} failed for ${scrub(options.url)}: ${message.trim()}`,
        { retryable },
      );
    }
  }

  async function ensureMirror(): Promise<void> {
    try {
      await access(path.join(options.mirrorDir, 'HEAD'));
    } catch {
      try {
        await simpleGit({ timeout, allowEnvironment })
          .env(env)
          .clone(options.url, options.mirrorDir, ['--mirror', '--quiet']);
      } catch (error) {
        const message = scrub(messageOf(error));
        throw new GitError(
          'git-clone-failed',
          `cannot clone the environments repository ${scrub(options.url)}: ${message.trim()}`,
          {
            retryable: true,
          },
        );
      }
    }
  }

  // A commit's tree never changes: listed once (one process for every path in it), kept for
  // the few commits in use at a time.
  const trees = new Map<string, Promise<Map<string, TreeEntry>>>();
  function treeOf(revision: string): Promise<Map<string, TreeEntry>> {
    let tree = trees.get(revision);
    if (!tree) {
      tree = git(['ls-tree', '-r', '-t', '-l', '-z', '--full-tree', revision], 'ls-tree').then(
        parseTree,
      );
      tree.catch(() => trees.delete(revision));
      trees.set(revision, tree);
      while (trees.size > 8) {
        const oldest = trees.keys().next().value;
        if (oldest === undefined) break;
        trees.delete(oldest);
      }
    }
    return tree;
  }

  const blobs = new GitBlobReader({ cwd: options.mirrorDir, env });
  async function blob(object: string): Promise<string> {
    try {
      const content = await blobs.read(object);
      if (content === null) throw new Error(`object ${object} is missing`);
      return content.toString('utf8');
    } catch (error) {
      throw new GitError(
        'git-failed',
        `git cat-file failed for ${scrub(options.url)}: ${scrub(messageOf(error))}`,
      );
    }
  }

  async function readBlob(
    revision: string,
    file: string,
    maxBytes: number,
    hops: number,
  ): Promise<ReadResult> {
    const normal = path.posix.normalize(file);
    if (path.posix.isAbsolute(file) || normal === '..' || normal.startsWith('../'))
      return { kind: 'outside' };
    if (normal === '.' || normal === './') return { kind: 'not-a-file' };
    const entry = (await treeOf(revision)).get(normal.replace(/\/+$/, ''));
    if (!entry) return { kind: 'missing' };
    if (entry.type !== 'blob') return { kind: 'not-a-file' };
    if (entry.mode === '120000') {
      // A symbolic link: follow it only while it stays inside the repository.
      if (hops > 8) return { kind: 'not-a-file' };
      const target = await blob(entry.object);
      if (path.posix.isAbsolute(target)) return { kind: 'outside' };
      return readBlob(
        revision,
        path.posix.join(path.posix.dirname(normal), target),
        maxBytes,
        hops + 1,
      );
    }
    if (entry.size > maxBytes) return { kind: 'too-large', size: entry.size };
    return { kind: 'ok', content: await blob(entry.object) };
  }

  // The mirror's refs move only when it fetches: what they resolve to is kept until then.
  // An answer read while a fetch ran may be older than the fetch: it is not kept.
  const resolved = new Map<string, Promise<string>>();
  let headBranch: Promise<string> | null = null;
  let fetches = 0;
  function remembered(ref: string, read: () => Promise<string>): Promise<string> {
    let answer = resolved.get(ref);
    if (!answer) {
      const started = fetches;
      const reading = read();
      answer = reading;
      const forget = (): void => {
        if (resolved.get(ref) === reading) resolved.delete(ref);
      };
      reading.then(() => (fetches !== started ? forget() : undefined), forget);
      resolved.set(ref, reading);
    }
    return answer;
  }

  async function resolveNow(ref: string): Promise<string> {
    const parsed = parseRef(ref);
    if (!parsed)
      throw new GitError(
        'invalid-ref',
        `\`${ref}\` is not a branch name, pull-request ref or commit sha wharf accepts`,
      );
    await ensureMirror();
    const candidates =
      parsed.kind === 'pull'
        ? // GitHub, Gitea and Forgejo keep a pull request's head here; GitLab keeps a merge
          // request's under refs/merge-requests/ (a mirror clone fetches both).
          [`refs/pull/${parsed.number}/head`, `refs/merge-requests/${parsed.number}/head`]
        : parsed.kind === 'branch'
          ? [`refs/heads/${parsed.name}`]
          : parsed.kind === 'tag'
            ? [`refs/tags/${parsed.name}`]
            : [parsed.sha];
    for (const candidate of candidates) {
      // rev-parse --quiet exits 1 with no output for an unknown name; simple-git does not
      // treat that as an error, so an empty answer means "not found".
      const sha = (
        await mirror()
          .raw(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`])
          .catch(() => '')
      ).trim();
      if (/^[0-9a-f]{40,64}$/.test(sha)) return sha;
    }
    throw new GitError(
      'revision-not-found',
      `revision \`${ref}\` does not exist in the environments repository (fetched from ${scrub(options.url)})`,
    );
  }

  return {
    fetch() {
      // One fetch of the mirror at a time, across this host's processes and jobs: two at once
      // fail on git's ref locks ("cannot lock ref").
      return withFileLock(
        `${options.mirrorDir}.fetch`,
        async () => {
          await ensureMirror();
          fetches += 1;
          try {
            await git(['fetch', '--prune', '--quiet', 'origin'], 'fetch', true);
          } finally {
            fetches += 1;
            resolved.clear();
            headBranch = null;
          }
        },
        {
          busy: (detail) =>
            new GitError(
              'git-failed',
              `the mirror of ${scrub(options.url)} stayed busy with another fetch: ${detail}`,
              { retryable: true },
            ),
        },
      );
    },
    defaultBranch() {
      headBranch ??= (async () => {
        await ensureMirror();
        const head = (await git(['symbolic-ref', '--quiet', 'HEAD'], 'symbolic-ref')).trim();
        return head.replace(/^refs\/heads\//, '');
      })();
      headBranch.catch(() => (headBranch = null));
      return headBranch;
    },
    resolve(ref) {
      return remembered(ref, () => resolveNow(ref));
    },
    files(revision): RepoFiles {
      if (!/^[0-9a-f]{40,64}$/.test(revision))
        throw new GitError('invalid-ref', `files() needs a full commit sha, got \`${revision}\``);
      return { read: (file, maxBytes) => readBlob(revision, file, maxBytes, 0) };
    },
    async isAncestor(older, newer) {
      if (!/^[0-9a-f]{40,64}$/.test(older) || !/^[0-9a-f]{40,64}$/.test(newer)) return false;
      // merge-base --is-ancestor answers by exit code; simple-git gives no error for exit 1.
      const base = (
        await mirror()
          .raw(['merge-base', older, newer])
          .catch(() => '')
      ).trim();
      return base === older;
    },
    async hasCommit(revision) {
      if (!/^[0-9a-f]{40,64}$/.test(revision)) return false;
      const type = await git(['cat-file', '-t', revision], 'cat-file').catch(() => '');
      return type.trim() === 'commit';
    },
    async describe(revision) {
      const [subject = '', author = '', date = ''] = (
        await git(['log', '-1', '--format=%s%x00%an%x00%aI', revision, '--'], 'log')
      )
        .trim()
        .split('\0');
      return { subject, author, date };
    },
  };
}
