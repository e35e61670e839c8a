import type { IncomingHttpHeaders } from 'node:http';
import type { DecideSettings, WebhookDecision } from '../core/events/decide.js';
import { decide, repositoryOf } from '../core/events/decide.js';
import { decideGitea, giteaRepositoryOf } from '../core/events/decide-gitea.js';
import { decideGitlab, gitlabRepositoryOf } from '../core/events/decide-gitlab.js';
import { hexSignatureVerifier, signatureVerifier, tokenVerifier } from './verify-signature.js';

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** How one forge's webhook is verified, named and decided: everything else is shared. */
export interface ForgeWebhook {
  readonly forge: 'github' | 'gitlab' | 'gitea' | 'forgejo';
  readonly path: string;
  /** Checked on the raw bytes before anything in the request is believed. */
  readonly verify: (raw: Buffer, headers: IncomingHttpHeaders) => boolean;
  readonly unauthorized: string;
  readonly delivery: (headers: IncomingHttpHeaders) => string | undefined;
  readonly event: (headers: IncomingHttpHeaders) => string | undefined;
  readonly missingHeaders: string;
  /** The metrics label of a verified event: one of a fixed few. */
  readonly label: (event: string) => string;
  readonly repositoryOf: (payload: unknown) => string | undefined;
  readonly decide: (event: string, payload: unknown, settings: DecideSettings) => WebhookDecision;
}

// GitLab "Webhook events": the event names of the hooks wharf acts on.
const gitlabLabels: Record<string, string> = {
  'Push Hook': 'push',
  'Tag Push Hook': 'push',
  'Merge Request Hook': 'pull_request',
};

function giteaLike(forge: 'gitea' | 'forgejo', secrets: readonly string[]): ForgeWebhook {
  const verify = hexSignatureVerifier(secrets);
  const prefix = forge === 'gitea' ? 'Gitea' : 'Forgejo';
  const lower = `x-${forge}`;
  return {
    forge,
    path: `/webhooks/${forge}`,
    verify: (raw, headers) => verify(raw, header(headers, `${lower}-signature`)),
    unauthorized: `X-${prefix}-Signature missing or wrong: check the webhook secret`,
    delivery: (headers) => header(headers, `${lower}-delivery`),
    event: (headers) => header(headers, `${lower}-event`),
    missingHeaders: `X-${prefix}-Delivery and X-${prefix}-Event headers are required`,
    label: (event) => (event === 'push' || event === 'pull_request' ? event : 'other'),
    repositoryOf: giteaRepositoryOf,
    decide: decideGitea,
  };
}

/** The webhook endpoints wharf serves, one per forge, all with the same accepted secrets. */
export function forgeWebhooks(secrets: readonly string[]): readonly ForgeWebhook[] {
  const github = signatureVerifier(secrets);
  const gitlab = tokenVerifier(secrets);
  return [
    {
      forge: 'github',
      path: '/webhooks/github',
      verify: (raw, headers) => github(raw, header(headers, 'x-hub-signature-256')),
      unauthorized: 'signature missing or wrong: check the webhook secret',
      delivery: (headers) => header(headers, 'x-github-delivery'),
      event: (headers) => header(headers, 'x-github-event'),
      missingHeaders: 'X-GitHub-Delivery and X-GitHub-Event headers are required',
      label: (event) => event,
      repositoryOf,
      decide,
    },
    {
      forge: 'gitlab',
      path: '/webhooks/gitlab',
      // GitLab sends the secret itself; nothing signs the body (docs/security.md).
      verify: (_raw, headers) => gitlab(header(headers, 'x-gitlab-token')),
      unauthorized: 'X-Gitlab-Token missing or wrong: check the webhook secret token',
      // Idempotency-Key stays the same across GitLab's retries of one delivery (GitLab 17.4+);
      // X-Gitlab-Event-UUID is older and also the same on a manual resend.
      delivery: (headers) =>
        header(headers, 'idempotency-key') ?? header(headers, 'x-gitlab-event-uuid'),
      event: (headers) => header(headers, 'x-gitlab-event'),
      missingHeaders:
        'X-Gitlab-Event-UUID (or Idempotency-Key) and X-Gitlab-Event headers are required',
      label: (event) => gitlabLabels[event] ?? 'other',
      repositoryOf: gitlabRepositoryOf,
      decide: decideGitlab,
    },
    giteaLike('gitea', secrets),
    giteaLike('forgejo', secrets),
  ];
}
