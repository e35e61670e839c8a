/**
 * What `wharf import` did with each part of a Compose file. Nothing is dropped in silence: every
 * key without a counterpart in the manifest gets a note saying so and what to do instead.
 */
export type NoteKind = 'carried' | 'decide' | 'dropped';

export interface ImportNote {
  /** Where in the Compose file (`services.web.container_name`), or the manifest field it concerns. */
  readonly path: string;
  /**
   * `carried`: written into the manifest (perhaps changed, as the message says); `decide`: left
   * for a person (a value, a grant, a file to move); `dropped`: not carried, with the reason.
   */
  readonly kind: NoteKind;
  /** What happened and what to do, in one sentence or two. */
  readonly message: string;
}

/** Collects notes in the order they are made. */
export interface Notes {
  carried(path: string, message: string): void;
  decide(path: string, message: string): void;
  dropped(path: string, message: string): void;
  readonly list: readonly ImportNote[];
}

export function collectNotes(): Notes {
  const list: ImportNote[] = [];
  const add =
    (kind: NoteKind) =>
    (path: string, message: string): void => {
      list.push({ path, kind, message });
    };
  return { carried: add('carried'), decide: add('decide'), dropped: add('dropped'), list };
}

/** A Compose path for a note: `services.web.ports[0]`. */
export function notePath(...segments: readonly (string | number)[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}
