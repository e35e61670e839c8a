import { runCommand } from './run-command.js';

/**
 * The gateway address of Docker's default bridge: what `host-gateway` (and so
 * `host.docker.internal` in a container that maps it) resolves to, unless the daemon sets
 * `host-gateway-ip`. Null when the engine does not answer or has no default bridge.
 */
export async function dockerBridgeGateway(): Promise<string | null> {
  const result = await runCommand(
    'docker',
    ['network', 'inspect', 'bridge', '--format', '{{range .IPAM.Config}}{{.Gateway}} {{end}}'],
    { timeoutMs: 10_000 },
  );
  if (result.code !== 0) return null;
  return result.stdout.split(/\s+/).find((a) => /^[0-9.]+$/.test(a)) ?? null;
}
