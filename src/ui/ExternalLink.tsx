// A link that leaves the reader: http(s) only, a new tab, and no way for the other page to reach back.
import type { ReactNode } from 'react';
import { safeHttpUrl } from '../model/index.ts';

interface ExternalLinkProps {
  href: string | undefined;
  children: ReactNode;
  className?: string;
  /** Called when the reader follows the link (a click, or a middle click that opens a tab). */
  onOpen?: () => void;
}

/** Renders nothing but the text when the URL is not http(s): a bad link is no link. */
export function ExternalLink({ href, children, className, onOpen }: ExternalLinkProps) {
  const safeHref = safeHttpUrl(href);
  if (safeHref === undefined) return <span className={className}>{children}</span>;
  return (
    <a
      className={className}
      href={safeHref}
      target="_blank"
      rel="noopener noreferrer"
      onClick={onOpen}
      onAuxClick={(event) => {
        if (event.button === 1) onOpen?.();
      }}
    >
      {children}
    </a>
  );
}
