import type { PolicyGrant, Repository } from './manifest.js';
import { stableJson } from './stable-json.js';

/** A grant with what grants nothing (false, an empty list) left out, so `{}` equals no grant. */
function effective(grant: PolicyGrant | undefined): string {
  const kept = Object.entries(grant ?? {}).filter(
    ([, value]) => value !== false && !(Array.isArray(value) && value.length === 0),
  );
  return stableJson(Object.fromEntries(kept));
}

/**
 * The grants a revision's wharf.yaml changes against the default branch's, for the given
 * environments: `policy.<environment>` for each whose effective grant differs.
 */
export function grantChanges(
  revision: Repository,
  defaultBranch: Repository,
  environments: readonly string[],
): string[] {
  return environments
    .filter((env) => effective(revision.policy?.[env]) !== effective(defaultBranch.policy?.[env]))
    .map((env) => `policy.${env}`);
}

/**
 * Why a revision that changes its own grants is refused, in words for a person; `retry`
 * adds how to deploy it once the change is on the default branch.
 */
export function grantRefusal(
  defaultBranch: string,
  changes: readonly string[],
  retry = false,
): string {
  const why = `policy grants are read from wharf.yaml on the default branch (${defaultBranch}); this revision's wharf.yaml changes ${changes.join(', ')}: merge that change to ${defaultBranch} first`;
  return retry
    ? `${why}, then push a newer commit or deploy this one again with --retry. Nothing was started.`
    : why;
}
