import { describe, expect, it } from 'vitest';
import { WharfError } from '../../src/core/errors.js';
import { messageOf } from '../../src/core/message-of.js';

describe('messageOf', () => {
  it.each<[string, unknown, string]>([
    ['an Error', new Error('boom'), 'boom'],
    [
      'a WharfError, without its code',
      new WharfError('git-failed', 'git fetch failed'),
      'git fetch failed',
    ],
    ['a string thrown', 'plain text', 'plain text'],
    ['a number thrown', 42, '42'],
    ['undefined thrown', undefined, 'undefined'],
    ['an object with a message that is no Error', { message: 'looks like one' }, '[object Object]'],
  ])('%s', (_what, thrown, message) => {
    expect(messageOf(thrown)).toBe(message);
  });
});
