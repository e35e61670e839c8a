import path from 'node:path';
import { names, type Colour } from '../core/render/names.js';
import type { ComposeTarget } from '../ports/compose-runtime.js';
import type { DeployDeps } from './deps.js';

/** A colour's Compose project as the last deploy of that colour wrote it. */
export function colourTarget(deps: DeployDeps, environment: string, colour: Colour): ComposeTarget {
  return {
    environment,
    project: names.appProject(environment, colour),
    directory: path.join(deps.state.root, names.projectDir(environment, colour)),
  };
}
