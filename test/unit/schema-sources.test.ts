import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readSchema } from '../../src/manifests/schemas.js';

const run = promisify(execFile);

function walk(
  node: unknown,
  visit: (schema: Record<string, unknown>, where: string) => void,
  where = '#',
): void {
  if (typeof node !== 'object' || node === null) return;
  if (!Array.isArray(node)) visit(node as Record<string, unknown>, where);
  for (const [key, child] of Object.entries(node)) walk(child, visit, `${where}/${key}`);
}

describe('the JSON Schemas', () => {
  it('are the one source of the TypeScript manifest types (generated files are current)', async () => {
    await expect(run('node', ['scripts/gen-types.mjs', '--check'])).resolves.toBeDefined();
  });

  it('are the one source of the compiled validators (generated file is current)', async () => {
    await expect(run('node', ['scripts/gen-validators.mjs', '--check'])).resolves.toBeDefined();
  });

  it.each(['Environment', 'Repository'] as const)(
    '%s is draft 2020-12 with an $id, title and description',
    (kind) => {
      const schema = readSchema(kind);
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toMatch(/^https:\/\/.+\.schema\.json$/);
      expect(schema['title']).toBe(kind);
      expect(typeof schema['description']).toBe('string');
    },
  );

  it.each(['Environment', 'Repository'] as const)(
    '%s explains every object definition it has',
    (kind) => {
      const undocumented: string[] = [];
      walk(readSchema(kind), (schema, where) => {
        if (
          schema['type'] === 'object' &&
          schema['properties'] &&
          !schema['description'] &&
          !where.endsWith('#')
        ) {
          // Objects reached through a property carry the description on that property.
          if (/\/\$defs\/[^/]+$/.test(where)) undocumented.push(where);
        }
      });
      expect(undocumented).toEqual([]);
    },
  );
});
