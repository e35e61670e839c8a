/** Where and as whom wharf reports to GitLab, Gitea or Forgejo (`forge:` in the config). */
export interface ForgeSettings {
  readonly kind: 'gitlab' | 'gitea' | 'forgejo';
  /** REST API base: GitLab `…/api/v4`, Gitea and Forgejo `…/api/v1`. */
  readonly apiUrl: string;
  readonly token?: string;
  /** `owner/name`, or a GitLab project path (`group/sub/name`). */
  readonly repository: string;
  readonly webUrl: string;
}
