import { describe, expect, it } from 'vitest';
import { liveColourOf, renderSite, serviceAddress } from '../../src/core/edge/render-site.js';
import { runTimeResolvedNames, startResolvedNames } from '../../src/core/edge/site-names.js';
import { renderTlsInclude } from '../../src/core/edge/render-tls.js';
import type { EdgeRoute, EdgeSite } from '../../src/core/render/types.js';

const route = (
  path: string,
  service: string,
  upstreams: string[],
  stripPrefix = false,
): EdgeRoute => ({ path, service, upstreams, stripPrefix, probePath: path });
const blue = [
  route('/', 'web', ['b-web-1:3000']),
  route('/api', 'api', ['b-api-1:8080', 'b-api-2:8080'], true),
];
const green = [route('/', 'web', ['g-web-1:3000']), route('/api', 'api', ['g-api-1:8080'], true)];
const rabbit = route('/rabbitmq', 'rabbitmq', ['mq-1:15672']);

const site: EdgeSite = {
  environment: 'shop-eu',
  hosts: ['shop.test', 'www.shop.test'],
  liveColour: 'blue',
  live: blue,
  infra: [rabbit],
  previews: [
    { colour: 'blue', routes: blue },
    { colour: 'green', routes: green },
  ],
};

describe('renderSite', () => {
  const text = renderSite(site);

  it('resolves no name when Nginx starts: every upstream server is resolved at run time', () => {
    const servers = text.split('\n').filter((l) => /^\s*server\s[^{]*;$/.test(l));
    expect(servers.length).toBeGreaterThan(0);
    for (const line of servers)
      expect(line).toMatch(/^ {4}server \S+\.wharf-shop-eu:\d+ resolve;$/);
    expect(startResolvedNames(text)).toEqual([]);
  });

  it("asks Docker's DNS for the colour's Compose service on the environment's network", () => {
    // Every replica answers to the service name there, and only there.
    expect(runTimeResolvedNames(text)).toEqual([
      'api-blue.wharf-shop-eu',
      'api-green.wharf-shop-eu',
      'rabbitmq.wharf-shop-eu',
      'web-blue.wharf-shop-eu',
      'web-green.wharf-shop-eu',
    ]);
    expect(serviceAddress('shop-eu', 'web-blue', '3000')).toBe('web-blue.wharf-shop-eu:3000');
  });

  it('keeps idle connections to each colour in a group of its own, defined once', () => {
    expect(text).toContain(
      [
        'upstream wharf-shop-eu.api-green.8080 {',
        '    zone wharf-shop-eu.api-green.8080 64k;',
        '    server api-green.wharf-shop-eu:8080 resolve;',
        '    keepalive 16;',
        '}',
      ].join('\n'),
    );
    // Blue serves live traffic and its preview: one group for both.
    expect(text.match(/^upstream wharf-shop-eu\.api-blue\.8080 \{$/gm)).toHaveLength(1);
    for (const line of text.split('\n').filter((l) => l.includes('proxy_pass')))
      expect(line.trim()).toMatch(/^proxy_pass http:\/\/wharf-shop-eu\.[a-z]+-?[a-z]*\.\d+;$/);
  });

  it('switches by naming the other group: no group changes its server line', () => {
    const green = renderSite({
      ...site,
      liveColour: 'green',
      live: site.previews[1]?.routes ?? [],
    });
    const groups = (t: string): string[] => t.match(/^upstream [^]*?^\}$/gm) ?? [];
    expect(groups(green)).toEqual(groups(text));
    expect(green).toContain('proxy_pass http://wharf-shop-eu.web-green.3000;');
  });

  it('sends live traffic on port 80 for every host of the environment to the live colour', () => {
    const live = text.slice(text.indexOf('listen 80;'));
    expect(text).toContain('    listen 80;\n    server_name shop.test www.shop.test;');
    expect(live.slice(0, live.indexOf('\n}'))).toContain(
      'location / {\n        set $wharf_service web;\n        proxy_pass http://wharf-shop-eu.web-blue.3000;',
    );
    expect(live.slice(0, live.indexOf('\n}'))).not.toContain('green');
  });

  it('answers each colour on the preview listener under its own host', () => {
    expect(text).toContain('    listen 8081;\n    server_name blue.shop-eu.preview;');
    expect(text).toContain('    listen 8081;\n    server_name green.shop-eu.preview;');
  });

  it('matches /api and /api/... but not /apix, and strips the prefix when asked', () => {
    expect(text).toContain(
      'location = /api {\n        set $wharf_service api;\n        rewrite ^ / break;\n        proxy_pass http://wharf-shop-eu.api-blue.8080;',
    );
    expect(text).toContain(
      'location /api/ {\n        set $wharf_service api;\n        rewrite ^/api/(.*)$ /$1 break;\n        proxy_pass http://wharf-shop-eu.api-blue.8080;',
    );
    expect(text).not.toMatch(/location \/api \{/);
  });

  it('keeps the prefix by default and routes stateful UIs in the live server', () => {
    const rabbitmq = text.slice(text.indexOf('location /rabbitmq/ {'));
    expect(rabbitmq.slice(0, rabbitmq.indexOf('}'))).not.toContain('rewrite');
    expect(rabbitmq).toMatch(
      /^location \/rabbitmq\/ \{\n\s+set \$wharf_service rabbitmq;\n\s+proxy_pass http:\/\/wharf-shop-eu\.rabbitmq\.15672;/,
    );
  });

  it('answers a clear 503 page, for that route only, when Nginx reaches none of its containers', () => {
    expect(text).toContain('error_page 502 504 =503 @wharf_unavailable;');
    expect(text).toContain('location @wharf_unavailable {');
    expect(text).toMatch(
      /return 503 "503 Service Unavailable: shop-eu has no running container of service \$wharf_service/,
    );
  });

  it('records the live colour in the file, where a restarted wharf reads it back', () => {
    expect(liveColourOf(text)).toBe('blue');
    expect(liveColourOf(renderSite({ ...site, liveColour: 'green', live: green }))).toBe('green');
    expect(liveColourOf(null)).toBeNull();
  });

  it('answers 404 for paths no route claims when there is no root route', () => {
    const noRoot = renderSite({ ...site, live: [], previews: [] });
    expect(noRoot).toContain('location / { return 404; }');
  });
});

describe('HTTPS at the edge', () => {
  it('gives the public server block the ACME location and the HTTPS include, and no preview block', () => {
    const text = renderSite({
      environment: 'shop',
      hosts: ['shop.example.com'],
      liveColour: 'blue',
      live: [],
      infra: [],
      previews: [{ colour: 'blue', routes: [] }],
    });
    const blocks = text.split('server {').slice(1);
    expect(blocks[0]).toContain('include /etc/wharf-edge-tls/shop[.]conf;');
    expect(blocks[0]).toContain('location ^~ /.well-known/acme-challenge/ { root /var/www/acme;');
    expect(blocks[1]).not.toContain('acme-challenge');
    expect(blocks[1]).not.toContain('wharf-edge-tls');
  });

  it('listens on 443 with the certificate, and redirects plain HTTP unless told not to', () => {
    const include = renderTlsInclude('shop', true);
    expect(include).toContain('listen 443 ssl;');
    expect(include).toContain('ssl_certificate /etc/wharf-tls/shop/fullchain.pem;');
    expect(include).toContain('ssl_certificate_key /etc/wharf-tls/shop/key.pem;');
    expect(include).toContain('return 301 https://$host$request_uri;');
    expect(renderTlsInclude('shop', false)).not.toContain('return 301');
  });
});
