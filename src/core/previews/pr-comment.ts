import { codeBlock, inlineCode, inlineText, oneLine } from '../markdown-escape.js';
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

// Everything below that a pull request can influence (names, images, messages, logs) goes
// through markdown-escape.ts: inline text escaped, code in a span or block it cannot close.
const text = inlineText;
const code = inlineCode;
// Inside a table, GitHub splits cells at `|` even within code, unless it is escaped.
const cellCode = (value: string): string => inlineCode(value).replace(/\|/g, '\\|');

function validationLines(v: ValidationReport | null): string[] {
  if (!v) return ['**Validation**: pending'];
  if (v.ok) return [`**Validation**: ✅ valid (${text(v.summary)})`];
  return [
    `**Validation**: ❌ ${text(v.summary)}`,
    '',
    ...v.problems.map((p) => `- ${code(p)}`),
    '',
    'Nothing from this commit is deployed until it validates.',
  ];
}

function imageCell(c: ServiceChange): string {
  if (c.imageBefore && c.imageAfter)
    return `${cellCode(c.imageBefore)} → ${cellCode(c.imageAfter)}`;
  if (c.imageAfter) return cellCode(c.imageAfter);
  if (c.imageBefore) return `~~${cellCode(c.imageBefore)}~~`;
  return '';
}

function planLines(plans: readonly EnvironmentChanges[] | null): string[] {
  if (!plans) return ['### Plan', '', 'pending'];
  if (plans.length === 0) return ['### Plan', '', 'Merging changes no environment.'];
  const lines = ['### Plan', '', 'What merging this pull request changes:'];
  for (const env of plans) {
    lines.push('', `#### ${text(env.environment)}`, '');
    if (env.error) {
      lines.push(`⚠️ cannot plan: ${text(env.error)}`);
      continue;
    }
    lines.push('| service | change | fields | image |', '| --- | --- | --- | --- |');
    for (const c of env.changes)
      lines.push(
        `| ${text(c.service)} | ${text(c.action)} | ${text(c.fields.join(', '))} | ${imageCell(c)} |`,
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

// The preview's address comes from the default branch's host template; anything else is text.
const plainUrl = /^https?:\/\/[a-z0-9.-]+(:[0-9]{1,5})?\/?$/;

function previewLines(preview: PreviewReport | null): string[] {
  if (!preview) return [];
  const url = preview.url;
  const where = url ? ` ${plainUrl.test(url) ? `<${url}>` : text(url)}` : '';
  const at = preview.revision ? ` (at ${code(short(preview.revision))})` : '';
  // A failure's first line says what happened; the lines after it (stderr, the containers'
  // last log lines, written by the pull request's own code) stay inside one code block.
  const [first = '', ...rest] = preview.message.split(/\r\n|\r|\n/);
  const details = rest.join('\n').trim();
  return [
    '### Preview',
    '',
    `${phaseIcon[preview.phase]}${where}${at}: ${text(first)}`,
    ...(details ? ['', codeBlock(details)] : []),
  ];
}

/** The one comment wharf keeps on a pull request, rewritten whole on every change. */
export function renderPullRequestComment(report: PullRequestReport): string {
  return [
    commentMarker,
    `## wharf · #${report.number} at ${code(short(oneLine(report.head)))}`,
    '',
    ...validationLines(report.validation),
    '',
    ...planLines(report.plans),
    '',
    ...previewLines(report.preview),
    '',
  ].join('\n');
}
