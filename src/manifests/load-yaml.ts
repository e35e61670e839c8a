import { LineCounter, parseDocument, type Document } from 'yaml';
import { messageOf } from '../core/message-of.js';
import type { Problem } from '../core/problem.js';
import { defaultLimits, type YamlLimits } from './limits.js';
import { findExcessiveNesting } from './nesting-depth.js';

/** A parsed YAML file that keeps its source positions, for reporting problems by line. */
export interface YamlFile {
  readonly file: string;
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  readonly value: unknown;
}

export type LoadResult =
  | { readonly ok: true; readonly yaml: YamlFile }
  | { readonly ok: false; readonly problems: Problem[] };

function problemAt(
  file: string,
  line: number,
  column: number,
  message: string,
  rule: string,
): LoadResult {
  return { ok: false, problems: [{ file, line, column, path: '$', message, rule }] };
}

export interface LoadOptions {
  /**
   * Read `<<: *anchor` as a merge of the anchored mapping (YAML 1.1's merge keys), as Docker
   * Compose does; manifests have none, so `<<` is a plain key there.
   */
  readonly mergeKeys?: boolean;
}

/**
 * Parses one manifest. Refuses, quickly and with a clear message, what could hurt:
 * oversized files, nesting deep enough to exhaust the stack, alias bombs, duplicate keys,
 * several documents in one file.
 */
export function loadYaml(
  file: string,
  source: string,
  limits: YamlLimits = defaultLimits,
  options: LoadOptions = {},
): LoadResult {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > limits.maxBytes) {
    return problemAt(
      file,
      1,
      1,
      `file is ${bytes} bytes, over the ${limits.maxBytes}-byte limit for a manifest; split it or remove what is not needed`,
      'file-size',
    );
  }
  const deepLine = findExcessiveNesting(source, limits.maxDepth);
  if (deepLine !== undefined) {
    return problemAt(
      file,
      deepLine,
      1,
      `nesting deeper than ${limits.maxDepth} levels; a manifest never needs that many`,
      'nesting-depth',
    );
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    merge: options.mergeKeys === true,
  });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        return {
          file,
          line: pos.line,
          column: pos.col,
          path: '$',
          message: describeYamlError(error.code, error.message),
          rule: `yaml-${error.code.toLowerCase().replaceAll('_', '-')}`,
        };
      }),
    };
  }

  try {
    const value: unknown = doc.toJS({ maxAliasCount: limits.maxAliases });
    return { ok: true, yaml: { file, doc, lineCounter, value } };
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return problemAt(
        file,
        1,
        1,
        `aliases expand to too many nodes (over ${limits.maxAliases}); this looks like an alias bomb, write the values out instead`,
        'yaml-alias-count',
      );
    }
    const message = messageOf(error);
    return problemAt(file, 1, 1, `cannot read the YAML: ${message}`, 'yaml');
  }
}

function describeYamlError(code: string, message: string): string {
  const first = message.split(/ at line \d+, column \d+/)[0]?.trim() ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: each key may appear only once in a mapping (the later one would silently win)';
    case 'MULTIPLE_DOCS':
      return 'the file holds several YAML documents (`---`); a manifest is exactly one document';
    case 'TAB_AS_INDENT':
      return 'tab used for indentation; YAML indents with spaces';
    default:
      return `invalid YAML: ${first}`;
  }
}
