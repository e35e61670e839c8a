import { Document, isMap, isScalar, type Document as YamlDocument } from 'yaml';

/** Where editors find the schema of wharf.yaml. */
export const repositorySchemaUrl = 'https://wharf.dev/schemas/repository.schema.json';

export interface Binding {
  /** The manifest's path, relative to the repository root. */
  readonly manifest: string;
  readonly branch: string;
}

/** A new wharf.yaml that binds one environment. */
export function newRepositoryText(environment: string, binding: Binding): string {
  const doc = new Document({
    apiVersion: 'wharf/v1',
    kind: 'Repository',
    environments: { [environment]: { ...binding } },
  });
  // A blank line before `environments`, as wharf.yaml files are laid out.
  if (isMap(doc.contents))
    for (const pair of doc.contents.items)
      if (isScalar(pair.key) && pair.key.value === 'environments') pair.key.spaceBefore = true;
  return `# yaml-language-server: $schema=${repositorySchemaUrl}\n${doc.toString({ lineWidth: 0 })}`;
}

export type BindingChange =
  | { readonly ok: true; readonly text: string; readonly replaced: boolean }
  | { readonly ok: false; readonly reason: 'exists'; readonly manifest: string | undefined }
  | { readonly ok: false; readonly reason: 'not-a-mapping' };

/**
 * wharf.yaml with `environments.<environment>` added, through the YAML document so that its
 * comments, order and layout stay. An entry of that name is refused unless `force`; then its
 * `manifest` is replaced and the rest of it (branch, tags, ...) kept.
 */
export function bindEnvironment(
  doc: YamlDocument,
  environment: string,
  binding: Binding,
  force: boolean,
): BindingChange {
  if (!isMap(doc.contents)) return { ok: false, reason: 'not-a-mapping' };
  const environments = doc.get('environments', true);
  const existing = isMap(environments) ? environments.get(environment, true) : undefined;
  if (existing !== undefined) {
    const manifest = isMap(existing) ? existing.get('manifest') : undefined;
    if (!force)
      return {
        ok: false,
        reason: 'exists',
        manifest: typeof manifest === 'string' ? manifest : undefined,
      };
    if (isMap(existing)) {
      existing.set('manifest', binding.manifest);
      if (!existing.has('branch')) existing.set('branch', binding.branch);
    } else doc.setIn(['environments', environment], doc.createNode({ ...binding }));
    return { ok: true, text: doc.toString({ lineWidth: 0 }), replaced: true };
  }
  if (isMap(environments)) {
    environments.flow = false;
    environments.set(environment, doc.createNode({ ...binding }));
  } else doc.set('environments', doc.createNode({ [environment]: { ...binding } }));
  return { ok: true, text: doc.toString({ lineWidth: 0 }), replaced: false };
}
