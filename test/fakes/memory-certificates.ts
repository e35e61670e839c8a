import type { CertificateInfo, Certificates } from '../../src/ports/certificates.js';
import { atOnce } from './at-once.js';

const day = 24 * 3600 * 1000;

/** Certificates in memory: `issue` always succeeds, valid 90 days from the clock's now. */
export function memoryCertificates(
  now: () => Date,
): Certificates & { readonly issued: () => number } {
  const current = new Map<string, CertificateInfo>();
  let issued = 0;
  return {
    issued: () => issued,
    current: (environment) =>
      atOnce(() => {
        return current.get(environment) ?? null;
      }),
    issue: (request) =>
      atOnce(() => {
        issued++;
        const info: CertificateInfo = {
          hosts: [...request.hosts],
          notAfter: new Date(now().getTime() + 90 * day),
          issuer: request.mode === 'self-signed' ? 'wharf self-signed' : 'fake ACME',
        };
        current.set(request.environment, info);
        return info;
      }),
    remove: (environment) =>
      atOnce(() => {
        current.delete(environment);
      }),
  };
}
