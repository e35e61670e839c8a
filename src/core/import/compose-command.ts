/**
 * A Compose `command` or `entrypoint` written as one string is split the way a POSIX shell
 * splits words, quotes and backslashes included, without expanding anything
 * (docs.docker.com/reference/compose-file/services/#command; Compose uses go-shellwords).
 * Undefined when a quote is left open.
 */
export function splitCommand(text: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (quote === "'") {
      if (char === "'") quote = null;
      else word += char;
      continue;
    }
    if (quote === '"') {
      if (char === '"') quote = null;
      else if (char === '\\' && i + 1 < text.length && '\\"$`\n'.includes(text[i + 1] ?? '')) {
        i++;
        if (text[i] !== '\n') word += text[i];
      } else word += char;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (char === '\\') {
      i++;
      if (i < text.length && text[i] !== '\n') word += text[i];
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote !== null) return undefined;
  if (inWord) words.push(word);
  return words;
}

/** A command as a list: a list as it is (each item as text), a string split like Compose does. */
export function commandList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return splitCommand(value);
  if (
    Array.isArray(value) &&
    value.every((v) => ['string', 'number', 'boolean'].includes(typeof v))
  )
    return value.map(String);
  return undefined;
}

/** A list with at least one item, as the schema's commands are. */
export type Command = [string, ...string[]];

export function nonEmpty(list: readonly string[]): Command | undefined {
  const [first, ...rest] = list;
  return first === undefined ? undefined : [first, ...rest];
}

export type HealthTest =
  | { readonly kind: 'command'; readonly command: Command }
  | { readonly kind: 'disabled' }
  | { readonly kind: 'unreadable' };

/**
 * A Compose health check `test` as wharf's `health.command`: `["CMD", ...]` as it is,
 * `["CMD-SHELL", "..."]` and the plain string form through `sh -c`, `["NONE"]` switched off
 * (docs.docker.com/reference/compose-file/services/#healthcheck).
 */
export function healthTest(test: unknown): HealthTest {
  if (typeof test === 'string')
    return test.trim() ? { kind: 'command', command: ['sh', '-c', test] } : { kind: 'unreadable' };
  if (!Array.isArray(test) || test.length === 0) return { kind: 'unreadable' };
  const [form, ...rest] = test.map(String);
  if (form === 'NONE') return { kind: 'disabled' };
  const command = nonEmpty(rest);
  if (command === undefined) return { kind: 'unreadable' };
  if (form === 'CMD') return { kind: 'command', command };
  if (form === 'CMD-SHELL') return { kind: 'command', command: ['sh', '-c', rest.join(' ')] };
  return { kind: 'unreadable' };
}
