import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { heapFlags } from '../../src/cli/heap-flags.js';

const exec = promisify(execFile);
const flags = heapFlags(['serve'], []);

describe('heapFlags', () => {
  it.each([
    { args: ['serve'], options: [], set: true },
    { args: ['serve', '--config', '/etc/wharf/config.yaml'], options: [''], set: true },
    { args: ['agent', '-c', 'config.yaml'], options: [], set: true },
    { args: ['serve'], options: ['--max-old-space-size=512'], set: true },
    { args: ['validate', 'environments'], options: [], set: false },
    { args: ['deploy', 'serve'], options: [], set: false },
    { args: ['--version'], options: [], set: false },
    { args: [], options: [], set: false },
    { args: ['serve'], options: ['--max-semi-space-size=16'], set: false },
    { args: ['serve'], options: ['--inspect --max_semi_space_size=8'], set: false },
    { args: ['agent'], options: ['--optimize-for-size'], set: false },
    { args: ['serve'], options: ['--heap-growing-percent=100'], set: false },
  ])('$args with $options: sets flags $set', ({ args, options, set }) => {
    expect(heapFlags(args, options)).toEqual(set ? flags : []);
  });

  // The flags are set from inside the running process: this proves V8 still honours them so.
  it('keeps the young generation at its first size and the old one near what it holds', async () => {
    const script = `
      const v8 = require('node:v8');
      for (const flag of JSON.parse(process.argv[1])) v8.setFlagsFromString(flag);
      const size = (name) => v8.getHeapSpaceStatistics().find((s) => s.space_name === name).space_size;
      let young = 0, old = 0;
      const kept = [];
      (async () => {
        for (let round = 0; round < 150; round++) {
          const batch = [];
          for (let i = 0; i < 20000; i++) batch.push({ key: 'key' + i, value: [i, i + 1] });
          kept.push(batch);
          if (kept.length > 3) kept.shift();
          await new Promise((resolve) => setImmediate(resolve));
          young = Math.max(young, size('new_space'));
          old = Math.max(old, size('old_space'));
        }
        console.log(JSON.stringify({ young: young / 2 ** 20, old: old / 2 ** 20 }));
      })();
    `;
    const run = async (set: readonly string[]) => {
      const { stdout } = await exec('node', ['-e', script, JSON.stringify(set)]);
      return JSON.parse(stdout) as { young: number; old: number };
    };
    const [defaults, limited] = await Promise.all([run([]), run(flags)]);
    expect(defaults.young).toBeGreaterThan(8);
    expect(limited.young).toBeLessThanOrEqual(2);
    expect(limited.old).toBeLessThan(defaults.old * 0.75);
  });
});
