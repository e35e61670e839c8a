import { randomBytes } from 'node:crypto';
import { access, chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WharfError } from '../core/errors.js';
import type { AppliedRecord } from '../core/live.js';
import { composeFileText } from '../core/render/compose-file-text.js';
import { fillSecrets } from '../core/render/secret-template.js';
import type { StateFiles } from '../ports/state-files.js';

/** Writes through a temporary file and a rename, so readers never see half a file. */
export async function writeAtomic(file: string, content: string, mode = 0o644): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content, { mode });
  await rename(temporary, file);
}

/** Secrets every preview may use, set by the operator; a name not there gets a random value. */
const previewSecrets = '_previews';

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The state directory (default /var/lib/wharf). It is made private to root (0700), so the
 * rendered files inside can stay readable (0644) to the containers that mount them.
 */
export function fsStateFiles(root: string): StateFiles {
  const secretPath = (env: string, name: string): string => path.join(root, 'secrets', env, name);
  const appliedPath = (env: string): string => path.join(root, 'envs', env, 'applied.json');

  async function readSecret(env: string, name: string): Promise<string> {
    try {
      return (await readFile(secretPath(env, name), 'utf8')).replace(/\r?\n$/, '');
    } catch {
      throw new WharfError(
        'secret-missing',
        `secret ${name} of environment ${env} is not in the store: write it to ${secretPath(env, name)}`,
      );
    }
  }

  return {
    root,
    async writeProject(environment, directory, compose, files) {
      await mkdir(root, { recursive: true, mode: 0o700 });
      await chmod(root, 0o700);
      const dir = path.join(root, directory);
      for (const file of files) {
        let content = file.content;
        if (file.containsSecrets) {
          const values = new Map<string, string>();
          for (const match of content.matchAll(/\{\{secret ([A-Z][A-Z0-9_]*)\}\}/g)) {
            const name = match[1] ?? '';
            if (!values.has(name)) values.set(name, await readSecret(environment, name));
          }
          content = fillSecrets(content, (name) => values.get(name) ?? '');
        }
        await writeAtomic(path.join(dir, file.path), content);
      }
      const composeFile = path.join(dir, 'compose.yaml');
      await writeAtomic(composeFile, composeFileText(compose));
      return dir;
    },
    async readApplied(environment) {
      try {
        return JSON.parse(await readFile(appliedPath(environment), 'utf8')) as AppliedRecord;
      } catch {
        return null;
      }
    },
    async writeApplied(environment, record) {
      await writeAtomic(appliedPath(environment), `${JSON.stringify(record, null, 2)}\n`, 0o600);
    },
    async removeEnvironment(environment) {
      await rm(path.join(root, 'envs', environment), { recursive: true, force: true });
      await rm(path.join(root, 'secrets', environment), { recursive: true, force: true });
    },
    async provisionSecrets(environment, secretNames) {
      const copied: string[] = [];
      const generated: string[] = [];
      for (const name of secretNames) {
        const target = secretPath(environment, name);
        if (await exists(target)) continue;
        const shared = secretPath(previewSecrets, name);
        // Readable by the container's user whoever it is (Compose mounts the file as it is);
        // the state directory itself is root's alone, so nobody else on the host reaches it.
        if (await exists(shared)) {
          await writeAtomic(target, await readFile(shared, 'utf8'), 0o644);
          copied.push(name);
        } else {
          await writeAtomic(target, `${randomBytes(24).toString('base64url')}\n`, 0o644);
          generated.push(name);
        }
      }
      return { copied, generated };
    },
    async putSecret(environment, name, value) {
      const target = secretPath(environment, name);
      const now = await readFile(target, 'utf8').catch(() => null);
      if (now !== null && now.replace(/\r?\n$/, '') === value) return false;
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      // 0644 as provisioned secrets are, for the same reason: see provisionSecrets.
      await writeAtomic(target, `${value}\n`, 0o644);
      return true;
    },
    async missingSecrets(environment, secretNames) {
      const missing: string[] = [];
      for (const name of secretNames) {
        try {
          await readFile(secretPath(environment, name));
        } catch {
          missing.push(name);
        }
      }
      return missing;
    },
  };
}
