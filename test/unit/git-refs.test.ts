import { describe, expect, it } from 'vitest';
import { parseRef } from '../../src/adapters/git-refs.js';

describe('parseRef (refs from outside, before they reach git)', () => {
  it.each([
    ['main', { kind: 'branch', name: 'main' }],
    ['release/2.x', { kind: 'branch', name: 'release/2.x' }],
    ['refs/heads/staging', { kind: 'branch', name: 'staging' }],
    ['refs/pull/42/head', { kind: 'pull', number: 42 }],
    ['0123abcd', { kind: 'sha', sha: '0123abcd' }],
    ['a'.repeat(40), { kind: 'sha', sha: 'a'.repeat(40) }],
  ])('accepts %s', (input, expected) => {
    expect(parseRef(input)).toEqual(expected);
  });

  it.each([
    ['--upload-pack=evil', 'an option'],
    ['-b', 'a short option'],
    ['main..other', 'a range'],
    ['main~1', 'an ancestry expression'],
    ['HEAD^', 'a parent expression'],
    ['@{-1}', 'a reflog expression'],
    ['main:wharf.yaml', 'a path expression'],
    ['a b', 'a space'],
    ['feature.lock', 'a .lock name'],
    ['refs/pull/0/head', 'pull request zero'],
    ['refs/pull/1/merge', 'a merge ref'],
    ['x'.repeat(256), 'an overlong name'],
    ['', 'nothing'],
    ['bad\u0000name', 'a NUL byte'],
  ])('refuses %s (%s)', (input) => {
    expect(parseRef(input)).toBeUndefined();
  });
});
