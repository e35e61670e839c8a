import type { RenderedEnvironment } from '../core/render/types.js';
import { defaultLimits } from '../manifests/limits.js';
import { validateRepository, type Validation } from '../manifests/validate-repository.js';
import type { GitSource } from '../ports/git-source.js';

/**
 * One commit of the environments repository as wharf reads it: validated once, each file it
 * references read once, each render of it kept. A commit never changes, so whatever is read
 * or computed from it holds for as long as it is kept, across steps and across jobs (a resync
 * of every environment reads the default branch's head once, not once per environment).
 */
export interface RevisionSnapshot {
  readonly revision: string;
  /** The whole repository at this commit, validated (problems included, never thrown). */
  validation(): Promise<Validation>;
  /** A repository file a manifest references (dashboards, rule files, secrets); undefined if absent. */
  referenced(path: string): Promise<string | undefined>;
  /** A render of this commit, computed on first use; `key` names everything else it depends on. */
  rendered(key: string, render: () => RenderedEnvironment): RenderedEnvironment;
}

/** What the snapshots have computed, for benchmarks and the metrics endpoint. */
export interface SnapshotCounts {
  validations: number;
  renders: number;
  fileReads: number;
}

export interface RevisionSnapshots {
  at(revision: string): RevisionSnapshot;
  readonly counts: Readonly<SnapshotCounts>;
}

/** Enough for the default branch, a few branches and pull-request heads in flight at once. */
const defaultCapacity = 8;
const rendersKept = 32;

/**
 * Snapshots of the commits of one repository, newest-used kept. A failed read (git not
 * reachable) is not kept: the next step tries again.
 */
export function revisionSnapshots(git: GitSource, capacity = defaultCapacity): RevisionSnapshots {
  const kept = new Map<string, RevisionSnapshot>();
  const counts: SnapshotCounts = { validations: 0, renders: 0, fileReads: 0 };

  function make(revision: string): RevisionSnapshot {
    let validation: Promise<Validation> | undefined;
    const files = new Map<string, Promise<string | undefined>>();
    const renders = new Map<string, RenderedEnvironment>();
    return {
      revision,
      validation() {
        if (!validation) {
          counts.validations += 1;
          validation = validateRepository(git.files(revision));
          validation.catch(() => {
            validation = undefined;
          });
        }
        return validation;
      },
      referenced(path) {
        let read = files.get(path);
        if (!read) {
          counts.fileReads += 1;
          read = git
            .files(revision)
            .read(path, defaultLimits.maxBytes * 16)
            .then((result) => (result.kind === 'ok' ? result.content : undefined));
          read.catch(() => files.delete(path));
          files.set(path, read);
        }
        return read;
      },
      rendered(key, render) {
        // Enough for every colour of the environments a job touches; a resync of many
        // environments renders each again rather than holding them all.
        return newestUsed(renders, key, rendersKept, () => {
          counts.renders += 1;
          return render();
        });
      },
    };
  }

  return {
    counts,
    at(revision) {
      return newestUsed(kept, revision, capacity, () => make(revision));
    },
  };
}

/** The value under `key`, made if missing, marked newest used; the oldest beyond `max` go. */
function newestUsed<V>(map: Map<string, V>, key: string, max: number, make: () => V): V {
  const value = map.has(key) ? (map.get(key) as V) : make();
  // Map order is insertion order: re-inserting marks it the newest used.
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= max) break;
    map.delete(oldest);
  }
  return value;
}

const perSource = new WeakMap<GitSource, RevisionSnapshots>();

/**
 * The snapshots of a git source's commits, shared by everything that reads through it: the
 * cache lives exactly as long as the source, so a process that wires one git source (wharf
 * serve, one CLI command) reads each commit once.
 */
export function snapshotsOf(git: GitSource): RevisionSnapshots {
  let snapshots = perSource.get(git);
  if (!snapshots) {
    snapshots = revisionSnapshots(git);
    perSource.set(git, snapshots);
  }
  return snapshots;
}
