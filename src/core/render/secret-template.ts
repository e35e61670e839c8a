/** Placeholder for a secret's value in a rendered file; filled in only when the file is written. */
export function secretPlaceholder(name: string): string {
  return `{{secret ${name}}}`;
}

const placeholder = /\{\{secret ([A-Z][A-Z0-9_]{0,63})\}\}/g;

/** Names of the secrets a rendered file refers to. */
export function secretsIn(content: string): string[] {
  return [...new Set([...content.matchAll(placeholder)].map((m) => m[1] ?? ''))];
}

/** Replaces each placeholder with the secret's value. */
export function fillSecrets(content: string, value: (name: string) => string): string {
  return content.replace(placeholder, (_, name: string) => value(name));
}
