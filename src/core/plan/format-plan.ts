import pc from 'picocolors';
import { oneLine } from '../markdown-escape.js';
import { stableJson } from '../stable-json.js';
import type { FieldChange, Plan, ServicePlan } from './types.js';

function short(revision: string | null): string {
  return revision ? revision.slice(0, 12) : '(none)';
}

// Values come from the manifest (a pull request's, for a preview): a newline or an escape
// sequence in one must not forge plan lines or drive the terminal, so each shows as one line.
function show(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string') return oneLine(value);
  return oneLine(stableJson(value));
}

function changeLines(change: FieldChange, c: ReturnType<typeof pc.createColors>): string[] {
  if (change.field === 'env') {
    const before = change.before as Record<string, string>;
    const after = change.after as Record<string, string>;
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].sort().map((k) => {
      if (!(k in after)) return `      env.${k}: ${c.red(show(before[k]))} ${c.dim('(removed)')}`;
      if (!(k in before)) return `      env.${k}: ${c.green(show(after[k]))} ${c.dim('(added)')}`;
      return `      env.${k}: ${c.red(show(before[k]))} -> ${c.green(show(after[k]))}`;
    });
  }
  return [`      ${change.field}: ${c.red(show(change.before))} -> ${c.green(show(change.after))}`];
}

function serviceLines(s: ServicePlan, c: ReturnType<typeof pc.createColors>): string[] {
  const symbol = {
    create: c.green('+'),
    update: c.yellow('~'),
    remove: c.red('-'),
    unchanged: c.dim('='),
  }[s.action];
  const lines = [`  ${symbol} ${s.service} ${c.dim(`(${s.role}, ${s.project})`)} ${s.action}`];
  for (const change of s.changes) lines.push(...changeLines(change, c));
  for (const drift of s.drift)
    lines.push(`      ${c.magenta(`drift: ${drift.kind}`)} ${oneLine(drift.detail)}`);
  return lines;
}

/** A plan for people: one line per service, the changed fields under it, secrets masked. */
export function formatPlan(plan: Plan, color: boolean): string {
  const c = pc.createColors(color);
  const counts = { create: 0, update: 0, remove: 0, drift: 0 };
  for (const s of plan.services) {
    if (s.action !== 'unchanged') counts[s.action]++;
    if (s.drift.length > 0) counts.drift++;
  }
  const header = `Plan for ${c.bold(plan.environment)}: ${short(plan.fromRevision)} -> ${short(plan.revision)}`;
  if (plan.empty)
    return `${header}\n  ${c.green('no changes')}: the environment matches the revision.\n`;
  const lines = [header, ...plan.services.flatMap((s) => serviceLines(s, c))];
  lines.push(
    `${counts.create} to create, ${counts.update} to update, ${counts.remove} to remove, ${counts.drift} drifted.`,
  );
  return `${lines.join('\n')}\n`;
}
