import pc from 'picocolors';
import { loadConfig } from '../adapters/config-file.js';
import { WharfError } from '../core/errors.js';
import { previewName } from '../core/previews/preview-environment.js';
import { openPipeline } from '../main.js';
import { removePreview } from '../pipeline/preview-reconcile.js';
import { maxActiveOf, previewSettings } from '../pipeline/preview-settings.js';
import { exitCodes, type CliIo } from './io.js';
import { reportError } from './report-error.js';
import { configPath, type ConfigOption } from './with-deps.js';

export interface PreviewsOptions extends ConfigOption {
  readonly format: 'text' | 'json';
}

function age(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 120) return `${minutes}m`;
  if (minutes < 2880) return `${Math.round(minutes / 60)}h`;
  return `${Math.round(minutes / 1440)}d`;
}

/** `wharf previews`: every pull request wharf knows, its preview, and how healthy it is. */
export async function previewsCommand(options: PreviewsOptions, io: CliIo): Promise<number> {
  try {
    const pipeline = openPipeline(await loadConfig(configPath(options)));
    try {
      const { deps } = pipeline;
      const [records, slots] = await Promise.all([deps.previews.list(), deps.previews.slots()]);
      const rows = [];
      for (const r of records) {
        const containers = await deps.engine.listContainers(previewName(r.number));
        const running = containers.filter((c) => c.state === 'running');
        const healthy = running.filter((c) => c.health === 'healthy' || c.health === 'none');
        rows.push({
          pullRequest: r.number,
          environment: previewName(r.number),
          phase: r.preview?.phase ?? 'unknown',
          slot: slots.active.includes(r.number)
            ? 'active'
            : slots.waiting.includes(r.number)
              ? 'waiting'
              : 'none',
          url: r.preview?.url ?? null,
          revision: r.head,
          openedAt: r.openedAt,
          lastCommitAt: r.activeAt,
          containers: {
            total: containers.length,
            running: running.length,
            healthy: healthy.length,
          },
          message: r.preview?.message ?? '',
        });
      }
      if (options.format === 'json') {
        io.out(`${JSON.stringify(rows, null, 2)}\n`);
        return exitCodes.ok;
      }
      if (rows.length === 0) io.out('no pull requests with previews\n');
      const p = pc.createColors(io.color);
      const now = deps.now();
      for (const row of rows) {
        const health =
          row.containers.total === 0
            ? p.dim('no containers')
            : row.containers.healthy === row.containers.total
              ? p.green(`${row.containers.healthy}/${row.containers.total} healthy`)
              : p.yellow(`${row.containers.healthy}/${row.containers.total} healthy`);
        io.out(
          `#${String(row.pullRequest).padEnd(5)} ${row.phase.padEnd(9)} ${row.revision.slice(0, 12).padEnd(12)}  ${age(row.lastCommitAt, now).padStart(4)}  ${health}  ${row.url ?? p.dim(row.message)}\n`,
        );
      }
      return exitCodes.ok;
    } finally {
      await pipeline.close();
    }
  } catch (error) {
    return reportError(error, io);
  }
}

/** `wharf previews destroy N`: removes a preview now, as closing its pull request would. */
export async function destroyPreviewCommand(
  number: number,
  options: ConfigOption,
  io: CliIo,
): Promise<number> {
  try {
    if (!Number.isSafeInteger(number) || number < 1)
      throw new WharfError('invalid-argument', 'give the pull request number, for example `42`');
    const pipeline = openPipeline(await loadConfig(configPath(options)));
    try {
      const { deps } = pipeline;
      await deps.git.fetch();
      const settings = await previewSettings(deps.git);
      io.err(`removing ${previewName(number)}\n`);
      await removePreview(
        deps,
        number,
        'removed by `wharf previews destroy`; push a commit to the pull request to bring it back',
        maxActiveOf(settings),
      );
      io.out(`${previewName(number)} removed\n`);
      return exitCodes.ok;
    } finally {
      await pipeline.close();
    }
  } catch (error) {
    return reportError(error, io);
  }
}
