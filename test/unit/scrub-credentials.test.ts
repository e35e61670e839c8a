import { describe, expect, it } from 'vitest';
import { credentialsOf, scrubCredentials } from '../../src/core/scrub-credentials.js';

describe('scrubCredentials', () => {
  it.each([
    ['https://user:s3cret@127.0.0.1:1/x.git', 'https://***@127.0.0.1:1/x.git'],
    ['ssh://user:pass@host:22/repo.git', 'ssh://***@host:22/repo.git'],
    [
      "fatal: unable to access 'https://ghp_token@github.com/a/b.git/'",
      "fatal: unable to access 'https://***@github.com/a/b.git/'",
    ],
    ['https://u:p@ss@host/x', 'https://***@host/x'],
    ['{"error":"clone https://u:p%40w@h/x failed"}', '{"error":"clone https://***@h/x failed"}'],
    ['redis://:pw@127.0.0.1:6379', 'redis://***@127.0.0.1:6379'],
    ['two: https://a:b@h1/x and http://c:d@h2/y', 'two: https://***@h1/x and http://***@h2/y'],
    // Nothing to remove: no credentials, or an @ that is not in the authority.
    ['git@github.com:acme/environments.git', 'git@github.com:acme/environments.git'],
    [
      'https://github.com/acme/x, mail ops@example.com',
      'https://github.com/acme/x, mail ops@example.com',
    ],
    ['https://example.com/path@v1', 'https://example.com/path@v1'],
  ])('%s', (text, scrubbed) => {
    expect(scrubCredentials(text)).toBe(scrubbed);
  });

  it('removes the secrets given wherever they stand', () => {
    expect(scrubCredentials('Authorization failed for tok-123456', ['tok-123456'])).toBe(
      'Authorization failed for ***',
    );
  });
});

describe('credentialsOf', () => {
  it.each([
    ['https://user:s3cret@host/x.git', ['s3cret']],
    ['https://user:p%40ss@host/x.git', ['p%40ss', 'p@ss']],
    ['https://ghp_abcdef@github.com/x.git', ['ghp_abcdef']],
    ['https://github.com/x.git', []],
    ['/srv/git/environments.git', []],
  ])('%s', (url, found) => {
    expect(credentialsOf(url)).toEqual(found);
  });
});
