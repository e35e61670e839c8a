import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as age from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageDecrypter } from '../../src/adapters/age-decrypter.js';
import { WharfError } from '../../src/core/errors.js';

let dir: string;
let identity: string;
let identityFile: string;

async function encryptTo(key: string, value: string): Promise<string> {
  const encrypter = new age.Encrypter();
  encrypter.addRecipient(await age.identityToRecipient(key));
  return age.armor.encode(await encrypter.encrypt(value));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wharf-age-test-'));
  identity = await age.generateIdentity();
  identityFile = path.join(dir, 'identity.txt');
  // As age-keygen writes it: comments, then the key.
  await writeFile(
    identityFile,
    `# created: 2026-11-28T00:00:00Z\n# public key: ${await age.identityToRecipient(identity)}\n${identity}\n`,
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const what = 'secrets/shop/key.age (secret KEY of shop)';

describe('ageDecrypter', () => {
  it('opens an armored file encrypted to one of the host’s identities', async () => {
    const decrypter = ageDecrypter(identityFile);
    expect(
      await decrypter.decrypt([{ content: await encryptTo(identity, 's3cret\n'), what }]),
    ).toEqual(['s3cret']);
  });

  it('says which file it cannot open, and that the host’s key is the fix', async () => {
    const other = await age.generateIdentity();
    const error = await ageDecrypter(identityFile)
      .decrypt([{ content: await encryptTo(other, 'x'), what }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WharfError);
    expect((error as WharfError).message).toContain(
      `cannot decrypt ${what} with the identities in ${identityFile}`,
    );
    expect((error as WharfError).message).toContain(`age-keygen -y ${identityFile}`);
    expect((error as WharfError).retryable).toBe(true);
  });

  it('refuses a file that is not armored age, and a corrupt one', async () => {
    const decrypter = ageDecrypter(identityFile);
    await expect(decrypter.decrypt([{ content: 'plain text', what }])).rejects.toThrow(
      `${what} is not an armored age file; encrypt it with age --armor (-a)`,
    );
    const armored = await encryptTo(identity, 'x');
    const lines = armored.split('\n');
    lines[2] = (lines[2] ?? '').replace(/[A-Za-z]/, (c) => (c === 'A' ? 'B' : 'A'));
    await expect(decrypter.decrypt([{ content: lines.join('\n'), what }])).rejects.toThrow(what);
  });

  it('names the identity file when it is missing or holds no key', async () => {
    await expect(
      ageDecrypter(path.join(dir, 'none.txt')).decrypt([
        { content: await encryptTo(identity, 'x'), what },
      ]),
    ).rejects.toThrow(`cannot read the age identity file ${path.join(dir, 'none.txt')}`);
    const empty = path.join(dir, 'empty.txt');
    await writeFile(empty, '# nothing here\n');
    await expect(
      ageDecrypter(empty).decrypt([{ content: await encryptTo(identity, 'x'), what }]),
    ).rejects.toThrow('holds no AGE-SECRET-KEY-1… line');
  });
});
