import { createHash } from 'node:crypto';
import { parseRef } from '../../src/adapters/git-refs.js';
import { GitError } from '../../src/core/errors.js';
import type { GitSource } from '../../src/ports/git-source.js';
import { memoryRepoFiles } from './memory-repo-files.js';

interface Commit {
  readonly parent: string | null;
  readonly files: Readonly<Record<string, string>>;
  readonly subject: string;
  readonly author: string;
  readonly date: string;
}

const fullSha = /^[0-9a-f]{40,64}$/;

/**
 * An environments repository in memory, as the remote wharf fetches from: commit on a branch,
 * move refs (`refs/pull/7/head`). `source()` is wharf's mirror of it, which sees what the
 * remote holds only as of its last fetch (its first use fetches, like the clone it starts with).
 */
export class FakeGitRemote {
  private readonly commits = new Map<string, Commit>();
  private readonly refs = new Map<string, string>();
  private tick = 0;

  constructor(readonly defaultBranch = 'main') {}

  /** Commits the files (null deletes one) on top of the branch's head; returns the new sha. */
  commit(
    message: string,
    files: Readonly<Record<string, string | null>>,
    branch = this.defaultBranch,
  ): string {
    // A new branch starts where the default branch is, as `git checkout -b` there would.
    const parent =
      this.refs.get(`refs/heads/${branch}`) ??
      this.refs.get(`refs/heads/${this.defaultBranch}`) ??
      null;
    const tree: Record<string, string> = { ...(parent ? this.commits.get(parent)?.files : {}) };
    for (const [file, content] of Object.entries(files)) {
      if (content === null) delete tree[file];
      else tree[file] = content;
    }
    const date = new Date(Date.parse('2026-01-01T00:00:00Z') + 1000 * this.tick++).toISOString();
    const sha = createHash('sha1')
      .update(JSON.stringify({ parent, tree, message, date }))
      .digest('hex');
    this.commits.set(sha, {
      parent,
      files: tree,
      subject: message.split('\n')[0] ?? '',
      author: 'Test Author',
      date,
    });
    this.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  /** Points a ref at a commit (`refs/pull/7/head`, or a branch moved by force). */
  setRef(ref: string, sha: string): void {
    this.refs.set(ref.startsWith('refs/') ? ref : `refs/heads/${ref}`, sha);
  }

  /** wharf's mirror of this repository. */
  source(): GitSource {
    let refs: ReadonlyMap<string, string> | null = null;
    let known: ReadonlySet<string> = new Set();
    const fetchNow = (): void => {
      refs = new Map(this.refs);
      known = new Set(this.commits.keys());
    };
    const mirrored = (): ReadonlyMap<string, string> => {
      if (!refs) fetchNow();
      return refs ?? new Map();
    };
    const commit = (sha: string): Commit | undefined =>
      mirrored() && known.has(sha) ? this.commits.get(sha) : undefined;
    return {
      fetch: () => Promise.resolve(fetchNow()),
      defaultBranch: () => Promise.resolve(this.defaultBranch),
      resolve: (ref) => {
        const parsed = parseRef(ref);
        if (!parsed)
          return Promise.reject(
            new GitError(
              'invalid-ref',
              `\`${ref}\` is not a branch name, pull-request ref or commit sha wharf accepts`,
            ),
          );
        const refsNow = mirrored();
        const found =
          parsed.kind === 'pull'
            ? refsNow.get(`refs/pull/${parsed.number}/head`)
            : parsed.kind === 'branch'
              ? refsNow.get(`refs/heads/${parsed.name}`)
              : parsed.kind === 'tag'
                ? refsNow.get(`refs/tags/${parsed.name}`)
                : [...known].filter((sha) => sha.startsWith(parsed.sha)).at(0);
        return found
          ? Promise.resolve(found)
          : Promise.reject(
              new GitError(
                'revision-not-found',
                `revision \`${ref}\` does not exist in the environments repository`,
              ),
            );
      },
      files: (revision) => {
        if (!fullSha.test(revision))
          throw new GitError('invalid-ref', `files() needs a full commit sha, got \`${revision}\``);
        return memoryRepoFiles(commit(revision)?.files ?? {});
      },
      isAncestor: (older, newer) => {
        for (let at: string | null = newer; at; at = commit(at)?.parent ?? null)
          if (at === older && commit(older)) return Promise.resolve(true);
        return Promise.resolve(false);
      },
      hasCommit: (revision) => Promise.resolve(commit(revision) !== undefined),
      describe: (revision) => {
        const found = commit(revision);
        if (!found)
          return Promise.reject(
            new GitError('git-failed', `git log failed: bad revision '${revision}'`),
          );
        return Promise.resolve({ subject: found.subject, author: found.author, date: found.date });
      },
    };
  }
}
