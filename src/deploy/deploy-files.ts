import { durationMs } from '../core/duration.js';
import { planKey } from '../core/plan/plan.js';
import { needsWork } from '../core/plan/types.js';
import { composeFileText } from '../core/render/compose-file-text.js';
import type { Colour } from '../core/render/names.js';
import { secretsIn } from '../core/render/secret-template.js';
import type { RenderedProject, RenderedService } from '../core/render/types.js';
import { projectContent, revisionFor } from './apply-project.js';
import { instantSwitchColour } from '../core/deploy/blue-green.js';
import { inPlaceSite, swapSite, switchSite } from '../core/edge/site-text.js';
import { idleColour, type Prepared } from './prepare.js';

/** One file a deploy writes, by its path under the state directory. */
export interface DeployFile {
  readonly path: string;
  readonly content: string;
  /** Secrets the deploy fills in where this text has `{{secret NAME}}`; never their values. */
  readonly secrets: readonly string[];
}

export interface DeployFiles {
  readonly environment: string;
  readonly revision: string;
  /** The colour whose project is shown: the one a deploy would start, update or switch to. */
  readonly colour: Colour;
  /** What a deploy would do with that colour, in a sentence. */
  readonly summary: string;
  readonly files: readonly DeployFile[];
}

/** Where the edge keeps an environment's site, under the state directory (see nginx-edge). */
export function sitePath(environment: string): string {
  return `edge/sites/live/${environment}.conf`;
}

function filesOf(
  project: RenderedProject,
  revisionOf: (s: RenderedService) => string,
  installation: string,
): DeployFile[] {
  const content = projectContent(project, revisionOf, installation);
  return [
    {
      path: `${content.directory}/compose.yaml`,
      content: composeFileText(content.compose),
      secrets: [],
    },
    ...content.files.map((file) => ({
      path: `${content.directory}/${file.path}`,
      content: file.content,
      secrets: file.containsSecrets ? secretsIn(file.content) : [],
    })),
  ];
}

/**
 * The files a deploy of the prepared revision writes, decided as `deployEnvironment` decides
 * (blue-green into the idle colour, an instant switch to the warm one, or in place), and
 * produced by the functions it writes them with: the infra project, the colour's project
 * and the edge site. Pure: reads only what `prepare` already read.
 */
export function deployFiles(prepared: Prepared, installation: string): DeployFiles {
  const { plan, rendered } = prepared;
  const env = rendered.environment;
  const strategy = prepared.loaded.environment.deploy.strategy;
  const work = plan.services.filter(needsWork);
  const changing = (role: 'stateful' | 'stateless'): Set<string> =>
    new Set(work.filter((s) => s.role === role).map((s) => planKey(s)));
  const infra =
    rendered.infra.services.length > 0
      ? filesOf(rendered.infra, revisionFor(prepared, changing('stateful')), installation)
      : [];
  const statelessChanged = plan.services.some(
    (s) => s.role === 'stateless' && s.action !== 'unchanged',
  );
  const base = { environment: env, revision: rendered.revision };

  if (strategy === 'blue-green' && statelessChanged) {
    const warm = instantSwitchColour(
      prepared.applied,
      prepared.active,
      prepared.live,
      rendered.apps.services,
    );
    if (warm && prepared.applied) {
      return {
        ...base,
        colour: warm,
        summary: `${warm} already runs these services, kept warm: a deploy switches live traffic to it and starts no container`,
        files: [
          ...infra,
          ...filesOf(prepared.renderFor(warm).apps, revisionFor(prepared, new Set()), installation),
          {
            path: sitePath(env),
            content: switchSite(env, prepared.applied, warm, rendered),
            secrets: [],
          },
        ],
      };
    }
    const candidate = idleColour(prepared.active);
    const next = prepared.renderFor(candidate);
    const active = prepared.active;
    // As the blue-green decision has it: with keepPrevious 0 the old colour goes, and its preview route.
    const keepsOld = durationMs(prepared.loaded.environment.deploy.keepPrevious) > 0;
    const activeRoutes = active
      ? (prepared.applied?.colours[active]?.routes ?? prepared.renderFor(active).edge.apps)
      : [];
    return {
      ...base,
      colour: candidate,
      summary: `a deploy starts ${candidate} (blue-green${active ? `; ${active} is live now` : ''}) and routes live traffic to it once it is healthy`,
      files: [
        ...infra,
        ...filesOf(next.apps, revisionFor(prepared, 'all'), installation),
        {
          path: sitePath(env),
          content: swapSite(
            next,
            candidate,
            active && keepsOld ? { colour: active, routes: activeRoutes } : null,
          ),
          secrets: [],
        },
      ],
    };
  }
  const live = prepared.active ?? 'blue';
  return {
    ...base,
    colour: live,
    summary: `a deploy updates ${live} in place (${strategy === 'recreate' ? 'strategy recreate' : 'no stateless service changes'})`,
    files: [
      ...infra,
      ...filesOf(
        prepared.renderFor(live).apps,
        revisionFor(prepared, changing('stateless')),
        installation,
      ),
      {
        path: sitePath(env),
        content: inPlaceSite(prepared.applied, prepared.renderFor(live)),
        secrets: [],
      },
    ],
  };
}
