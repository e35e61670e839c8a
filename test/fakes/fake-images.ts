import type { ContainerHealth } from '../../src/core/live.js';

/** What a running container of an image does: its health and its HTTP answers. */
export interface RunningApp {
  /** Health by the image's own HEALTHCHECK; null when the image has none. */
  readonly health: ContainerHealth | null;
  /** The HTTP status and body for a GET of `path`. */
  answer(path: string): { readonly status: number; readonly body: string };
  /** The lines it writes when it starts, as `docker logs` shows them. */
  readonly log: readonly string[];
}

/** An image the fake Docker host can run: how a container behaves, from its environment. */
export interface FakeImage {
  run(environment: Readonly<Record<string, string>>, secondsSinceStart: number): RunningApp;
}

function seconds(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * The test app (test/images/app/entrypoint.sh) as a model: a static server whose body,
 * extra paths and health come from its environment, health path `/healthz`.
 */
export function testApp(version: string): FakeImage {
  return {
    run(environment, since) {
      const appVersion = environment['APP_VERSION'] ?? version;
      const body = `${environment['APP_BODY'] ?? `app ${environment['APP_NAME'] ?? 'app'} version ${appVersion}`}\n`;
      const healthPath = environment['APP_HEALTH_PATH'] ?? '/healthz';
      const mode = environment['APP_HEALTH'] ?? 'healthy';
      const failAfter = seconds(environment['APP_FAIL_AFTER']);
      const healthy = mode === 'healthy' && (failAfter === null || since < failAfter);
      const prefixes = (environment['APP_PATHS'] ?? '').split(/\s+/).filter(Boolean);
      const served = (path: string): boolean =>
        path === '/' ||
        path === '/index.html' ||
        path === '/version' ||
        prefixes.some((p) => path === `${p}/` || path === `${p}/index.html`);
      return {
        health: healthy ? 'healthy' : 'unhealthy',
        answer(path) {
          if (path === healthPath) return healthy ? { status: 200, body: 'ok\n' } : notFound;
          // busybox httpd sends a folder asked for without its slash to the folder.
          if (prefixes.includes(path)) return { status: 301, body: '' };
          return served(path) ? { status: 200, body } : notFound;
        },
        log: [
          `app ${environment['APP_NAME'] ?? 'app'} version ${appVersion} listening on :${environment['APP_PORT'] ?? '8080'} (health ${mode})`,
        ],
      };
    },
  };
}

const notFound = { status: 404, body: '404 Not Found\n' };

/** A server image with no HTTP of its own to speak of and no HEALTHCHECK (databases, brokers). */
export const plainServer: FakeImage = {
  run: () => ({ health: null, answer: () => notFound, log: ['ready'] }),
};

/** The test images the suites build (test/images/build.sh), as the fake host knows them. */
export function fakeImageCatalogue(): Record<string, FakeImage> {
  return {
    'wharf-test/app:1': testApp('1'),
    'wharf-test/app:2': testApp('2'),
    'wharf-test/app:3': testApp('3'),
    'wharf-test/postgres:1': plainServer,
    'wharf-test/rabbitmq:1': plainServer,
    'wharf-test/prometheus:1': plainServer,
    'wharf-test/nginx:1': plainServer,
  };
}
