/**
 * The environment `docker compose` runs with: only what it needs to find its binaries and
 * reach the Docker engine. Never wharf's own (its tokens and secrets), so nothing of wharf's
 * can be substituted into a project, and no `COMPOSE_*` variable changes what it reads.
 */
const passed = [
  'PATH',
  'HOME',
  'DOCKER_HOST',
  'DOCKER_CONTEXT',
  'DOCKER_CONFIG',
  'DOCKER_CERT_PATH',
  'DOCKER_TLS_VERIFY',
  'DOCKER_API_VERSION',
];

export function composeEnvironment(from: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    passed.flatMap((name) => (from[name] !== undefined ? [[name, from[name]]] : [])),
  );
}
