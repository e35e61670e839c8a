import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';

export interface HttpsAnswer {
  readonly status: number;
  readonly body: string;
  /** Common names of the certificate's issuer and subject, its SANs and serial. */
  readonly issuer: string;
  readonly subject: string;
  readonly san: string;
  readonly serial: string;
}

/**
 * A request over HTTPS to the edge on 127.0.0.1, naming `hostName` in SNI and Host. The
 * certificate is read, not trusted: tests look at who issued it.
 */
export function edgeHttps(
  port: number,
  hostName: string,
  urlPath = '/',
  options: { readonly method?: string; readonly body?: string } = {},
): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method: options.method ?? 'GET',
        servername: hostName,
        headers: { Host: hostName, 'content-type': 'application/json' },
        rejectUnauthorized: false,
        agent: false,
        timeout: 10_000,
      },
      (res) => {
        const cert = (res.socket as TLSSocket).getPeerCertificate();
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body,
            issuer: String(cert.issuer.CN),
            subject: String(cert.subject.CN),
            san: cert.subjectaltname ?? '',
            serial: cert.serialNumber,
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 10 s')));
    req.on('error', reject);
    req.end(options.body);
  });
}
