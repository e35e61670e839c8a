/** One thing wrong with a manifest, placed so an editor can jump to it. */
export interface Problem {
  /** Path of the file, relative to the repository root. */
  readonly file: string;
  /** 1-based line and column of the offending key or value. */
  readonly line: number;
  readonly column: number;
  /** Where in the document: `$.services.api.image`. */
  readonly path: string;
  /** A sentence a person can act on. */
  readonly message: string;
  /** Which rule found it: a JSON Schema keyword (`required`) or a wharf rule (`unique-route`). */
  readonly rule: string;
}

export type PathSegment = string | number;

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats path segments as a JSONPath: `$.services['my-api'].env.PORT`, `$.aliases[0]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (identifier.test(segment)) out += `.${segment}`;
    else out += `['${segment.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}']`;
  }
  return out;
}

export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

/** Sorted by position, without repeats (a schema can report one fault through two keywords). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.file}\0${p.line}\0${p.column}\0${p.path}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(compareProblems);
}
