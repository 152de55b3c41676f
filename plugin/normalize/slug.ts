// URL- and file-name-safe identifiers for topics and article ids.
import { hash8 } from '../content-hash.ts';

/** Lower-case ASCII words joined by hyphens: `Démocratic Voice!` -> `democratic-voice`. May be empty. */
export function slugify(text: string, maxLength = 120): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/** A topic always gets a slug: a name with no Latin letters or digits (e.g. `选举`) gets a stable hash. */
export function topicSlug(name: string): string {
  return slugify(name, 80) || `topic-${hash8(name)}`;
}

/** The article id a file name proposes: its slug, date prefix included (it keeps ids unique and stable). */
export function fileSlug(path: string): string {
  const fileName = path.split(/[\\/]/).pop() ?? path;
  return slugify(fileName.replace(/\.md$/i, ''), 160) || `article-${hash8(fileName)}`;
}
