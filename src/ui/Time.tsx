// A moment shown as "3 hours ago", with the exact local time on hover and the machine-readable instant.
import { exactTime, relativeTime } from './relative-time.ts';
import { useNow } from './use-now.ts';

export function Time({ dateTime, className }: { dateTime: string; className?: string }) {
  const now = useNow();
  const date = new Date(dateTime);
  if (Number.isNaN(date.getTime())) return null;
  return (
    <time className={className} dateTime={dateTime} title={exactTime(date)}>
      {relativeTime(date, new Date(now))}
    </time>
  );
}
