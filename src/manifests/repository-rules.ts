import type { Environment, Repository } from '../core/manifest.js';
import { declaredRoutes, type DeclaredRoute } from './environment-rules.js';
import type { Finding } from './finding.js';
import { secretFileAllowed, secretRefusal } from './secret-grant.js';

export interface BoundEnvironment {
  readonly name: string;
  readonly file: string;
  readonly manifest: Environment;
}

const hostnamePattern =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

function previewRules(
  repo: Repository,
  file: string,
  environments: readonly BoundEnvironment[],
): Finding[] {
  const previews = repo.previews;
  if (!previews) return [];
  const findings: Finding[] = [];
  const placeholders = previews.host.split('{number}').length - 1;
  if (placeholders !== 1) {
    findings.push({
      file,
      segments: ['previews', 'host'],
      rule: 'preview-host-number',
      message: `the preview host template must contain \`{number}\` exactly once (found ${placeholders}), for example \`pr-{number}.staging.app.ar\``,
    });
  } else if (!hostnamePattern.test(previews.host.replace('{number}', '42'))) {
    findings.push({
      file,
      segments: ['previews', 'host'],
      rule: 'preview-host-valid',
      message: `\`${previews.host.replace('{number}', '42')}\` (the template for pull request 42) is not a valid hostname`,
    });
  }
  if (!(previews.from in repo.environments)) {
    findings.push({
      file,
      segments: ['previews', 'from'],
      rule: 'preview-from-unknown',
      message: `previews are rendered from \`${previews.from}\`, which is not an environment of this repository (environments: ${Object.keys(repo.environments).join(', ')})`,
    });
  }
  const source = environments.find((e) => e.name === previews.from);
  for (const service of Object.keys(previews.overrides?.services ?? {})) {
    if (source && !(service in source.manifest.services)) {
      findings.push({
        file,
        segments: ['previews', 'overrides', 'services', service],
        at: 'key',
        rule: 'preview-override-unknown',
        message: `\`${service}\` is not a service of \`${previews.from}\` (services: ${Object.keys(source.manifest.services).join(', ')})`,
      });
    }
  }
  return findings;
}

function crossEnvironmentRoutes(environments: readonly BoundEnvironment[]): Finding[] {
  const findings: Finding[] = [];
  const owners = new Map<string, { env: BoundEnvironment; route: DeclaredRoute }>();
  for (const env of environments) {
    const local = new Set<string>();
    for (const route of declaredRoutes(env.manifest)) {
      const key = `${route.host}${route.path}`;
      if (local.has(key)) continue; // repeats inside one environment are that file's own problem
      local.add(key);
      const first = owners.get(key);
      if (first && first.env.name !== env.name) {
        findings.push({
          file: env.file,
          segments: route.segments,
          rule: 'unique-route',
          message: `${route.host}${route.path} is already routed by environment \`${first.env.name}\` (${first.env.file}, ${first.route.owner}); two environments cannot share a host and path`,
        });
      } else if (!first) {
        owners.set(key, { env, route });
      }
    }
  }
  return findings;
}

/** Encrypted secrets an environment names outside its own folder without a grant. */
function secretGrantRules(repo: Repository, environments: readonly BoundEnvironment[]): Finding[] {
  return environments.flatMap((env) =>
    Object.entries(env.manifest.secrets ?? {}).flatMap(([name, source]): Finding[] => {
      if (source?.source !== 'file' || !source.path) return [];
      if (secretFileAllowed(env.name, source.path, repo.policy?.[env.name])) return [];
      return [
        {
          file: env.file,
          segments: ['secrets', name, 'path'],
          rule: 'secret-not-granted',
          message: `secret ${name}: ${secretRefusal(env.name, source.path, 'this wharf.yaml')}`,
        },
      ];
    }),
  );
}

/** Rules that span wharf.yaml and the environment manifests it names. */
export function repositoryRules(
  repo: Repository,
  file: string,
  environments: readonly BoundEnvironment[],
): Finding[] {
  const findings: Finding[] = [
    ...previewRules(repo, file, environments),
    ...crossEnvironmentRoutes(environments),
    ...secretGrantRules(repo, environments),
  ];
  for (const name of Object.keys(repo.policy ?? {})) {
    if (!(name in repo.environments)) {
      findings.push({
        file,
        segments: ['policy', name],
        at: 'key',
        rule: 'policy-unknown-environment',
        message: `policy is granted to \`${name}\`, which is not an environment of this repository`,
      });
    }
  }
  for (const env of environments) {
    if (env.manifest.name !== env.name) {
      findings.push({
        file: env.file,
        segments: ['name'],
        rule: 'name-matches-binding',
        message: `the manifest is named \`${env.manifest.name}\` but wharf.yaml binds it as \`${env.name}\`; make the two the same`,
      });
    }
  }
  return findings;
}
