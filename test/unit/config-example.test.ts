import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaValidator } from '../../src/manifests/schemas.js';

describe('the example configuration in docs/examples', () => {
  it('is a valid wharf configuration', async () => {
    const config: unknown = parse(await readFile('docs/examples/config.yaml', 'utf8'));
    const validate = schemaValidator('WharfConfig');
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });
});
