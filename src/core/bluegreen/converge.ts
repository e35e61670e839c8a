import type { Colour } from '../render/names.js';

/** What is observed of one colour after a possible crash. */
export interface ColourObservation {
  readonly present: boolean;
  /** Every routed container running and not unhealthy. */
  readonly healthy: boolean;
}

export interface Observed {
  /** The colour the edge's live route points at, read from its configuration. */
  readonly edgeColour: Colour | null;
  /** The colour the last successful deploy made live. */
  readonly appliedColour: Colour | null;
  /** The colour kept warm for instant rollback, if one is. */
  readonly warmColour: Colour | null;
  readonly colours: Readonly<Record<Colour, ColourObservation>>;
}

export type ConvergeAction =
  | { readonly kind: 'switch-edge'; readonly to: Colour; readonly reason: string }
  | { readonly kind: 'remove-colour'; readonly colour: Colour; readonly reason: string };

/**
 * What to do so that, after wharf was killed anywhere in a deploy, the edge points at a
 * healthy colour and no half-started colour is left running. The last successful deploy's
 * colour wins while it is healthy: a cutover that was never verified is undone.
 */
export function convergeActions(o: Observed): ConvergeAction[] {
  const actions: ConvergeAction[] = [];
  let live = o.edgeColour;
  if (
    o.appliedColour &&
    o.edgeColour &&
    o.edgeColour !== o.appliedColour &&
    o.colours[o.appliedColour].healthy
  ) {
    actions.push({
      kind: 'switch-edge',
      to: o.appliedColour,
      reason: `the switch to ${o.edgeColour} was never verified; back to ${o.appliedColour}`,
    });
    live = o.appliedColour;
  } else if (live && !o.colours[live].healthy) {
    const other: Colour = live === 'blue' ? 'green' : 'blue';
    if (o.colours[other].healthy) {
      actions.push({
        kind: 'switch-edge',
        to: other,
        reason: `${live} is not healthy and ${other} is`,
      });
      live = other;
    }
  }
  for (const colour of ['blue', 'green'] as const) {
    if (colour === live || !o.colours[colour].present) continue;
    if (colour === o.warmColour && o.warmColour !== o.edgeColour) continue;
    actions.push({
      kind: 'remove-colour',
      colour,
      reason: `${colour} is neither live nor kept warm (a deploy stopped half-way)`,
    });
  }
  return actions;
}
