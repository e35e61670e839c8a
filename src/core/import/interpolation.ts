/**
 * Compose fills `$VAR`, `${VAR}` and `${VAR:-default}` in from the shell and `.env` before it
 * reads the file, and writes a literal dollar as `$$` (docs.docker.com/compose/how-tos/
 * environment-variables/variable-interpolation). wharf does neither: every `$` of a manifest
 * reaches the container as written (docs/security.md, "No interpolation").
 */
type Piece =
  | { readonly text: string }
  | { readonly variable: string; readonly fallback: string | undefined; readonly spelling: string };

/** The index of the `}` closing the `${` at `start`, nested `${...}` included; -1 if none. */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text.startsWith('${', i)) {
      depth++;
      i++;
    } else if (text[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let literal = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== '$') {
      literal += char;
      continue;
    }
    if (text[i + 1] === '$') {
      literal += '$';
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      const end = closingBrace(text, i);
      if (end < 0) {
        literal += text.slice(i);
        break;
      }
      const inner = text.slice(i + 2, end);
      const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)(.*))?/s.exec(inner);
      if (literal) out.push({ text: literal });
      literal = '';
      out.push({
        variable: match?.[1] ?? inner,
        fallback: match?.[2] ? (match[3] ?? '') : undefined,
        spelling: text.slice(i, end + 1),
      });
      i = end;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))?.[0];
    if (!name) {
      literal += '$';
      continue;
    }
    if (literal) out.push({ text: literal });
    literal = '';
    out.push({ variable: name, fallback: undefined, spelling: `$${name}` });
    i += name.length;
  }
  if (literal) out.push({ text: literal });
  return out;
}

/** Whether Compose would fill something into `text` from the shell or `.env`. */
export function isInterpolated(text: string): boolean {
  return pieces(text).some((p) => 'variable' in p);
}

/** `text` as the container received it from Compose when nothing is filled in: `$$` is `$`. */
export function literalText(text: string): string {
  return pieces(text)
    .map((p) => ('text' in p ? p.text : p.spelling))
    .join('');
}

/**
 * `text` with each variable replaced by its default (`${TAG:-16}` gives `16`), as Compose reads
 * it when the variable is not set; undefined when a variable has no default.
 */
export function withDefaults(text: string): string | undefined {
  let out = '';
  for (const piece of pieces(text)) {
    if ('text' in piece) out += piece.text;
    else {
      if (piece.fallback === undefined) return undefined;
      const inner = withDefaults(piece.fallback);
      if (inner === undefined) return undefined;
      out += inner;
    }
  }
  return out;
}

/** The variables `text` names, for messages: `DB_PASSWORD, TAG`. */
export function variablesIn(text: string): string[] {
  return pieces(text).flatMap((p) => ('variable' in p ? [p.variable] : []));
}
