/** Bounds on manifest input, so hostile YAML is refused before it costs memory or time. */
export interface YamlLimits {
  /** Largest manifest accepted, in bytes. Real manifests are a few kilobytes. */
  readonly maxBytes: number;
  /** Deepest nesting of collections. The schema itself needs six levels. */
  readonly maxDepth: number;
  /** Most alias dereferences; guards against "billion laughs" documents. */
  readonly maxAliases: number;
}

export const defaultLimits: YamlLimits = { maxBytes: 1024 * 1024, maxDepth: 64, maxAliases: 100 };
