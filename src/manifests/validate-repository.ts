import type { Environment, EnvironmentInput, Repository } from '../core/manifest.js';
import { formatPath, sortProblems, type Problem } from '../core/problem.js';
import { previewSeed } from '../core/servers/postgres.js';
import type { RepoFiles } from '../ports/repo-files.js';
import { environmentRules, referencedFiles } from './environment-rules.js';
import type { Finding } from './finding.js';
import { defaultLimits, type YamlLimits } from './limits.js';
import { loadYaml, type YamlFile } from './load-yaml.js';
import { locate } from './locate-node.js';
import { policyRules } from './policy-rules.js';
import { repositoryRules, type BoundEnvironment } from './repository-rules.js';
import { schemaProblems } from './schema-problems.js';
import { resolveManifest, type Resolved } from './schemas.js';

export const repositoryFile = 'wharf.yaml';

export interface LoadedEnvironment extends BoundEnvironment {
  readonly yaml: YamlFile;
}

export interface Validation {
  readonly problems: Problem[];
  readonly repository?: Repository;
  readonly environments: LoadedEnvironment[];
}

type Checked<T> =
  { ok: true; yaml: YamlFile; value: T } | { ok: false; problems: Problem[]; yaml?: YamlFile };

function place(yamlFiles: ReadonlyMap<string, YamlFile>, finding: Finding): Problem {
  const yaml = yamlFiles.get(finding.file);
  const pos = yaml ? locate(yaml, finding.segments, finding.at) : { line: 1, column: 1 };
  return {
    file: finding.file,
    ...pos,
    path: formatPath(finding.segments),
    message: finding.message,
    rule: finding.rule,
  };
}

function readProblem(file: string, message: string, rule: string): Problem {
  return { file, line: 1, column: 1, path: '$', message, rule };
}

/** Reads, parses and schema-checks one manifest of the expected kind. */
async function checkManifest<K extends 'Environment' | 'Repository'>(
  files: RepoFiles,
  file: string,
  kind: K,
  limits: YamlLimits,
): Promise<Checked<Resolved[K]>> {
  const read = await files.read(file, limits.maxBytes);
  switch (read.kind) {
    case 'missing':
      return { ok: false, problems: [readProblem(file, 'file not found', 'file-missing')] };
    case 'outside':
      return {
        ok: false,
        problems: [readProblem(file, 'path leads outside the repository', 'file-outside')],
      };
    case 'not-a-file':
      return { ok: false, problems: [readProblem(file, 'not a regular file', 'file-not-a-file')] };
    case 'too-large':
      return {
        ok: false,
        problems: [
          readProblem(
            file,
            `file is ${read.size} bytes, over the ${limits.maxBytes}-byte limit for a manifest`,
            'file-size',
          ),
        ],
      };
    case 'ok':
      break;
  }
  const loaded = loadYaml(file, read.content, limits);
  if (!loaded.ok) return loaded;
  const { yaml } = loaded;
  const actualKind = (yaml.value as { kind?: unknown } | null)?.kind;
  if (
    typeof yaml.value === 'object' &&
    yaml.value !== null &&
    actualKind !== undefined &&
    actualKind !== kind
  ) {
    const pos = locate(yaml, ['kind']);
    return {
      ok: false,
      problems: [
        {
          file,
          ...pos,
          path: '$.kind',
          rule: 'kind',
          message: `expected a manifest of kind \`${kind}\` here, found ${JSON.stringify(actualKind)}`,
        },
      ],
    };
  }
  // `yaml.value` stays as written; `value` has every schema default filled in.
  const resolved = resolveManifest(kind, yaml.value);
  if (!resolved.ok) return { ok: false, problems: schemaProblems(yaml, resolved.errors), yaml };
  return { ok: true, yaml, value: resolved.value };
}

async function fileReferenceFindings(
  files: RepoFiles,
  env: Environment,
  file: string,
  limits: YamlLimits,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const ref of referencedFiles(env)) {
    const result = await files.read(ref.path, limits.maxBytes * 16);
    const size =
      result.kind === 'ok'
        ? Buffer.byteLength(result.content, 'utf8')
        : result.kind === 'too-large'
          ? result.size
          : 0;
    if (ref.maxBytes !== undefined && size > ref.maxBytes) {
      findings.push({
        file,
        segments: ref.segments,
        rule: 'file-too-large',
        message: `\`${ref.path}\` is ${size} bytes; this file may be at most ${ref.maxBytes} bytes`,
      });
      continue;
    }
    if (result.kind === 'ok' || result.kind === 'too-large') continue;
    const why = {
      missing: 'does not exist',
      outside: 'leads outside the repository',
      'not-a-file': 'is not a regular file',
    }[result.kind];
    findings.push({
      file,
      segments: ref.segments,
      rule: `file-${result.kind}`,
      message: `\`${ref.path}\` ${why}; referenced files must be inside the environments repository`,
    });
  }
  return findings;
}

/** Validates one Environment manifest on its own (the repository-wide rules need wharf.yaml). */
export async function validateEnvironmentFile(
  files: RepoFiles,
  file: string,
  limits: YamlLimits = defaultLimits,
): Promise<Validation> {
  const checked = await checkManifest(files, file, 'Environment', limits);
  if (!checked.ok) return { problems: sortProblems(checked.problems), environments: [] };
  const yamlFiles = new Map([[file, checked.yaml]]);
  const findings = [
    ...environmentRules(checked.value, file, checked.yaml.value as EnvironmentInput),
    ...(await fileReferenceFindings(files, checked.value, file, limits)),
  ];
  const environment = {
    name: checked.value.name,
    file,
    manifest: checked.value,
    yaml: checked.yaml,
  };
  return {
    problems: sortProblems(findings.map((f) => place(yamlFiles, f))),
    environments: [environment],
  };
}

/** Environment bindings whose manifest path is at least a string, from a possibly invalid wharf.yaml. */
function usableBindings(value: unknown): [string, { manifest: string }][] {
  const environments = (value as { environments?: unknown } | null | undefined)?.environments;
  if (typeof environments !== 'object' || environments === null) return [];
  return Object.entries(environments).flatMap(
    ([name, binding]): [string, { manifest: string }][] => {
      const manifest = (binding as { manifest?: unknown } | null)?.manifest;
      return typeof manifest === 'string' && manifest.length > 0 ? [[name, { manifest }]] : [];
    },
  );
}

/**
 * Validates a whole environments repository: wharf.yaml, every manifest it binds, and the
 * rules between them. Reports every problem found, not just the first.
 */
export async function validateRepository(
  files: RepoFiles,
  limits: YamlLimits = defaultLimits,
): Promise<Validation> {
  const root = await checkManifest(files, repositoryFile, 'Repository', limits);
  if (!root.ok && !root.yaml) return { problems: sortProblems(root.problems), environments: [] };
  const problems: Problem[] = root.ok ? [] : [...root.problems];
  const findings: Finding[] = [];
  const yamlFiles = new Map<string, YamlFile>();
  if (root.yaml) yamlFiles.set(repositoryFile, root.yaml);
  const environments: LoadedEnvironment[] = [];

  // Even when wharf.yaml has faults, check every manifest it plainly names, so one run shows all.
  for (const [name, binding] of usableBindings(root.ok ? root.value : root.yaml?.value)) {
    const checked = await checkManifest(files, binding.manifest, 'Environment', limits);
    if (!checked.ok) {
      const unreadable = checked.problems.find((p) => p.rule.startsWith('file-') && p.line === 1);
      if (unreadable && checked.problems.length === 1) {
        // Point at the binding in wharf.yaml: that is the line to fix.
        findings.push({
          file: repositoryFile,
          segments: ['environments', name, 'manifest'],
          rule: unreadable.rule,
          message: `manifest \`${binding.manifest}\` of environment \`${name}\`: ${unreadable.message}`,
        });
      } else {
        problems.push(...checked.problems);
      }
      continue;
    }
    yamlFiles.set(binding.manifest, checked.yaml);
    environments.push({
      name,
      file: binding.manifest,
      manifest: checked.value,
      yaml: checked.yaml,
    });
    findings.push(
      ...environmentRules(checked.value, binding.manifest, checked.yaml.value as EnvironmentInput),
    );
    findings.push(...(await fileReferenceFindings(files, checked.value, binding.manifest, limits)));
  }

  if (!root.ok) {
    problems.push(...findings.map((f) => place(yamlFiles, f)));
    return { problems: sortProblems(problems), environments };
  }
  const repository = root.value;
  findings.push(...repositoryRules(repository, repositoryFile, environments));
  findings.push(...policyRules(repository, environments));
  const seed = previewSeed(repository.previews);
  if (seed !== undefined) {
    const result = await files.read(seed.path, limits.maxBytes * 16);
    if (result.kind !== 'ok' && result.kind !== 'too-large') {
      findings.push({
        file: repositoryFile,
        segments: seed.segments,
        rule: `file-${result.kind}`,
        message: `seed file \`${seed.path}\` ${result.kind === 'missing' ? 'does not exist' : 'must be a regular file inside the repository'}`,
      });
    }
  }
  problems.push(...findings.map((f) => place(yamlFiles, f)));
  return { problems: sortProblems(problems), repository, environments };
}
