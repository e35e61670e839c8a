/**
 * Host names a site makes Nginx resolve when it starts or reloads: the `server name:port;`
 * lines of `upstream` blocks without `resolve`, as wharf wrote them before names were
 * resolved at run time. If one of them is not running, Nginx refuses the whole
 * configuration. IP addresses need no resolving and are left out.
 */
export function startResolvedNames(site: string): string[] {
  const found = new Set<string>();
  let inUpstream = false;
  for (const line of site.split('\n')) {
    const text = line.trim();
    if (/^upstream\s+\S+\s*\{/.test(text)) inUpstream = true;
    else if (text === '}') inUpstream = false;
    else if (inUpstream) {
      const match = /^server\s+([^\s:;]+)(?::\d+)?[\s;]/.exec(text);
      const name = /\sresolve[\s;]/.test(text) ? undefined : match?.[1];
      if (name && !/^[\d.]+$/.test(name)) found.add(name);
    }
  }
  return [...found].sort();
}

/**
 * What a site asks Docker's DNS for at run time: `<compose service>.<network>` names (see
 * `serviceAddress`), each once, without the port: the `resolve` servers of its upstream
 * groups, and the per-request variables of the sites wharf wrote before it kept groups.
 */
export function runTimeResolvedNames(site: string): string[] {
  const found = new Set<string>();
  for (const match of site.matchAll(/^\s*server ([^\s:;]+)(?::\d+)? resolve;/gm))
    if (match[1]) found.add(match[1]);
  for (const match of site.matchAll(/^\s*set \$wharf_upstream ([^\s:;]+)(?::\d+)?;/gm))
    if (match[1]) found.add(match[1]);
  return [...found].sort();
}
