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
    | 'tls'
    | 'compose';
  readonly message: string;
}

export type ProgressListener = (event: ProgressEvent) => void;

export const silent: ProgressListener = () => undefined;
