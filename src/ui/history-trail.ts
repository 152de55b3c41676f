// Remembers where an in-app trail of links started, so a Back link can return there, scroll position and all.
interface Trail {
  /** Path and search of the page the trail started on, e.g. `/?topic=climate`. */
  origin: string;
  /** How many history entries the reader has moved along the trail. */
  depth: number;
}

export function readTrail(state: unknown): Trail | undefined {
  if (typeof state !== 'object' || state === null || !('trail' in state)) return undefined;
  const { trail } = state;
  if (typeof trail !== 'object' || trail === null) return undefined;
  const { origin, depth } = trail as Record<string, unknown>;
  if (typeof origin !== 'string' || !origin.startsWith('/') || origin.startsWith('//') || typeof depth !== 'number' || depth < 1)
    return undefined;
  return { origin, depth };
}

/** Where the reader is: the path and search relative to the site's base, and the history entry's state. */
export interface TrailLocation {
  pathname: string;
  search: string;
  state: unknown;
}

/** The history state for a link that moves one step further along the trail from `location`. */
export function nextTrailState(location: TrailLocation): { trail: Trail } {
  const current = readTrail(location.state);
  if (current) return { trail: { origin: current.origin, depth: current.depth + 1 } };
  return { trail: { origin: location.pathname + location.search, depth: 1 } };
}
