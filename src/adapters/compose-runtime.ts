import * as compose from 'docker-compose';
import { ComposeError } from '../core/errors.js';
import type { ComposeModel } from '../core/policy/resolved-project.js';
import { composeEnvironment } from './compose-environment.js';
import type { ComposeRuntime, ComposeTarget, UpOptions } from '../ports/compose-runtime.js';
import { tail } from './run-command.js';
import { runJob } from './compose-run-job.js';
import { jobProfile } from '../core/render/render-jobs.js';
import type { RegistryLogin } from '../config/load-config.js';
import { withRegistryLogins } from './registry-logins.js';

export interface ComposeRuntimeOptions {
  /** Longest any one `docker compose` call may take before it is killed. */
  readonly timeoutSeconds: number;
  /** Logins for the commands that pull (`up`, a job's `run`); none by default. */
  readonly registries?: readonly RegistryLogin[];
}

interface ComposeFailure {
  exitCode: number | null;
  err: string;
  out: string;
}

function isFailure(value: unknown): value is ComposeFailure {
  return typeof value === 'object' && value !== null && 'exitCode' in value;
}

/**
 * `docker compose` through the docker-compose library. Every call runs under coreutils
 * `timeout`, which the library runs as the executable, so a hung call is killed (exit 124).
 */
export function composeRuntime(settings: ComposeRuntimeOptions): ComposeRuntime {
  const logins = settings.registries ?? [];
  async function run(
    target: ComposeTarget,
    label: string,
    services: readonly string[],
    call: (options: compose.IDockerComposeOptions) => Promise<compose.IDockerComposeResult>,
    extraSeconds = 0,
    onOutput?: (line: string) => void,
    profiles: readonly string[] = [],
  ): Promise<string> {
    const seconds = settings.timeoutSeconds + extraSeconds;
    let partial = '';
    const options: compose.IDockerComposeOptions = {
      cwd: target.directory,
      config: 'compose.yaml',
      env: composeEnvironment(process.env),
      composeOptions: [
        ['--project-name', target.project],
        ...profiles.map((p) => ['--profile', p] as [string, string]),
        '--ansi=never',
        '--progress=plain',
      ],
      executable: {
        executablePath: 'timeout',
        options: ['--kill-after=10', String(seconds), 'docker'],
      },
      ...(onOutput
        ? {
            callback: (chunk: Buffer) => {
              partial += chunk.toString();
              const lines = partial.split('\n');
              partial = lines.pop() ?? '';
              for (const line of lines) if (line.trim()) onOutput(line.trim());
            },
          }
        : {}),
    };
    try {
      const result = await call(options);
      return result.out;
    } catch (error) {
      if (!isFailure(error)) throw error;
      throw new ComposeError({
        environment: target.environment,
        project: target.project,
        services,
        command: label,
        exitCode: error.exitCode,
        stderrTail: tail(error.err || error.out, 15),
        timedOut: error.exitCode === 124 || error.exitCode === 137,
      });
    }
  }

  return {
    async resolve(target) {
      // Job services are read too: the policy is checked on them like on every other.
      const out = await run(
        target,
        'config',
        [],
        (o) => compose.execCompose('config', ['--format', 'json'], o),
        0,
        undefined,
        [jobProfile],
      );
      return JSON.parse(out) as ComposeModel;
    },
    async up(target, services, options: UpOptions = {}) {
      const commandOptions: string[] = ['--no-deps'];
      if (options.removeOrphans) commandOptions.push('--remove-orphans');
      if (options.waitSeconds !== undefined)
        commandOptions.push('--wait', '--wait-timeout', String(options.waitSeconds));
      await withRegistryLogins(logins, (dockerConfig) =>
        run(
          target,
          'up',
          services,
          (o) => {
            const withLogins = { ...o, env: { ...o.env, ...dockerConfig }, commandOptions };
            return services.length > 0
              ? compose.upMany([...services], withLogins)
              : compose.upAll(withLogins);
          },
          options.waitSeconds ?? 0,
          options.onOutput,
        ),
      );
    },
    async stop(target, services) {
      if (services.length === 0) return;
      await run(target, 'stop', services, (o) => compose.execCompose('stop', [...services], o));
    },
    async start(target, services) {
      if (services.length === 0) return;
      await run(target, 'start', services, (o) => compose.execCompose('start', [...services], o));
    },
    async create(target, services) {
      await run(target, 'create', services, (o) => compose.createMany([...services], o));
    },
    async remove(target, services) {
      if (services.length === 0) return;
      await run(target, 'rm', services, (o) =>
        compose.rm({ ...o, commandOptions: ['--stop'] }, ...services),
      );
    },
    async down(target) {
      await run(target, 'down', [], (o) =>
        compose.down({ ...o, commandOptions: ['--remove-orphans'] }),
      );
    },
    async exec(target, service, command) {
      return run(target, 'exec', [service], (o) => compose.exec(service, [...command], o));
    },
    runJob: (target, service, options) =>
      withRegistryLogins(logins, (dockerConfig) => runJob(target, service, options, dockerConfig)),
  };
}
