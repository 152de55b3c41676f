// A grey placeholder block shown while content loads; invisible to assistive technology.
import './skeleton.css';

export function Skeleton({ className = '' }: { className?: string }) {
  return <span className={`skeleton ${className}`} aria-hidden="true" />;
}
