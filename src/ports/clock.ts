/** The time a deploy reads and waits on: passed in, so tests can make waiting instant. */
export interface Clock {
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
}
