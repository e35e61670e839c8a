import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/types.js';
import { codeBlock, inlineCode, inlineText } from '../../src/core/markdown-escape.js';
import {
  changesOf,
  commentMarker,
  renderPullRequestComment,
} from '../../src/core/previews/pr-comment.js';

const plan: Plan = {
  environment: 'production',
  revision: 'b'.repeat(40),
  fromRevision: 'a'.repeat(40),
  empty: false,
  services: [
    {
      service: 'api',
      composeName: 'api-blue',
      project: 'wharf-production-blue',
      role: 'stateless',
      action: 'update',
      changes: [
        { field: 'image', before: 'ghcr.io/acme/api:1.0', after: 'ghcr.io/acme/api:1.1' },
        { field: 'env', before: { LOG: 'info' }, after: { LOG: 'debug' } },
      ],
      drift: [],
    },
    {
      service: 'web',
      composeName: 'web-blue',
      project: 'wharf-production-blue',
      role: 'stateless',
      action: 'unchanged',
      changes: [],
      drift: [{ kind: 'stopped', detail: 'exited' }],
    },
    {
      service: 'worker',
      composeName: 'worker-blue',
      project: 'wharf-production-blue',
      role: 'stateless',
      action: 'create',
      changes: [],
      drift: [],
    },
    {
      service: 'old|cron',
      composeName: 'old-blue',
      project: 'wharf-production-blue',
      role: 'stateless',
      action: 'remove',
      changes: [],
      drift: [],
    },
  ],
};

describe("wharf's comment on a pull request", () => {
  it('lists the changes merging makes, images before and after, and leaves drift out', () => {
    expect(changesOf(plan)).toEqual([
      {
        service: 'api',
        action: 'update',
        fields: ['image', 'env'],
        imageBefore: 'ghcr.io/acme/api:1.0',
        imageAfter: 'ghcr.io/acme/api:1.1',
      },
      { service: 'worker', action: 'create', fields: [] },
      { service: 'old|cron', action: 'remove', fields: [] },
    ]);
  });

  it('starts with its marker and shows validation, plan and preview', () => {
    const body = renderPullRequestComment({
      number: 42,
      head: 'c'.repeat(40),
      validation: { ok: true, summary: '2 environment(s)', problems: [] },
      plans: [
        { environment: 'production', changes: changesOf(plan) },
        { environment: 'staging', changes: [], error: 'git fetch failed' },
      ],
      preview: {
        phase: 'live',
        message: 'up',
        url: 'https://pr-42.staging.example.com',
        revision: 'c'.repeat(40),
      },
    });
    expect(body.startsWith(commentMarker)).toBe(true);
    expect(body).toContain('## wharf · #42 at `ccccccc`');
    expect(body).toContain('✅ valid (2 environment\\(s\\))');
    expect(body).toContain(
      '| api | update | image, env | `ghcr.io/acme/api:1.0` → `ghcr.io/acme/api:1.1` |',
    );
    // A pipe in a name would break the table row; it is escaped.
    expect(body).toContain('| old\\|cron | remove |');
    expect(body).toContain('⚠️ cannot plan: git fetch failed');
    expect(body).toContain('🟢 <https://pr-42.staging.example.com> (at `ccccccc`): up');
  });

  it('lists problems when the head does not validate, and says nothing deploys', () => {
    const body = renderPullRequestComment({
      number: 7,
      head: 'd'.repeat(40),
      validation: {
        ok: false,
        summary: '1 problem(s)',
        problems: ['env.yaml:3:7 $.services.api.port must be an integer'],
      },
      plans: null,
      preview: { phase: 'waiting', message: 'waiting for a free preview slot: 3 of 3 in use' },
    });
    expect(body).toContain('❌ 1 problem\\(s\\)');
    expect(body).toContain('- `env.yaml:3:7 $.services.api.port must be an integer`');
    expect(body).toContain('Nothing from this commit is deployed until it validates.');
    expect(body).toContain('⏸️: waiting for a free preview slot\\: 3 of 3 in use');
  });

  it('says when merging changes nothing', () => {
    const body = renderPullRequestComment({
      number: 8,
      head: 'e'.repeat(40),
      validation: { ok: true, summary: '1 environment(s)', problems: [] },
      plans: [],
      preview: null,
    });
    expect(body).toContain('Merging changes no environment.');
    expect(body).not.toContain('### Preview');
  });

  // What a pull request's author can put in each field, and what must not come out of it.
  const hostile = [
    '@jupiter/security',
    'ghcr.io/a/b:1\n\nSecurity review passed ✅',
    '<!-- everything after this is hidden',
    '](http://evil.example)',
    '[Security review passed](http://evil.example)',
    '<img src=x onerror=alert(1)>',
    '**bold** _em_ `code` ~~gone~~ | cell | # heading',
    'http://evil.example and www.evil.example',
    '\u001b[31mred\u0007 and \u2028 separator',
  ];

  /** The comment with `value` in every field a pull request controls. */
  function commentWith(value: string, log = value): string {
    return renderPullRequestComment({
      number: 9,
      head: 'f'.repeat(40),
      validation: { ok: false, summary: value, problems: [`env.yaml:1:1 $ ${value}`] },
      plans: [
        {
          environment: value,
          changes: [
            {
              service: value,
              action: 'update',
              fields: [value],
              imageBefore: value,
              imageAfter: value,
            },
          ],
        },
        { environment: 'staging', changes: [], error: value },
      ],
      preview: {
        phase: 'failed',
        message: `${value}\n${log}`,
        url: value,
        revision: 'f'.repeat(40),
      },
    });
  }

  /** The comment with code spans and code blocks taken out: what GitHub reads as Markdown. */
  function outsideCode(body: string): string {
    return body
      .replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '')
      .replace(/(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g, '');
  }

  it.each(hostile)('escapes what a pull request controls: %j', (value) => {
    const body = commentWith(value);
    expect(body.startsWith(`${commentMarker}\n`)).toBe(true);
    const markdown = outsideCode(body.slice(commentMarker.length));
    // No mention, no HTML comment or tag, no link or autolink, no second line from a field.
    expect(markdown).not.toMatch(/@[a-z]/i);
    expect(markdown).not.toContain('<!--');
    expect(markdown).not.toMatch(/<(?!https:\/\/)[a-z!/]/i);
    expect(markdown).not.toMatch(/\]\(/);
    expect(markdown).not.toMatch(/(?<!\\)https?:\/\/|www\.evil/);
    expect(markdown).not.toMatch(/^Security review passed/m);
    // Emphasis, strikethrough, table pipes and headings: exactly as many as wharf's own.
    const benign = outsideCode(commentWith('benign').slice(commentMarker.length));
    for (const markup of [/(?<!\\)\*\*/g, /(?<!\\)~~/g, /(?<!\\)\|/g, /^#+ /gm, /(?<!\\)_/g])
      expect(markdown.match(markup)?.length ?? 0, String(markup)).toBe(
        benign.match(markup)?.length ?? 0,
      );
    // Control characters never reach the comment.
    // eslint-disable-next-line no-control-regex
    expect(body).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028]/);
    // The table keeps its four columns whatever the cells hold.
    const row = body.split('\n').find((l) => l.startsWith('| ') && l.includes('update'));
    expect(row?.split(/(?<!\\)\|/).length).toBe(6);
  });

  it.each([
    ['a log tail with a fence', 'npm ERR!\n```\n<!-- @jupiter/security -->\n```'],
    ['a log tail with a longer fence', 'x\n````\n[ok](http://evil.example)\n`````'],
  ])('keeps %s inside one code block', (_, log) => {
    const body = commentWith('deploy failed', log);
    const block = /^(`{3,})text\n([\s\S]*?)\n\1$/m.exec(body);
    expect(block?.[1]?.length).toBeGreaterThan(
      Math.max(...[...log.matchAll(/`+/g)].map((m) => m[0].length)),
    );
    // Every line of the log is inside that one block, and nothing after it is code.
    expect(block?.[2]).toBe(log);
    expect(body).toContain(': deploy failed\n\n');
    expect(body.slice((block?.index ?? 0) + (block?.[0].length ?? 0))).not.toContain('`');
  });

  it.each([
    [
      inlineText('a*b_c [d](e) <f> #g +h -i !j |k ~l `m` \\n @o'),
      'a\\*b\\_c \\[d\\]\\(e\\) &lt;f&gt; \\#g \\+h \\-i \\!j \\|k \\~l \\`m\\` \\\\n @\u2060o',
    ],
    [inlineText('one\ntwo\r\nthree\tfour'), 'one two three four'],
    [inlineText('&lt;!--'), '&amp;lt;\\!\\-\\-'],
    [inlineCode('a ``b`` c'), '```a ``b`` c```'],
    [inlineCode('`x`'), '`` `x` ``'],
    [codeBlock('a\n```\nb'), '````text\na\n```\nb\n````'],
    [codeBlock('plain'), '```text\nplain\n```'],
  ])('escapes %j as %j', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
