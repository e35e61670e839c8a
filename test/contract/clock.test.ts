import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/adapters/system-clock.js';
import type { Clock } from '../../src/ports/clock.js';
import { FakeClock } from '../fakes/fake-clock.js';

const implementations: [string, () => Clock][] = [
  ['fake clock', () => new FakeClock()],
  ['system clock', () => systemClock],
];

describe.each(implementations)('Clock contract: %s', (_name, make) => {
  it('has waited at least as long as asked once sleep resolves', async () => {
    const clock = make();
    const before = clock.now().getTime();
    await clock.sleep(40);
    expect(clock.now().getTime() - before).toBeGreaterThanOrEqual(39);
  });

  it('never goes back', async () => {
    const clock = make();
    let last = clock.now().getTime();
    for (let i = 0; i < 5; i++) {
      await clock.sleep(i);
      const now = clock.now().getTime();
      expect(now).toBeGreaterThanOrEqual(last);
      last = now;
    }
  });

  it('lets other work run while it waits', async () => {
    const clock = make();
    let ran = false;
    const other = Promise.resolve().then(() => (ran = true));
    await clock.sleep(1);
    expect(ran).toBe(true);
    await other;
  });
});
