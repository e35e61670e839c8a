/** One task of a Swarm service, as the manager reports it. */
export interface SwarmTask {
  readonly id: string;
  /** Hostname of the node it was scheduled on ('' while unassigned). */
  readonly node: string;
  /** Swarm's task state: new, pending, assigned, preparing, starting, running, failed, ... */
  readonly state: string;
  readonly desiredState: string;
  /** Labels of its container (wharf's revision and config hash among them). */
  readonly labels: Readonly<Record<string, string>>;
  readonly message: string;
  readonly error: string;
  readonly createdAt: string;
  /** The image with the digest Swarm pinned, as the task runs it. */
  readonly image: string;
}

/** One service of a stack, its last rollout and its tasks. */
export interface SwarmService {
  readonly id: string;
  /** `<stack>_<service>`. */
  readonly name: string;
  readonly stack: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly replicas: number;
  readonly image: string;
  /** Swarm's UpdateStatus: null before the service was ever updated. */
  readonly update: {
    readonly state: string;
    readonly startedAt: string;
    readonly message: string;
  } | null;
  readonly tasks: readonly SwarmTask[];
}
