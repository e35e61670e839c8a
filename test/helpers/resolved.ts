import type { EnvironmentInput, RepositoryInput } from '../../src/core/manifest.js';
import {
  resolveManifest,
  schemaValidator,
  type ManifestKind,
  type Resolved,
} from '../../src/manifests/schemas.js';

interface Written {
  Environment: EnvironmentInput;
  Repository: RepositoryInput;
  WharfConfig: unknown;
}

/** A manifest built in a test, as validation leaves it: every schema default filled in. */
export function resolved<K extends ManifestKind>(kind: K, written: Written[K]): Resolved[K] {
  const result = resolveManifest(kind, written);
  if (!result.ok) throw new Error(`not a valid ${kind}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/**
 * The schema's defaults filled into a manifest that may break the schema's other rules, for a
 * test of what those rules prevent.
 */
export function withDefaults<K extends ManifestKind>(kind: K, written: Written[K]): Resolved[K] {
  const value = structuredClone(written);
  void schemaValidator(kind)(value);
  return value as Resolved[K];
}
