import { describe, expect, it } from 'vitest';
import { nodeViews, waitingMessage } from '../../../src/core/nodes/node-liveness.js';
import { routeNode, runHere, type NodeRouteInput } from '../../../src/core/nodes/node-route.js';

const cases: [string, NodeRouteInput, ReturnType<typeof routeNode>][] = [
  [
    'no node: the default node',
    { declared: undefined, defaultNode: 'local', placedOn: null },
    { kind: 'deploy', node: 'local' },
  ],
  [
    'no node, serve elsewhere',
    { declared: undefined, defaultNode: 'edge-1', placedOn: null },
    { kind: 'deploy', node: 'edge-1' },
  ],
  [
    'its node, first deploy',
    { declared: 'edge-2', defaultNode: 'local', placedOn: null },
    { kind: 'deploy', node: 'edge-2' },
  ],
  [
    'its node, placed there',
    { declared: 'edge-2', defaultNode: 'local', placedOn: 'edge-2' },
    { kind: 'deploy', node: 'edge-2' },
  ],
  [
    'moved by a commit',
    { declared: 'edge-2', defaultNode: 'local', placedOn: 'local' },
    { kind: 'moved', from: 'local', to: 'edge-2' },
  ],
  [
    'node removed, runs elsewhere',
    { declared: undefined, defaultNode: 'local', placedOn: 'edge-2' },
    { kind: 'moved', from: 'edge-2', to: 'local' },
  ],
  [
    'default node changed under it',
    { declared: undefined, defaultNode: 'edge-1', placedOn: 'local' },
    { kind: 'moved', from: 'local', to: 'edge-1' },
  ],
];

describe('routeNode', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(routeNode(input)).toEqual(expected);
  });
});

describe('runHere', () => {
  const table: [string, string, NodeRouteInput, string][] = [
    ['its own node', 'edge-2', { declared: 'edge-2', defaultNode: 'local', placedOn: null }, 'run'],
    [
      'another node',
      'local',
      { declared: 'edge-2', defaultNode: 'local', placedOn: null },
      'node-mismatch',
    ],
    [
      'default node on an agent of another',
      'edge-2',
      { declared: undefined, defaultNode: 'local', placedOn: null },
      'node-mismatch',
    ],
    [
      'moved, on the new node',
      'edge-2',
      { declared: 'edge-2', defaultNode: 'local', placedOn: 'local' },
      'node-moved',
    ],
    [
      'moved, on the old node',
      'local',
      { declared: 'edge-2', defaultNode: 'local', placedOn: 'local' },
      'node-moved',
    ],
  ];
  it.each(table)('%s', (_name, self, input, expected) => {
    const decision = runHere('production', self, input);
    expect(decision.kind === 'run' ? 'run' : decision.code).toBe(expected);
  });

  it('names both nodes and the way out when a commit moves an environment', () => {
    const decision = runHere('production', 'edge-2', {
      declared: 'edge-2',
      defaultNode: 'local',
      placedOn: 'local',
    });
    expect(decision.kind === 'refuse' && decision.reason).toContain(
      'wharf node release production, on local',
    );
  });
});

describe('nodeViews', () => {
  const now = 1_000_000;
  it('marks agents live within three beats and nodes live with one live agent', () => {
    const views = nodeViews(
      [
        { node: 'edge-2', worker: 'b:2', lastBeatMs: now - 16_000 },
        { node: 'local', worker: 'a:1', lastBeatMs: now - 1_000 },
        { node: 'local', worker: 'a:9', lastBeatMs: now - 60_000 },
      ],
      ['edge-3'],
      now,
    );
    expect(views.map((v) => [v.node, v.live, v.lastBeatMs, v.agents.map((a) => a.live)])).toEqual([
      ['edge-2', false, now - 16_000, [false]],
      ['edge-3', false, null, []],
      ['local', true, now - 1_000, [true, false]],
    ]);
  });

  it('says what a held deploy waits for', () => {
    const agent = { node: 'edge-2', worker: 'b:2', live: false };
    expect(
      waitingMessage(
        {
          node: 'edge-2',
          agents: [{ ...agent, lastBeatMs: now - 20_000 }],
          lastBeatMs: now - 20_000,
        },
        now,
      ),
    ).toBe(
      'waiting for an agent on node edge-2 (last beat 20 s ago); it deploys as soon as one starts',
    );
    expect(
      waitingMessage(
        {
          node: 'edge-2',
          agents: [{ ...agent, lastBeatMs: now - 4_000, stopped: true }],
          lastBeatMs: now - 4_000,
        },
        now,
      ),
    ).toContain('(its agent stopped 4 s ago)');
    expect(waitingMessage({ node: 'edge-2', agents: [], lastBeatMs: null }, now)).toContain(
      'no agent has ever beaten',
    );
  });

  it('counts a stopped agent as gone at once, its beat still fresh', () => {
    const [view] = nodeViews(
      [{ node: 'edge-2', worker: 'b:2', lastBeatMs: now - 1_000, stopped: true }],
      [],
      now,
    );
    expect(view?.live).toBe(false);
    expect(view?.lastBeatMs).toBe(now - 1_000);
  });
});
