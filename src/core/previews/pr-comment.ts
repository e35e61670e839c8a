import type { Plan } from '../plan/types.js';

/** Hidden in the comment body: how wharf finds its own comment again, even without Redis. */
export const commentMarker = '<!-- wharf:pull-request -->';

export interface ValidationReport {
  readonly ok: boolean;
  /** `4 environments` or the number of problems. */
  readonly summary: string;
  /** The first problems, each `file:line:column path message`. */
  readonly problems: readonly string[];
}

export interface ServiceChange {
  readonly service: string;
  readonly action: 'create' | 'update' | 'remove';
  /** Fields that differ (`image`, `env`...). */
  readonly fields: readonly string[];
  readonly imageBefore?: string;
  readonly imageAfter?: string;
}

/** What merging the pull request would change in one environment. */
export interface EnvironmentChanges {
  readonly environment: string;
  readonly changes: readonly ServiceChange[];
  /** Set when the environment could not be planned (it does not validate, a git error). */
  readonly error?: string;
}

export type PreviewPhase =
  'deploying' | 'live' | 'failed' | 'waiting' | 'refused' | 'removed' | 'disabled';

export interface PreviewReport {
  readonly phase: PreviewPhase;
  readonly message: string;
  readonly url?: string;
  readonly revision?: string;
}

export interface PullRequestReport {
  readonly number: number;
  readonly head: string;
  readonly validation: ValidationReport | null;
  readonly plans: readonly EnvironmentChanges[] | null;
  readonly preview: PreviewReport | null;
}

/** The changes a plan holds, for the comment: drift is the host's business, not the PR's. */
export function changesOf(plan: Plan): ServiceChange[] {
  const changes: ServiceChange[] = [];
  for (const s of plan.services) {
    if (s.action === 'unchanged') continue;
    const image = s.changes.find((c) => c.field === 'image');
    changes.push({
      service: s.service,
      action: s.action,
      fields: s.changes.map((c) => c.field),
      ...(typeof image?.before === 'string' ? { imageBefore: image.before } : {}),
      ...(typeof image?.after === 'string' ? { imageAfter: image.after } : {}),
    });
  }
  return changes;
}

const short = (sha: string): string => sha.slice(0, 7);

// Markdown table cells: a pipe or a newline would break the row.
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

function validationLines(v: ValidationReport | null): string[] {
  if (!v) return ['**Validation**: pending'];
  if (v.ok) return [`**Validation**: ✅ valid (${v.summary})`];
  return [
    `**Validation**: ❌ ${v.summary}`,
    '',
    ...v.problems.map((p) => `- ${code(p)}`),
    '',
    'Nothing from this commit is deployed until it validates.',
  ];
}

function imageCell(c: ServiceChange): string {
  if (c.imageBefore && c.imageAfter) return `${code(c.imageBefore)} → ${code(c.imageAfter)}`;
  if (c.imageAfter) return code(c.imageAfter);
  if (c.imageBefore) return `~~${code(c.imageBefore)}~~`;
  return '';
}

function planLines(plans: readonly EnvironmentChanges[] | null): string[] {
  if (!plans) return ['### Plan', '', 'pending'];
  if (plans.length === 0) return ['### Plan', '', 'Merging changes no environment.'];
  const lines = ['### Plan', '', 'What merging this pull request changes:'];
  for (const env of plans) {
    lines.push('', `#### ${env.environment}`, '');
    if (env.error) {
      lines.push(`⚠️ cannot plan: ${cell(env.error)}`);
      continue;
    }
    lines.push('| service | change | fields | image |', '| --- | --- | --- | --- |');
    for (const c of env.changes)
      lines.push(
        `| ${cell(c.service)} | ${c.action} | ${cell(c.fields.join(', '))} | ${imageCell(c)} |`,
      );
  }
  return lines;
}

const phaseIcon: Record<PreviewPhase, string> = {
  deploying: '⏳',
  live: '🟢',
  failed: '❌',
  waiting: '⏸️',
  refused: '🚫',
  removed: '⚫',
  disabled: '⚪',
};

function previewLines(preview: PreviewReport | null): string[] {
  if (!preview) return [];
  const where = preview.url ? ` ${preview.url}` : '';
  const at = preview.revision ? ` (at ${code(short(preview.revision))})` : '';
  return ['### Preview', '', `${phaseIcon[preview.phase]}${where}${at}: ${preview.message}`];
}

/** The one comment wharf keeps on a pull request, rewritten whole on every change. */
export function renderPullRequestComment(report: PullRequestReport): string {
  return [
    commentMarker,
    `## wharf · #${report.number} at ${code(short(report.head))}`,
    '',
    ...validationLines(report.validation),
    '',
    ...planLines(report.plans),
    '',
    ...previewLines(report.preview),
    '',
  ].join('\n');
}
