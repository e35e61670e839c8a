import { edgeTlsPaths } from './render-tls.js';
import { labels } from '../render/names.js';

export interface EdgeSettings {
  /** Compose project of the edge; its container is `<project>-nginx-1`. */
  readonly project: string;
  readonly image: string;
  /** Address the edge's ports are published on (0.0.0.0 on a server, 127.0.0.1 in tests). */
  readonly bind: string;
  readonly httpPort: number;
  readonly httpsPort: number;
  /** Host port of the preview listener, always bound to 127.0.0.1. */
  readonly previewPort: number;
}

/** The Compose project of the edge: the host's one Nginx, for every environment. */
export function renderEdgeProject(
  settings: EdgeSettings,
  stateDir: string,
  installation: string,
): Record<string, unknown> {
  return {
    name: settings.project,
    services: {
      nginx: {
        image: settings.image,
        restart: 'unless-stopped',
        ports: [
          `${settings.bind}:${settings.httpPort}:80`,
          `${settings.bind}:${settings.httpsPort}:443`,
          `127.0.0.1:${settings.previewPort}:8081`,
        ],
        volumes: [
          `${stateDir}/edge/nginx.conf:/etc/nginx/nginx.conf:ro`,
          `${stateDir}/edge/sites:/etc/wharf-edge:ro`,
          `${stateDir}/edge/tls:${edgeTlsPaths.includes}:ro`,
          `${stateDir}/tls:${edgeTlsPaths.certificates}:ro`,
          `${stateDir}/edge/acme:${edgeTlsPaths.acme}:ro`,
        ],
        labels: {
          [labels.managed]: 'true',
          [labels.role]: 'edge',
          [labels.installation]: installation,
        },
      },
    },
  };
}
