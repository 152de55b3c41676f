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

/** Symbols that tell topics apart (`C`, `C++`, `C#`), spelled out before the slug drops punctuation. */
const symbolWords: Record<string, string> = { '+': ' plus ', '#': ' sharp ' };
/** A name whose slug loses nothing but case and separators: `Arts & Culture`, `City Council`. */
const plainName = /^[a-z0-9]+(?:[\s&,/_-]+[a-z0-9]+)*$/;

/**
 * Topic slugs never merge two names: a name the plain slug would lose something of (an accent,
 * a dot) gets a short hash of the name after it (`Été` is `ete-…`, `ete` is `ete`), and a name with
 * no Latin letters or digits (e.g. `选举`) a hash alone. Names that differ only in case are one topic.
 */
export function topicSlug(name: string): string {
  const spelled = name.replace(/[+#]/g, (symbol) => symbolWords[symbol] ?? symbol);
  const base = slugify(spelled, 80);
  const folded = name.trim().toLowerCase();
  if (base === '') return `topic-${hash8(folded)}`;
  return plainName.test(spelled.trim().toLowerCase()) ? base : `${base}-${hash8(folded).slice(0, 6)}`;
}

/** The file's name without its `.md`: the id most files propose, spelled as the file spells it. */
export function nameOf(path: string): string {
  const start = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1;
  return path.slice(start, path.toLowerCase().endsWith('.md') ? -3 : undefined);
}

/** The article id a file name proposes: its slug, date prefix included (it keeps ids unique and stable). */
export function fileSlug(path: string): string {
  const fileName = path.split(/[\\/]/).pop() ?? path;
  return slugify(fileName.replace(/\.md$/i, ''), 160) || `article-${hash8(fileName)}`;
}
