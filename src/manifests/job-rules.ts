import { scheduleProblem } from '../core/jobs/schedule-ticks.js';
import type { Environment } from '../core/manifest.js';
import type { Finding } from './finding.js';

/**
 * A job runs in an app service's image: the service must exist, and the name must not clash.
 * It runs either with deploys (`phase`) or on its own (`schedule`): exactly one of the two.
 */
export function jobRules(env: Environment, file: string): Finding[] {
  const findings: Finding[] = [];
  const services = Object.keys(env.services);
  for (const [name, job] of Object.entries(env.jobs ?? {})) {
    if (!job) continue;
    if (!services.includes(job.service))
      findings.push({
        file,
        segments: ['jobs', name, 'service'],
        rule: 'job-service-unknown',
        message: `job \`${name}\` runs in service \`${job.service}\`, which is not an app service of this environment (app services: ${services.sort().join(', ')})`,
      });
    if (job.phase !== undefined && job.schedule !== undefined)
      findings.push({
        file,
        segments: ['jobs', name, 'schedule'],
        rule: 'job-phase-and-schedule',
        message: `job \`${name}\` has both \`phase\` and \`schedule\`: a job runs either with deploys (\`phase\`) or on its schedule; keep one, or make two jobs`,
      });
    if (job.maintenance && job.schedule !== undefined)
      findings.push({
        file,
        segments: ['jobs', name, 'maintenance'],
        rule: 'job-maintenance-scheduled',
        message: `job \`${name}\` is scheduled: \`maintenance\` puts the page up for a deploy's job, and no deploy runs a scheduled one; remove \`maintenance\`, or give the job a \`phase\``,
      });
    if (job.phase === undefined && job.schedule === undefined)
      findings.push({
        file,
        segments: ['jobs', name],
        rule: 'job-when-missing',
        message: `job \`${name}\` says neither when a deploy runs it (\`phase: before-cutover\`, \`after-cutover\` or \`on-failure\`) nor when it runs on its own (\`schedule\`, a cron expression such as \`*/15 * * * *\`); give one of the two`,
      });
    const problem = job.schedule === undefined ? null : scheduleProblem(job.schedule);
    if (problem)
      findings.push({
        file,
        segments: ['jobs', name, 'schedule'],
        rule: 'job-schedule-invalid',
        message: `job \`${name}\`: \`${job.schedule}\` is not a cron schedule (${problem}); write five fields such as \`*/15 * * * *\`, or six with seconds first such as \`*/5 * * * * *\``,
      });
  }
  return findings;
}
