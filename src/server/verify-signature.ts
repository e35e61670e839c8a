import { Webhooks } from '@octokit/webhooks';

/**
 * Checks `X-Hub-Signature-256` on the raw body, in constant time (@octokit/webhooks), against
 * each accepted secret: the current one, and the previous one while it is being rotated.
 */
export function signatureVerifier(
  secrets: readonly string[],
): (body: string, signature: string | undefined) => Promise<boolean> {
  const verifiers = secrets.map((secret) => new Webhooks({ secret }));
  return async (body, signature) => {
    if (!signature || !signature.startsWith('sha256=')) return false;
    for (const verifier of verifiers) {
      if (await verifier.verify(body, signature).catch(() => false)) return true;
    }
    return false;
  };
}
