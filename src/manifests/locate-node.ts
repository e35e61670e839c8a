import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { PathSegment } from '../core/problem.js';
import type { YamlFile } from './load-yaml.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Finds where a path points in the source. `key` points at the mapping key of the last
 * segment (for unknown or badly named fields); `value` at its value. A path that leaves the
 * document (a missing field) points at the deepest part that exists.
 */
export function locate(
  yaml: YamlFile,
  segments: readonly PathSegment[],
  at: 'key' | 'value' = 'value',
): Position {
  let node: unknown = yaml.doc.contents;
  let best: unknown = node;
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      if (last && at === 'key') {
        best = pair.key;
        break;
      }
      node = pair.value;
      best = hasRange(pair.value) ? pair.value : pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (!hasRange(item)) break;
      node = item;
      best = item;
    } else {
      break;
    }
  }
  const offset = hasRange(best) ? best.range[0] : 0;
  const pos = yaml.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function hasRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as Node).range);
}
