import type { PathSegment } from '../core/problem.js';

/** A rule's verdict before it is placed in a file: which file, where in it, what is wrong. */
export interface Finding {
  readonly file: string;
  readonly segments: readonly PathSegment[];
  readonly message: string;
  readonly rule: string;
  readonly at?: 'key' | 'value';
}
