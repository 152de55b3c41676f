// The reader's own state (saved stories, what was read, hidden sources, settings) and the checks
// every stored or imported value passes before the app uses it: a browser's storage and a file
// someone hands over are both untrusted, and a saved card's links reach an href.
import { safeHttpUrl, safeImageUrl, type Card, type Provider, type Topic } from '../../model/index.ts';

/** Bumped when a stored shape changes; the storage keys carry it, so an old shape is never misread. */
export const readingSchemaVersion = 1;

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface ReadingSettings {
  /** Single-key shortcuts on or off (WCAG 2.1.4: character key shortcuts can be turned off). */
  shortcuts: boolean;
  theme: ThemeChoice;
}

/** A saved story is kept whole: it still shows after a rebuild that no longer has it. */
export interface SavedStory {
  card: Card;
  /** Milliseconds since the epoch. */
  savedAt: number;
}

export interface HiddenSource {
  /** The provider's domain: what identifies it across builds. */
  domain: string;
  name: string;
  hiddenAt: number;
}

/**
 * What was read. One story at a time in `stories`; "Mark all as read" in `feeds`, as the newest
 * publication time it covered, so marking 10,000 stories writes one entry, not 10,000.
 */
export interface ReadMarks {
  /** Story id -> when it was read. */
  stories: Record<string, number>;
  /** Feed key (`all`, or `topic:<slug>`) -> ISO time: every story of that feed published then or earlier is read. */
  feeds: Record<string, string>;
  /** Stories marked unread again although a feed mark covers them. */
  keptUnread: string[];
}

export interface ReadingState {
  /** Most recently saved first. */
  saved: SavedStory[];
  read: ReadMarks;
  hidden: HiddenSource[];
  settings: ReadingSettings;
}

export type ReadingPart = keyof ReadingState;
export const readingParts: readonly ReadingPart[] = ['saved', 'read', 'hidden', 'settings'];

export const defaultSettings: ReadingSettings = { shortcuts: true, theme: 'system' };

export const emptyReadingState: ReadingState = {
  saved: [],
  read: { stories: {}, feeds: {}, keptUnread: [] },
  hidden: [],
  settings: defaultSettings,
};

/** Read marks kept one story at a time; past this the oldest go (a feed mark covers bulk reading). */
export const readStoriesKept = 10_000;

const maximumText = 2_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, maximum = maximumText): string | undefined =>
  typeof value === 'string' && value.length <= maximum ? value : undefined;
const time = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
const isoTime = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined;

function providerOf(value: unknown): Provider | undefined {
  if (!isRecord(value)) return undefined;
  const name = text(value.name, 200);
  const domain = text(value.domain, 253);
  if (!name || domain === undefined) return undefined;
  const logo = safeImageUrl(value.logo);
  return { name, domain, ...(logo !== undefined && { logo }) };
}

function topicsOf(value: unknown): Topic[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((topic) => {
    if (!isRecord(topic)) return [];
    const name = text(topic.name, 200);
    const slug = text(topic.slug, 200);
    return name && slug ? [{ name, slug }] : [];
  });
}

/** A card as the app shows it, or null: only http(s) links (and safe image paths) come through. */
export function cardFrom(value: unknown): Card | null {
  if (!isRecord(value) || !isRecord(value.links)) return null;
  const id = text(value.id, 300);
  const title = text(value.title);
  const publishedAt = isoTime(value.publishedAt);
  const original = safeHttpUrl(value.links.original);
  const provider = providerOf(value.provider);
  if (!id || !title || !publishedAt || !original || !provider) return null;
  const amp = safeHttpUrl(value.links.amp);
  const ampCache = safeHttpUrl(value.links.ampCache);
  const image = isRecord(value.image) ? value.image : undefined;
  const imageUrl = image && safeHttpUrl(image.url);
  const width = image && time(image.width);
  const height = image && time(image.height);
  return {
    id,
    title,
    excerpt: text(value.excerpt) ?? '',
    publishedAt,
    links: { original, ...(amp && { amp }), ...(ampCache && { ampCache }) },
    provider,
    topics: topicsOf(value.topics),
    ...(imageUrl && width && height && { image: { url: imageUrl, width, height } }),
    relatedCount: time(value.relatedCount) ?? 0,
  };
}

/** Each parser answers undefined for a value that is not its part at all (corrupt), and drops bad entries of a good one. */
export const parseReadingPart: { [Part in ReadingPart]: (value: unknown) => ReadingState[Part] | undefined } = {
  saved(value) {
    if (!Array.isArray(value)) return undefined;
    const seen = new Set<string>();
    return value.flatMap((entry) => {
      if (!isRecord(entry)) return [];
      const card = cardFrom(entry.card);
      const savedAt = time(entry.savedAt);
      if (!card || savedAt === undefined || seen.has(card.id)) return [];
      seen.add(card.id);
      return [{ card, savedAt }];
    });
  },
  read(value) {
    if (!isRecord(value) || !isRecord(value.stories) || !isRecord(value.feeds) || !Array.isArray(value.keptUnread)) return undefined;
    const stories: Record<string, number> = {};
    for (const [id, at] of Object.entries(value.stories)) {
      const readAt = time(at);
      if (readAt !== undefined && id.length <= 300) stories[id] = readAt;
    }
    const feeds: Record<string, string> = {};
    for (const [feed, upTo] of Object.entries(value.feeds)) {
      const until = isoTime(upTo);
      if (until !== undefined && feed.length <= 300) feeds[feed] = until;
    }
    const keptUnread = value.keptUnread.filter((id): id is string => typeof id === 'string' && id.length <= 300);
    return { stories, feeds, keptUnread };
  },
  hidden(value) {
    if (!Array.isArray(value)) return undefined;
    const seen = new Set<string>();
    return value.flatMap((entry) => {
      if (!isRecord(entry)) return [];
      const domain = text(entry.domain, 253);
      const name = text(entry.name, 200);
      const hiddenAt = time(entry.hiddenAt);
      if (domain === undefined || !name || hiddenAt === undefined || seen.has(domain)) return [];
      seen.add(domain);
      return [{ domain, name, hiddenAt }];
    });
  },
  settings(value) {
    if (!isRecord(value)) return undefined;
    const theme = value.theme === 'light' || value.theme === 'dark' || value.theme === 'system' ? value.theme : defaultSettings.theme;
    return { shortcuts: typeof value.shortcuts === 'boolean' ? value.shortcuts : defaultSettings.shortcuts, theme };
  },
};
