import type { DeployLog } from '../ports/deploy-log.js';

/** A step of a deploy, as it happens; the CLI prints these, the server logs and streams them. */
export interface ProgressEvent {
  readonly environment: string;
  readonly step:
    | 'fetch'
    | 'validate'
    | 'render'
    | 'plan'
    | 'network'
    | 'infra'
    | 'apps'
    | 'edge'
    | 'volumes'
    | 'record'
    | 'secrets'
    | 'teardown'
    | 'adopt'
    | 'tls'
    | 'compose'
    | 'job';
  readonly message: string;
}

export type ProgressListener = (event: ProgressEvent) => void;

export const silent: ProgressListener = () => undefined;

/**
 * Passes each step on to `forward` and appends it to the deploy's own log (`wharf logs`, the
 * dashboard). Appends go in order on one connection; a log that cannot be written never stops
 * a deploy.
 */
export function loggedProgress(
  log: DeployLog,
  id: string,
  now: () => Date,
  forward: ProgressListener,
  revision: () => string | undefined = () => undefined,
): ProgressListener {
  return (event) => {
    forward(event);
    const at = revision();
    void log
      .append(id, {
        time: now().toISOString(),
        environment: event.environment,
        step: event.step,
        message: event.message,
        ...(at ? { revision: at } : {}),
      })
      .catch(() => undefined);
  };
}
