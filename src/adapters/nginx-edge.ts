import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { renderEdgeProject, type EdgeSettings } from '../core/edge/render-edge-project.js';
import {
  maintenanceFiles,
  maintenanceFolder,
  renderMaintenanceSnippet,
  type Maintenance,
} from '../core/edge/render-maintenance.js';
import { tlsIncludeFile } from '../core/edge/render-tls.js';
import { edgeAlias, renderNginxConf } from '../core/edge/render-nginx-conf.js';
import { startResolvedNames } from '../core/edge/site-names.js';
import {
  EdgeConfigError,
  ExecError,
  ForeignInstallationError,
  StaleFenceError,
} from '../core/errors.js';
import { messageOf } from '../core/message-of.js';
import { labels, names } from '../core/render/names.js';
import type { ComposeRuntime, ComposeTarget } from '../ports/compose-runtime.js';
import type { ContainerEngine } from '../ports/container-engine.js';
import type { EdgeProxy } from '../ports/edge-proxy.js';
import { writeAtomic } from './fs-state-files.js';
import { withFileLock } from './host-file-lock.js';
import { dockerApi, type DockerApi } from './docker-api.js';
import { httpGet } from './http-get.js';

export interface NginxEdgeOptions {
  readonly stateDir: string;
  readonly settings: EdgeSettings;
  /** This installation's id: the edge carries it, and an edge carrying another is refused. */
  readonly installation: string;
  readonly compose: ComposeRuntime;
  readonly engine: ContainerEngine;
  /** The engine's API, for commands and signals to the edge's Nginx (default: DOCKER_HOST). */
  readonly api?: DockerApi;
}

// Inside the container the sites folder is mounted here (see renderEdgeProject).
const mountedSites = '/etc/wharf-edge';

// A site written by a fenced deploy starts with its token; Nginx reads it as a comment.
const fenceLine = /^# wharf fence (\d+)\n/;

/** The fencing token a site was written under (0: none). */
function fenceOf(site: string | null): number {
  return Number(fenceLine.exec(site ?? '')?.[1] ?? 0);
}

function withoutFence(site: string | null): string | null {
  return site?.replace(fenceLine, '') ?? null;
}

/**
 * Whether a failed `nginx -t` of a candidate names a file other than the environment's own:
 * then the revision is not at fault, and trying again later can succeed.
 */
function failedElsewhere(detail: string, environmentFile: string): boolean {
  const files = [...detail.matchAll(/ in (\/\S+?):\d+/g)].map((m) => path.basename(m[1] ?? ''));
  return files.length > 0 && !files.includes(environmentFile);
}

/** The maintenance a state file and page describe; null for a file wharf did not write. */
function maintenanceOf(state: string, page: string): Maintenance | null {
  try {
    const value = JSON.parse(state) as Partial<Omit<Maintenance, 'page'>>;
    if (value.by !== 'operator' && value.by !== 'deploy') return null;
    if (typeof value.since !== 'string' || typeof value.retryAfterSeconds !== 'number') return null;
    const source =
      value.source?.kind === 'repository' ? value.source : { kind: 'default' as const };
    return {
      by: value.by,
      since: value.since,
      retryAfterSeconds: value.retryAfterSeconds,
      source,
      ...(typeof value.message === 'string' ? { message: value.message } : {}),
      page,
    };
  } catch {
    return null;
  }
}

async function readOrNull(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The edge: the host's Nginx as Compose project `edge.project` (`wharf-edge`). Each environment's server
 * blocks are a file in sites/live/; a change is checked with `nginx -t` on a candidate copy
 * of the whole configuration before it replaces the live file, then Nginx reloads gracefully.
 */
export function nginxEdge(options: NginxEdgeOptions): EdgeProxy {
  const dir = path.join(options.stateDir, 'edge');
  const sites = path.join(dir, 'sites');
  const live = path.join(sites, 'live');
  const tlsIncludes = path.join(dir, 'tls');
  const setAside = path.join(sites, 'set-aside');
  // Each environment's maintenance snippet, page and state; sites include the snippet by name.
  const maintenance = path.join(sites, maintenanceFolder);
  // The last fencing token each environment's site was written or removed under: kept when
  // the site is gone (removed, or set aside), so a stale holder cannot write it back.
  const fences = path.join(dir, 'fences');
  const project = options.settings.project;
  const target: ComposeTarget = { environment: 'edge', project, directory: dir };
  const container = names.edgeContainer(project);

  // How many changes the edge has seen, across every process of this host: a site checked
  // ahead (testSite) is checked again unless this is still what it was then.
  const changesFile = path.join(dir, 'changes');
  const changeCount = async (): Promise<number> =>
    Number((await readOrNull(changesFile)) ?? 0) || 0;
  /**
   * Sites checked ahead by this process, per environment (a deploy checks its gate's and its
   * cutover's together): the site text and the change count it was checked at.
   */
  const checkedAhead = new Map<string, { readonly site: string; readonly changes: number }[]>();

  /**
   * Test, write and reload, one at a time across every process and environment of this host:
   * a test that ran while another environment's file changed would prove nothing. Each
   * section counts as a change unless it only reads (`changes: false`).
   */
  function exclusive<T>(work: () => Promise<T>, changes = true): Promise<T> {
    return withFileLock(
      path.join(dir, 'writer'),
      async () => {
        try {
          return await work();
        } finally {
          if (changes) await writeAtomic(changesFile, `${(await changeCount()) + 1}\n`);
        }
      },
      {
        busy: (detail) =>
          new EdgeConfigError(
            'edge-busy',
            `the edge (${project}) stayed busy with another change for 60 s: ${detail}`,
            { retryable: true },
          ),
      },
    );
  }

  /**
   * `nginx -t` of the whole configuration with `site` as the environment's file (the others
   * as they are live), on a candidate copy: the live files are not touched.
   */
  async function testCandidate(environment: string, site: string): Promise<void> {
    const id = randomUUID().slice(0, 8);
    const candidate = path.join(sites, `candidate-${id}`);
    const candidateConf = path.join(sites, `candidate-${id}.conf`);
    try {
      await mkdir(candidate, { recursive: true });
      for (const file of await readdir(live)) {
        if (file.endsWith('.conf') && file !== `${environment}.conf`) {
          await writeFile(path.join(candidate, file), await readFile(path.join(live, file)));
        }
      }
      await writeFile(path.join(candidate, `${environment}.conf`), site);
      await writeFile(candidateConf, renderNginxConf(`${mountedSites}/candidate-${id}`));
      try {
        await exec(['nginx', '-t', '-q', '-c', `${mountedSites}/candidate-${id}.conf`]);
      } catch (error) {
        const detail = error instanceof ExecError ? error.output : messageOf(error);
        throw new EdgeConfigError(
          'edge-config-invalid',
          `the edge configuration for ${environment} failed nginx -t; the live configuration is unchanged:\n${detail}`,
          { retryable: failedElsewhere(detail, `${environment}.conf`) },
        );
      }
    } finally {
      await rm(candidate, { recursive: true, force: true });
      await rm(candidateConf, { force: true });
    }
  }

  const fenced = (config: string, fence: number | undefined): string =>
    fence === undefined ? config : `# wharf fence ${fence}\n${config}`;

  /** Refuses a write under an older fencing token than the site's own. */
  async function refuseStale(environment: string, fence: number | undefined): Promise<void> {
    if (fence === undefined) return;
    const written = await fenceWritten(environment);
    if (written > fence)
      throw new StaleFenceError(`the edge site of ${environment}`, fence, written);
  }

  async function fenceWritten(environment: string): Promise<number> {
    const [site, kept] = await Promise.all([
      readOrNull(path.join(live, `${environment}.conf`)),
      readOrNull(path.join(fences, environment)),
    ]);
    return Math.max(fenceOf(site), Number(kept ?? 0) || 0);
  }

  async function keepFence(environment: string, fence: number | undefined): Promise<void> {
    if (fence === undefined) return;
    await mkdir(fences, { recursive: true });
    await writeAtomic(path.join(fences, environment), `${fence}\n`);
  }

  async function refuseForeign(): Promise<void> {
    const owner = (await options.engine.containerLabels(container))?.[labels.installation];
    if (owner !== undefined && owner !== options.installation)
      throw new ForeignInstallationError({
        what: `the edge (Compose project ${project})`,
        containers: [container],
        owner,
        installation: options.installation,
      });
  }

  /**
   * A site from a wharf that had Nginx resolve names when it starts stops the whole edge
   * when one of those containers is gone. Such a site is set aside (with the reason) before
   * the edge starts; the environment's next reconcile writes it again.
   */
  async function setAsideUnstartable(): Promise<void> {
    for (const file of await readdir(live)) {
      if (!file.endsWith('.conf')) continue;
      const text = await readOrNull(path.join(live, file));
      const missing: string[] = [];
      for (const name of startResolvedNames(text ?? ''))
        if ((await options.engine.containerState(name)) !== 'running') missing.push(name);
      if (missing.length === 0) continue;
      await mkdir(setAside, { recursive: true });
      const reason = `the site named ${missing.join(', ')}, which did not run when the edge started`;
      await writeAtomic(path.join(setAside, file), `# ${reason}\n${text ?? ''}`);
      await rm(path.join(live, file), { force: true });
    }
  }

  /** Joins an environment's network under the alias exporters know; a network gone is skipped. */
  async function join(network: string): Promise<boolean> {
    return options.engine.ensureConnected(network, container, [edgeAlias]);
  }

  const api = options.api ?? dockerApi();

  // Through the engine's API: a `docker compose exec` process costs more than the command.
  async function exec(command: string[]): Promise<string> {
    return api.run(container, command, 30_000);
  }

  /** Host pids of the Nginx workers that serve now (not those shutting down). */
  async function workers(): Promise<Set<number>> {
    const listed = await api.processes(container);
    return new Set(listed.filter((p) => p.command === 'nginx: worker process').map((p) => p.pid));
  }

  function healthUrl(): string {
    const host =
      options.settings.bind === '0.0.0.0'
        ? '127.0.0.1'
        : options.settings.bind.replace(/^\[|\]$/g, '');
    return `http://${host.includes(':') ? `[${host}]` : host}:${options.settings.httpPort}/wharf-edge-health`;
  }

  /** Whether Nginx answers its health path now (three tries: a busy host is not a dead edge). */
  async function answers(): Promise<boolean> {
    for (let i = 0; i < 3; i++) {
      const ok = await httpGet(healthUrl(), 3000).then(
        (r) => r.status >= 200 && r.status < 300,
        () => false,
      );
      if (ok) return true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  }

  async function waitForHealth(): Promise<void> {
    const url = healthUrl();
    const deadline = Date.now() + 30_000;
    let last = '';
    while (Date.now() < deadline) {
      try {
        const response = await httpGet(url, 2000);
        if (response.status >= 200 && response.status < 300) return;
        last = `HTTP ${response.status}`;
      } catch (error) {
        last = messageOf(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const logs = await options.engine.logTail(container, 20);
    throw new EdgeConfigError(
      'edge-unhealthy',
      `the edge did not answer ${url} within 30 s (${last}); its last log lines:\n${logs}`,
      { retryable: true },
    );
  }

  /**
   * The sites need `resolve` on upstream servers (run-time DNS with a keep-alive pool), in
   * free Nginx since 1.27.3; an older edge image is named as such, not as a failed `nginx -t`.
   */
  async function refuseOldNginx(): Promise<void> {
    const text = await exec(['sh', '-c', 'nginx -v 2>&1']);
    const version = /nginx\/(\d+)\.(\d+)\.(\d+)/.exec(text);
    if (!version) return;
    const [major, minor, patch] = version.slice(1).map(Number) as [number, number, number];
    if (major > 1 || (major === 1 && (minor > 27 || (minor === 27 && patch >= 3)))) return;
    throw new EdgeConfigError(
      'edge-nginx-too-old',
      `the edge image ${options.settings.image} runs nginx ${version.slice(1).join('.')}; wharf's edge needs nginx 1.27.3 or newer (upstream servers resolved at run time: the \`resolve\` parameter). Set edge.image to a newer Nginx, such as nginx:1.27.`,
    );
  }

  async function writeGeneration(id: string): Promise<void> {
    const text = `location = /wharf-edge-generation { access_log off; return 200 "${id}"; }\n`;
    await writeAtomic(path.join(sites, 'generation.conf'), text);
  }

  /**
   * Reloads and returns once only workers with the new configuration accept connections: the
   * signal reaches the master alone, a new worker answering the new generation proves it
   * started, and the old workers leaving proves none of them takes a new connection.
   */
  async function reload(): Promise<void> {
    const id = randomUUID();
    await writeGeneration(id);
    let before: Set<number>;
    try {
      before = await workers();
      await api.signal(container, 'HUP');
    } catch (error) {
      throw new EdgeConfigError('edge-reload', `the edge did not reload: ${messageOf(error)}`, {
        retryable: true,
      });
    }
    const deadline = Date.now() + 15_000;
    let last = '';
    while (Date.now() < deadline) {
      try {
        const response = await httpGet(
          `http://127.0.0.1:${options.settings.previewPort}/wharf-edge-generation`,
          2000,
        );
        last = response.body;
        if (last === id) {
          const serving = await workers();
          if (![...before].some((pid) => serving.has(pid))) return;
          last = `${id}, with a worker of the previous configuration still accepting`;
        }
      } catch (error) {
        last = messageOf(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new EdgeConfigError(
      'edge-reload',
      `the edge did not load its new configuration within 15 s (last answer: ${last})`,
      { retryable: true },
    );
  }

  async function ensureRunning(): Promise<boolean> {
    await mkdir(live, { recursive: true });
    // Mounted into the edge: they must exist before it starts (Docker would make them).
    for (const folder of [tlsIncludes, path.join(dir, 'acme'), path.join(options.stateDir, 'tls')])
      await mkdir(folder, { recursive: true });
    if ((await readOrNull(path.join(sites, 'generation.conf'))) === null)
      await writeGeneration('initial');
    // nginx.conf is mounted as a single file: rewrite it in place, never by rename.
    const conf = renderNginxConf(`${mountedSites}/live`);
    const confChanged = (await readOrNull(path.join(dir, 'nginx.conf'))) !== conf;
    if (confChanged) await writeFile(path.join(dir, 'nginx.conf'), conf);
    await refuseForeign();
    const composeText = `# Rendered by wharf.\n${stringify(renderEdgeProject(options.settings, options.stateDir, options.installation))}`;
    const changed = (await readOrNull(path.join(dir, 'compose.yaml'))) !== composeText;
    if (changed) await writeAtomic(path.join(dir, 'compose.yaml'), composeText);
    const state = await options.engine.containerState(container);
    // `running` is also what Docker says for a moment in each turn of a restart loop.
    if (state === 'running' && !changed && (await answers())) {
      // A newer wharf may bring a new nginx.conf; the running edge picks it up by reloading.
      if (confChanged) {
        await refuseOldNginx();
        await reload();
      }
      return false;
    }
    await setAsideUnstartable();
    // An edge that does not answer (stopped, in a restart loop, or configured for a network
    // that is gone, which Docker refuses to start) is replaced by a clean container: it
    // holds no state, and Docker's restart back-off grows to a minute.
    if (state !== null) await options.engine.removeContainers([container]);
    await options.compose.create(target, ['nginx']);
    // Names resolve per request, but a new container joins the environments' networks
    // before it starts so that the first requests already reach them.
    for (const file of await readdir(live)) {
      if (!file.endsWith('.conf')) continue;
      // An environment whose network is gone answers 503 until it deploys; the rest serve.
      await join(names.network(file.slice(0, -5))).catch(() => false);
    }
    await options.compose.up(target, ['nginx']);
    await waitForHealth();
    await refuseOldNginx();
    return true;
  }

  return {
    ensureRunning: () => exclusive(ensureRunning),
    attach(network) {
      return join(network);
    },
    async currentSite(environment) {
      return withoutFence(await readOrNull(path.join(live, `${environment}.conf`)));
    },
    async setAsideReason(environment) {
      const text = await readOrNull(path.join(setAside, `${environment}.conf`));
      return text?.split('\n')[0]?.replace(/^# /, '') ?? null;
    },
    applySite: (environment, config, fence) =>
      exclusive(async () => {
        await refuseStale(environment, fence);
        const site = fenced(config, fence);
        const changes = await changeCount();
        const ahead = (checkedAhead.get(environment) ?? []).filter((c) => c.changes === changes);
        if (!ahead.some((c) => c.site === site)) await testCandidate(environment, site);
        await keepFence(environment, fence);
        await writeAtomic(path.join(live, `${environment}.conf`), site);
        await rm(path.join(setAside, `${environment}.conf`), { force: true });
        await reload();
        // This write is the next change (the section counts it when it ends). A site of this
        // environment checked ahead stays checked: its check read every file but this one's.
        checkedAhead.set(
          environment,
          ahead.filter((c) => c.site !== site).map((c) => ({ ...c, changes: changes + 1 })),
        );
      }),
    testSite: (environment, config, fence) =>
      exclusive(async () => {
        const site = fenced(config, fence);
        const changes = await changeCount();
        const kept = (checkedAhead.get(environment) ?? []).filter(
          (c) => c.changes === changes && c.site !== site,
        );
        checkedAhead.set(environment, kept);
        await testCandidate(environment, site);
        checkedAhead.set(environment, [...kept, { site, changes }]);
      }, false),
    reload: () => exclusive(reload),
    removeSite: (environment, fence) =>
      exclusive(async () => {
        await refuseStale(environment, fence);
        await keepFence(environment, fence);
        await rm(path.join(live, `${environment}.conf`), { force: true });
        await rm(path.join(setAside, `${environment}.conf`), { force: true });
        await reload();
      }),
    fence: fenceWritten,
    currentTls(environment) {
      return readOrNull(path.join(tlsIncludes, tlsIncludeFile(environment)));
    },
    applyTls: (environment, include) =>
      exclusive(async () => {
        const file = path.join(tlsIncludes, tlsIncludeFile(environment));
        const before = await readOrNull(file);
        if (before === include) return;
        await mkdir(tlsIncludes, { recursive: true });
        if (include === null) await rm(file, { force: true });
        else await writeAtomic(file, include);
        try {
          await exec(['nginx', '-t', '-q']);
        } catch (error) {
          if (before === null) await rm(file, { force: true });
          else await writeAtomic(file, before);
          const detail = error instanceof ExecError ? error.output : messageOf(error);
          throw new EdgeConfigError(
            'edge-config-invalid',
            `the HTTPS configuration for ${environment} failed nginx -t; the previous one is kept:\n${detail}`,
          );
        }
        await reload();
      }),
    async currentMaintenance(environment) {
      const files = maintenanceFiles(environment);
      const [snippet, state, page] = await Promise.all(
        [files.snippet, files.state, files.page].map((f) => readOrNull(path.join(maintenance, f))),
      );
      if (typeof snippet !== 'string' || typeof state !== 'string' || typeof page !== 'string')
        return null;
      return maintenanceOf(state, page);
    },
    applyMaintenance: (environment, wanted) =>
      exclusive(async () => {
        const files = maintenanceFiles(environment);
        const names = [files.snippet, files.state, files.page];
        const before = await Promise.all(names.map((f) => readOrNull(path.join(maintenance, f))));
        async function put(contents: readonly (string | null)[]): Promise<void> {
          // The snippet first when it goes, last when it comes: it never names a missing page.
          const order = contents[0] === null ? [0, 1, 2] : [2, 1, 0];
          for (const i of order) {
            const file = path.join(maintenance, names[i] ?? '');
            const text = contents[i] ?? null;
            if (text === null) await rm(file, { force: true });
            else await writeAtomic(file, text);
          }
        }
        if (wanted === null) {
          if (before.every((text) => text === null)) return;
          // The page stays until no worker serves the snippet: one that did would answer 404.
          await rm(path.join(maintenance, files.snippet), { force: true });
          await reload();
          await put([null, null, null]);
          return;
        }
        const { page, ...state } = wanted;
        await put([
          renderMaintenanceSnippet(environment, wanted.retryAfterSeconds),
          `${JSON.stringify(state, null, 2)}\n`,
          page,
        ]);
        try {
          await exec(['nginx', '-t', '-q']);
        } catch (error) {
          await put(before);
          const detail = error instanceof ExecError ? error.output : messageOf(error);
          throw new EdgeConfigError(
            'edge-config-invalid',
            `the maintenance page of ${environment} failed nginx -t; the previous state is kept:\n${detail}`,
          );
        }
        await reload();
      }),
  };
}
