import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// The union is a type, gone at run time: its members are read from the source.
const source = await readFile('src/core/error-codes.ts', 'utf8');
const doc = await readFile('docs/operations.md', 'utf8');

const codes = [...source.matchAll(/^\s*\| '([a-z0-9-]+)'/gm)].map((m) => m[1]);
const section = doc.slice(doc.indexOf('### Error codes'));
const documented = [...section.matchAll(/^\| `([a-z0-9-]+)` +\|/gm)].map((m) => m[1]);

describe('error codes in docs/operations.md', () => {
  it('reads the codes of the union', () => {
    expect(codes.length).toBeGreaterThan(40);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('lists every code of the union, and no other', () => {
    expect([...documented].sort()).toEqual([...codes].sort());
  });
});
