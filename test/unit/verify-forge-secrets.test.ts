import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hexSignatureVerifier, tokenVerifier } from '../../src/server/verify-signature.js';

const body = Buffer.from('{"ref":"refs/heads/main"}');
const hex = (secret: string): string => createHmac('sha256', secret).update(body).digest('hex');

describe('Gitea and Forgejo signatures (bare hex HMAC-SHA256 of the body)', () => {
  const verify = hexSignatureVerifier(['current', 'previous']);
  it.each([
    { name: 'accepts the current secret', signature: hex('current'), ok: true },
    { name: 'accepts the previous secret while rotating', signature: hex('previous'), ok: true },
    { name: 'accepts upper-case hex', signature: hex('current').toUpperCase(), ok: true },
    { name: 'refuses another secret', signature: hex('wrong'), ok: false },
    { name: "refuses GitHub's sha256= form", signature: `sha256=${hex('current')}`, ok: false },
    { name: 'refuses a truncated signature', signature: hex('current').slice(0, 63), ok: false },
    { name: 'refuses a missing signature', signature: undefined, ok: false },
  ])('$name', ({ signature, ok }) => {
    expect(verify(body, signature)).toBe(ok);
  });

  it('refuses a body changed after signing', () => {
    expect(verify(Buffer.from('{"ref":"refs/heads/evil"}'), hex('current'))).toBe(false);
  });

  it('refuses everything without a secret', () => {
    expect(hexSignatureVerifier([])(body, hex(''))).toBe(false);
  });
});

describe('GitLab tokens (X-Gitlab-Token is the secret itself)', () => {
  const verify = tokenVerifier(['current', 'previous']);
  it.each([
    { name: 'accepts the current secret', token: 'current', ok: true },
    { name: 'accepts the previous secret while rotating', token: 'previous', ok: true },
    { name: 'refuses another token', token: 'wrong', ok: false },
    { name: 'refuses a prefix of the secret', token: 'curr', ok: false },
    { name: 'refuses the secret with more after it', token: 'current2', ok: false },
    { name: 'refuses an empty token', token: '', ok: false },
    { name: 'refuses a missing token', token: undefined, ok: false },
  ])('$name', ({ token, ok }) => {
    expect(verify(token)).toBe(ok);
  });

  it('refuses everything without a secret', () => {
    expect(tokenVerifier([])('')).toBe(false);
  });
});
