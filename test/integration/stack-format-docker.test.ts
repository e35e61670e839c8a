// wharf's stack-format lists against the real docker CLI: `docker stack deploy` loads the stack
// file and says what it refuses or ignores before it first talks to an engine, here one that
// does not exist, so nothing can deploy. Every key wharf refuses as forbidden or unknown, the
// CLI refuses; every key wharf refuses as ignored, the CLI drops with an "Ignoring" warning.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackKeyVerdict } from '../../src/core/swarm/stack-format.js';
import { stackKeySamples } from '../helpers/stack-key-samples.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wharf-stack-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const noEngine = 'Cannot connect to the Docker daemon';

/** What `docker stack deploy` says of the file before it needs an engine. */
function loadStack(file: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      'docker',
      ['stack', 'deploy', '-c', file, 'wharf-stack-probe'],
      { env: { ...process.env, DOCKER_HOST: `unix://${dir}/no-engine.sock` } },
      (_error, _stdout, stderr) => resolve(stderr),
    );
  });
}

describe('docker stack config agrees with wharf on every key', () => {
  it.each(Object.keys(stackKeySamples))('`%s`', async (key) => {
    const file = path.join(dir, `${key}.yaml`);
    await writeFile(
      file,
      [
        'version: "3.9"',
        'services:',
        '  base: { image: "registry.example/base:1" }',
        '  other: { image: "registry.example/other:1" }',
        '  web:',
        '    image: "registry.example/web:1"',
        `    ${key}: ${stackKeySamples[key] ?? ''}`,
        '',
      ].join('\n'),
    );
    const said = await loadStack(file);
    const verdict = stackKeyVerdict(key)?.kind;
    if (verdict === 'ignored') {
      expect(said).toMatch(new RegExp(`Ignoring (unsupported|deprecated) options:\\s+${key}\\b`));
      expect(said).toContain(noEngine);
    } else if (verdict === 'forbidden') {
      expect(said).toMatch(new RegExp(`Compose file contains unsupported options:\\s+${key}:`));
      expect(said).not.toContain(noEngine);
    } else {
      expect(verdict).toBe('unknown');
      expect(said).toMatch(new RegExp(`Additional property ${key} is not allowed`));
      expect(said).not.toContain(noEngine);
    }
  });

  it('takes a key wharf takes', async () => {
    const file = path.join(dir, 'known.yaml');
    await writeFile(
      file,
      'version: "3.9"\nservices:\n  web:\n    image: "registry.example/web:1"\n    deploy: { replicas: 2 }\n',
    );
    expect(stackKeyVerdict('deploy')).toBeNull();
    const said = await loadStack(file);
    expect(said).not.toMatch(/Ignoring|unsupported|Additional property/);
    expect(said).toContain(noEngine);
  });
});
