import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fsStateFiles } from '../../src/adapters/fs-state-files.js';
import { WharfError } from '../../src/core/errors.js';
import type { AppliedRecord } from '../../src/core/live.js';
import { composeFileText } from '../../src/core/render/compose-file-text.js';
import type { StateFiles } from '../../src/ports/state-files.js';
import { memoryStateFiles } from '../fakes/memory-state-files.js';

/** A state directory, and how to read a file in it and seed the preview store. */
interface Made {
  readonly state: StateFiles;
  readonly read: (file: string) => Promise<string | null>;
  readonly sharedPreviewSecret: (name: string, value: string) => Promise<void>;
}

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function onDisk(): Promise<Made> {
  const root = await mkdtemp(path.join(tmpdir(), 'wharf-state-'));
  temps.push(root);
  return {
    state: fsStateFiles(root),
    read: (file) => readFile(file, 'utf8').catch(() => null),
    async sharedPreviewSecret(name, value) {
      await mkdir(path.join(root, 'secrets', '_previews'), { recursive: true });
      await writeFile(path.join(root, 'secrets', '_previews', name), `${value}\n`);
    },
  };
}

function inMemory(): Promise<Made> {
  const state = memoryStateFiles('/var/lib/wharf');
  return Promise.resolve({
    state,
    read: state.readFile,
    async sharedPreviewSecret(name, value) {
      // The operator's file, as `wharf` finds it: put through the store's own writer.
      await state.putSecret('_previews', name, value);
    },
  });
}

const record: AppliedRecord = {
  revision: 'a'.repeat(40),
  colour: 'green',
  services: {},
  hosts: ['shop.test'],
  infraRoutes: [],
  colours: {},
  warm: null,
  keepPreviousMs: 0,
};

const compose = { name: 'wharf-shop-infra', services: { postgres: { image: 'postgres:16' } } };

const implementations: [string, () => Promise<Made>][] = [
  ['memory fake', inMemory],
  ['filesystem adapter', onDisk],
];

describe.each(implementations)('StateFiles contract: %s', (_name, make) => {
  it('writes a project’s compose.yaml and files under the root, secrets filled in', async () => {
    const { state, read } = await make();
    await state.putSecret('shop', 'DB_PASSWORD', 's3cret');
    const dir = await state.writeProject('shop', 'envs/shop/infra', compose, [
      {
        path: 'pgbouncer/userlist.txt',
        content: '"shop" "{{secret DB_PASSWORD}}"\n',
        containsSecrets: true,
      },
      {
        path: 'rabbitmq/10-wharf.conf',
        content: 'loopback_users = none\n',
        containsSecrets: false,
      },
    ]);
    expect(dir).toBe(path.join(state.root, 'envs/shop/infra'));
    expect(await read(path.join(dir, 'compose.yaml'))).toBe(composeFileText(compose));
    expect(await read(path.join(dir, 'pgbouncer/userlist.txt'))).toBe('"shop" "s3cret"\n');
    expect(await read(path.join(dir, 'rabbitmq/10-wharf.conf'))).toBe('loopback_users = none\n');
  });

  it('refuses to write a file whose secret is not in the store, naming it', async () => {
    const { state } = await make();
    const error = await state
      .writeProject('shop', 'envs/shop/infra', compose, [
        { path: 'x.conf', content: '{{secret NOPE}}', containsSecrets: true },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WharfError);
    expect((error as WharfError).code).toBe('secret-missing');
    expect((error as Error).message).toMatch(/secret NOPE of environment shop/);
  });

  it('has no applied record before one is written, then gives it back', async () => {
    const { state } = await make();
    expect(await state.readApplied('shop')).toBeNull();
    await state.writeApplied('shop', record);
    expect(await state.readApplied('shop')).toEqual(record);
  });

  it('writes a secret once: the same value again changes nothing', async () => {
    const { state } = await make();
    expect(await state.missingSecrets('shop', ['A', 'B'])).toEqual(['A', 'B']);
    expect(await state.putSecret('shop', 'A', 'one')).toBe(true);
    expect(await state.putSecret('shop', 'A', 'one')).toBe(false);
    expect(await state.putSecret('shop', 'A', 'two')).toBe(true);
    expect(await state.missingSecrets('shop', ['A', 'B'])).toEqual(['B']);
  });

  it('gives a preview the shared preview secrets, and new random ones for the rest', async () => {
    const { state, sharedPreviewSecret } = await make();
    await sharedPreviewSecret('SMTP_PASSWORD', 'shared');
    await state.putSecret('pr-7', 'KEPT', 'already');
    expect(await state.provisionSecrets('pr-7', ['SMTP_PASSWORD', 'DB_PASSWORD', 'KEPT'])).toEqual({
      copied: ['SMTP_PASSWORD'],
      generated: ['DB_PASSWORD'],
    });
    expect(await state.missingSecrets('pr-7', ['SMTP_PASSWORD', 'DB_PASSWORD', 'KEPT'])).toEqual(
      [],
    );
    // Its own copy: writing the shared value again is no change.
    expect(await state.putSecret('pr-7', 'SMTP_PASSWORD', 'shared')).toBe(false);
    expect(await state.putSecret('pr-7', 'KEPT', 'already')).toBe(false);
    expect(await state.provisionSecrets('pr-7', ['DB_PASSWORD'])).toEqual({
      copied: [],
      generated: [],
    });
  });

  it('removes an environment’s record and secrets, and no other’s', async () => {
    const { state } = await make();
    await state.writeApplied('shop', record);
    await state.writeApplied('blog', record);
    await state.putSecret('shop', 'A', 'one');
    await state.removeEnvironment('shop');
    expect(await state.readApplied('shop')).toBeNull();
    expect(await state.missingSecrets('shop', ['A'])).toEqual(['A']);
    expect(await state.readApplied('blog')).toEqual(record);
  });
});
