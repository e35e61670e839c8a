/**
 * Names Compose accepts made into names wharf accepts (docs/manifest.md, "Values";
 * src/core/render/names.ts): lowercase letters, digits and dashes, no dash-separated part
 * `blue`, `green` or `infra`, no service named `wharf...`, volume keys of one word.
 */
const maxName = 40;
const colourParts = new Set(['blue', 'green', 'infra']);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

function fit(parts: readonly string[], fallback: string): string {
  let name = parts.filter((p) => !colourParts.has(p)).join('-');
  if (name !== '' && !/^[a-z]/.test(name)) name = `${fallback}-${name}`;
  name = name.slice(0, maxName).replace(/-+$/, '');
  return name === '' ? fallback : name;
}

/** `base`, else `base-2`, `base-3`, ... : the first one not taken, at most `max` long. */
export function unique(
  base: string,
  taken: ReadonlySet<string>,
  separator = '-',
  max = maxName,
): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `${separator}${n}`;
    const name = `${base.slice(0, max - suffix.length).replace(/[-_]+$/, '')}${suffix}`;
    if (!taken.has(name)) return name;
  }
}

const environmentPattern =
  /^(?!edge$)(?!(?:.*-)?(?:blue|green|infra)(?:-|$))(?:[a-z][a-z0-9-]{0,38}[a-z0-9]|[a-z])$/;
const previewName = /^pr-[0-9]+(-|$)/;

/** Why `name` cannot name an environment, or undefined when it can. */
export function environmentNameProblem(name: string): string | undefined {
  if (previewName.test(name))
    return 'names of the form pr-<number> (and pr-<number>-...) belong to pull-request previews';
  if (name === 'edge') return '`edge` is the name of the edge proxy’s own project';
  if (!environmentPattern.test(name))
    return 'use 1 to 40 lowercase letters, digits and dashes, starting with a letter and not ending with a dash, without a dash-separated part `blue`, `green` or `infra`';
  return undefined;
}

/** A valid environment name made from a Compose project or folder name. */
export function environmentName(candidate: string): string {
  const name = fit(words(candidate), 'app');
  if (name === 'edge' || previewName.test(name)) return `app-${name}`.slice(0, maxName);
  return name;
}

/**
 * A valid service name made from a Compose service name, none of `taken` (the names already
 * given and those of wharf's own servers).
 */
export function serviceName(candidate: string, taken: ReadonlySet<string>): string {
  const parts = words(candidate);
  // `wharf` and `wharf-...` begin every container name wharf gives; `wharfie` is fine.
  while (parts[0] === 'wharf') parts.shift();
  return unique(fit(parts, 'service'), taken);
}

const volumePattern = /^(?!data$)(?:[a-z][a-z0-9]{0,39}|[a-z][a-z0-9]{0,34}-data)$/;

/**
 * A volume key made from a Compose volume name: one word, optionally followed by `-data`
 * (`postgres_data` is `postgres-data`, `db_data_2` is `dbdata2`), `fallback` for `data`.
 */
export function volumeKey(candidate: string, fallback: string, taken: ReadonlySet<string>): string {
  const parts = words(candidate);
  const data = parts.length > 1 && parts[parts.length - 1] === 'data';
  let word = (data ? parts.slice(0, -1) : parts).join('');
  if (word !== '' && !/^[a-z]/.test(word)) word = `v${word}`;
  const max = data ? 35 : 40;
  word = word.slice(0, max);
  let key = word === '' ? fallback : data ? `${word}-data` : word;
  if (!volumePattern.test(key)) key = fallback;
  if (!taken.has(key)) return key;
  const [stem = key, tail = ''] = key.endsWith('-data') ? [key.slice(0, -5), '-data'] : [key];
  for (let n = 2; ; n++) {
    const next = `${stem.slice(0, max - String(n).length)}${n}${tail}`;
    if (!taken.has(next)) return next;
  }
}

/** A secret name (UPPER_SNAKE_CASE) made from an environment variable or Compose secret name. */
export function secretName(candidate: string, taken: ReadonlySet<string>): string {
  let name = candidate
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!/^[A-Z]/.test(name)) name = `S_${name}`.replace(/_+$/, '');
  return unique(name.slice(0, 64), taken, '_', 64);
}
