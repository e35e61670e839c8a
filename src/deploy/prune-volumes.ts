import type { DeployDeps } from './deps.js';
import type { ProgressListener } from './progress.js';

/** Removes the volumes decided prunable (listed in `pruneVolumes`, no longer used) that exist. */
export async function pruneVolumes(
  deps: DeployDeps,
  environment: string,
  volumes: readonly string[],
  onProgress: ProgressListener,
): Promise<void> {
  for (const name of volumes) {
    if (!(await deps.engine.volumeExists(name))) continue;
    onProgress({
      environment,
      step: 'volumes',
      message: `removing volume ${name} (listed in pruneVolumes, no longer used)`,
    });
    await deps.engine.removeVolume(name);
  }
}
