import { stringify } from 'yaml';

/**
 * The text of a project's compose.yaml, exactly as it is written under the state directory:
 * what a deploy writes and what `wharf render` shows are these same bytes.
 */
export function composeFileText(compose: Record<string, unknown>): string {
  return `# Rendered by wharf; changes here are overwritten on the next deploy.\n${stringify(compose)}`;
}
