// "Export" and "Import" on /settings: everything the reader has, as one JSON file, and such a file
// merged back in (checked entry by entry: a file from elsewhere is untrusted).
import { parseReadingPart, readingSchemaVersion, type ReadingState } from '../reading/index.ts';

export const exportFormat = 'newsstand-reading';

/** Larger than any real export (10,000 read marks and a few thousand saved cards is about 5 MB). */
export const largestImportBytes = 20 * 1024 * 1024;

export interface ImportSummary {
  saved: number;
  read: number;
  feedsRead: number;
  hidden: number;
  settingsChanged: boolean;
}

export class ImportError extends Error {}

export function exportFileName(now: Date): string {
  return `newsstand-reading-${now.toISOString().slice(0, 10)}.json`;
}

export function exportReading(state: ReadingState, now: Date): string {
  return JSON.stringify({ format: exportFormat, version: readingSchemaVersion, exportedAt: now.toISOString(), ...state }, null, 2);
}

/** The file's state merged into `current`: nothing there is lost, and later marks win. */
export function mergeImport(current: ReadingState, fileText: string): { merged: ReadingState; summary: ImportSummary } {
  let file: unknown;
  try {
    file = JSON.parse(fileText);
  } catch {
    throw new ImportError('This file is not JSON: it is not a Newsstand export.');
  }
  if (typeof file !== 'object' || file === null || (file as { format?: unknown }).format !== exportFormat) {
    throw new ImportError('This JSON file is not a Newsstand export.');
  }
  const { version } = file as { version?: unknown };
  if (typeof version !== 'number' || version > readingSchemaVersion) {
    throw new ImportError('This export was made by a newer version of Newsstand: update this site first.');
  }
  const fields = file as Record<string, unknown>;
  const saved = parseReadingPart.saved(fields.saved) ?? [];
  const read = parseReadingPart.read(fields.read) ?? { stories: {}, feeds: {}, keptUnread: [] };
  const hidden = parseReadingPart.hidden(fields.hidden) ?? [];
  const settings = parseReadingPart.settings(fields.settings) ?? current.settings;

  const savedIds = new Set(current.saved.map((entry) => entry.card.id));
  const addedSaved = saved.filter((entry) => !savedIds.has(entry.card.id));
  const stories = { ...current.read.stories };
  let addedRead = 0;
  for (const [id, readAt] of Object.entries(read.stories)) {
    if (stories[id] === undefined) addedRead += 1;
    stories[id] = Math.max(stories[id] ?? 0, readAt);
  }
  const feeds = { ...current.read.feeds };
  let addedFeeds = 0;
  for (const [feed, upTo] of Object.entries(read.feeds)) {
    const mine = feeds[feed];
    if (mine === undefined || Date.parse(upTo) > Date.parse(mine)) {
      addedFeeds += 1;
      feeds[feed] = upTo;
    }
  }
  const keptUnread = [...new Set([...current.read.keptUnread, ...read.keptUnread])].filter((id) => stories[id] === undefined);
  const hiddenDomains = new Set(current.hidden.map((source) => source.domain));
  const addedHidden = hidden.filter((source) => !hiddenDomains.has(source.domain));

  return {
    merged: {
      saved: [...current.saved, ...addedSaved].sort((a, b) => b.savedAt - a.savedAt),
      read: { stories, feeds, keptUnread },
      hidden: [...current.hidden, ...addedHidden],
      settings,
    },
    summary: {
      saved: addedSaved.length,
      read: addedRead,
      feedsRead: addedFeeds,
      hidden: addedHidden.length,
      settingsChanged: settings.shortcuts !== current.settings.shortcuts || settings.theme !== current.settings.theme,
    },
  };
}

/** "Added 3 saved stories, 12 read stories and 1 hidden source." */
export function describeImport(summary: ImportSummary): string {
  const count = (n: number, one: string, many: string) => `${new Intl.NumberFormat('en').format(n)} ${n === 1 ? one : many}`;
  const parts = [
    summary.saved > 0 && count(summary.saved, 'saved story', 'saved stories'),
    summary.read > 0 && count(summary.read, 'read story', 'read stories'),
    summary.feedsRead > 0 && count(summary.feedsRead, 'feed marked as read', 'feeds marked as read'),
    summary.hidden > 0 && count(summary.hidden, 'hidden source', 'hidden sources'),
  ].filter((part): part is string => typeof part === 'string');
  const added =
    parts.length === 0
      ? 'Nothing new to add: everything in the file was already here.'
      : `Added ${parts.slice(0, -1).join(', ')}${parts.length > 1 ? ' and ' : ''}${parts.at(-1)}.`;
  return summary.settingsChanged ? `${added} Settings were taken from the file.` : added;
}
