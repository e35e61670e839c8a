import type { Environment, Repository } from '../core/manifest.js';
import { formatPath } from '../core/problem.js';
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

/** One hostname an environment claims, and where in its manifest. */
interface HostClaim {
  readonly env: BoundEnvironment;
  readonly host: string;
  readonly segments: readonly (string | number)[];
}

function hostClaims(env: BoundEnvironment): HostClaim[] {
  return [
    { env, host: env.manifest.host, segments: ['host'] },
    ...(env.manifest.aliases ?? []).map((host, i) => ({ env, host, segments: ['aliases', i] })),
  ];
}

const where = (claim: HostClaim): string => `${claim.env.file}, ${formatPath(claim.segments)}`;

/**
 * One hostname belongs to one environment. Nginx answers a host two server blocks name from
 * the first it loaded, whatever their paths, so a second claim would take the host (or part
 * of it) from its owner. Repeats inside one manifest are that file's own rule (alias-is-host).
 */
function uniqueHosts(environments: readonly BoundEnvironment[]): Finding[] {
  const findings: Finding[] = [];
  const owners = new Map<string, HostClaim>();
  for (const env of environments) {
    for (const claim of hostClaims(env)) {
      const first = owners.get(claim.host);
      if (!first) owners.set(claim.host, claim);
      else if (first.env.name !== env.name)
        findings.push({
          file: env.file,
          segments: claim.segments,
          rule: 'unique-host',
          message: `\`${claim.host}\` is already a host of environment \`${first.env.name}\` (${where(first)}); environment \`${env.name}\` cannot claim it too: one hostname belongs to one environment`,
        });
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

// GitHub numbers pull requests from 1; previewNumber() reads the same digits back.
const pullRequestNumber = '[1-9][0-9]{0,8}';
const regexpEscape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Hosts of environments the previews' template could also produce, for some pull request. */
function previewHostClaims(
  repo: Repository,
  file: string,
  environments: readonly BoundEnvironment[],
): Finding[] {
  const template = repo.previews?.host;
  if (template?.split('{number}').length !== 2) return []; // preview-host-number says why
  const [before = '', after = ''] = template.split('{number}');
  const produced = new RegExp(
    `^${regexpEscape(before)}(${pullRequestNumber})${regexpEscape(after)}$`,
  );
  return environments.flatMap((env) =>
    hostClaims(env).flatMap((claim): Finding[] => {
      const match = produced.exec(claim.host);
      if (!match) return [];
      return [
        {
          file,
          segments: ['previews', 'host'],
          rule: 'unique-host',
          message: `the preview host template \`${template}\` gives \`${claim.host}\` to the preview of pull request ${match[1]} (environment \`pr-${match[1]}\`), but it is a host of environment \`${env.name}\` (${where(claim)}): one hostname belongs to one environment`,
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
    ...uniqueHosts(environments),
    ...previewHostClaims(repo, file, environments),
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
