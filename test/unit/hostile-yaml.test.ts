import { describe, expect, it } from 'vitest';
import { validateEnvironmentFile } from '../../src/manifests/validate-repository.js';
import { memoryRepoFiles } from '../fakes/memory-repo-files.js';
import { envManifest, webOnly } from '../helpers/manifest-text.js';

function aliasBomb(levels: number): string {
  let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i <= levels; i++) {
    const previous = `*a${i - 1}`;
    text += `a${i}: &a${i} [${Array(10).fill(previous).join(', ')}]\n`;
  }
  return text;
}

interface Case {
  name: string;
  text: () => string;
  line: number;
  rule: string;
  message: RegExp;
}

// Each document below is built to exhaust memory or time in a careless parser. Every one
// must come back as one clear problem; the test's own timeout catches a hang.
const cases: Case[] = [
  {
    name: 'an alias bomb (10^10 nodes once expanded)',
    text: () => aliasBomb(9),
    line: 1,
    rule: 'yaml-alias-count',
    message: /aliases expand to too many nodes \(over 100\); this looks like an alias bomb/,
  },
  {
    name: 'flow collections nested 100,000 deep',
    text: () => `services: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
    line: 1,
    rule: 'nesting-depth',
    message: /nesting deeper than 64 levels/,
  },
  {
    name: 'block mappings nested 1,000 deep',
    text: () =>
      Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n',
    line: 65,
    rule: 'nesting-depth',
    message: /nesting deeper than 64 levels/,
  },
  {
    name: 'sequences nested on one line',
    text: () => `services:\n  x: ${'- '.repeat(5000)}x\n`,
    line: 2,
    rule: 'nesting-depth',
    message: /nesting deeper than 64 levels/,
  },
  {
    name: 'a 5 MB file',
    text: () => envManifest(webOnly) + `# ${'x'.repeat(5 * 1024 * 1024)}\n`,
    line: 1,
    rule: 'file-size',
    message: /over the 1048576-byte limit for a manifest/,
  },
  {
    name: 'a duplicate key',
    text: () => envManifest(webOnly).replace('host: shop.test', 'host: shop.test\nhost: evil.test'),
    line: 6,
    rule: 'yaml-duplicate-key',
    message: /duplicate key: each key may appear only once/,
  },
  {
    name: 'two documents in one file',
    text: () => `${envManifest(webOnly)}---\n${envManifest(webOnly)}`,
    line: 11,
    rule: 'yaml-multiple-docs',
    message: /several YAML documents/,
  },
  {
    name: 'tabs for indentation',
    text: () => envManifest(webOnly).replace('  web:', '\tweb:'),
    line: 7,
    rule: 'yaml-tab-as-indent',
    message: /tab used for indentation/,
  },
  {
    name: 'an unclosed flow mapping',
    text: () => envManifest('services: { web: { image: a:1 }\n'),
    line: 7,
    rule: 'yaml-bad-indent',
    message: /invalid YAML: Flow map .* must .* end with a \}/,
  },
];

describe('hostile or broken YAML', () => {
  it.each(cases)('refuses $name with one clear problem', { timeout: 5000 }, async (c) => {
    const files = memoryRepoFiles({ 'shop.yaml': c.text() });
    const { problems } = await validateEnvironmentFile(files, 'shop.yaml');
    expect(problems.map((p) => `${p.line} ${p.rule}`)).toContain(`${c.line} ${c.rule}`);
    const problem = problems.find((p) => p.rule === c.rule);
    expect(problem?.message).toMatch(c.message);
    expect(problem?.file).toBe('shop.yaml');
  });

  it('accepts the ordinary nesting of a full manifest', async () => {
    const files = memoryRepoFiles({ 'shop.yaml': envManifest(webOnly) });
    expect((await validateEnvironmentFile(files, 'shop.yaml')).problems).toEqual([]);
  });

  it('accepts a few legitimate aliases', async () => {
    const text = envManifest(`
      services:
        web:
          image: a:1
          env: &common
            LOG_LEVEL: info
        api:
          image: a:1
          env: *common
    `);
    expect(
      (await validateEnvironmentFile(memoryRepoFiles({ 'shop.yaml': text }), 'shop.yaml')).problems,
    ).toEqual([]);
  });
});
