// A brand's stand-in when it has no logo: its initials on a colour that is always the same for its domain.

/** Dark enough for white initials to pass WCAG AA (at least 4.5:1) in light and dark themes. */
const monogramColours = ['#1f5f8b', '#8a3b12', '#2f6b3a', '#6b3fa0', '#9b2c4b', '#0f6e6e', '#7a5a00', '#3c4a8f', '#5c5f66', '#a23b2a'];

/** "The Harbor Ledger" -> "HL", "mcpr" -> "MC", "" -> "?". */
export function initialsOf(name: string): string {
  const words = name
    .replace(/^the\s+/i, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const first = words[0] ?? '';
  const second = words[1];
  const letters = second ? [...first][0] + ([...second][0] ?? '') : [...first].slice(0, 2).join('');
  return letters.toUpperCase() || '?';
}

/** The same key always gives the same colour (FNV-1a, like the index shards). */
export function monogramColour(key: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return monogramColours[(hash >>> 0) % monogramColours.length] ?? '#5c5f66';
}
