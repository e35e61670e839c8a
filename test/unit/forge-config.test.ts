import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, resolveConfig } from '../../src/config/load-config.js';

function configText(block: string): string {
  return `repository:\n  url: /srv/environments\n${block}`;
}

const gitlab = `forge:
  kind: gitlab
  apiUrl: https://gitlab.example/api/v4/
  webUrl: https://gitlab.example/
  repository: acme/platform/environments
`;

function problemsOf(text: string): string[] {
  try {
    parseConfig('config.yaml', text);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.line}:${p.rule}`);
    throw error;
  }
  return [];
}

describe('the forge: block', () => {
  it('resolves GitLab feedback and accepts webhooks for its nested project by default', () => {
    const config = resolveConfig(parseConfig('config.yaml', configText(gitlab)), 'config.yaml', {
      forgeToken: 'glpat-x',
    });
    expect(config.forge).toEqual({
      kind: 'gitlab',
      apiUrl: 'https://gitlab.example/api/v4',
      webUrl: 'https://gitlab.example',
      token: 'glpat-x',
      repository: 'acme/platform/environments',
    });
    expect(config.github).toBeNull();
    expect(config.webhook.repositories).toEqual(['acme/platform/environments']);
  });

  it('refuses github and forge together, pointing at forge', () => {
    const text = configText(`github:\n  repository: acme/environments\n${gitlab}`);
    expect(problemsOf(text)).toEqual(['5:one-feedback-forge']);
  });

  it('refuses a nested repository on Gitea', () => {
    const text = configText(gitlab.replace('kind: gitlab', 'kind: gitea'));
    expect(problemsOf(text)).toEqual(['7:owner-name-repository']);
  });

  it('refuses an unknown forge kind', () => {
    expect(problemsOf(configText(gitlab.replace('kind: gitlab', 'kind: bitbucket')))).toHaveLength(
      1,
    );
  });

  it('takes nested GitLab paths in webhook.repositories', () => {
    const text = configText(`webhook:\n  repositories: [acme/platform/environments, acme/other]\n`);
    expect(problemsOf(text)).toEqual([]);
  });
});
