import { describe, expect, it } from 'vitest';
import {
  decideMaintenance,
  defaultMaintenancePage,
  maintenancePageMaxBytes,
  type MaintenanceRequest,
} from '../../src/core/edge/maintenance-page.js';
import {
  maintenanceIncludeLine,
  renderMaintenanceSnippet,
} from '../../src/core/edge/render-maintenance.js';
import { renderSite } from '../../src/core/edge/render-site.js';
import type { MaintenanceSettings } from '../../src/core/manifest.js';
import { parseNginx } from '../fakes/fake-nginx-config.js';

const operator: MaintenanceRequest = { by: 'operator', since: '2026-12-07T00:00:00.000Z' };
const ownPage = '<h1>Back at nine</h1>\n';
const files = new Map([
  ['pages/down.html', ownPage],
  ['pages/huge.html', 'x'.repeat(maintenancePageMaxBytes + 1)],
]);

describe('decideMaintenance: the page and Retry-After an environment gets', () => {
  it.each<
    [
      string,
      MaintenanceSettings,
      Partial<MaintenanceRequest>,
      { source?: string; retryAfterSeconds?: number; page?: RegExp | string; refused?: RegExp },
    ]
  >([
    [
      'no page in the manifest: the default page, Retry-After from the manifest',
      { retryAfter: '2m' },
      {},
      { source: 'default', retryAfterSeconds: 120, page: /shop is under maintenance/ },
    ],
    ['a duration under a second rounds up', { retryAfter: '1500ms' }, {}, { retryAfterSeconds: 2 }],
    [
      'the request overrides the manifest',
      { retryAfter: '2m' },
      { retryAfterSeconds: 30 },
      { retryAfterSeconds: 30 },
    ],
    [
      "the operator's message goes on the default page, escaped",
      { retryAfter: '2m' },
      { message: 'DB <upgrade> & "reindex"' },
      { page: /<p>DB &lt;upgrade&gt; &amp; &quot;reindex&quot;<\/p>/ },
    ],
    [
      'a repository page is served as it is',
      { page: 'pages/down.html', retryAfter: '5m' },
      {},
      { source: 'repository', retryAfterSeconds: 300, page: ownPage },
    ],
    [
      'a message with a repository page is refused, not dropped',
      { page: 'pages/down.html', retryAfter: '5m' },
      { message: 'hello' },
      { refused: /serves its own maintenance page \(pages\/down\.html\).*default page only/ },
    ],
    [
      'a repository page that was not read is refused',
      { page: 'pages/missing.html', retryAfter: '5m' },
      {},
      { refused: /pages\/missing\.html was not read/ },
    ],
    [
      'a repository page over the limit is refused',
      { page: 'pages/huge.html', retryAfter: '5m' },
      {},
      { refused: /pages\/huge\.html is 262145 bytes; at most 262144/ },
    ],
    [
      'a message longer than the page shows is refused',
      { retryAfter: '2m' },
      { message: 'm'.repeat(501) },
      { refused: /501 characters long; at most 500/ },
    ],
  ])('%s', (_what, settings, request, expected) => {
    const decision = decideMaintenance('shop', settings, files, { ...operator, ...request });
    if (expected.refused) {
      expect(decision.ok).toBe(false);
      if (!decision.ok) expect(decision.reason).toMatch(expected.refused);
      return;
    }
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    const m = decision.maintenance;
    expect(m.by).toBe('operator');
    if (expected.source) expect(m.source.kind).toBe(expected.source);
    if (expected.retryAfterSeconds !== undefined)
      expect(m.retryAfterSeconds).toBe(expected.retryAfterSeconds);
    if (typeof expected.page === 'string') expect(m.page).toBe(expected.page);
    else if (expected.page) expect(m.page).toMatch(expected.page);
  });

  it('escapes the environment name on the default page too', () => {
    expect(defaultMaintenancePage('a<b>')).toContain('a&lt;b&gt; is under maintenance');
  });
});

describe('the maintenance snippet and the sites that include it', () => {
  const snippet = renderMaintenanceSnippet('shop', 90.2);
  it.each([
    ['reads as Nginx configuration', () => expect(() => parseNginx(snippet)).not.toThrow()],
    [
      'answers 503 through the page URI',
      () => expect(snippet).toContain('error_page 503 /wharf:maintenance;'),
    ],
    [
      'lets ACME challenges and the page itself through',
      () =>
        expect(snippet).toContain(
          'if ($uri !~ "^/(\\.well-known/acme-challenge/|wharf:maintenance$)") { return 503; }',
        ),
    ],
    [
      'serves the page from its file',
      () => expect(snippet).toContain('alias /etc/wharf-edge/maintenance/shop.html;'),
    ],
    [
      'says when to come back, in whole seconds',
      () => expect(snippet).toContain('add_header Retry-After 91 always;'),
    ],
    [
      'is never cached',
      () => expect(snippet).toContain('add_header Cache-Control "no-store" always;'),
    ],
  ])('%s', (_what, check) => {
    check();
  });

  it('is included by the public server block only, after HTTPS: previews keep answering', () => {
    const text = renderSite({
      environment: 'shop',
      hosts: ['shop.test'],
      liveColour: 'blue',
      live: [],
      infra: [],
      previews: [{ colour: 'blue', routes: [] }],
    });
    const [live = '', preview = ''] = text.split('server {').slice(1);
    expect(live).toContain(maintenanceIncludeLine('shop'));
    expect(live.indexOf('/etc/wharf-edge-tls/shop[.]conf')).toBeLessThan(
      live.indexOf(maintenanceIncludeLine('shop')),
    );
    expect(preview).not.toContain('maintenance');
  });
});
