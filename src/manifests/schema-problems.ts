import type { ErrorObject } from 'ajv/dist/2020.js';
import { formatPath, type PathSegment, type Problem } from '../core/problem.js';
import { didYouMean } from './did-you-mean.js';
import { locate } from './locate-node.js';
import type { YamlFile } from './load-yaml.js';

type SchemaNode = Record<string, unknown> | undefined;

/** Splits an ajv instancePath (a JSON Pointer) into segments, numbers for array indexes. */
export function pointerSegments(pointer: string, value: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let node = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const segment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    segments.push(segment);
    node =
      isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return segments;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}

function typeName(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  return `${typeof value} ${quote(value)}`;
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value lines)',
  array: 'a list',
  null: 'empty',
};

function propertyDescription(schema: SchemaNode, property: string): string | undefined {
  const properties = schema?.['properties'];
  if (!isRecord(properties)) return undefined;
  const child = properties[property];
  return isRecord(child) && typeof child['description'] === 'string'
    ? child['description']
    : undefined;
}

function allowedProperties(schema: SchemaNode): string[] {
  const properties = schema?.['properties'];
  return isRecord(properties) ? Object.keys(properties).filter((k) => k !== '$schema') : [];
}

function hint(schema: SchemaNode): string | undefined {
  const text = schema?.['x-hint'];
  return typeof text === 'string' ? text : undefined;
}

/** Turns one ajv error into a problem placed in the file, or undefined when it adds nothing. */
function toProblem(yaml: YamlFile, error: ErrorObject): Problem | undefined {
  const segments = pointerSegments(error.instancePath, yaml.value);
  const parent = error.parentSchema as SchemaNode;
  const params = error.params as Record<string, unknown>;
  let at: 'key' | 'value' = 'value';
  let path = segments;
  let message: string;

  switch (error.keyword) {
    case 'required': {
      const missing = String(params['missingProperty']);
      path = [...segments, missing];
      const description = propertyDescription(parent, missing);
      message = `missing required field \`${missing}\`${description ? `: ${description}` : ''}`;
      // Point at the key that owns the incomplete mapping (`web:`), or the top for the root.
      const pos = locate(yaml, segments, segments.length > 0 ? 'key' : 'value');
      return { file: yaml.file, ...pos, path: formatPath(path), message, rule: 'required' };
    }
    case 'additionalProperties': {
      const extra = String(params['additionalProperty']);
      path = [...segments, extra];
      at = 'key';
      const allowed = allowedProperties(parent);
      const guess = didYouMean(extra, allowed);
      message = guess
        ? `unknown field \`${extra}\`; did you mean \`${guess}\`?`
        : `unknown field \`${extra}\`; allowed here: ${allowed.map((k) => `\`${k}\``).join(', ')}`;
      break;
    }
    case 'propertyNames': {
      const name = String(params['propertyName']);
      path = [...segments, name];
      at = 'key';
      message = `name ${quote(name)} is not allowed`;
      const names = parent?.['propertyNames'] as SchemaNode;
      const nameHint =
        hint(names) ??
        (isRecord(names) && typeof names['$ref'] === 'string' ? undefined : undefined);
      if (nameHint) message += `: ${nameHint}`;
      break;
    }
    case 'pattern': {
      if (params['propertyName'] !== undefined || error.propertyName !== undefined) {
        const name = String(error.propertyName ?? params['propertyName']);
        path = [...segments, name];
        at = 'key';
        message = `name ${quote(name)} is not allowed${hint(parent) ? `: ${hint(parent)}` : ''}`;
        break;
      }
      message = `${quote(error.data)} is not valid here${hint(parent) ? `: ${hint(parent)}` : ` (it must match ${String(params['pattern'])})`}`;
      break;
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String);
      const guess = typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined;
      message = `${quote(error.data)} is not one of ${allowed.map((v) => `\`${v}\``).join(', ')}${guess ? `; did you mean \`${guess}\`?` : ''}`;
      break;
    }
    case 'const':
      message = `must be \`${String(params['allowedValue'])}\`, not ${quote(error.data)}`;
      break;
    case 'type': {
      const expected = String(params['type'])
        .split(',')
        .map((t) => typeWords[t] ?? t)
        .join(' or ');
      message = `must be ${expected}, found ${typeName(error.data)}`;
      break;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words: Record<string, string> = {
        minimum: 'at least',
        maximum: 'at most',
        exclusiveMinimum: 'more than',
        exclusiveMaximum: 'less than',
      };
      message = `${quote(error.data)} is out of range: must be ${words[error.keyword]} ${String(params['limit'])}`;
      break;
    }
    case 'minLength':
    case 'maxLength':
      message = `must be ${error.keyword === 'minLength' ? 'at least' : 'at most'} ${String(params['limit'])} characters long`;
      break;
    case 'minItems':
    case 'maxItems':
      message = `must list ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${String(params['limit'])} item(s)`;
      break;
    case 'minProperties':
    case 'maxProperties':
      message = `must have ${error.keyword === 'minProperties' ? 'at least' : 'at most'} ${String(params['limit'])} entr${params['limit'] === 1 ? 'y' : 'ies'}`;
      break;
    case 'uniqueItems':
      path = [...segments, Number(params['i'])];
      message = `repeats an entry: items ${String(params['j'])} and ${String(params['i'])} are the same`;
      break;
    case 'if':
      // The failing `then` branch reports the real cause (a missing field).
      return undefined;
    default:
      message = error.message ?? `fails the schema rule \`${error.keyword}\``;
  }
  const pos = locate(yaml, path, at);
  return { file: yaml.file, ...pos, path: formatPath(path), message, rule: error.keyword };
}

export function schemaProblems(yaml: YamlFile, errors: readonly ErrorObject[]): Problem[] {
  const problems: Problem[] = [];
  const propertyNameFailures = new Set(
    errors
      .filter((e) => e.keyword === 'propertyNames')
      .map((e) => `${e.instancePath}/${String(e.params['propertyName'])}`),
  );
  for (const error of errors) {
    // ajv reports a bad key twice (the inner pattern, then propertyNames): keep the precise one.
    if (
      error.keyword === 'propertyNames' &&
      errors.some((e) => e.propertyName === error.params['propertyName'] && e !== error)
    )
      continue;
    if (
      error.propertyName !== undefined &&
      !propertyNameFailures.has(`${error.instancePath}/${error.propertyName}`)
    )
      continue;
    const problem = toProblem(yaml, error);
    if (problem) problems.push(problem);
  }
  return problems;
}
