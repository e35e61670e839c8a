/** Where the edge container finds TLS files (mounted from the state directory). */
export const edgeTlsPaths = {
  /** Per-environment snippets included by the site's public server block. */
  includes: '/etc/wharf-edge-tls',
  /** Certificates and keys, one folder per environment. */
  certificates: '/etc/wharf-tls',
  /** Root of the ACME HTTP-01 challenge files. */
  acme: '/var/www/acme',
} as const;

/**
 * The include line in an environment's public server block. The `[.]` makes it a pattern, and
 * a pattern that matches nothing is not an error: until a certificate exists the include is
 * empty and the site is plain HTTP. It never matches a half-written temporary file.
 */
export function tlsIncludeLine(environment: string): string {
  return `include ${edgeTlsPaths.includes}/${environment}[.]conf;`;
}

/** The file `tlsIncludeLine` picks up once the environment has a certificate. */
export function tlsIncludeFile(environment: string): string {
  return `${environment}.conf`;
}

/**
 * HTTPS for an environment's hosts: the same server block also listens on 443 with its
 * certificate; plain HTTP is sent to HTTPS except ACME challenges (`$wharf_to_https` is
 * mapped in nginx.conf).
 */
export function renderTlsInclude(environment: string, redirectHttp: boolean): string {
  const dir = `${edgeTlsPaths.certificates}/${environment}`;
  return [
    `# Rendered by wharf: HTTPS for ${environment}.`,
    'listen 443 ssl;',
    `ssl_certificate ${dir}/fullchain.pem;`,
    `ssl_certificate_key ${dir}/key.pem;`,
    'ssl_protocols TLSv1.2 TLSv1.3;',
    'ssl_session_cache shared:wharf_tls:10m;',
    ...(redirectHttp ? ['if ($wharf_to_https) { return 301 https://$host$request_uri; }'] : []),
    '',
  ].join('\n');
}

/** The location serving ACME HTTP-01 challenges, in every public server block. */
export const acmeLocation = `    location ^~ /.well-known/acme-challenge/ { root ${edgeTlsPaths.acme}; default_type text/plain; }`;
