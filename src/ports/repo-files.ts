/** What reading a repository file can come to. */
export type ReadResult =
  | { readonly kind: 'ok'; readonly content: string }
  | { readonly kind: 'missing' | 'outside' | 'not-a-file' }
  | { readonly kind: 'too-large'; readonly size: number };

/**
 * The files of an environments repository at one revision: a folder on disk, or a git tree.
 * Paths are relative to the repository root; anything resolving outside it is refused.
 */
export interface RepoFiles {
  read(path: string, maxBytes: number): Promise<ReadResult>;
}
