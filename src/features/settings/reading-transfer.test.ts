import { describe, expect, it } from 'vitest';
import { makeCard } from '../../testing/fixtures.ts';
import { emptyReadingState, type ReadingState } from '../reading/index.ts';
import { describeImport, exportFileName, exportReading, ImportError, mergeImport } from './reading-transfer.ts';

const exportedAt = new Date('2026-11-25T16:00:00Z');

function stateWith(change: Partial<ReadingState>): ReadingState {
  return { ...emptyReadingState, ...change };
}

describe('export and import of the reader’s state', () => {
  it('names the file after the day of the export, in UTC', () => {
    expect(exportFileName(new Date('2026-12-31T23:30:00Z'))).toBe('newsstand-reading-2026-12-31.json');
  });

  it('gives the same saved list in a fresh browser', () => {
    const state = stateWith({
      saved: [
        { card: makeCard({ id: 'newer' }), savedAt: 2 },
        { card: makeCard({ id: 'older' }), savedAt: 1 },
      ],
      hidden: [{ domain: 'wire.example', name: 'The Wire', hiddenAt: 5 }],
      settings: { shortcuts: false, theme: 'dark' },
    });
    const { merged, summary } = mergeImport(emptyReadingState, exportReading(state, exportedAt));
    expect(merged).toEqual(state);
    expect(describeImport(summary)).toBe('Added 2 saved stories and 1 hidden source. Settings were taken from the file.');
  });

  it('merges with what is there: nothing is lost, nothing is doubled, the newer read time wins', () => {
    const current = stateWith({
      saved: [{ card: makeCard({ id: 'mine' }), savedAt: 10 }],
      read: { stories: { shared: 5, mine: 1 }, feeds: { all: '2026-11-20T00:00:00.000Z' }, keptUnread: [] },
    });
    const file = stateWith({
      saved: [
        { card: makeCard({ id: 'mine' }), savedAt: 3 },
        { card: makeCard({ id: 'theirs' }), savedAt: 20 },
      ],
      read: {
        stories: { shared: 9, theirs: 2 },
        feeds: { all: '2026-11-10T00:00:00.000Z', 'topic:transit': '2026-11-24T00:00:00.000Z' },
        keptUnread: [],
      },
    });
    const { merged, summary } = mergeImport(current, exportReading(file, exportedAt));
    expect(merged.saved.map((entry) => [entry.card.id, entry.savedAt])).toEqual([
      ['theirs', 20],
      ['mine', 10],
    ]);
    expect(merged.read.stories).toEqual({ shared: 9, mine: 1, theirs: 2 });
    expect(merged.read.feeds).toEqual({ all: '2026-11-20T00:00:00.000Z', 'topic:transit': '2026-11-24T00:00:00.000Z' });
    expect(describeImport(summary)).toBe('Added 1 saved story, 1 read story and 1 feed marked as read.');
  });

  it('says when the file adds nothing', () => {
    const state = stateWith({ saved: [{ card: makeCard(), savedAt: 1 }] });
    expect(describeImport(mergeImport(state, exportReading(state, exportedAt)).summary)).toBe(
      'Nothing new to add: everything in the file was already here.',
    );
  });

  it('refuses what is not a Newsstand export, or one from a newer version, with a message saying which', () => {
    expect(() => mergeImport(emptyReadingState, 'not json')).toThrow(
      new ImportError('This file is not JSON: it is not a Newsstand export.'),
    );
    expect(() => mergeImport(emptyReadingState, '{"saved": []}')).toThrow('This JSON file is not a Newsstand export.');
    expect(() => mergeImport(emptyReadingState, '{"format": "newsstand-reading", "version": 99}')).toThrow(
      'This export was made by a newer version of Newsstand: update this site first.',
    );
  });

  it('drops entries whose links are not http(s) and keeps the rest of the file', () => {
    const file = {
      format: 'newsstand-reading',
      version: 1,
      saved: [
        { card: { ...makeCard({ id: 'script' }), links: { original: 'javascript:alert(1)' } }, savedAt: 2 },
        { card: { ...makeCard({ id: 'data' }), links: { original: 'data:text/html,<script>alert(1)</script>' } }, savedAt: 2 },
        { card: makeCard({ id: 'kept' }), savedAt: 1 },
        'not an entry',
      ],
      hidden: [{ domain: 'wire.example' }],
    };
    const { merged } = mergeImport(emptyReadingState, JSON.stringify(file));
    expect(merged.saved.map((entry) => entry.card.id)).toEqual(['kept']);
    expect(merged.hidden).toEqual([]);
    expect(merged.settings).toEqual(emptyReadingState.settings);
  });
});
