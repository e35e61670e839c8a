import { names } from '../render/names.js';

/**
 * The name the edge answers to on every environment's network, whatever its own project is
 * called: it joins them with this alias, and exporters find its counters there.
 */
export const edgeAlias = names.edgeContainer(names.edgeProject);

/** Where the edge serves Nginx's counters: a port published nowhere, reached by exporters. */
export const edgeStubStatus = {
  host: edgeAlias,
  port: 8082,
  path: '/stub_status',
} as const;

/**
 * The edge's main nginx.conf. Sites live in `<include>/*.conf`; the same file with another
 * include folder lets `nginx -t` check a candidate configuration before it goes live.
 */
export function renderNginxConf(include: string): string {
  return `# Rendered by wharf.
worker_processes auto;
error_log /dev/stderr warn;
pid /tmp/nginx.pid;

events {
    worker_connections 4096;
}

http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log /dev/stdout;
    sendfile on;
    keepalive_timeout 65;
    server_tokens off;
    client_max_body_size 64m;
    # Upstream names are resolved at run time through Docker's DNS (every upstream server has
    # \`resolve\`), never when Nginx starts: one environment's missing containers cannot stop
    # the edge from starting or reloading. A short validity follows recreated containers.
    resolver 127.0.0.11 valid=2s ipv6=off;
    resolver_timeout 3s;

    map $http_upgrade $connection_upgrade {
        default upgrade;
        '' '';
    }

    # Plain HTTP goes to HTTPS where an environment has a certificate; ACME challenges stay.
    map "$scheme:$request_uri" $wharf_to_https {
        default 0;
        "~^http:/\\.well-known/acme-challenge/" 0;
        "~^http:" 1;
    }

    server {
        listen 80 default_server;
        location = /wharf-edge-health { access_log off; return 200 "ok\\n"; }
        location ^~ /.well-known/acme-challenge/ { root /var/www/acme; default_type text/plain; }
        location / { return 404; }
    }

    # Previews of each colour, published on the host's loopback only.
    server {
        listen 8081 default_server;
        location = /wharf-edge-health { access_log off; return 200 "ok\\n"; }
        # Which configuration the workers run: wharf waits for it after each reload.
        include ${include}/../generation.conf;
        location / { return 404; }
    }

    # Nginx's counters for the environments' exporters. Not published on the host: only
    # containers on the networks the edge joins reach it.
    server {
        listen ${edgeStubStatus.port} default_server;
        access_log off;
        location = ${edgeStubStatus.path} { stub_status; }
        location / { return 404; }
    }

    include ${include}/*.conf;
}
`;
}
