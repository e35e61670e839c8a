import type { FastifyInstance } from 'fastify';
import { WharfError } from '../core/errors.js';
import { messageOf } from '../core/message-of.js';
import type { ScheduledJobView } from '../core/jobs/scheduled-job-view.js';
import type { EnvironmentStatus } from '../core/status.js';
import type { NodeStatus } from '../observe/node-status.js';
import type { DeployLogLine } from '../ports/deploy-log.js';
import type { SessionStore, SignInLimit } from '../ports/admin-sessions.js';
import type { PullRequestRecord } from '../ports/preview-store.js';
import { scrubCredentials } from '../core/scrub-credentials.js';
import {
  checkToken,
  clearedSessionCookie,
  refuseTooMany,
  requireAdmin,
  sessionCookieHeader,
  sessionIdOf,
} from './admin-auth.js';
import { dashboardPage, loginPage } from './dashboard-page.js';
import { sameOriginOnly } from './same-origin.js';

export interface NotificationFailureView {
  readonly receiver: string;
  readonly kind: string;
  readonly event: string;
  readonly environment: string;
  readonly error: string;
  readonly attempts: number;
  readonly at: string;
}

/** What the dashboard reads and does; all behind the admin token. */
export interface AdminDeps {
  readonly token: string;
  /** Where sign-ins are kept, so signing out revokes them in every process. */
  readonly sessions: SessionStore;
  readonly sessionTtlSeconds: number;
  /** Wrong admin tokens allowed per client address (sign-in form and bearer tokens alike). */
  readonly signInLimit: SignInLimit;
  readonly environments: () => Promise<readonly EnvironmentStatus[]>;
  readonly previews: () => Promise<readonly PullRequestRecord[]>;
  /** Every deployed environment's scheduled jobs, with their last runs. */
  readonly scheduledJobs: () => Promise<readonly ScheduledJobView[]>;
  /** Every node, its agents and their last beats, and the deploys waiting for it. */
  readonly nodes?: () => Promise<readonly NodeStatus[]>;
  /** Recent notification deliveries that used up their tries (receiver, event, error); no secrets. */
  readonly notificationFailures?: () => Promise<readonly NotificationFailureView[]>;
  readonly deployLog: (
    id: string,
    from: number,
  ) => Promise<{ lines: DeployLogLine[]; running: boolean }>;
  readonly rollback: (
    environment: string,
  ) => Promise<{ readonly from: string; readonly to: string; readonly colour: string }>;
  /** Links for people: the environment's URL, a commit, a pull request. */
  readonly environmentUrl: (host: string) => string;
  readonly commitUrl: (sha: string) => string | null;
  readonly pullUrl: (number: number) => string | null;
  /** Mounts the queue view (bull-board) at the path given. */
  readonly mountQueueView?: (app: FastifyInstance, basePath: string) => Promise<void>;
}

function json(body: unknown): Record<string, unknown> {
  if (typeof body === 'object' && body !== null && !Buffer.isBuffer(body))
    return body as Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(Buffer.isBuffer(body) ? body.toString('utf8') : '');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Only a path on this site: never `//elsewhere` or `https://…`. */
function localPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The dashboard (`/`), its JSON API (`/api/…`), sign-in, and the queue view. */
export async function registerAdmin(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  // Every POST, PUT and DELETE here (sign-in, sign-out, rollback, the queue view's actions)
  // comes from this site's pages or from a tool with a bearer token, and carries JSON.
  app.addHook('onRequest', sameOriginOnly);
  app.addHook('onSend', async (_request, reply, payload) => {
    // Another site's page cannot frame the dashboard and have its buttons clicked.
    void reply.header('x-frame-options', 'DENY');
    void reply.header('content-security-policy', "frame-ancestors 'none'");
    void reply.header('cache-control', 'no-store');
    return typeof payload === 'string' ? scrubCredentials(payload) : payload;
  });
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (_request, body: string, done) => {
      try {
        done(null, body ? (JSON.parse(body) as unknown) : {});
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
  app.get('/login', async (request, reply) => {
    const next = localPath(new URL(request.url, 'http://x').searchParams.get('next'));
    return reply.type('text/html').send(loginPage(next));
  });
  app.post('/login', async (request, reply) => {
    const fields = json(request.body);
    const token = typeof fields['token'] === 'string' ? fields['token'] : undefined;
    const next = localPath(typeof fields['next'] === 'string' ? fields['next'] : null);
    const check = await checkToken(deps, request.ip, token);
    if (!check.ok) {
      if (check.retryAfterSeconds !== undefined)
        return refuseTooMany(reply, check.retryAfterSeconds);
      return reply.code(401).send({ error: 'that token is not the admin token' });
    }
    const id = await deps.sessions.create();
    const secure = request.protocol === 'https';
    return reply
      .header('set-cookie', sessionCookieHeader(id, deps.sessionTtlSeconds, secure))
      .send({ next });
  });
  app.post('/logout', async (request, reply) => {
    const id = sessionIdOf(request);
    if (id !== undefined) await deps.sessions.revoke(id);
    return reply
      .header('set-cookie', clearedSessionCookie(request.protocol === 'https'))
      .send({ signedOut: true });
  });

  await app.register(async (admin) => {
    admin.addHook('preHandler', requireAdmin(deps));
    admin.get('/', async (_request, reply) => reply.type('text/html').send(dashboardPage));
    admin.get('/api/environments', async () => {
      const [environments, previews, scheduledJobs, nodes, notificationFailures] =
        await Promise.all([
          deps.environments(),
          deps.previews(),
          deps.scheduledJobs(),
          deps.nodes?.() ?? Promise.resolve([]),
          // The dashboard shows the rest when the failures cannot be read.
          (deps.notificationFailures?.() ?? Promise.resolve([])).catch(() => []),
        ]);
      return {
        environments: environments.map((e) => ({
          ...e,
          urls: Object.fromEntries(e.hosts.map((h) => [h, deps.environmentUrl(h)])),
          commitUrl: e.revision ? deps.commitUrl(e.revision) : null,
        })),
        previews: previews.map((p) => ({
          number: p.number,
          phase: p.preview?.phase ?? 'unknown',
          message: p.preview?.message ?? '',
          url: p.preview?.url ?? null,
          head: p.head,
          activeAt: p.activeAt,
          pullUrl: deps.pullUrl(p.number),
          commitUrl: p.head ? deps.commitUrl(p.head) : null,
        })),
        scheduledJobs,
        nodes,
        notificationFailures,
      };
    });
    admin.get<{ Params: { id: string }; Querystring: { from?: string } }>(
      '/api/deploys/:id/log',
      async (request) => {
        const from = Math.max(0, Number.parseInt(request.query.from ?? '0', 10) || 0);
        return deps.deployLog(request.params.id, from);
      },
    );
    admin.post<{ Params: { environment: string } }>(
      '/api/environments/:environment/rollback',
      async (request, reply) => {
        const { environment } = request.params;
        // The page asks "are you sure" and sends the name back; a stray request does not.
        if (json(request.body)['confirm'] !== environment)
          return reply.code(400).send({ error: `confirm by sending {"confirm":"${environment}"}` });
        try {
          return await deps.rollback(environment);
        } catch (error) {
          const message = messageOf(error);
          return reply.code(error instanceof WharfError ? 409 : 500).send({ error: message });
        }
      },
    );
    if (deps.mountQueueView) await deps.mountQueueView(admin, '/admin/queues');
  });
}
