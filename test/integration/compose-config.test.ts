import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeRuntime } from '../../src/adapters/compose-runtime.js';
import { fsRepoFiles } from '../../src/adapters/fs-repo-files.js';
import { fsStateFiles } from '../../src/adapters/fs-state-files.js';
import { ComposeError } from '../../src/core/errors.js';
import { referencedSecrets } from '../../src/manifests/environment-rules.js';
import {
  composeDocument,
  composeFile,
  escapeInterpolation,
} from '../../src/core/render/compose-document.js';
import { resolvedViolations } from '../../src/core/policy/resolved-project.js';
import { stringify } from 'yaml';
import { renderEnvironment } from '../../src/core/render/render-environment.js';
import { validateRepository } from '../../src/manifests/validate-repository.js';

let stateDir: string;
beforeAll(async () => {
  stateDir = await mkdtemp(path.join(tmpdir(), 'wharf-config-'));
});
afterAll(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

const compose = composeRuntime({ timeoutSeconds: 60 });
const examples = await validateRepository(fsRepoFiles('environments'));

describe('rendered projects as Compose reads them', () => {
  it.each(examples.environments.map((e) => [e.name, e] as const))(
    '%s renders projects that pass docker compose config',
    async (_name, example) => {
      const repository = examples.repository;
      const policy = repository?.policy?.[example.name];
      const rendered = renderEnvironment({
        environment: example.manifest,
        revision: '0'.repeat(40),
        colour: 'green',
        stateDir,
        ...(policy ? { policy } : {}),
        repoFiles: new Map([['monitoring/jupiter-dashboard.json', '{}']]),
      });
      const state = fsStateFiles(stateDir);
      for (const { name } of referencedSecrets(example.manifest)) {
        await mkdir(path.join(stateDir, 'secrets', example.name), { recursive: true });
        await writeFile(path.join(stateDir, 'secrets', example.name, name), 'example-value\n');
      }
      for (const project of [rendered.infra, rendered.apps]) {
        const directory = await state.writeProject(
          example.name,
          project.directory,
          composeFile(project, () => '0'.repeat(40)),
          project.files,
        );
        const resolved = await compose.resolve({
          environment: example.name,
          project: project.name,
          directory,
        });
        expect(Object.keys(resolved.services ?? {}).sort()).toEqual(
          project.services.map((s) => s.composeName).sort(),
        );
        const check = {
          grant: policy,
          stateDir,
          projectDir: directory,
          trusted: Object.fromEntries(
            project.services.map((s) => [s.composeName, s.trustedSources]),
          ),
        };
        expect(
          resolvedViolations(
            resolved,
            composeDocument(project, () => '0'.repeat(40)),
            check,
          ),
        ).toEqual([]);
      }
    },
  );

  it('hands every $ to the container as written, with none of wharf’s environment', async () => {
    process.env['WHARF_TEST_LEAK'] = 'leaked-value';
    try {
      const directory = path.join(stateDir, 'dollars');
      await mkdir(directory, { recursive: true });
      const document = {
        services: {
          app: {
            image: 'wharf-test/app:1',
            environment: { A: '${WHARF_TEST_LEAK}', B: '$HOME', C: 'a$$b' },
            command: ['sh', '-c', 'echo $HOME'],
          },
        },
      };
      await writeFile(
        path.join(directory, 'compose.yaml'),
        stringify(escapeInterpolation(document)),
      );
      const resolved = await compose.resolve({
        environment: 'shop',
        project: 'wharf-dollars',
        directory,
      });
      // Compose prints a literal $ escaped again as $$; unescaped, each value is what was written.
      const app = resolved.services?.['app'] as {
        environment: Record<string, string>;
        command: string[];
      };
      expect(unescape(app.environment)).toEqual({ A: '${WHARF_TEST_LEAK}', B: '$HOME', C: 'a$$b' });
      expect(app.command.map((c) => c.replaceAll('$$', '$'))).toEqual(['sh', '-c', 'echo $HOME']);
      expect(JSON.stringify(resolved)).not.toContain('leaked-value');
    } finally {
      delete process.env['WHARF_TEST_LEAK'];
    }
  });

  it('catches what only Compose’s own reading shows: interpolation and string booleans', async () => {
    // A file written without wharf's escaping, as a renderer bug or a hand edit would leave it.
    const directory = path.join(stateDir, 'unescaped');
    await mkdir(directory, { recursive: true });
    await writeFile(
      path.join(directory, 'compose.yaml'),
      [
        'services:',
        '  app:',
        '    image: wharf-test/app:1',
        '    privileged: "true"',
        '    volumes: ["${UNSET:-/var/run/docker.sock}:/var/run/docker.sock"]',
        '    labels: { wharf.environment: production }',
        '',
      ].join('\n'),
    );
    const resolved = await compose.resolve({
      environment: 'shop',
      project: 'wharf-unescaped',
      directory,
    });
    const written = {
      services: { app: { image: 'wharf-test/app:1', labels: { 'wharf.environment': 'shop' } } },
    };
    const found = resolvedViolations(resolved, written, {
      grant: undefined,
      stateDir,
      projectDir: directory,
      trusted: {},
    });
    const said = found.map((v) => `${v.grant}: ${v.message}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'privileged: `privileged: true` needs a grant',
        expect.stringMatching(
          /^dockerSocket: .*\/var\/run\/docker\.sock.* reaches the Docker socket/,
        ),
        expect.stringMatching(/^null: label `wharf.environment` must be `shop`/),
      ]),
    );
  });

  it('turns a Compose rejection into an error naming environment, project, command and stderr', async () => {
    const directory = path.join(stateDir, 'broken');
    await mkdir(directory, { recursive: true });
    await writeFile(
      path.join(directory, 'compose.yaml'),
      'services:\n  web:\n    image: a:1\n    ports: "not a list"\n',
    );
    const error = await compose
      .resolve({ environment: 'shop', project: 'wharf-shop-blue', directory })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ComposeError);
    expect((error as ComposeError).message).toMatch(
      /^environment shop: docker compose config in project wharf-shop-blue failed \(exit code \d+\):\n.*ports/s,
    );
  });

  it('kills a Compose call that outlives its timeout and says so', async () => {
    const directory = path.join(stateDir, 'slow');
    await mkdir(directory, { recursive: true });
    await writeFile(
      path.join(directory, 'compose.yaml'),
      'services:\n  sleeper:\n    image: wharf-test/app:1\n    init: true\n',
    );
    const target = { environment: 'shop', project: 'wharf-timeout-test', directory };
    try {
      await compose.up(target, ['sleeper']);
      const quick = composeRuntime({ timeoutSeconds: 2 });
      const error = await quick.exec(target, 'sleeper', ['sleep', '60']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ComposeError);
      expect((error as ComposeError).details).toMatchObject({
        timedOut: true,
        services: ['sleeper'],
        command: 'exec',
      });
      expect((error as ComposeError).message).toMatch(
        /^environment shop: docker compose exec for sleeper in project wharf-timeout-test timed out/,
      );
      expect((error as ComposeError).retryable).toBe(true);
    } finally {
      await compose.down(target);
    }
  });
});

function unescape(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.replaceAll('$$', '$')]));
}
