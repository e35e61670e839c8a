import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { StaleFenceError, WharfError } from '../../src/core/errors.js';
import { withJobRun, type JobRunRecord } from '../../src/core/jobs/job-runs.js';
import type { AppliedRecord } from '../../src/core/live.js';
import { composeFileText } from '../../src/core/render/compose-file-text.js';
import { fillSecrets } from '../../src/core/render/secret-template.js';
import type { StateFiles } from '../../src/ports/state-files.js';
import { atOnce } from './at-once.js';

export interface MemoryStateFiles extends StateFiles {
  /** A file as wharf left it (what Compose reads), or null. */
  readonly readFile: (file: string) => Promise<string | null>;
}

/** Secrets every preview may use, set by the operator (`secrets/_previews/NAME`). */
const previewSecrets = '_previews';

/**
 * wharf's state directory held in memory: the same paths as on disk, project files written
 * with their secrets filled in, the applied record kept as the JSON text it is on disk.
 */
export function memoryStateFiles(root = '/var/lib/wharf'): MemoryStateFiles {
  const files = new Map<string, string>();
  const secretPath = (env: string, name: string): string => path.join(root, 'secrets', env, name);
  const appliedPath = (env: string): string => path.join(root, 'envs', env, 'applied.json');
  const jobRunsPath = (env: string): string => path.join(root, 'envs', env, 'jobs.json');
  const jobRuns = (env: string): readonly JobRunRecord[] => {
    const text = files.get(jobRunsPath(env));
    return text === undefined ? [] : (JSON.parse(text) as JobRunRecord[]);
  };
  const secret = (env: string, name: string): string | undefined =>
    files.get(secretPath(env, name))?.replace(/\r?\n$/, '');
  function removeUnder(folder: string): void {
    for (const file of [...files.keys()]) if (file.startsWith(`${folder}/`)) files.delete(file);
  }

  return {
    root,
    readFile: (file) => Promise.resolve(files.get(path.resolve(file)) ?? null),
    writeProject: (environment, directory, compose, rendered) =>
      atOnce(() => {
        const dir = path.join(root, directory);
        for (const file of rendered) {
          let content = file.content;
          if (file.containsSecrets)
            content = fillSecrets(content, (name) => {
              const value = secret(environment, name);
              if (value === undefined)
                throw new WharfError(
                  'secret-missing',
                  `secret ${name} of environment ${environment} is not in the store: write it to ${secretPath(environment, name)}`,
                );
              return value;
            });
          files.set(path.join(dir, file.path), content);
        }
        files.set(path.join(dir, 'compose.yaml'), composeFileText(compose));
        return dir;
      }),
    writeStack: (directory, name, stack) =>
      atOnce(() => {
        files.set(
          path.join(directory, name),
          name.endsWith('.json') ? JSON.stringify(stack) : composeFileText(stack),
        );
      }),
    readStack: (directory, name) =>
      atOnce(() => {
        const text = files.get(path.join(directory, name));
        return text === undefined || !name.endsWith('.json')
          ? null
          : (JSON.parse(text) as Record<string, unknown>);
      }),
    hashFiles: (paths) =>
      atOnce(() =>
        Object.fromEntries(
          paths.map((p) => {
            const text = files.get(path.resolve(p));
            return [p, text === undefined ? '' : createHash('sha256').update(text).digest('hex')];
          }),
        ),
      ),
    readApplied: (environment) =>
      atOnce(() => {
        const text = files.get(appliedPath(environment));
        return text === undefined ? null : (JSON.parse(text) as AppliedRecord);
      }),
    readJobRuns: (environment) => atOnce(() => jobRuns(environment)),
    recordJobRun: (environment, run) =>
      atOnce(() => {
        files.set(jobRunsPath(environment), JSON.stringify(withJobRun(jobRuns(environment), run)));
      }),
    writeApplied: (environment, record) =>
      atOnce(() => {
        const before = files.get(appliedPath(environment));
        const written =
          before === undefined ? 0 : ((JSON.parse(before) as AppliedRecord).fence ?? 0);
        if (record.fence !== undefined && written > record.fence)
          throw new StaleFenceError(`the applied record of ${environment}`, record.fence, written);
        files.set(appliedPath(environment), `${JSON.stringify(record, null, 2)}\n`);
      }),
    removeEnvironment: (environment) =>
      atOnce(() => {
        removeUnder(path.join(root, 'envs', environment));
        removeUnder(path.join(root, 'secrets', environment));
      }),
    provisionSecrets: (environment, names) =>
      atOnce(() => {
        const copied: string[] = [];
        const generated: string[] = [];
        for (const name of names) {
          if (files.has(secretPath(environment, name))) continue;
          const shared = files.get(secretPath(previewSecrets, name));
          if (shared !== undefined) copied.push(name);
          else generated.push(name);
          files.set(
            secretPath(environment, name),
            shared ?? `${randomBytes(24).toString('base64url')}\n`,
          );
        }
        return { copied, generated };
      }),
    putSecret: (environment, name, value) =>
      atOnce(() => {
        if (secret(environment, name) === value) return false;
        files.set(secretPath(environment, name), `${value}\n`);
        return true;
      }),
    missingSecrets: (environment, names) =>
      atOnce(() => {
        return names.filter((name) => !files.has(secretPath(environment, name)));
      }),
  };
}
