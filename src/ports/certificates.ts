/** A certificate wharf keeps for an environment. */
export interface CertificateInfo {
  readonly hosts: readonly string[];
  readonly notAfter: Date;
  readonly issuer: string;
}

export interface IssueRequest {
  readonly environment: string;
  readonly hosts: readonly string[];
  readonly mode: 'letsencrypt' | 'self-signed';
  /** ACME: contact address and directory URL (Let's Encrypt production by default). */
  readonly email?: string;
  readonly directoryUrl?: string;
}

/** Certificates and keys under the state directory, where the edge reads them. */
export interface Certificates {
  current(environment: string): Promise<CertificateInfo | null>;
  /** Obtains a certificate and writes it (key and full chain) in place of the current one. */
  issue(request: IssueRequest): Promise<CertificateInfo>;
  remove(environment: string): Promise<void>;
}
