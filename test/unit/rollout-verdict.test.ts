import { describe, expect, it } from 'vitest';
import { rolloutVerdict, stackSettled } from '../../src/core/swarm/rollout-verdict.js';
import type { SwarmService, SwarmTask } from '../../src/core/swarm/swarm-state.js';

const since = '2026-12-07T10:00:00.000Z';
const hash = { old: '1111111111111111', new: '2222222222222222' };

function task(overrides: Partial<SwarmTask> = {}): SwarmTask {
  return {
    id: 't',
    node: 'node-1',
    state: 'running',
    desiredState: 'running',
    labels: { 'wharf.config-hash': hash.new },
    message: 'started',
    error: '',
    createdAt: '2026-12-07T10:00:05.000000001Z',
    image: 'r.example/web:2@sha256:ab',
    ...overrides,
  };
}

function service(overrides: Partial<SwarmService> = {}): SwarmService {
  return {
    id: 's',
    name: 'wharf-shop-blue_web-blue',
    stack: 'wharf-shop-blue',
    labels: { 'wharf.config-hash': hash.new },
    replicas: 2,
    image: 'r.example/web:2',
    update: {
      state: 'completed',
      startedAt: '2026-12-07T10:00:01.123456789Z',
      message: 'update completed',
    },
    tasks: [task(), task({ id: 't2', node: 'node-2' })],
    ...overrides,
  };
}

const wanted = [{ name: 'wharf-shop-blue_web-blue', configHash: hash.new, replicas: 2 }];

describe('whether a converged rollout runs what it asked', () => {
  it.each<[string, SwarmService[], RegExp | null]>([
    ['updated, every task running the new definition', [service()], null],
    ['created: never updated before', [service({ update: null })], null],
    [
      'an older rollback, before this deploy',
      [
        service({
          update: { state: 'rollback_completed', startedAt: '2026-12-07T09:00:00Z', message: 'x' },
        }),
      ],
      null,
    ],
    ['no such service', [], /wharf-shop-blue_web-blue: Swarm has no such service/],
    [
      'Swarm rolled the update back',
      [
        service({
          labels: { 'wharf.config-hash': hash.old },
          update: {
            state: 'rollback_completed',
            startedAt: '2026-12-07T10:00:02Z',
            message: 'rollback completed',
          },
          tasks: [
            task({ labels: { 'wharf.config-hash': hash.old } }),
            task({
              state: 'failed',
              error: 'task: non-zero exit (1): dockerexec: unhealthy container',
              createdAt: '2026-12-07T10:00:09Z',
            }),
          ],
        }),
      ],
      /Swarm rollback completed its update \(rollback completed\); last task failed on node-1: task: non-zero exit \(1\): dockerexec: unhealthy container/,
    ],
    [
      'the update paused',
      [
        service({
          update: {
            state: 'paused',
            startedAt: '2026-12-07T10:00:02Z',
            message: 'update paused due to failure',
          },
        }),
      ],
      /Swarm paused its update \(update paused due to failure\)/,
    ],
    [
      'another definition runs',
      [service({ labels: { 'wharf.config-hash': hash.old } })],
      /runs another definition than this deploy's/,
    ],
    [
      'one of two tasks running',
      [
        service({
          tasks: [
            task(),
            task({
              id: 't2',
              state: 'preparing',
              message: 'preparing',
              createdAt: '2026-12-07T10:00:07Z',
            }),
          ],
        }),
      ],
      /1 of 2 task\(s\) running; last task preparing on node-1: preparing/,
    ],
    [
      'the old definition still running beside the new',
      [
        service({
          tasks: [task(), task({ id: 'old', labels: { 'wharf.config-hash': hash.old } })],
        }),
      ],
      /1 of 2 task\(s\) running/,
    ],
    [
      'tasks of the new definition on their way out do not count',
      [service({ tasks: [task(), task({ id: 't2', desiredState: 'shutdown' })] })],
      /1 of 2 task\(s\) running/,
    ],
    [
      'nothing scheduled',
      [service({ tasks: [] })],
      /0 of 2 task\(s\) running; no task was scheduled/,
    ],
  ])('%s', (_, services, reason) => {
    const verdict = rolloutVerdict(services, wanted, since);
    if (reason === null) expect(verdict).toEqual({ kind: 'converged' });
    else {
      expect(verdict.kind).toBe('failed');
      expect(verdict.kind === 'failed' ? verdict.reasons.join('\n') : '').toMatch(reason);
    }
  });

  it('names every service that failed, not only the first', () => {
    const other = { name: 'wharf-shop-blue_api-blue', configHash: hash.new, replicas: 1 };
    const verdict = rolloutVerdict([service({ tasks: [] })], [...wanted, other], since);
    expect(verdict.kind === 'failed' ? verdict.reasons : []).toHaveLength(2);
  });
});

describe('whether Swarm is done with a stack, to be judged', () => {
  const updating = (state: string) => ({ state, startedAt: since, message: '' });
  const old = (overrides: Partial<SwarmTask> = {}) =>
    task({ id: 'old', labels: { 'wharf.config-hash': hash.old }, ...overrides });
  it.each<[string, SwarmService[], boolean]>([
    ['every task runs the current definition, update completed', [service()], true],
    ['a new service, every task running', [service({ update: null })], true],
    [
      'a new service, a task still starting (its health check has not passed)',
      [service({ update: null, tasks: [task(), task({ id: 't2', state: 'starting' })] })],
      false,
    ],
    [
      'a new service, fewer tasks than replicas',
      [service({ update: null, tasks: [task()] })],
      false,
    ],
    [
      'the definition changed, Swarm has not begun: the old update’s status, old tasks',
      [service({ tasks: [old(), old({ id: 'old2' })] })],
      false,
    ],
    [
      'updating: the last task replaced, Swarm still watching it (monitor)',
      [service({ update: updating('updating') })],
      false,
    ],
    [
      'an old task still wanted beside the new ones (start-first, mid-rollout)',
      [service({ tasks: [task(), task({ id: 't2' }), old()] })],
      false,
    ],
    ['rolling back', [service({ update: updating('rollback_started'), tasks: [old()] })], false],
    [
      'rolled back: the old definition is the service’s again, and runs',
      [
        service({
          labels: { 'wharf.config-hash': hash.old },
          update: updating('rollback_completed'),
          tasks: [old(), old({ id: 'old2' })],
        }),
      ],
      true,
    ],
    [
      'paused: ended, whatever runs',
      [service({ update: updating('paused'), tasks: [old()] })],
      true,
    ],
    [
      'another stack’s service updating does not count',
      [service(), service({ stack: 'wharf-shop-infra', update: updating('updating') })],
      true,
    ],
  ])('%s: %s', (_, services, settled) => {
    expect(stackSettled(services, 'wharf-shop-blue')).toBe(settled);
  });
});
