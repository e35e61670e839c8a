/** One Nginx directive: `listen 80;` or `location / { ... }`. */
export interface Directive {
  readonly name: string;
  readonly args: readonly string[];
  readonly block: readonly Directive[] | null;
}

function tokens(text: string): string[] {
  const found: string[] = [];
  let word = '';
  const flush = (): void => {
    if (word) found.push(word);
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '#' && word === '') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '"' || ch === "'") {
      let quoted = '';
      for (i++; i < text.length && text[i] !== ch; i++) {
        if (text[i] === '\\') i++;
        quoted += text[i] ?? '';
      }
      if (i >= text.length) throw new Error('unexpected end of file, expecting ";" or "}"');
      word += quoted;
    } else if (ch === '{' || ch === '}' || ch === ';') {
      flush();
      found.push(ch);
    } else if (/\s/.test(ch)) flush();
    else word += ch;
  }
  flush();
  return found;
}

/**
 * Parses Nginx configuration text the way `nginx -t` reads its syntax: a directive ends with
 * `;` or opens a block, blocks close. Throws with Nginx's wording on what it cannot read.
 */
export function parseNginx(text: string): Directive[] {
  const all = tokens(text);
  let at = 0;
  function block(top: boolean): Directive[] {
    const directives: Directive[] = [];
    let words: string[] = [];
    while (at < all.length) {
      const token = all[at++] ?? '';
      if (token === ';') {
        const [name, ...args] = words;
        if (!name) throw new Error('unexpected ";"');
        directives.push({ name, args, block: null });
        words = [];
      } else if (token === '{') {
        const [name, ...args] = words;
        if (!name) throw new Error('unexpected "{"');
        directives.push({ name, args, block: block(false) });
        words = [];
      } else if (token === '}') {
        if (top || words.length > 0) throw new Error('unexpected "}"');
        return directives;
      } else words.push(token);
    }
    if (!top || words.length > 0) throw new Error('unexpected end of file, expecting ";" or "}"');
    return directives;
  }
  return block(true);
}

/** What a location does with a request: answers itself, or passes it on to a DNS name. */
export type LocationAction =
  | { readonly kind: 'return'; readonly status: number }
  | { readonly kind: 'proxy'; readonly name: string; readonly rewrite: readonly string[] | null };

interface Location {
  readonly exact: boolean;
  readonly path: string;
  readonly action: LocationAction;
}

export interface Server {
  readonly listen: number;
  readonly names: readonly string[];
  readonly locations: readonly Location[];
}

/**
 * What a location does. `proxy_pass http://GROUP` goes to the DNS name of the group's server
 * (`upstream GROUP { server NAME:PORT resolve; }`); `proxy_pass http://$wharf_upstream` to the
 * name set in that variable (sites written before groups).
 */
function actionOf(body: readonly Directive[], groups: ReadonlyMap<string, string>): LocationAction {
  const ret = body.find((d) => d.name === 'return');
  if (ret) return { kind: 'return', status: Number(ret.args[0]) };
  const target = (body.find((d) => d.name === 'proxy_pass')?.args[0] ?? '').replace(
    /^http:\/\//,
    '',
  );
  const variable = body.find((d) => d.name === 'set' && d.args[0] === target)?.args[1];
  const rewrite = body.find((d) => d.name === 'rewrite');
  return {
    kind: 'proxy',
    name: (groups.get(target) ?? variable ?? '').replace(/:\d+$/, ''),
    rewrite: rewrite ? rewrite.args.slice(0, 2) : null,
  };
}

/** The server blocks of a site file wharf rendered, with their locations. */
export function serversOf(site: string): Server[] {
  const top = parseNginx(site);
  const groups = new Map<string, string>();
  for (const d of top.filter((x) => x.name === 'upstream' && x.block))
    groups.set(d.args[0] ?? '', d.block?.find((x) => x.name === 'server')?.args[0] ?? '');
  return top
    .filter((d) => d.name === 'server' && d.block)
    .map((d) => {
      const body = d.block ?? [];
      return {
        listen: Number(body.find((x) => x.name === 'listen')?.args[0] ?? 80),
        names: body.find((x) => x.name === 'server_name')?.args ?? [],
        locations: body
          .filter((x) => x.name === 'location' && x.block)
          .map((x) => {
            const exact = x.args[0] === '=';
            return {
              exact,
              path: (exact ? x.args[1] : x.args[0]) ?? '/',
              action: actionOf(x.block ?? [], groups),
            };
          }),
      };
    });
}

/** The location Nginx picks for `path`: an exact match, else the longest prefix. */
export function pickLocation(server: Server, path: string): Location | null {
  const exact = server.locations.find((l) => l.exact && l.path === path);
  if (exact) return exact;
  const prefixes = server.locations
    .filter((l) => !l.exact && !l.path.startsWith('@') && path.startsWith(l.path))
    .sort((a, b) => b.path.length - a.path.length);
  return prefixes[0] ?? null;
}
