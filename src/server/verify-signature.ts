import { createHmac, timingSafeEqual } from 'node:crypto';

const signaturePattern = /^sha256=([0-9a-f]{64})$/i;

/**
 * Checks `X-Hub-Signature-256` against the HMAC-SHA256 of the body's exact bytes (a Buffer:
 * never decoded text, which would turn bytes that are not UTF-8 into U+FFFD first), in
 * constant time, for each accepted secret: the current one, and the previous one while it is
 * being rotated.
 */
export function signatureVerifier(
  secrets: readonly string[],
): (body: Buffer, signature: string | undefined) => boolean {
  return (body, signature) => {
    const presented = signaturePattern.exec(signature ?? '')?.[1];
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
