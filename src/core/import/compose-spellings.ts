/**
 * Compose's several spellings of one thing, read into one shape: environment as a map or a
 * `KEY=VALUE` list, short and long port and volume syntax, `depends_on` as a list or a map
 * (docs.docker.com/reference/compose-file/services/).
 */
export type ComposeMap = Readonly<Record<string, unknown>>;

export function isMap(value: unknown): value is ComposeMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a message shows it: text as it is, anything else as JSON. */
export function spelled(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Environment entries in order; a value of `undefined` is one Compose takes from the shell. */
export function environmentEntries(value: unknown): [string, unknown][] {
  if (Array.isArray(value)) {
    return value.map((item): [string, unknown] => {
      const text = String(item);
      const at = text.indexOf('=');
      return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
    });
  }
  if (isMap(value)) return Object.entries(value).map(([k, v]) => [k, v ?? undefined]);
  return [];
}

export interface PortMapping {
  /** The container's port (the first of a range); undefined when it cannot be read. */
  readonly container: number | undefined;
  /** The host port, '' when none is published (`"3000"`) or Docker picks one. */
  readonly published: string;
  readonly protocol: string;
  readonly spelling: string;
}

function firstPort(text: string): number | undefined {
  const match = /^([0-9]+)(?:-[0-9]+)?$/.exec(text.trim());
  const n = match ? Number(match[1]) : NaN;
  return n >= 1 && n <= 65535 ? n : undefined;
}

/** `ports` entries: `"3000"`, `"8080:3000"`, `"127.0.0.1:8080:3000/tcp"`, or the long syntax. */
export function portMappings(value: unknown): PortMapping[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry): PortMapping => {
    if (isMap(entry)) {
      const { target, published, protocol } = entry;
      return {
        container: firstPort(typeof target === 'number' ? String(target) : spelled(target ?? '')),
        published:
          typeof published === 'string' || typeof published === 'number' ? String(published) : '',
        protocol: typeof protocol === 'string' ? protocol.toLowerCase() : 'tcp',
        spelling: JSON.stringify(entry),
      };
    }
    const spelling = String(entry);
    const [address = '', protocol = 'tcp'] = spelling.split('/');
    // An IPv6 host address is bracketed: `[::1]:8080:3000`.
    const parts = address.replace(/^\[[^\]]*\]/, 'ip').split(':');
    return {
      container: firstPort(parts[parts.length - 1] ?? ''),
      published: parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '',
      protocol: protocol.toLowerCase(),
      spelling,
    };
  });
}

/** `expose` entries: `"3000"`, `3000`, `"3000/tcp"`, `"3000-3005"`. */
export function exposedPorts(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const [port = '', protocol = 'tcp'] = String(entry).split('/');
    const n = protocol.toLowerCase() === 'tcp' ? firstPort(port) : undefined;
    return n === undefined ? [] : [n];
  });
}

export interface Dependency {
  readonly service: string;
  /** `service_started` (the default), `service_healthy`, `service_completed_successfully`. */
  readonly condition: string;
}

export function dependencies(value: unknown): Dependency[] {
  if (Array.isArray(value))
    return value.map((service) => ({ service: String(service), condition: 'service_started' }));
  if (isMap(value))
    return Object.entries(value).map(([service, how]) => {
      const condition = isMap(how) ? how['condition'] : undefined;
      return {
        service,
        condition: typeof condition === 'string' ? condition : 'service_started',
      };
    });
  return [];
}

export interface Mount {
  /** `anonymous`: a volume without a name, which Docker creates anew for each container. */
  readonly type: 'volume' | 'anonymous' | 'bind' | 'tmpfs' | 'other';
  /** The volume's name or the host path; '' for anonymous and tmpfs. */
  readonly source: string;
  readonly target: string;
  readonly readOnly: boolean;
  readonly spelling: string;
  /** The entry as written. */
  readonly entry: unknown;
}

// Compose takes a short-syntax source that starts like a path as a host path.
function isPathLike(source: string): boolean {
  return /^[/.~$]/.test(source) || source.includes('/');
}

/** `volumes` entries of a service: `name:/path:ro`, `./dir:/path`, `/path`, or the long syntax. */
export function mounts(value: unknown): Mount[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry): Mount => {
    if (isMap(entry)) {
      const source = typeof entry['source'] === 'string' ? entry['source'] : '';
      const target = typeof entry['target'] === 'string' ? entry['target'] : '';
      const readOnly = entry['read_only'] === true;
      const spelling = JSON.stringify(entry);
      const given = entry['type'];
      const type =
        given === 'bind' || given === 'tmpfs'
          ? given
          : given === 'volume' || given === undefined
            ? source === ''
              ? 'anonymous'
              : given === undefined && isPathLike(source)
                ? 'bind'
                : 'volume'
            : 'other';
      return { type, source, target, readOnly, spelling, entry };
    }
    const spelling = String(entry);
    const parts = spelling.split(':');
    if (parts.length === 1)
      return { type: 'anonymous', source: '', target: spelling, readOnly: false, spelling, entry };
    const [source = '', target = '', mode = ''] = parts;
    const readOnly = mode.split(',').includes('ro');
    return {
      type: isPathLike(source) ? 'bind' : 'volume',
      source,
      target,
      readOnly,
      spelling,
      entry,
    };
  });
}

/**
 * An image's repository without registry, tag or digest: `docker.io/library/postgres:16` is
 * `library/postgres`, `ghcr.io/acme/web:1` is `acme/web`.
 */
export function imageRepository(image: string): string {
  const withoutDigest = image.split('@')[0] ?? image;
  const parts = withoutDigest.split('/');
  const first = parts[0] ?? '';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost'))
    parts.shift();
  const last = parts.pop() ?? '';
  return [...parts, last.split(':')[0] ?? last].join('/').toLowerCase();
}

/** The last part of an image's repository: `bitnami/redis:7` is `redis`. */
export function imageBase(image: string): string {
  return imageRepository(image).split('/').pop() ?? '';
}

/** The tag of an image, '' when it has none (and so runs `latest`). */
export function imageTag(image: string): string {
  const withoutDigest = image.split('@')[0] ?? image;
  const last = withoutDigest.split('/').pop() ?? '';
  const colon = last.indexOf(':');
  return colon < 0 ? '' : last.slice(colon + 1);
}
