import { ValidationError, WharfError } from '../core/errors.js';
import type { Environment, PolicyGrant, Repository } from '../core/manifest.js';
import { referencedFiles } from '../manifests/environment-rules.js';
import { defaultLimits } from '../manifests/limits.js';
import { validateRepository } from '../manifests/validate-repository.js';
import type { GitSource } from '../ports/git-source.js';

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
  const loaded = validation.environments.find((e) => e.name === environment);
  if (!loaded) {
    throw new WharfError(
      'environment-unknown',
      `environment ${environment} is not in wharf.yaml at revision ${revision.slice(0, 12)} (environments: ${validation.environments.map((e) => e.name).join(', ')})`,
    );
  }
  const repoFiles = new Map<string, string>();
  for (const ref of referencedFiles(loaded.manifest)) {
    const read = await files.read(ref.path, defaultLimits.maxBytes * 16);
    if (read.kind === 'ok') repoFiles.set(ref.path, read.content);
  }
  return {
    revision,
    repository: validation.repository,
    environment: loaded.manifest,
    policy: validation.repository.policy?.[environment],
    repoFiles,
  };
}

/** The branch an environment follows, from wharf.yaml on the repository's default branch. */
export async function followedBranch(git: GitSource, environment: string): Promise<string> {
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
