import { describe, expect, it } from 'vitest';
import { renderSite } from '../../src/core/edge/render-site.js';
import { siteRepair, type SiteObservation } from '../../src/core/edge/site-repair.js';
import { runTimeResolvedNames, startResolvedNames } from '../../src/core/edge/site-names.js';
import type { AppliedRecord } from '../../src/core/live.js';
import type { EdgeRoute } from '../../src/core/render/types.js';

const route = (colour: string): EdgeRoute => ({
  path: '/',
  service: 'web',
  upstreams: [`wharf-shop-${colour}-web-${colour}-1:8080`],
  stripPrefix: false,
  probePath: '/',
});

// What wharf wrote before names were resolved at run time.
const oldForm = `# Rendered by wharf for environment shop.
# wharf-live-colour: green
upstream wharf_shop_blue_web {
    server wharf-shop-blue-web-blue-1:8080;
    server 172.18.0.9:8080;
    keepalive 16;
}
upstream wharf_shop_green_web {
    server wharf-shop-green-web-green-1:8080;
    keepalive 16;
}
server {
    listen 80;
    server_name shop.test;
    location / {
        proxy_pass http://wharf_shop_green_web;
    }
}
`;

// What wharf wrote while it resolved names per request, without upstream groups.
const perRequestForm = `# Rendered by wharf for environment shop.
# wharf-live-colour: green
server {
    listen 80;
    server_name shop.test;
    location / {
        set $wharf_upstream web-green.wharf-shop:8080;
        proxy_pass http://$wharf_upstream;
    }
}
`;

const bothColours = renderSite({
  environment: 'shop',
  hosts: ['shop.test'],
  liveColour: 'green',
  live: [route('green')],
  infra: [],
  previews: [
    { colour: 'blue', routes: [route('blue')] },
    { colour: 'green', routes: [route('green')] },
  ],
});

const record: AppliedRecord = {
  revision: 'r2',
  colour: 'green',
  services: {},
  hosts: ['shop.test'],
  infraRoutes: [],
  colours: {
    blue: { revision: 'r1', routes: [route('blue')], services: {} },
    green: { revision: 'r2', routes: [route('green')], services: {} },
  },
  warm: { colour: 'blue', revision: 'r1', until: '2030-01-01T00:00:00.000Z' },
  keepPreviousMs: 1_800_000,
};

describe('the names a site makes Nginx resolve', () => {
  it.each([
    [
      'the old form, at start (IP addresses need none)',
      oldForm,
      startResolvedNames,
      ['wharf-shop-blue-web-blue-1', 'wharf-shop-green-web-green-1'],
    ],
    ['the old form, at run time', oldForm, runTimeResolvedNames, []],
    ['the per-request form, at start', perRequestForm, startResolvedNames, []],
    [
      'the per-request form, at run time',
      perRequestForm,
      runTimeResolvedNames,
      ['web-green.wharf-shop'],
    ],
    ['the current form, at start', bothColours, startResolvedNames, []],
    [
      'the current form, at run time',
      bothColours,
      runTimeResolvedNames,
      ['web-blue.wharf-shop', 'web-green.wharf-shop'],
    ],
  ])('%s', (_what, site, names, expected) => {
    expect(names(site)).toEqual(expected);
  });
});

describe('siteRepair: when a site is written again from the record', () => {
  const base: SiteObservation = {
    environment: 'shop',
    site: bothColours,
    setAside: null,
    live: 'green',
    present: ['blue', 'green'],
    record,
    running: new Set(['wharf-shop-blue-web-blue-1', 'wharf-shop-green-web-green-1']),
  };
  it.each<[string, Partial<SiteObservation>, RegExp | null]>([
    ['both colours run', {}, null],
    ['no site yet', { site: null }, null],
    [
      "the warm colour's containers are gone",
      { present: ['green'], running: new Set(['wharf-shop-green-web-green-1']) },
      /names blue's containers \(wharf-shop-blue-web-blue-1\), which are gone/,
    ],
    // The plan starts the live colour again; its routes answer 503 meanwhile.
    ["the live colour's containers are gone", { present: ['blue'] }, null],
    [
      'the edge set the site aside when it started',
      { site: null, setAside: 'the site named x, which did not run when the edge started' },
      /set aside \(the site named x/,
    ],
    [
      'the old form names a container that does not run',
      { site: oldForm, running: new Set(['wharf-shop-green-web-green-1']) },
      /names wharf-shop-blue-web-blue-1, which does not run, in a form Nginx resolves when it starts/,
    ],
    ['the old form while everything runs', { site: oldForm }, /old form/],
    [
      'the per-request form, whose public block has no maintenance include',
      { site: perRequestForm, running: new Set() },
      /from before maintenance mode/,
    ],
    [
      'a current site without its maintenance include line',
      { site: bothColours.replace('    include /etc/wharf-edge/maintenance/shop[.]conf;\n', '') },
      /from before maintenance mode/,
    ],
  ])('%s', (_what, change, expected) => {
    const reason = siteRepair({ ...base, ...change });
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});
