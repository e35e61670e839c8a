import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { schemaFields } from '../helpers/schema-fields.js';

const doc = await readFile('docs/manifest.md', 'utf8');

interface DocRow {
  path: string;
  required: boolean;
  default: string;
}

/** The reference table under one heading: field path (placeholders as `*`), required, default. */
function tableUnder(heading: string): DocRow[] {
  const start = doc.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`docs/manifest.md has no "## ${heading}" section`);
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end < 0 ? undefined : end);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
      return {
        path: (cells[1] ?? '').replaceAll('`', '').replace(/<[^>]+>/g, '*'),
        required: cells[3] === 'yes',
        default: (cells[4] ?? '').replaceAll('`', ''),
      };
    });
}

function schemaDefault(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

describe('docs/manifest.md', () => {
  it.each([
    ['Environment', 'Environment reference'],
    ['Repository', 'Repository reference'],
  ] as const)('documents every %s field the schema has, and no other', (kind, heading) => {
    const documented = tableUnder(heading);
    const fields = schemaFields(kind);
    expect(documented.map((r) => r.path).sort()).toEqual(fields.map((f) => f.path).sort());
  });

  it.each([
    ['Environment', 'Environment reference'],
    ['Repository', 'Repository reference'],
  ] as const)('gives the schema’s required flags and defaults for %s', (kind, heading) => {
    const documented = new Map(tableUnder(heading).map((r) => [r.path, r]));
    for (const field of schemaFields(kind)) {
      const row = documented.get(field.path);
      expect({ path: field.path, required: row?.required, default: row?.default }).toEqual({
        path: field.path,
        required: field.required,
        default: schemaDefault(field.schema['default']),
      });
    }
  });
});
