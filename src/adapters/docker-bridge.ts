import { runCommand } from './run-command.js';

/**
 * The gateway address of Docker's default bridge: what `host-gateway` (and so
 * `host.docker.internal` in a container that maps it) resolves to, unless the daemon sets
 * `host-gateway-ip`. Null when the engine does not answer or has no default bridge.
 */
export async function dockerBridgeGateway(): Promise<string | null> {
  const result = await runCommand(
    'docker',
    [
      'network',
      'inspect',
      'bridge',
      '--format',
      '{{range .IPAM.Config}}{{.Gateway}}|{{.Subnet}} {{end}}',
    ],
    { timeoutMs: 10_000 },
  );
  if (result.code !== 0) return null;
  for (const entry of result.stdout.trim().split(/\s+/)) {
    const [gateway, subnet] = entry.split('|');
    if (gateway && /^[0-9.]+$/.test(gateway)) return gateway;
    const first = subnet ? firstHost(subnet) : null;
    if (first) return first;
  }
  return null;
}

/**
 * The first host address of an IPv4 subnet. A fresh engine may report its default bridge's
 * subnet without a gateway; Docker then gives the bridge that first address (docker0's own).
 */
export function firstHost(subnet: string): string | null {
  const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(subnet);
  if (!match) return null;
  const [a, b, c, d, bits] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (bits > 30) return null;
  const base = (((a << 24) | (b << 16) | (c << 8) | d) >>> 0) & (~0 << (32 - bits));
  const host = (base + 1) >>> 0;
  return [host >>> 24, (host >>> 16) & 255, (host >>> 8) & 255, host & 255].join('.');
}
