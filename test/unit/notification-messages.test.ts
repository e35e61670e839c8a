import { describe, expect, it } from 'vitest';
import { notificationKinds, type NotificationEvent } from '../../src/core/notifications/events.js';
import { emailMessage } from '../../src/core/notifications/email-message.js';
import { messageFacts } from '../../src/core/notifications/message-facts.js';
import { planSummary } from '../../src/core/notifications/plan-summary.js';
import { wants } from '../../src/core/notifications/receiver-filter.js';
import { signBody, signatureMatches } from '../../src/core/notifications/sign-body.js';
import { slackMessage } from '../../src/core/notifications/slack-message.js';
import { teamsMessage } from '../../src/core/notifications/teams-message.js';
import { webhookBody } from '../../src/core/notifications/webhook-message.js';
import type { Plan } from '../../src/core/plan/types.js';

const sha = '0123456789abcdef0123456789abcdef01234567';
const link = `https://github.com/acme/envs/commit/${sha}`;
const failed: NotificationEvent = {
  kind: 'deploy-failed',
  environment: 'production',
  at: '2026-12-07T06:00:00.000Z',
  revision: sha,
  pushedBy: 'ada',
  changes: 'web (update: image)',
  reason: 'health check of web failed: <html> & 502',
};

describe('message facts', () => {
  it.each(notificationKinds)('names the environment and the event in the title (%s)', (kind) => {
    const facts = messageFacts({ ...failed, kind }, {});
    expect(facts.title).toContain('production');
    expect(facts.title).toContain('0123456');
    expect(facts.facts.map((f) => f.label)).toEqual(
      expect.arrayContaining(['Environment', 'Revision', 'Pushed by', 'Changes', 'Reason']),
    );
  });

  it('links the revision when the forge is known, and not otherwise', () => {
    expect(messageFacts(failed, { revisionUrl: link }).facts[1]).toEqual({
      label: 'Revision',
      value: sha.slice(0, 12),
      url: link,
    });
    expect(messageFacts(failed, {}).facts[1]).not.toHaveProperty('url');
  });

  it('says what a waiting deploy waits for', () => {
    for (const [waitingFor, words] of [
      ['lock', 'the environment lock'],
      ['agent', 'an agent on its node'],
      ['preview-slots', 'a free preview slot'],
    ] as const) {
      const facts = messageFacts({ ...failed, kind: 'waiting', waitingFor }, {});
      expect(facts.facts).toContainEqual({ label: 'Waiting for', value: words });
    }
  });

  it('clips a long reason', () => {
    const facts = messageFacts({ ...failed, reason: 'x'.repeat(5000) }, {});
    const reason = facts.facts.find((f) => f.label === 'Reason');
    expect(reason?.value.length).toBe(1500);
  });
});

describe('per kind', () => {
  const facts = messageFacts(failed, { revisionUrl: link });

  it('Slack: mrkdwn text with the link, escaped reason, red bar', () => {
    const body = slackMessage(facts) as { text: string; attachments: { color: string }[] };
    expect(body.text).toContain(`<${link}|${sha.slice(0, 12)}>`);
    expect(body.text).toContain('&lt;html&gt; &amp; 502');
    expect(body.text).toContain('*Pushed by:* ada');
    expect(body.attachments[0]?.color).toBe('#e01e5a');
  });

  it('Teams: an Adaptive Card with a fact per field', () => {
    const body = teamsMessage(facts) as {
      type: string;
      attachments: {
        contentType: string;
        content: { body: { facts?: { title: string; value: string }[] }[] };
      }[];
    };
    expect(body.type).toBe('message');
    expect(body.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const set = body.attachments[0]?.content.body[1]?.facts ?? [];
    expect(set).toContainEqual({ title: 'Revision', value: `[${sha.slice(0, 12)}](${link})` });
    expect(set).toContainEqual({ title: 'Reason', value: failed.reason });
  });

  it('email: subject on one line, every field and the link in the text', () => {
    const mail = emailMessage(
      messageFacts({ ...failed, environment: 'a\nb' }, { revisionUrl: link }),
    );
    expect(mail.subject).not.toMatch(/\n/);
    expect(mail.text).toContain(`Revision: ${sha.slice(0, 12)} <${link}>`);
    expect(mail.text).toContain('Changes: web (update: image)');
  });

  it('webhook: the event, the delivery and the link, without the dedupe key', () => {
    const body = JSON.parse(
      webhookBody({ ...failed, dedupeKey: 'k' }, { revisionUrl: link }, { id: 'd1', sentAt: 't' }),
    ) as { delivery: string; sentAt: string; event: Record<string, unknown> };
    expect(body.delivery).toBe('d1');
    expect(body.sentAt).toBe('t');
    expect(body.event).toMatchObject({
      kind: 'deploy-failed',
      revision: sha,
      revisionUrl: link,
      reason: failed.reason,
    });
    expect(body.event).not.toHaveProperty('dedupeKey');
  });
});

describe('filters', () => {
  it.each([
    [{}, 'pr-4', 'deploy-failed', true],
    [{ environments: ['production'] }, 'production', 'waiting', true],
    [{ environments: ['production'] }, 'pr-4', 'waiting', false],
    [{ environments: ['pr-*'] }, 'pr-4', 'preview-ready', true],
    [{ events: ['deploy-failed', 'rolled-back'] }, 'staging', 'rolled-back', true],
    [{ events: ['deploy-failed'] }, 'staging', 'deploy-succeeded', false],
    [{ environments: ['pr-*'], events: ['preview-ready'] }, 'production', 'preview-ready', false],
  ] as const)('%j, %s %s -> %s', (filter, env, kind, expected) => {
    expect(wants(filter, env, kind)).toBe(expected);
  });
});

describe('signature', () => {
  it('is HMAC-SHA256 of the exact body, and any change breaks it', () => {
    // openssl: printf '{"a":1}' | openssl dgst -sha256 -hmac s3cret
    expect(signBody('{"a":1}', 's3cret')).toMatch(/^sha256=[0-9a-f]{64}$/);
    const header = signBody('{"a":1}', 's3cret');
    expect(signatureMatches('{"a":1}', 's3cret', header)).toBe(true);
    expect(signatureMatches('{"a": 1}', 's3cret', header)).toBe(false);
    expect(signatureMatches('{"a":1}', 'other', header)).toBe(false);
    expect(signatureMatches('{"a":1}', 's3cret', 'sha256=00')).toBe(false);
  });
});

describe('plan summary', () => {
  const service = (
    name: string,
    action: 'create' | 'update' | 'unchanged',
    fields: string[] = [],
  ) => ({
    service: name,
    composeName: name,
    project: 'p',
    role: 'app' as const,
    action,
    changes: fields.map((field) => ({ field, before: 1, after: 2 })),
    drift: [],
  });
  it('lists the services that change, with their fields', () => {
    const plan = {
      environment: 'e',
      revision: sha,
      fromRevision: null,
      empty: false,
      services: [
        service('web', 'update', ['image', 'env', 'image']),
        service('db', 'unchanged'),
        service('worker', 'create'),
      ],
    } as unknown as Plan;
    expect(planSummary(plan)).toBe('web (update: image, env), worker (create)');
  });
});

describe('who pushed, from the push webhook', () => {
  it('takes pusher.name, else sender.login, and nothing else from the payload', async () => {
    const { decide } = await import('../../src/core/events/decide.js');
    const base = { ref: 'refs/heads/main', after: 'abc' };
    expect(
      decide('push', { ...base, pusher: { name: 'ada' } }, { deployTags: false }),
    ).toMatchObject({ pushedBy: 'ada' });
    expect(
      decide('push', { ...base, sender: { login: 'bob' } }, { deployTags: false }),
    ).toMatchObject({ pushedBy: 'bob' });
    expect(decide('push', base, { deployTags: false })).not.toHaveProperty('pushedBy');
  });
});
