import { ValidationError, WharfError } from '../core/errors.js';
import { grantChanges, grantRefusal } from '../core/grant-changes.js';
import type { Environment, PolicyGrant, Repository } from '../core/manifest.js';
import { referencedFiles } from '../manifests/environment-rules.js';
import { resolveManifest } from '../manifests/schemas.js';
import { secretFileAllowed, secretRefusal } from '../manifests/secret-grant.js';
import type { Validation } from '../manifests/validate-repository.js';
import type { GitSource } from '../ports/git-source.js';
import { snapshotsOf, type RevisionSnapshot } from './revision-snapshots.js';
import {
  previewEnvironment,
  previewNumber,
  pullRef,
} from '../core/previews/preview-environment.js';

export interface LoadedRevision {
  readonly revision: string;
  /** wharf.yaml on the default branch: the bindings, previews and grants wharf trusts. */
  readonly repository: Repository;
  readonly environment: Environment;
  /** The environment's grant from wharf.yaml on the default branch; none for a preview. */
  readonly policy: PolicyGrant | undefined;
  /** Repository files the environment references (dashboards, rule files), read at the revision. */
  readonly repoFiles: ReadonlyMap<string, string>;
  /** The commit it was read from: later steps of the job read it there, not from git again. */
  readonly snapshot: RevisionSnapshot;
}

/** wharf.yaml at the head of the default branch, validated: where every grant is read from. */
export interface DefaultBranch {
  readonly branch: string;
  readonly revision: string;
  readonly validation: Validation;
  readonly repository: Repository;
}

/** Reads the default branch's head; refuses to go on when its wharf.yaml does not validate. */
export async function readDefaultBranch(git: GitSource): Promise<DefaultBranch> {
  const branch = await git.defaultBranch();
  const revision = await git.resolve(branch);
  const validation = await snapshotsOf(git).at(revision).validation();
  if (validation.problems.length > 0 || !validation.repository) {
    throw new WharfError(
      'default-branch-invalid',
      `wharf.yaml on the default branch (${branch}, ${revision.slice(0, 12)}) does not validate (${validation.problems.length} problem(s)), and grants are read from there: fix ${branch} first`,
    );
  }
  return { branch, revision, validation, repository: validation.repository };
}

/** Validates the repository at a revision; never returns what does not validate. */
async function validRevision(snapshot: RevisionSnapshot): Promise<Validation> {
  const { revision } = snapshot;
  const validation = await snapshot.validation();
  if (validation.problems.length > 0 || !validation.repository)
    throw new ValidationError(revision, validation.problems);
  return validation;
}

/**
 * The manifest of one environment at a revision, validated, with no grant checked: for
 * reading what already runs (backups), never for deploying.
 */
export async function loadManifest(
  git: GitSource,
  revision: string,
  environment: string,
): Promise<Environment> {
  const validation = await validRevision(snapshotsOf(git).at(revision));
  return namedEnvironment(validation, revision, environment);
}

function namedEnvironment(validation: Validation, revision: string, name: string): Environment {
  const loaded = validation.environments.find((e) => e.name === name);
  if (!loaded) {
    throw new WharfError(
      'environment-unknown',
      `environment ${name} is not in wharf.yaml at revision ${revision.slice(0, 12)} (environments: ${validation.environments.map((e) => e.name).join(', ')})`,
    );
  }
  return loaded.manifest;
}

/**
 * Reads and validates the environments repository at a revision and returns one environment
 * of it, under the grants of wharf.yaml on the default branch. Never deploys what does not
 * validate (ValidationError lists every problem), nor a revision off the default branch
 * that changes its own grants, nor one that names encrypted files it is not granted.
 */
export async function loadRevision(
  git: GitSource,
  revision: string,
  environment: string,
): Promise<LoadedRevision> {
  const snapshot = snapshotsOf(git).at(revision);
  const validation = await validRevision(snapshot);
  const base = await readDefaultBranch(git);
  const number = previewNumber(environment);
  if (number !== null && !validation.environments.some((e) => e.name === environment))
    return loadPreview(snapshot, number, validation, base);
  const manifest = namedEnvironment(validation, revision, environment);
  if (revision !== base.revision && !(await git.isAncestor(revision, base.revision))) {
    const repository = validation.repository ?? base.repository;
    const changes = grantChanges(repository, base.repository, [environment]);
    if (changes.length > 0)
      throw new WharfError('grant-not-on-default-branch', grantRefusal(base.branch, changes, true));
  }
  const policy = base.repository.policy?.[environment];
  checkSecretFiles(manifest, policy, base.branch);
  checkHostClaims(manifest, base);
  return {
    revision,
    repository: base.repository,
    environment: manifest,
    policy,
    snapshot,
    repoFiles: await readReferenced(snapshot, manifest),
  };
}

/**
 * A revision's own manifests say one hostname belongs to one environment; a branch could also
 * move the other environment's host away in its own copy. So the hosts are checked against
 * every other environment as the default branch has it too.
 */
function checkHostClaims(manifest: Environment, base: DefaultBranch): void {
  const mine = new Set([manifest.host, ...(manifest.aliases ?? [])].map((h) => h.toLowerCase()));
  for (const other of base.validation.environments) {
    if (other.name === manifest.name) continue;
    const taken = [other.manifest.host, ...(other.manifest.aliases ?? [])].find((h) =>
      mine.has(h.toLowerCase()),
    );
    if (taken)
      throw new WharfError(
        'host-taken',
        `not deploying ${manifest.name}: host ${taken} belongs to environment ${other.name} on the default branch (${base.branch}); one hostname belongs to one environment`,
      );
  }
}

/** Every encrypted file the manifest names must be the environment's own, or granted. */
function checkSecretFiles(
  manifest: Environment,
  policy: PolicyGrant | undefined,
  branch: string,
): void {
  const refused = Object.entries(manifest.secrets ?? {}).flatMap(([name, source]) =>
    source?.source === 'file' &&
    source.path &&
    !secretFileAllowed(manifest.name, source.path, policy)
      ? [`secret ${name}: ${secretRefusal(manifest.name, source.path, `wharf.yaml on ${branch}`)}`]
      : [],
  );
  if (refused.length > 0)
    throw new WharfError(
      'secret-not-granted',
      `not deploying ${manifest.name}: ${refused.join('; ')}. Nothing was decrypted.`,
    );
}

async function readReferenced(
  snapshot: RevisionSnapshot,
  manifest: Environment,
): Promise<Map<string, string>> {
  const repoFiles = new Map<string, string>();
  for (const ref of referencedFiles(manifest)) {
    const content = await snapshot.referenced(ref.path);
    if (content !== undefined) repoFiles.set(ref.path, content);
  }
  return repoFiles;
}

/**
 * A preview (`pr-N`): the `from` environment's manifest as the pull request's head has it,
 * under the preview settings of wharf.yaml on the default branch, with no grant at all (not
 * the `from` environment's) and no raw `compose` block unless the default branch allows one.
 * The pull request may change its manifests, but not grant itself a preview, a host or a
 * policy exception.
 */
async function loadPreview(
  snapshot: RevisionSnapshot,
  number: number,
  atHead: Validation,
  base: DefaultBranch,
): Promise<LoadedRevision> {
  const { revision } = snapshot;
  const settings = base.repository.previews;
  if (!settings || settings.enabled === false) {
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
  if (source.manifest.compose !== undefined && settings.allowCompose !== true) {
    throw new WharfError(
      'preview-compose-refused',
      `pr-${number}: ${source.file} has a raw \`compose\` block, and previews get none unless \`previews.allowCompose: true\` is set in wharf.yaml on the default branch (${base.branch}); nothing was started`,
    );
  }
  const resolved = resolveManifest(
    'Environment',
    previewEnvironment(source.manifest, settings, number),
  );
  if (!resolved.ok)
    throw new WharfError(
      'preview-invalid',
      `pr-${number}: the preview of ${settings.from} is not a valid manifest: ${resolved.errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ')}`,
    );
  const environment = resolved.value;
  return {
    revision,
    repository: base.repository,
    environment,
    policy: undefined,
    snapshot,
    repoFiles: await readReferenced(snapshot, environment),
  };
}

/** The branch an environment follows, from wharf.yaml on the repository's default branch. */
export async function followedBranch(git: GitSource, environment: string): Promise<string> {
  const number = previewNumber(environment);
  if (number !== null) return pullRef(number);
  const head = await git.resolve(await git.defaultBranch());
  const validation = await snapshotsOf(git).at(head).validation();
  const binding = validation.repository?.environments[environment];
  if (!binding) {
    throw new WharfError(
      'environment-unknown',
      `environment ${environment} is not in wharf.yaml on the default branch; name a revision with --revision`,
    );
  }
  return binding.branch;
}
