import { describe, expect, it } from 'vitest';
import { redisDeployLog } from '../../src/adapters/redis-deploy-log.js';
import type { DeployLog, DeployLogLine } from '../../src/ports/deploy-log.js';
import { memoryDeployLog } from '../fakes/memory-deploy-log.js';
import { contractRedis } from './redis-stores.js';

const { redis, prefix } = contractRedis('deploy-log');

function line(message: string, environment = 'shop'): DeployLogLine {
  return { time: '2026-01-01T00:00:00.000Z', environment, step: 'apps', message };
}

const implementations: [string, () => DeployLog][] = [
  ['memory fake', memoryDeployLog],
  ['Redis adapter', () => redisDeployLog(redis, prefix())],
];

describe.each(implementations)('DeployLog contract: %s', (_name, make) => {
  it('gives a deploy’s lines back in order, from any index', async () => {
    const log = make();
    for (const m of ['one', 'two', 'three']) await log.append('d1', line(m));
    await log.append('d2', line('other'));
    expect((await log.lines('d1')).map((l) => l.message)).toEqual(['one', 'two', 'three']);
    expect((await log.lines('d1', 2)).map((l) => l.message)).toEqual(['three']);
    expect(await log.lines('unknown')).toEqual([]);
  });

  it('says which deploy runs in an environment from start to finish', async () => {
    const log = make();
    expect(await log.running('shop')).toBeNull();
    await log.start('d1', 'shop');
    await log.append('d1', line('starting'));
    expect(await log.running('shop')).toBe('d1');
    expect(await log.read('d1', 0)).toEqual({ lines: [line('starting')], running: true });
    await log.finish('d1', 'shop');
    expect(await log.running('shop')).toBeNull();
    expect(await log.read('d1', 1)).toEqual({ lines: [], running: false });
  });

  it('leaves a newer deploy’s marker alone when an older one finishes', async () => {
    const log = make();
    await log.start('old', 'shop');
    await log.start('new', 'shop');
    await log.finish('old', 'shop');
    expect(await log.running('shop')).toBe('new');
  });

  it('says which deploy runs in each of many environments at once', async () => {
    const log = make();
    await log.start('d1', 'shop');
    await log.start('d2', 'blog');
    await log.finish('d2', 'blog');
    await log.start('d3', 'api');
    const running = await log.runningIn(['shop', 'blog', 'api', 'nowhere']);
    expect([...running]).toEqual([
      ['shop', 'd1'],
      ['blog', null],
      ['api', 'd3'],
      ['nowhere', null],
    ]);
    expect((await log.runningIn([])).size).toBe(0);
  });

  it('never keeps the credentials of a repository URL in a line', async () => {
    const log = make();
    await log.append('d1', line('fetching https://user:hunter22@git.example/env.git'));
    const [stored] = await log.lines('d1');
    expect(stored?.message).toContain('git.example/env.git');
    expect(stored?.message).not.toContain('hunter22');
  });
});
