import { readFile } from 'node:fs/promises';
import type * as Age from 'age-encryption';
import { WharfError } from '../core/errors.js';
import { messageOf } from '../core/message-of.js';
import type { EncryptedFile, SecretDecrypter } from '../ports/secret-decrypter.js';

/**
 * age with this host's identities, read from `identityFile` once per call (a deploy) so a key
 * replaced on disk takes effect at the next deploy.
 */
export function ageDecrypter(identityFile: string): SecretDecrypter {
  async function identities(): Promise<string[]> {
    let text: string;
    try {
      text = await readFile(identityFile, 'utf8');
    } catch {
      throw new WharfError(
        'secret-key-missing',
        `cannot read the age identity file ${identityFile} (secrets.ageIdentityFile)`,
        { retryable: true },
      );
    }
    const keys = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('AGE-SECRET-KEY-'));
    if (keys.length === 0)
      throw new WharfError(
        'secret-key-missing',
        `${identityFile} (secrets.ageIdentityFile) holds no AGE-SECRET-KEY-1… line; create one with age-keygen`,
        { retryable: true },
      );
    return keys;
  }

  async function open(
    decrypter: Age.Decrypter,
    armor: typeof Age.armor,
    { content, what }: EncryptedFile,
  ): Promise<string> {
    // Files come from git as text: only the armored form survives that unchanged.
    if (!content.trimStart().startsWith('-----BEGIN AGE ENCRYPTED FILE-----'))
      throw new WharfError(
        'secret-decrypt-failed',
        `${what} is not an armored age file; encrypt it with age --armor (-a)`,
      );
    let bytes: Uint8Array;
    try {
      bytes = armor.decode(content);
    } catch (error) {
      throw new WharfError(
        'secret-decrypt-failed',
        `${what} is not a valid armored age file: ${messageOf(error)}`,
      );
    }
    try {
      return (await decrypter.decrypt(bytes, 'text')).replace(/\r?\n$/, '');
    } catch (error) {
      const reason = messageOf(error);
      throw new WharfError(
        'secret-decrypt-failed',
        `cannot decrypt ${what} with the identities in ${identityFile}: ${reason}. Encrypt it to this host's recipient (age-keygen -y ${identityFile}).`,
        // A key installed on the host makes the same revision deploy.
        { retryable: true },
      );
    }
  }

  return {
    async decrypt(files) {
      if (files.length === 0) return [];
      // Loaded by the first deploy with secrets, not by every process that might decrypt.
      const { Decrypter, armor } = await import('age-encryption');
      const decrypter = new Decrypter();
      for (const key of await identities()) decrypter.addIdentity(key);
      const values: string[] = [];
      for (const file of files) values.push(await open(decrypter, armor, file));
      return values;
    },
  };
}
