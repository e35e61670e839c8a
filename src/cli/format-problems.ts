import path from 'node:path';
import pc from 'picocolors';
import type { Problem } from '../core/problem.js';

/** Problems for people: `file:line:column  $.path  message`, like a compiler. */
export function formatProblemsText(
  problems: readonly Problem[],
  displayRoot: string,
  color: boolean,
): string {
  const c = pc.createColors(color);
  const lines = problems.map((p) => {
    const where = `${path.join(displayRoot, p.file)}:${p.line}:${p.column}`;
    return `${c.bold(where)}  ${c.cyan(p.path)}  ${p.message} ${c.dim(`[${p.rule}]`)}`;
  });
  return lines.join('\n');
}

export function problemsJson(problems: readonly Problem[], displayRoot: string): object[] {
  return problems.map((p) => ({ ...p, file: path.join(displayRoot, p.file) }));
}
