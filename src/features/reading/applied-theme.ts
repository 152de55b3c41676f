// The theme the reader chose on /settings, on the root element: `data-theme` picks light or dark over the system's choice.
import { useLayoutEffect } from 'react';
import { useSettings } from './reading-context.ts';
import type { ThemeChoice } from './reading-schema.ts';

export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export function useAppliedTheme(): void {
  const { theme } = useSettings();
  useLayoutEffect(() => applyTheme(theme), [theme]);
}
