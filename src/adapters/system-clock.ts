import type { Clock } from '../ports/clock.js';

/** The machine's clock and real timers. */
export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
