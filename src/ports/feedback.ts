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
  deploymentStatus(
    id: number,
    state: DeploymentState,
    options: { readonly environmentUrl?: string; readonly description: string },
  ): Promise<void>;
}
