import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The JSON Schemas live in schemas/ at the package root, beside src/ and dist/. */
const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/**
 * One schema file of the package, parsed. Synchronous: it is read once per process, when the
 * first manifest is validated, and validation itself is synchronous.
 */
export function readSchemaFile(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaDir + name, 'utf8')) as Record<string, unknown>;
}
