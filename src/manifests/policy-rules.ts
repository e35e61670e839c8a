import type { Repository } from '../core/manifest.js';
import { describeViolation, rawComposeViolations } from '../core/policy/environment-policy.js';
import type { WharfConfig } from '../config/config.generated.js';
import type { Finding } from './finding.js';
import type { BoundEnvironment } from './repository-rules.js';
import { blockDefaults } from './schemas.js';

/**
 * Policy violations of each environment's raw `compose` block under the grants of the
 * wharf.yaml being validated, placed on the offending key so `wharf validate` and the
 * `wharf/validate` status say "refused by policy" before anything starts.
 */
export function policyRules(
  repository: Repository,
  environments: readonly BoundEnvironment[],
): Finding[] {
  // Relative bind sources are placed under the default state directory for the message only;
  // the deploy checks again with the host's own.
  const { stateDir } = blockDefaults<Pick<WharfConfig, 'stateDir'>>('WharfConfig', '');
  return environments.flatMap((env) =>
    rawComposeViolations(env.manifest, repository.policy?.[env.name], { stateDir }).map(
      (v): Finding => ({
        file: env.file,
        segments: v.segments,
        message: describeViolation(env.name, v),
        rule: 'policy',
        at: 'key',
      }),
    ),
  );
}
