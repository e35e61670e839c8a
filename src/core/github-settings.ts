/** Where and as whom wharf reports to GitHub: commit statuses, comments, deployments. */
export interface GitHubSettings {
  readonly apiUrl: string;
  readonly token?: string;
  readonly owner: string;
  readonly repo: string;
  /** GitHub's web address, for links to commits and pull requests. */
  readonly webUrl: string;
}
