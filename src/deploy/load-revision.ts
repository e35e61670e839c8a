import { ValidationError, WharfError } from '../core/errors.js';
import type { Environment, PolicyGrant, Repository } from '../core/manifest.js';
import { referencedFiles } from '../manifests/environment-rules.js';
import { defaultLimits } from '../manifests/limits.js';
import { validateRepository } from '../manifests/validate-repository.js';
import type { GitSource } from '../ports/git-source.js';
import {
  previewEnvironment,
  previewNumber,
  pullRef,
} from '../core/previews/preview-environment.js';

export interface LoadedRevision {
  readonly revision: string;
  readonly repository: Repository;
  readonly environment: Environment;
  readonly policy: PolicyGrant | undefined;
  /** Repository files the environment references (dashboards, rule files), read at the revision. */
  readonly repoFiles: ReadonlyMap<string, string>;
}

/**
 * Reads and validates the environments repository at a revision and returns one environment
 * of it. Never deploys what does not validate: ValidationError lists every problem.
 */
export async function loadRevision(
  git: GitSource,
  revision: string,
  environment: string,
): Promise<LoadedRevision> {
  const files = git.files(revision);
  const validation = await validateRepository(files);
  if (validation.problems.length > 0 || !validation.repository)
    throw new ValidationError(revision, validation.problems);
  const number = previewNumber(environment);
  const wanted = number === null ? environment : null;
  const loaded = validation.environments.find((e) => e.name === (wanted ?? environment));
  if (loaded || number === null) {
    if (!loaded) {
      throw new WharfError(
        'environment-unknown',
        `environment ${environment} is not in wharf.yaml at revision ${revision.slice(0, 12)} (environments: ${validation.environments.map((e) => e.name).join(', ')})`,
      );
    }
    return {
      revision,
      repository: validation.repository,
      environment: loaded.manifest,
      policy: validation.repository.policy?.[environment],
      repoFiles: await readReferenced(git, revision, loaded.manifest),
    };
  }
  return loadPreview(git, revision, number, validation);
}

async function readReferenced(
  git: GitSource,
  revision: string,
  manifest: Environment,
): Promise<Map<string, string>> {
  const files = git.files(revision);
  const repoFiles = new Map<string, string>();
  for (const ref of referencedFiles(manifest)) {
    const read = await files.read(ref.path, defaultLimits.maxBytes * 16);
    if (read.kind === 'ok') repoFiles.set(ref.path, read.content);
  }
  return repoFiles;
}

/**
 * A preview (`pr-N`): the `from` environment's manifest as the pull request's head has it,
 * under the preview settings and policy of wharf.yaml on the default branch. The pull request
 * may change its manifests, but not grant itself a preview, a host or a policy exception.
 */
async function loadPreview(
  git: GitSource,
  revision: string,
  number: number,
  atHead: Awaited<ReturnType<typeof validateRepository>>,
): Promise<LoadedRevision> {
  const base = await validateRepository(git.files(await git.resolve(await git.defaultBranch())));
  const settings = base.repository?.previews;
  if (!base.repository || !settings || settings.enabled === false) {
    throw new WharfError(
      'previews-off',
      `pr-${number} is a preview, and previews are not enabled in wharf.yaml on the default branch`,
    );
  }
  const source = atHead.environments.find((e) => e.name === settings.from);
  if (!source) {
    throw new WharfError(
      'environment-unknown',
      `previews are rendered from ${settings.from}, which is not in wharf.yaml at revision ${revision.slice(0, 12)}`,
    );
  }
  const environment = previewEnvironment(source.manifest, settings, number);
  return {
    revision,
    repository: base.repository,
    environment,
    policy: base.repository.policy?.[settings.from],
    repoFiles: await readReferenced(git, revision, environment),
  };
}

/** The branch an environment follows, from wharf.yaml on the repository's default branch. */
export async function followedBranch(git: GitSource, environment: string): Promise<string> {
  const number = previewNumber(environment);
  if (number !== null) return pullRef(number);
  const head = await git.resolve(await git.defaultBranch());
  const validation = await validateRepository(git.files(head));
  const binding = validation.repository?.environments[environment];
  if (!binding) {
    throw new WharfError(
      'environment-unknown',
      `environment ${environment} is not in wharf.yaml on the default branch; name a revision with --revision`,
    );
  }
  return binding.branch;
}
