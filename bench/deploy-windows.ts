// What the deploy benchmarks share: the windows a deploy's requests are counted in, and the
// summary of the requests in them.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { freePort } from '../test/helpers/docker-cli.js';
import { percentile, type Sample } from '../test/helpers/load.js';

/** A deploy: from its start until a second after it returned; `body` is the new version's. */
export interface Window {
  start: number;
  deployed: number;
  end: number;
  body: string;
}

export interface Result {
  mode: string;
  deploys: number;
  requests: number;
  failed: number;
  p50: number;
  p99: number;
  meanDeploySeconds: number;
  requestsPerSecond: number;
  /** Mean seconds from a deploy's start to the first request answered by the new version. */
  live?: number;
  phases?: { prepare: number; startToHealthy: number; probe: number; switch: number };
  revert?: { seconds: number; live: number };
}

/** Seconds from the window's start to the first request started after it that the new version answered. */
export function timeToLive(samples: readonly Sample[], window: Window): number {
  const first = samples.find(
    (s) => s.start >= window.start && s.status === 200 && s.body.trim() === window.body,
  );
  return first ? (first.end - window.start) / 1000 : Number.NaN;
}

export function summarize(
  mode: string,
  samples: readonly Sample[],
  windows: readonly Window[],
): Result {
  const inWindow = samples.filter((s) =>
    windows.some((w) => s.start >= w.start && s.start <= w.end),
  );
  const latencies = inWindow.filter((s) => s.status === 200).map((s) => s.end - s.start);
  const seconds = windows.reduce((sum, w) => sum + (w.end - w.start), 0) / 1000;
  const deploying = windows.reduce((sum, w) => sum + (w.deployed - w.start), 0) / 1000;
  return {
    mode,
    deploys: windows.length,
    requests: inWindow.length,
    failed: inWindow.filter((s) => s.status !== 200).length,
    p50: Number(percentile(latencies, 50).toFixed(1)),
    p99: Number(percentile(latencies, 99).toFixed(1)),
    meanDeploySeconds: Number((deploying / windows.length).toFixed(2)),
    requestsPerSecond: Math.round(inWindow.length / seconds),
  };
}

/**
 * A wharf configuration for a benchmark in `dir`, its edge on `port`: its own installation and
 * edge, so a wharf serving on this host is left alone. Returns the file's path.
 */
export async function writeBenchConfig(
  dir: string,
  repository: string,
  port: number,
): Promise<string> {
  const file = path.join(dir, 'config.yaml');
  await writeFile(
    file,
    stringify({
      repository: { url: repository },
      stateDir: path.join(dir, 'state'),
      redis: { prefix: `bench-${Date.now()}` },
      installationId: 'wharf-test-bench',
      edge: {
        project: 'wharf-test-bench-edge',
        image: 'wharf-test/nginx:1',
        bind: '127.0.0.1',
        httpPort: port,
        httpsPort: await freePort(),
        previewPort: await freePort(),
      },
    }),
  );
  return file;
}
