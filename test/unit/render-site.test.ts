import { describe, expect, it } from 'vitest';
import { renderSite } from '../../src/core/edge/render-site.js';
import type { EdgeSite } from '../../src/core/render/types.js';

const site: EdgeSite = {
  environment: 'shop-eu',
  revision: 'r'.repeat(40),
  hosts: ['shop.test', 'www.shop.test'],
  routes: [
    { path: '/', service: 'web', upstreams: ['c-web-1:3000'], stripPrefix: false },
    {
      path: '/api',
      service: 'api',
      upstreams: ['c-api-1:8080', 'c-api-2:8080'],
      stripPrefix: true,
    },
    { path: '/rabbitmq', service: 'rabbitmq', upstreams: ['c-mq-1:15672'], stripPrefix: false },
  ],
};

describe('renderSite', () => {
  const text = renderSite(site, 80);

  it('declares an upstream per service with every replica', () => {
    expect(text).toContain(
      'upstream wharf_shop_eu_api {\n    server c-api-1:8080;\n    server c-api-2:8080;',
    );
  });

  it('serves every host of the environment in one server block', () => {
    expect(text).toContain('server_name shop.test www.shop.test;');
  });

  it('matches /api and /api/... but not /apix, and strips the prefix when asked', () => {
    expect(text).toContain('location = /api {\n        proxy_pass http://wharf_shop_eu_api/;');
    expect(text).toContain('location /api/ {\n        proxy_pass http://wharf_shop_eu_api/;');
    expect(text).not.toMatch(/location \/api \{/);
  });

  it('keeps the prefix by default', () => {
    expect(text).toContain(
      'location /rabbitmq/ {\n        proxy_pass http://wharf_shop_eu_rabbitmq;',
    );
  });

  it('puts longer prefixes first and sends / to the root service', () => {
    expect(text.indexOf('/rabbitmq/')).toBeLessThan(text.indexOf('location / {'));
  });

  it('answers 404 for paths no route claims when there is no root route', () => {
    const noRoot = renderSite({ ...site, routes: site.routes.slice(1) }, 80);
    expect(noRoot).toContain('location / { return 404; }');
  });

  it('does not change with the revision, so a new commit alone does not reload the edge', () => {
    expect(renderSite({ ...site, revision: 's'.repeat(40) }, 80)).toBe(text);
  });
});
