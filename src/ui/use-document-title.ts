// Names the browser tab after the page (React 18 leaves a rendered <title> in the body, so the page sets it).
import { useEffect } from 'react';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
