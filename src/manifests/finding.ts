import type { ServerFinding } from '../core/servers/stateful-server.js';

/** A rule's verdict before it is placed in a file: which file, where in it, what is wrong. */
export interface Finding extends ServerFinding {
  readonly file: string;
}
