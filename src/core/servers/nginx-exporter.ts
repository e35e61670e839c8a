import { edgeStubStatus } from '../edge/render-nginx-conf.js';
import { defineServer } from './stateful-server.js';

const defaultImage = 'nginx/nginx-prometheus-exporter:1.3.0';

/** The edge's Nginx counters, as Prometheus series; runs wherever Prometheus does. */
export const nginxExporter = defineServer({
  name: 'nginx-exporter',
  dependable: false,
  section: (env) => env.monitoring?.prometheus,
  render(_prometheus, { images }) {
    return {
      compose: {
        image: images(defaultImage),
        environment: {
          // The edge serves its counters on a port only the environments' networks reach.
          SCRAPE_URI: `http://${edgeStubStatus.host}:${edgeStubStatus.port}${edgeStubStatus.path}`,
          // The edge joins this network after the stateful services start: wait for it.
          NGINX_RETRIES: '60',
        },
      },
    };
  },
  scrape: { job: 'nginx', port: 9113 },
});
