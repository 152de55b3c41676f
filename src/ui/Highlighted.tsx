// Text with its matching words in <mark>: React elements around plain text, never HTML from the files.
import { highlightRanges } from './highlight.ts';

export function Highlighted({ text, terms }: { text: string; terms?: readonly string[] }) {
  const ranges = terms ? highlightRanges(text, terms) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
