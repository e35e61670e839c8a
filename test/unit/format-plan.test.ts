import { describe, expect, it } from 'vitest';
import { formatPlan } from '../../src/core/plan/format-plan.js';
import type { Plan } from '../../src/core/plan/types.js';

const plan = (before: string, after: string): Plan => ({
  environment: 'pr-3',
  revision: 'b'.repeat(40),
  fromRevision: 'a'.repeat(40),
  empty: false,
  services: [
    {
      service: 'api',
      composeName: 'api-blue',
      project: 'wharf-pr-3-blue',
      role: 'stateless',
      action: 'update',
      changes: [
        { field: 'env', before: { MOTD: before }, after: { MOTD: after } },
        { field: 'command', before: [before], after: [after] },
      ],
      drift: [{ kind: 'changed', detail: after }],
    },
  ],
});

describe('formatPlan', () => {
  it.each([
    ['a newline that forges a plan line', 'hi\n  + web (stateless) create'],
    ['a terminal escape sequence', '\u001b[2J\u001b]0;owned\u0007'],
    ['a carriage return that overwrites the line', 'safe\rrm -rf'],
  ])('shows %s from the manifest on its own line, without control characters', (_, value) => {
    const text = formatPlan(plan('before', value), false);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    // A header, one service line, three field lines (env, command, drift), and the counts.
    expect(text.trimEnd().split('\n')).toHaveLength(6);
  });
});
