import { describe, expect, it } from 'vitest';
import { nextTrailState, readTrail, type TrailLocation } from './history-trail.ts';

function location(pathname: string, search: string, state: unknown): TrailLocation {
  return { pathname, search, state };
}

describe('history trail', () => {
  it('starts a trail at the page the reader leaves', () => {
    expect(nextTrailState(location('/', '?topic=climate', null))).toEqual({ trail: { origin: '/?topic=climate', depth: 1 } });
  });

  it('keeps the origin and counts steps along the trail', () => {
    const state = nextTrailState(location('/article/a', '', { trail: { origin: '/?topic=climate', depth: 1 } }));
    expect(state).toEqual({ trail: { origin: '/?topic=climate', depth: 2 } });
  });

  it('ignores history state it did not write', () => {
    expect(readTrail(undefined)).toBeUndefined();
    expect(readTrail({ trail: { origin: 'https://evil.example/', depth: 1 } })).toBeUndefined();
    expect(readTrail({ trail: { origin: '/', depth: 0 } })).toBeUndefined();
    expect(readTrail({ trail: 'yes' })).toBeUndefined();
  });
});
