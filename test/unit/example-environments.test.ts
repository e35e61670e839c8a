import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsRepoFiles } from '../../src/adapters/fs-repo-files.js';
import {
  validateEnvironmentFile,
  validateRepository,
} from '../../src/manifests/validate-repository.js';

const root = path.resolve('environments');
const manifests = (await readdir(root)).filter((f) => f.endsWith('.yaml'));

describe('the example environments repository (jupiter)', () => {
  it('is valid as a whole, with every environment bound', async () => {
    const result = await validateRepository(fsRepoFiles(root));
    expect(result.problems).toEqual([]);
    expect(result.environments.map((e) => `${e.name}:${e.manifest.topology}`).sort()).toEqual([
      'analytics:complete',
      'partners:hybrid',
      'production:minimal',
      'staging:minimal',
    ]);
  });

  it.each(manifests.filter((f) => f !== 'wharf.yaml'))('%s is valid on its own', async (file) => {
    expect((await validateEnvironmentFile(fsRepoFiles(root), file)).problems).toEqual([]);
  });

  it.each(manifests)('%s names its schema for editors', async (file) => {
    const first = (await readFile(path.join(root, file), 'utf8')).split('\n')[0] ?? '';
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(match, first).not.toBeNull();
    const schema = JSON.parse(await readFile(path.resolve(root, match?.[1] ?? ''), 'utf8')) as {
      title: string;
    };
    expect(schema.title).toBe(file === 'wharf.yaml' ? 'Repository' : 'Environment');
  });

  it('draws production as the jupiter plan does: minimal, Nginx routes, no published ports', async () => {
    const result = await validateRepository(fsRepoFiles(root));
    const production = result.environments.find((e) => e.name === 'production')?.manifest;
    expect(production?.topology).toBe('minimal');
    expect(production?.host).toBe('app.ar');
    expect(production?.tls?.mode).toBe('letsencrypt');
    expect(production?.services['web']?.route).toBe('/');
    expect(production?.services['api']?.route).toBe('/api');
    expect(production?.rabbitmq?.management?.route).toBe('/rabbitmq');
    expect(production?.services['worker']?.route).toBeUndefined();
    expect(production?.postgres?.pgbouncer?.poolMode).toBe('transaction');
    expect(production?.compose).toBeUndefined();
  });
});
