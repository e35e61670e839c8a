import { WharfError } from '../core/errors.js';
import type { DeployDeps } from './deps.js';
import type { Prepared } from './prepare.js';
import type { ProgressListener } from './progress.js';

/**
 * Decrypts the secrets the manifest keeps in the repository (`source: file`) into the
 * environment's store, where Compose mounts them from. Never for a preview: a pull request
 * could point its manifest at another environment's encrypted file.
 */
export async function openRepositorySecrets(
  deps: DeployDeps,
  prepared: Prepared,
  wanted: readonly string[],
  onProgress: ProgressListener,
): Promise<void> {
  const { environment, repoFiles } = prepared.loaded;
  const encrypted = wanted.flatMap((name) => {
    const source = environment.secrets?.[name];
    if (source?.source !== 'file' || !source.path) return [];
    const what = `${source.path} (secret ${name} of ${environment.name})`;
    const content = repoFiles.get(source.path);
    if (content === undefined)
      throw new WharfError('secret-missing', `${what} is not in the repository at this revision`);
    return [{ name, content, what }];
  });
  if (encrypted.length === 0) return;
  if (!deps.decrypter)
    throw new WharfError(
      'secret-key-missing',
      `${encrypted.map((e) => e.what).join(', ')} ${encrypted.length > 1 ? 'are' : 'is'} encrypted in the repository, but this host has no age identity: set secrets.ageIdentityFile in wharf's configuration. Nothing was changed.`,
      // The host's to fix, not the revision's: the loop guard must not hold the revision back.
      { retryable: true },
    );
  const values = await deps.decrypter.decrypt(encrypted);
  const opened: string[] = [];
  for (const [i, { name }] of encrypted.entries())
    if (await deps.state.putSecret(environment.name, name, values[i] ?? '')) opened.push(name);
  if (opened.length > 0)
    onProgress({
      environment: environment.name,
      step: 'secrets',
      message: `decrypted from the repository: ${opened.join(', ')}`,
    });
}

/**
 * Puts every secret the rendered projects name into the store (decrypted from the
 * repository, or a preview's own), then checks none is missing.
 */
export async function checkSecrets(
  deps: DeployDeps,
  prepared: Prepared,
  step: { readonly names: readonly string[]; readonly preview: boolean },
  onProgress: ProgressListener,
): Promise<void> {
  const env = prepared.rendered.environment;
  if (!step.preview) await openRepositorySecrets(deps, prepared, step.names, onProgress);
  else {
    // A preview never borrows the source environment's secrets: it gets its own.
    const { copied, generated } = await deps.state.provisionSecrets(env, step.names);
    if (copied.length + generated.length > 0)
      onProgress({
        environment: env,
        step: 'secrets',
        message: `preview secrets: ${[...copied.map((n) => `${n} (from _previews)`), ...generated.map((n) => `${n} (generated)`)].join(', ')}`,
      });
  }
  const missing = await deps.state.missingSecrets(env, step.names);
  if (missing.length > 0) {
    throw new WharfError(
      'secret-missing',
      `environment ${env} needs secrets that are not in the store: ${missing.join(', ')}. Write each to ${deps.state.root}/secrets/${env}/NAME before deploying.`,
      // Once the operator writes them, the same revision must deploy (no --retry needed).
      { retryable: true },
    );
  }
}
