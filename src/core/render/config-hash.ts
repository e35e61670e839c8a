import { createHash } from 'node:crypto';
import { stableJson } from '../stable-json.js';

/** A short, stable hash of any JSON value (sha256, 16 hex digits). */
export function hashOf(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 16);
}
