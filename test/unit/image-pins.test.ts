import { describe, expect, it } from 'vitest';
import { imagesToPin, isPinned, pinImages, registryOf } from '../../src/core/swarm/image-pins.js';

const digest = `sha256:${'b'.repeat(64)}`;

describe('the registry of an image reference', () => {
  it.each([
    ['127.0.0.1:5000/app:1', '127.0.0.1:5000'],
    ['registry.example.com/team/app:2', 'registry.example.com'],
    ['localhost/app', 'localhost'],
    ['ghcr.io/jupiter/web:1.8.0', 'ghcr.io'],
    ['postgres:16', 'docker.io'],
    ['jupiter/web:1', 'docker.io'],
  ])('%s pulls from %s', (image, registry) => {
    expect(registryOf(image)).toBe(registry);
  });
});

describe('pinning a stack’s images by digest', () => {
  const stack = {
    version: '3.8',
    services: {
      web: { image: 'r.example/web:1', deploy: { replicas: 4 } },
      api: { image: 'r.example/api:2' },
      worker: { image: 'r.example/web:1' },
      done: { image: `r.example/web:0@${digest}` },
      local: { image: 'app:dev' },
      postgres: {
        image: 'postgres:16',
        deploy: { placement: { constraints: ['node.labels.wharf.node == local'] } },
      },
    },
  };
  const known: Record<string, string> = {
    'r.example/web:1': `r.example/web:1@${digest}`,
    'r.example/api:2': `r.example/api:2@${digest}`,
  };

  it('asks once per image, only for the services that may run on any node', () => {
    expect(imagesToPin(stack)).toEqual(['r.example/web:1', 'r.example/api:2', 'app:dev']);
  });

  it('names each image by its digest, and lists the ones no registry has', () => {
    const { document, unpinned } = pinImages(stack, (image) => known[image] ?? null);
    const services = document['services'] as Record<string, { image: string }>;
    expect(services['web']?.image).toBe(`r.example/web:1@${digest}`);
    expect(services['worker']?.image).toBe(`r.example/web:1@${digest}`);
    expect(services['done']?.image).toBe(`r.example/web:0@${digest}`);
    expect(Object.values(services).filter((s) => isPinned(s.image))).toHaveLength(4);
    expect(unpinned).toEqual([
      { service: 'local', image: 'app:dev', local: false },
      { service: 'postgres', image: 'postgres:16', local: true },
    ]);
    // Everything else of the stack as it was.
    expect((document['services'] as Record<string, unknown>)['web']).toMatchObject({
      deploy: { replicas: 4 },
    });
    expect(document['version']).toBe('3.8');
  });
});
