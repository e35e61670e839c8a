export type CommitState = 'pending' | 'success' | 'failure' | 'error';
export type DeploymentState =
  'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

/** What wharf tells the forge (GitHub) about commits and deploys. */
export interface Feedback {
  commitStatus(
    sha: string,
    state: CommitState,
    description: string,
    context: string,
  ): Promise<void>;
  /** Creates a Deployment of `sha` to `environment`; returns its id, or null when there is no forge. */
  createDeployment(
    environment: string,
    sha: string,
    options: {
      readonly transient: boolean;
      readonly production: boolean;
      readonly description: string;
    },
  ): Promise<number | null>;
  /**
   * Writes wharf's one comment on a pull request: edits the comment `knownId` or the one
   * carrying `marker`, else creates it. Returns its id, or null when it could not.
   */
  upsertComment(
    number: number,
    marker: string,
    body: string,
    knownId: number | null,
  ): Promise<number | null>;
  /** Whether the pull request is still open; null when the forge cannot say (an error, none). */
  pullRequestState(number: number): Promise<'open' | 'closed' | null>;
  deploymentStatus(
    id: number,
    state: DeploymentState,
    options: { readonly environmentUrl?: string; readonly description: string },
  ): Promise<void>;
}
