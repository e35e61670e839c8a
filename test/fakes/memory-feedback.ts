import type { Feedback } from '../../src/ports/feedback.js';
import { atOnce } from './at-once.js';

/** What wharf told the forge, in order: commit statuses, Deployments and their states, comments. */
export function memoryFeedback(): Feedback & { readonly told: () => string[] } {
  const told: string[] = [];
  let next = 1;
  const comments = new Map<number, string>();
  return {
    told: () => [...told],
    commitStatus: (sha, state, _description, context) =>
      atOnce(() => void told.push(`status ${sha.slice(0, 7)} ${context} ${state}`)),
    createDeployment: (environment, sha) =>
      atOnce(() => {
        const id = next++;
        told.push(`deployment ${id} ${environment} ${sha.slice(0, 7)}`);
        return id;
      }),
    upsertComment: (number, _marker, body, knownId) =>
      atOnce(() => {
        const id = knownId ?? next++;
        comments.set(id, body);
        told.push(`comment ${id} on #${number}`);
        return id;
      }),
    pullRequestState: () => atOnce(() => 'open' as const),
    deploymentStatus: (id, state) => atOnce(() => void told.push(`deployment ${id} ${state}`)),
  };
}
