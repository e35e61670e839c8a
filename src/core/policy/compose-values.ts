import { posix } from 'node:path';

/**
 * Compose's spellings of one thing, read the way Compose reads them: short and long volume
 * and port syntax, lists or maps for labels. Where a spelling is unclear, the reading that
 * reaches further is taken, so the policy errs on the side of refusing.
 */
export interface VolumeMount {
  readonly type: 'bind' | 'volume' | 'tmpfs' | 'other';
  /** Host path (bind) or volume name (volume); '' when anonymous. */
  readonly source: string;
  /** How it was written, for messages. */
  readonly spelling: string;
}

export function volumeMounts(value: unknown): VolumeMount[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry): VolumeMount => {
    if (typeof entry === 'string') {
      const parts = entry.split(':');
      const source = parts.length > 1 ? (parts[0] ?? '') : '';
      return { type: isPathLike(source) ? 'bind' : 'volume', source, spelling: entry };
    }
    if (typeof entry === 'object' && entry !== null) {
      const { type, source } = entry as { type?: unknown; source?: unknown };
      const text = typeof source === 'string' ? source : '';
      const kind =
        type === 'bind' || type === 'volume' || type === 'tmpfs'
          ? type
          : type === undefined
            ? isPathLike(text)
              ? 'bind'
              : 'volume'
            : 'other';
      return { type: kind, source: text, spelling: JSON.stringify(entry) };
    }
    return { type: 'other', source: '', spelling: JSON.stringify(entry) };
  });
}

// Compose takes a short-syntax source that starts like a path as a host path.
function isPathLike(source: string): boolean {
  return /^[/.~]/.test(source) || source.includes('/');
}

/** A bind source as the host sees it: relative to the project folder, `..` folded away. */
export function hostPath(source: string, projectDir: string): string {
  if (source.startsWith('~')) return posix.normalize(`/root/${source.slice(1)}`);
  return posix.resolve(projectDir, source);
}

export interface PublishedPort {
  /** The host port or range; '' when Docker picks one at random. */
  readonly published: string;
  readonly spelling: string;
}

export function publishedPorts(value: unknown): PublishedPort[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry): PublishedPort => {
    if (typeof entry === 'object' && entry !== null) {
      const published = (entry as { published?: unknown }).published;
      return {
        published:
          typeof published === 'string' || typeof published === 'number' ? String(published) : '',
        spelling: JSON.stringify(entry),
      };
    }
    const text = String(entry).replace(/\/(tcp|udp|sctp)$/i, '');
    // "8080", "80:8080", "127.0.0.1:80:8080", "[::1]:80:8080": the host port precedes the container's.
    const parts = text.replace(/^\[[^\]]*\]/, 'ip').split(':');
    return {
      published: parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '',
      spelling: String(entry),
    };
  });
}

/** Labels as a map, from either the map or the `KEY=VALUE` list spelling. */
export function labelMap(value: unknown): Record<string, string> {
  if (Array.isArray(value)) {
    return Object.fromEntries(
      value.map((item) => {
        const text = String(item);
        const at = text.indexOf('=');
        return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
      }),
    );
  }
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
  return {};
}

/**
 * Whether a key is set at all. Compose casts strings such as "true" to booleans, so any value
 * but an absent one, `null`, `false` or an empty list or map counts as set.
 */
export function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** A namespace or network mode, as Docker compares it. */
export function namespaceMode(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : JSON.stringify(value);
}
