// Says that there is nothing to show here, and usually where to go instead.
import type { ReactNode } from 'react';
import './states.css';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children && <div className="state__message">{children}</div>}
    </div>
  );
}
