import type { LiveContainer } from '../live.js';
import type { Colour } from '../render/names.js';
import type { EdgeRoute, RenderedEnvironment } from '../render/types.js';
import type { ProjectContainer } from './project-container.js';

/** Everything `wharf adopt` decides on, read before anything changes. Data only. */
export interface AdoptInput {
  readonly environment: string;
  /** The Compose project to take over. */
  readonly project: string;
  /** The environment at the head of its branch, rendered for the colour the project stands in for. */
  readonly rendered: RenderedEnvironment;
  /** The configuration's `images`: an image of the Compose file may be one the manifest's stands for. */
  readonly imageOverrides: Readonly<Record<string, string>>;
  /** The project's containers, found by Compose's project label. */
  readonly containers: readonly ProjectContainer[];
  /** wharf's own containers of the environment. */
  readonly wharfContainers: readonly LiveContainer[];
  /** wharf has deployed the environment (an applied record exists). */
  readonly deployed: boolean;
  /** The Docker volumes that exist among those wharf would copy data into. */
  readonly existingVolumes: readonly string[];
  /** The edge's host ports (HTTP, HTTPS). */
  readonly edgePorts: readonly number[];
}

/** The data of one stateful service moved from the project's container to wharf's. */
export interface StatefulMove {
  /** wharf's service, and the project's service it takes over. */
  readonly service: string;
  readonly from: string;
  /** The project's containers of that service: stopped before the copy, removed after it. */
  readonly containers: readonly string[];
  /** Each named volume of the project copied into wharf's volume at the same mount point. */
  readonly copies: readonly { readonly from: string; readonly to: string }[];
  /** The image the copy runs in: the one the project's container runs, so it is on the host. */
  readonly image: string;
  /** wharf's container that takes the service's place. */
  readonly container: string;
  /** The project's networks, where wharf's container answers to the old service name. */
  readonly networks: readonly string[];
}

/** The steps of an adoption, decided before anything changes. */
export interface AdoptPlan {
  readonly kind: 'adopt';
  /** The colour the project's stateless containers stand in for until wharf's first colour serves. */
  readonly colour: Colour;
  readonly network: string;
  readonly networkLabels: Readonly<Record<string, string>>;
  /** The project's stateless containers, attached to the environment's network under wharf's names. */
  readonly connect: readonly { readonly container: string; readonly aliases: readonly string[] }[];
  /** Probed through the preview route before live traffic goes to the project's containers. */
  readonly routes: readonly EdgeRoute[];
  readonly previewHost: string;
  readonly sites: {
    /** Nothing live yet, the project's containers previewed. */
    readonly gate: string;
    /** Live traffic to the project's containers. */
    readonly live: string;
  };
  readonly stateful: readonly StatefulMove[];
  readonly volumeLabels: Readonly<Record<string, string>>;
  /** The project's stateless containers, removed once wharf's colour serves. */
  readonly retire: readonly string[];
  /** What happens to each service of the project, a line each, for the person running it. */
  readonly summary: readonly string[];
}

export type AdoptDecision =
  AdoptPlan | { readonly kind: 'refused'; readonly problems: readonly string[] };
