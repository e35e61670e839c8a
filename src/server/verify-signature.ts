import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const githubPattern = /^sha256=([0-9a-f]{64})$/i;
// Gitea and Forgejo send the bare hex digest (X-Gitea-Signature, X-Forgejo-Signature).
const bareHexPattern = /^([0-9a-f]{64})$/i;

function hmacVerifier(
  secrets: readonly string[],
  pattern: RegExp,
): (body: Buffer, signature: string | undefined) => boolean {
  return (body, signature) => {
    const presented = pattern.exec(signature ?? '')?.[1];
    if (!presented) return false;
    const given = Buffer.from(presented, 'hex');
    let ok = false;
    for (const secret of secrets) {
      const expected = createHmac('sha256', secret).update(body).digest();
      // Every secret is tried, so the time taken does not say which one matched.
      if (timingSafeEqual(expected, given)) ok = true;
    }
    return ok;
  };
}

/**
 * Checks `X-Hub-Signature-256` against the HMAC-SHA256 of the body's exact bytes (a Buffer:
 * never decoded text, which would turn bytes that are not UTF-8 into U+FFFD first), in
 * constant time, for each accepted secret: the current one, and the previous one while it is
 * being rotated.
 */
export function signatureVerifier(
  secrets: readonly string[],
): (body: Buffer, signature: string | undefined) => boolean {
  return hmacVerifier(secrets, githubPattern);
}

/** The same check for Gitea's and Forgejo's signature header: hex HMAC-SHA256, no prefix. */
export function hexSignatureVerifier(
  secrets: readonly string[],
): (body: Buffer, signature: string | undefined) => boolean {
  return hmacVerifier(secrets, bareHexPattern);
}

/**
 * Checks GitLab's `X-Gitlab-Token`, which is the secret itself, not a signature of the body.
 * Both sides are hashed first so the comparison takes the same time whatever their lengths.
 */
export function tokenVerifier(secrets: readonly string[]): (token: string | undefined) => boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
  const expected = secrets.map(digest);
  return (token) => {
    if (!token) return false;
    const given = digest(token);
    let ok = false;
    for (const candidate of expected) if (timingSafeEqual(candidate, given)) ok = true;
    return ok;
  };
}
