import { Document, isMap, isScalar, visit } from 'yaml';
import type { ImportedManifest } from './import-context.js';

/** Where editors find the schema (docs/manifest.md, "Editor support"). */
export const environmentSchemaUrl = 'https://wharf.dev/schemas/environment.schema.json';

/**
 * The manifest as YAML, as the files of an environments repository are written: the schema
 * comment first, short lists of words on one line, and a comment where a person must act
 * (a service without image, a placeholder host).
 */
export function manifestText(
  manifest: ImportedManifest,
  source: { readonly file: string; readonly placeholderHost: boolean },
): string {
  const doc = new Document(manifest);
  doc.commentBefore = ` Imported from ${source.file} by \`wharf import\`; see docs/adopting.md.`;
  visit(doc, {
    Seq(_, node) {
      const words = node.items.every((item) => isScalar(item) && String(item.value).length <= 40);
      if (words && node.items.length <= 8) node.flow = true;
    },
  });
  for (const [name, service] of Object.entries(manifest.services)) {
    if (service.image !== undefined) continue;
    const node = doc.getIn(['services', name], true);
    if (isMap(node))
      node.commentBefore = ' image: build the image, push it to a registry and set it here';
  }
  if (source.placeholderHost) {
    const host = doc.get('host', true);
    if (isScalar(host)) host.comment = ' a placeholder: set the public host name';
  }
  // Secret sources are one short mapping each: `NAME: { source: store }`.
  const secrets = doc.get('secrets', true);
  if (isMap(secrets))
    for (const pair of secrets.items) if (isMap(pair.value)) pair.value.flow = true;
  const text = doc
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    // As prettier writes them: `[a, b]`, but `{ source: store }`.
    .replace(/: \{source: store\}$/gm, ': { source: store }');
  return `# yaml-language-server: $schema=${environmentSchemaUrl}\n${text}`;
}
