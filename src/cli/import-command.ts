import path from 'node:path';
import pc from 'picocolors';
import {
  composeFileAt,
  fileExists,
  readTextFile,
  writeTextFile,
  type TextFile,
} from '../adapters/fs-import-files.js';
import { fsRepoFiles } from '../adapters/fs-repo-files.js';
import { locateRepository } from '../adapters/locate-repository.js';
import type { WharfConfig } from '../config/config.generated.js';
import { importCompose } from '../core/import/import-compose.js';
import type { ImportNote, NoteKind } from '../core/import/import-notes.js';
import { manifestText } from '../core/import/manifest-text.js';
import {
  bindEnvironment,
  newRepositoryText,
  type Binding,
} from '../core/import/repository-entry.js';
import { messageOf } from '../core/message-of.js';
import { defaultLimits } from '../manifests/limits.js';
import { loadYaml } from '../manifests/load-yaml.js';
import { blockDefaults } from '../manifests/schemas.js';
import { repositoryFile, validateRepository } from '../manifests/validate-repository.js';
import { formatProblemsText, problemsJson } from './format-problems.js';
import { exitCodes, type CliIo } from './io.js';

export interface ImportOptions {
  readonly name?: string;
  readonly host?: string;
  readonly repo?: string;
  readonly out?: string;
  readonly branch: string;
  readonly force?: boolean;
  readonly format: 'text' | 'json';
}

/** A reason the command stops before it writes anything, and its exit code. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly code: number = exitCodes.cannotRun,
  ) {
    super(message);
  }
}

function inside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** A path for people: relative to the current folder when it is below it. */
function shown(io: CliIo, file: string): string {
  const relative = path.relative(io.cwd, file);
  return relative === '' ? '.' : relative.startsWith('..') ? file : relative;
}

function unreadable(what: string, read: Exclude<TextFile, { kind: 'ok' }>): Refusal {
  switch (read.kind) {
    case 'missing':
      return new Refusal(`cannot read ${what}: no such file`);
    case 'not-a-file':
      return new Refusal(`cannot read ${what}: not a regular file`);
    case 'too-large':
      return new Refusal(
        `${what} is ${read.size} bytes, over the ${defaultLimits.maxBytes}-byte limit; a Compose file is a few kilobytes`,
        exitCodes.invalid,
      );
  }
}

/** Reads a file, turning Node's failures (EACCES, ...) into a refusal naming the file. */
async function read(file: string, what: string): Promise<TextFile> {
  try {
    return await readTextFile(file, defaultLimits.maxBytes);
  } catch (error) {
    throw new Refusal(`cannot read ${what}: ${messageOf(error)}`);
  }
}

async function repositoryRoot(io: CliIo, repo: string | undefined): Promise<string> {
  const target = path.resolve(io.cwd, repo ?? '.');
  try {
    const located = await locateRepository(target, repositoryFile);
    if (located.kind === 'file')
      throw new Refusal(
        `--repo ${repo ?? '.'}: give the environments repository's folder (or its ${repositoryFile})`,
      );
    return located.root;
  } catch (error) {
    if (error instanceof Refusal) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new Refusal(
      `cannot read the repository ${repo ?? '.'}: ${code === 'ENOENT' ? 'no such folder' : messageOf(error)}`,
    );
  }
}

interface Written {
  readonly environment: string;
  readonly root: string;
  readonly manifest: string;
  readonly repository: 'created' | 'added' | 'replaced';
  readonly notes: readonly ImportNote[];
}

/** wharf.yaml with the environment bound: a new file, or the existing one changed in place. */
async function boundRepository(
  file: string,
  fileShown: string,
  env: string,
  binding: Binding,
  force: boolean,
  io: CliIo,
): Promise<{ text: string; change: Written['repository'] }> {
  const existing = await read(file, fileShown);
  if (existing.kind === 'missing')
    return { text: newRepositoryText(env, binding), change: 'created' };
  if (existing.kind !== 'ok') throw unreadable(fileShown, existing);
  const parsed = loadYaml(fileShown, existing.content);
  if (!parsed.ok)
    throw new Refusal(
      `cannot add the environment to ${fileShown}:\n${formatProblemsText(parsed.problems, '', io.color)}\nfix it first; nothing was written`,
    );
  const change = bindEnvironment(parsed.yaml.doc, env, binding, force);
  if (!change.ok)
    throw new Refusal(
      change.reason === 'exists'
        ? `${fileShown} has an environment ${env} already${change.manifest ? ` (manifest ${change.manifest})` : ''}; pass --force to point it at the imported manifest, or --name to import as another environment. Nothing was written`
        : `${fileShown} is not a mapping; fix it first. Nothing was written`,
    );
  return { text: change.text, change: change.replaced ? 'replaced' : 'added' };
}

async function importFile(composeArg: string, options: ImportOptions, io: CliIo): Promise<Written> {
  const composeFile = await composeFileAt(path.resolve(io.cwd, composeArg));
  const composeShown = shown(io, composeFile);
  const text = await read(composeFile, composeShown);
  if (text.kind !== 'ok') throw unreadable(composeShown, text);
  const loaded = loadYaml(composeShown, text.content, defaultLimits, { mergeKeys: true });
  if (!loaded.ok)
    throw new Refusal(
      `cannot read ${composeShown}:\n${formatProblemsText(loaded.problems, '', io.color)}\nnothing was written`,
      exitCodes.invalid,
    );
  const { stateDir } = blockDefaults<Pick<WharfConfig, 'stateDir'>>('WharfConfig', '');
  const imported = importCompose(loaded.yaml.value, {
    folderName: path.basename(path.dirname(composeFile)),
    stateDir,
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.host === undefined ? {} : { host: options.host }),
  });
  if (!imported.ok)
    throw new Refusal(
      `${composeShown}: ${imported.message}; nothing was written`,
      imported.reason === 'name' ? exitCodes.cannotRun : exitCodes.invalid,
    );
  const env = imported.environment;

  const root = await repositoryRoot(io, options.repo);
  const out = options.out
    ? path.resolve(io.cwd, options.out)
    : path.join(root, 'environments', `${env}.yaml`);
  if (!inside(root, out))
    throw new Refusal(
      `--out ${options.out ?? ''} is outside the repository ${shown(io, root)}; wharf.yaml names manifests by their path inside it`,
    );
  const binding = {
    manifest: path.relative(root, out).split(path.sep).join('/'),
    branch: options.branch,
  };
  const repoFile = path.join(root, repositoryFile);
  const repoShown = shown(io, repoFile);
  const { text: repositoryText, change: repository } = await boundRepository(
    repoFile,
    repoShown,
    env,
    binding,
    options.force === true,
    io,
  );
  if (!options.force && (await fileExists(out)))
    throw new Refusal(
      `${shown(io, out)} exists already; pass --force to overwrite it. Nothing was written`,
    );

  const manifest = manifestText(imported.manifest, {
    file: path.basename(composeFile),
    placeholderHost: imported.placeholderHost,
  });
  try {
    await writeTextFile(out, manifest);
    await writeTextFile(repoFile, repositoryText);
  } catch (error) {
    throw new Refusal(`cannot write ${shown(io, out)} and ${repoShown}: ${messageOf(error)}`);
  }
  return { environment: env, root, manifest: out, repository, notes: imported.notes };
}

const headings: Readonly<Record<NoteKind, string>> = {
  carried: 'Carried over',
  decide: 'Left to decide',
  dropped: 'Not carried over',
};

/** Notes of one kind, those of a service together, in the order the Compose file has them. */
function grouped(notes: readonly ImportNote[], kind: NoteKind): ImportNote[] {
  const first = new Map<string, number>();
  const group = (note: ImportNote): string => note.path.split('.').slice(0, 2).join('.');
  for (const [i, note] of notes.entries()) if (!first.has(group(note))) first.set(group(note), i);
  return notes
    .filter((n) => n.kind === kind)
    .sort((a, b) => (first.get(group(a)) ?? 0) - (first.get(group(b)) ?? 0));
}

/**
 * `wharf import compose.yaml`: writes an environment manifest made from a Compose file and
 * binds it in wharf.yaml, lists what was carried over, what is left to decide and what was
 * not carried over, then validates the repository as `wharf validate` does. It starts and
 * stops nothing, and overwrites no manifest or binding without `--force`.
 */
export async function importCommand(
  composeArg: string,
  options: ImportOptions,
  io: CliIo,
): Promise<number> {
  let written: Written;
  try {
    written = await importFile(composeArg, options, io);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    io.err(`wharf import: ${error.message}\n`);
    return error.code;
  }
  const validation = await validateRepository(fsRepoFiles(written.root));
  const displayRoot = shown(io, written.root);
  const problems = validation.problems;
  const manifestShown = shown(io, written.manifest);
  if (options.format === 'json') {
    io.out(
      `${JSON.stringify(
        {
          environment: written.environment,
          manifest: manifestShown,
          repositoryFile: {
            path: path.join(displayRoot, repositoryFile),
            change: written.repository,
          },
          notes: written.notes,
          valid: problems.length === 0,
          problems: problemsJson(problems, displayRoot),
        },
        null,
        2,
      )}\n`,
    );
    return problems.length === 0 ? exitCodes.ok : exitCodes.invalid;
  }
  const c = pc.createColors(io.color);
  const repoShown = path.join(displayRoot, repositoryFile);
  const change = {
    created: `created ${repoShown}, binding ${written.environment} to branch ${options.branch}`,
    added: `added ${written.environment} to ${repoShown} (branch ${options.branch})`,
    replaced: `pointed ${written.environment} in ${repoShown} at it`,
  }[written.repository];
  io.out(`wrote ${manifestShown} (environment ${written.environment}); ${change}\n`);
  for (const kind of ['carried', 'decide', 'dropped'] as const) {
    const notes = grouped(written.notes, kind);
    if (notes.length === 0) continue;
    io.out(`\n${c.bold(`${headings[kind]} (${notes.length}):`)}\n`);
    for (const note of notes) io.out(`  ${c.cyan(note.path)}  ${note.message}\n`);
  }
  io.out('\n');
  if (problems.length === 0) {
    const names = validation.environments.map((e) => e.name).join(', ');
    io.out(
      c.green(
        `valid: ${repositoryFile} and ${validation.environments.length} environment(s) (${names})\n`,
      ),
    );
    return exitCodes.ok;
  }
  io.out(`${formatProblemsText(problems, displayRoot, io.color)}\n\n`);
  io.out(
    c.red(
      `${problems.length} problem${problems.length === 1 ? '' : 's'}: the repository does not validate yet; fix ${problems.length === 1 ? 'it' : 'them'} (see "Left to decide" above), then run \`wharf validate ${displayRoot}\`\n`,
    ),
  );
  return exitCodes.invalid;
}
