/** Links to a commit and a pull/merge request on the forge's web pages. */
export interface ForgeLinks {
  readonly commitUrl: (sha: string) => string;
  readonly pullUrl: (number: number) => string;
}

/**
 * The web URL shapes differ per forge: GitHub `/commit/SHA` and `/pull/N`, GitLab
 * `/-/commit/SHA` and `/-/merge_requests/N`, Gitea and Forgejo `/commit/SHA` and `/pulls/N`.
 */
export function forgeLinks(
  kind: 'github' | 'gitlab' | 'gitea' | 'forgejo',
  webUrl: string,
  repository: string,
): ForgeLinks {
  const project = `${webUrl.replace(/\/$/, '')}/${repository}`;
  if (kind === 'gitlab')
    return {
      commitUrl: (sha) => `${project}/-/commit/${sha}`,
      pullUrl: (number) => `${project}/-/merge_requests/${number}`,
    };
  if (kind === 'github')
    return {
      commitUrl: (sha) => `${project}/commit/${sha}`,
      pullUrl: (number) => `${project}/pull/${number}`,
    };
  return {
    commitUrl: (sha) => `${project}/commit/${sha}`,
    pullUrl: (number) => `${project}/pulls/${number}`,
  };
}
