import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/events/decide.js';

const require = createRequire(import.meta.url);
const examples =
  (
    JSON.parse(
      readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
    ) as { name: string; examples: Record<string, unknown>[] }[]
  ).find((e) => e.name === 'pull_request')?.examples ?? [];

const settings = { deployTags: false };

describe('pull_request events, as GitHub documents them', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(examples.map((payload, i) => ({ i, action: String(payload['action']), payload })))(
    'example $i ($action)',
    ({ action, payload }) => {
      const decision = decide('pull_request', payload, settings);
      if (['opened', 'reopened', 'synchronize'].includes(action))
        expect(decision).toEqual({
          kind: 'pull_request',
          number: 2,
          action: 'update',
          fork: false,
        });
      else if (action === 'closed')
        expect(decision).toEqual({ kind: 'pull_request', number: 2, action: 'close', fork: false });
      else
        expect(decision).toMatchObject({
          kind: 'ignore',
          reason: `pull request #2 ${action}: nothing to deploy`,
        });
    },
  );

  const opened = examples.find((p) => p['action'] === 'opened') ?? {};
  const withHead = (repo: unknown): Record<string, unknown> => {
    const pr = opened['pull_request'] as Record<string, unknown>;
    return { ...opened, pull_request: { ...pr, head: { ...(pr['head'] as object), repo } } };
  };

  it('sees a fork by its head repository, and a deleted fork as one', () => {
    expect(
      decide('pull_request', withHead({ full_name: 'stranger/Hello-World' }), settings),
    ).toMatchObject({ fork: true });
    expect(decide('pull_request', withHead(null), settings)).toMatchObject({ fork: true });
  });

  it('ignores a payload without a usable number', () => {
    expect(decide('pull_request', { action: 'opened', number: 'two' }, settings)).toMatchObject({
      kind: 'ignore',
    });
    expect(decide('pull_request', { action: 'opened', number: 0 }, settings)).toMatchObject({
      kind: 'ignore',
    });
  });
});
