import { readSchema, type ManifestKind } from '../../src/manifests/schemas.js';

export interface SchemaField {
  /** Dotted path with `*` for map keys: `services.*.health.path`. */
  readonly path: string;
  readonly schema: Record<string, unknown>;
  readonly required: boolean;
}

type Json = Record<string, unknown>;
/** A schema node and the file its local `#/...` references resolve against. */
interface Located {
  readonly node: Json;
  readonly file: string;
}

const files: Record<string, Json> = {
  'environment.schema.json': readSchema('Environment'),
  'repository.schema.json': readSchema('Repository'),
  'config.schema.json': readSchema('WharfConfig'),
};

const fileOf: Record<ManifestKind, string> = {
  Environment: 'environment.schema.json',
  Repository: 'repository.schema.json',
  WharfConfig: 'config.schema.json',
};

function resolve({ node, file }: Located): Located {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return { node, file };
  const [refFile, pointer] = ref.split('#');
  const targetFile = refFile || file;
  let target: unknown = files[targetFile];
  for (const part of (pointer ?? '').split('/').filter(Boolean)) target = (target as Json)[part];
  const resolved = resolve({ node: target as Json, file: targetFile });
  // A $ref's siblings (description, default) describe this use of it and take precedence.
  const { $ref: _ref, ...siblings } = node;
  return { node: { ...resolved.node, ...siblings }, file: resolved.file };
}

/** Every field a manifest of this kind can set, walked from the schema itself. */
export function schemaFields(kind: ManifestKind): SchemaField[] {
  const fields: SchemaField[] = [];
  function walk(at: Located, prefix: string): void {
    const { node: schema, file } = resolve(at);
    const properties = (schema['properties'] ?? {}) as Record<string, Json>;
    const required = new Set((schema['required'] ?? []) as string[]);
    for (const [name, child] of Object.entries(properties)) {
      if (name === '$schema') continue;
      const path = prefix ? `${prefix}.${name}` : name;
      const resolved = resolve({ node: child, file });
      fields.push({ path, schema: resolved.node, required: required.has(name) });
      if (path === 'compose') continue; // free-form Compose; its keys are Compose's own
      walk({ node: child, file }, path);
      const extra = resolved.node['additionalProperties'];
      if (typeof extra === 'object' && extra !== null) {
        const item = { node: extra as Json, file: resolved.file };
        if (resolve(item).node['properties']) walk(item, `${path}.*`);
      }
    }
  }
  walk({ node: readSchema(kind), file: fileOf[kind] }, '');
  return fields;
}
