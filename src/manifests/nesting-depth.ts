/**
 * Estimates, in one linear pass over the text, how deep the YAML nests. The YAML parser recurses
 * per level and, at a few thousand levels, crashes the process outright instead of throwing,
 * so the depth has to be known before the text reaches it. The estimate never undercounts:
 * brackets inside plain scalars and indentation inside block scalars only add to it.
 * Returns the 1-based line where the limit was passed, or undefined if it was not.
 */
export function findExcessiveNesting(source: string, maxDepth: number): number | undefined {
  let line = 1;
  let flowDepth = 0;
  const indents: number[] = [];
  let atLineStart = true;
  let indent = 0;
  let quote: '"' | "'" | undefined;

  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\n') {
      line++;
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (atLineStart) {
      if (ch === ' ') {
        indent++;
        continue;
      }
      atLineStart = false;
      if (ch === '#' || ch === '\r') continue;
      if (flowDepth === 0) {
        while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
        indents.push(indent);
      }
    }
    if (ch === '#' && (i === 0 || source[i - 1] === ' ' || source[i - 1] === '\t')) {
      const end = source.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') flowDepth++;
    else if (ch === ']' || ch === '}') flowDepth = Math.max(0, flowDepth - 1);
    // "- - - x" nests a sequence per dash on one line.
    else if (ch === '-' && source[i + 1] === ' ' && flowDepth === 0) indents.push(indent + i);
    if (flowDepth + indents.length > maxDepth) return line;
  }
  return undefined;
}
