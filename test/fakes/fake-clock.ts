/**
 * Time that passes only when someone waits: `sleep(ms)` moves the clock on by `ms` at once,
 * so a deploy's 30 s of verification take no time at all in a test.
 */
export class FakeClock {
  private ms: number;

  constructor(start = Date.parse('2026-01-01T00:00:00Z')) {
    this.ms = start;
  }

  readonly now = (): Date => new Date(this.ms);

  readonly sleep = async (ms: number): Promise<void> => {
    this.ms += Math.max(0, ms);
    // Others waiting get their turn, as they would while a real timer runs.
    await new Promise((resolve) => setImmediate(resolve));
  };

  advance(ms: number): void {
    this.ms += ms;
  }
}
