/**
 * Checks on refs and shas that come from outside (webhooks, the command line) before they
 * reach a git command line: nothing that could read as an option or a revision expression.
 */
export type ParsedRef =
  | { kind: 'sha'; sha: string }
  | { kind: 'branch'; name: string }
  | { kind: 'tag'; name: string }
  | { kind: 'pull'; number: number };

const sha = /^[0-9a-f]{4,64}$/;
const pull = /^refs\/pull\/([1-9][0-9]{0,8})\/head$/;
// git check-ref-format's rules, for a branch name (control characters included).
const forbidden =
  // eslint-disable-next-line no-control-regex
  /(^[-/.])|([/.]$)|(\.\.)|(\/\/)|(@\{)|(\.lock(\/|$))|(\/\.)|[\u0000-\u0020~^:?*[\\\u007f]/;

export function parseRef(input: string): ParsedRef | undefined {
  if (input.length === 0 || input.length > 255) return undefined;
  const pr = pull.exec(input);
  if (pr) return { kind: 'pull', number: Number(pr[1]) };
  if (sha.test(input)) return { kind: 'sha', sha: input };
  if (input.startsWith('refs/tags/')) {
    const tag = input.slice('refs/tags/'.length);
    return tag === '' || forbidden.test(tag) ? undefined : { kind: 'tag', name: tag };
  }
  const name = input.startsWith('refs/heads/') ? input.slice('refs/heads/'.length) : input;
  if (name.startsWith('refs/')) return undefined;
  if (name === '@' || forbidden.test(name)) return undefined;
  return { kind: 'branch', name };
}
