import type { RepoFiles } from './repo-files.js';

/** The environments repository, mirrored locally. */
export interface GitSource {
  /** Brings the mirror up to date with the remote (branches and pull-request heads). */
  fetch(): Promise<void>;
  /** The repository's default branch (what HEAD of the remote points at). */
  defaultBranch(): Promise<string>;
  /** The full sha of a branch head, a `refs/pull/N/head`, or a (possibly short) sha. Throws if unknown. */
  resolve(ref: string): Promise<string>;
  /** The files of a revision, read without checking out a working tree. */
  files(revision: string): RepoFiles;
  /** Whether `older` is an ancestor of `newer` (both full shas). */
  isAncestor(older: string, newer: string): Promise<boolean>;
  /** Whether the mirror holds this commit (a full sha); false when it cannot tell. */
  hasCommit(revision: string): Promise<boolean>;
  /** The commit's subject line and author, for history and messages. */
  describe(revision: string): Promise<{ subject: string; author: string; date: string }>;
}
