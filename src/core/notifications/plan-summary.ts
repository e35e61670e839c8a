import { needsWork, type Plan } from '../plan/types.js';

/** What a plan changes, in one line for a message: `web (update: image), worker (create)`. */
export function planSummary(plan: Plan): string {
  const work = plan.services.filter(needsWork);
  if (work.length === 0) return plan.empty ? 'nothing' : 'the edge only';
  return work
    .map((s) => {
      const fields = [...new Set(s.changes.map((c) => c.field))];
      const drift = s.drift.map((d) => `drift ${d.kind}`);
      const detail = [...fields, ...drift].join(', ');
      return `${s.service} (${s.action}${detail ? `: ${detail}` : ''})`;
    })
    .join(', ');
}
